"""A source truth discovery has nothing to judge by (session 42, N2's D1): none of its figures
shares a stated scope with another origin's. Its reliability is a fixed neutral 0.5, whatever
other sources dispute elsewhere, and reports for people say "no evidence" (SPEC.md §5b)."""
from __future__ import annotations

import html
import json

import numpy as np
import pytest
from click.testing import CliRunner

import reconcile
from conftest import claim
from reconcile.cli.main import main
from reconcile.estimates.truth import NO_EVIDENCE, discover


def _discover(rows, n_obj):
    obj, src, lower = (np.array(column) for column in zip(*rows))
    lower = lower.astype(float)
    inclusive = np.ones(len(rows), dtype=bool)
    return discover(obj, src, lower, lower, inclusive, inclusive, np.arange(n_obj))


@pytest.mark.parametrize("b_says", [200, 900])
def test_a_source_alone_in_its_scopes_is_neutral_whatever_others_dispute(b_says):
    """A and B agree on object 0; on object 1 they agree (200) or not (900). Y states object 2
    alone: its 0.5 does not move with A and B's dispute, nor do the weights and points."""
    rows = [(0, 0, 100), (0, 1, 100), (1, 0, 200), (1, 1, b_says), (2, 2, 7)]
    found = _discover(rows, 3)
    assert found.evidence.tolist() == [2, 2, 0]
    assert found.reliability[2] == NO_EVIDENCE == 0.5
    assert found.weight[4] == 1.0 and found.point[2] == 7.0


def test_no_evidence_never_ranks_below_a_source_whose_figures_were_all_wrong():
    """A, B and C agree on five objects, X is three times off on each; Y states a sixth alone."""
    rows = []
    for o in range(5):
        truth = 100 + o
        rows += [(o, 0, truth), (o, 1, truth), (o, 2, truth), (o, 3, 3 * truth)]
    rows.append((5, 4, 50))
    found = _discover(rows, 6)
    a, b, c, x, y = found.reliability
    assert x < y == NO_EVIDENCE < min(a, b, c)


@pytest.fixture
def lone(make_project):
    """N2's p11: A and B agree on t1 and disagree on t2; Y alone on a topic of its own."""
    topics = [{"id": t, "title": t, "unit": "people"} for t in ("t1", "t2", "lone")]
    maker = make_project()
    maker.topics(*topics)
    maker.source("a", claim(id="a1", topic="t1", value=100), claim(id="a2", topic="t2", value=200))
    maker.source("b", claim(id="b1", topic="t1", value=100), claim(id="b2", topic="t2", value=900))
    maker.source("y", claim(id="y1", topic="lone", value=7))
    return maker


def test_the_json_report_gives_the_lone_source_the_neutral_reliability(lone):
    result = CliRunner().invoke(main, ["report", str(lone.root), "--format", "json", "--no-validate",
                                       "--resolve", "truth-discovery", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    reliability = {s["id"]: s["reliability"] for s in json.loads(result.stdout)["sources"]}
    assert reliability["y"] == 0.5
    assert reliability["a"] == reliability["b"] < 0.5   # each contradicted once, by the other


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_reports_for_people_say_no_evidence_and_what_the_column_means(lone, fmt):
    from reconcile.report.estimates import RELIABILITY_NOTE, source_rows

    report = reconcile.estimate(reconcile.reconcile(reconcile.normalize(reconcile.read(lone.root))),
                                "truth-discovery")
    rows = {row["id"]: row["reliability"] for row in source_rows(report)}
    assert rows["y"] == "no evidence" and rows["a"] == rows["b"] == f"{report.reliability['a']:.2f}"
    shown = html.unescape(reconcile.render(report, fmt))
    assert "no evidence" in shown
    assert " ".join(shown.split()).count("how close a source's figures sit to other sources'") == 1
    assert "0.50" not in shown
    assert "from 0 to 1" in RELIABILITY_NOTE
    consensus = reconcile.render(reconcile.estimate(report, "consensus"), fmt)
    assert "no evidence" not in consensus and "how close a source's figures sit" not in consensus
