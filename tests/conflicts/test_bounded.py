"""``--max-findings`` bounds what reconciliation keeps per topic, never what it counts (issue 12):
a report's summary is the same whatever the bound, and the reports for people say how many
findings they do not show."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import reconcile
from reconcile.report.base import FOLD_AFTER

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import synth
    finally:
        sys.path.remove(str(REPO / "bench"))
    root = synth.generate(tmp_path_factory.mktemp("bounded"), 1_200, big_topic=300, seed=11)
    return reconcile.normalize(reconcile.read(root))


def test_the_bound_changes_what_is_kept_not_what_is_counted(generated):
    every = reconcile.reconcile(generated, max_findings=0)
    bounded = reconcile.reconcile(generated, max_findings=25)
    assert not every.omitted and bounded.omitted
    assert bounded.summary()["findings"] == every.summary()["findings"]
    kept = {(f.kind, f.topic, f.claims) for f in bounded.findings}
    assert kept == {(f.kind, f.topic, f.claims) for f in every.listed(25)[0]}
    assert bounded.listed(25)[1] == every.listed(25)[1]          # summary.omitted, by kind
    assert bounded.failing_count("warning") == every.failing_count("warning")
    as_json = json.loads(reconcile.render(bounded, "json", max_findings=25))
    assert as_json == json.loads(reconcile.render(every, "json", max_findings=25))


def test_reports_for_people_count_what_the_bound_left_out(generated):
    bounded = reconcile.reconcile(generated, max_findings=3)
    topic, kinds = max(bounded.omitted.items(), key=lambda item: sum(item[1].values()))
    scope_differences = kinds.get("scope-difference", 0)
    assert scope_differences
    text = reconcile.render(bounded, "text")
    kept = sum(1 for f in bounded.findings if f.topic == topic and f.kind == "scope-difference")
    folded = kept - min(kept, FOLD_AFTER) + scope_differences
    assert f"and {folded:,} more scope differences" in text
    for fmt in ("markdown", "html"):
        assert "more scope differences" in reconcile.render(bounded, fmt)


@pytest.mark.parametrize("limit", [1, 7, 60, 400, 2_000])
def test_whatever_the_bound_the_kept_findings_are_the_most_urgent(generated, limit):
    """Scope differences beyond the last kept (same verdict, no gap: ordered by their claims) are
    counted without being built or their claims looked for (session 35: 10,000 claims over 1,000
    scopes took 8 s); what is kept and counted stays that of keeping every finding and choosing."""
    every = reconcile.reconcile(generated, max_findings=0)
    bounded = reconcile.reconcile(generated, max_findings=limit)
    kept = {(f.kind, f.topic, f.claims) for f in bounded.findings}
    assert kept == {(f.kind, f.topic, f.claims) for f in every.listed(limit)[0]}
    assert bounded.listed(limit)[1] == every.listed(limit)[1]
