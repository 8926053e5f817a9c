"""A large HTML page reads only what it shows (issue 15 item 3): the topics past
``MAX_TOPIC_SECTIONS`` are counted, not read claim by claim; the claims kept as columns are
counted and selected on their codes; and every count is what reading every claim gives."""
from __future__ import annotations

import pandas as pd
import pytest
from conftest import load_report

from reconcile.model.records import REPORT_CLAIM_KEYS, Finding, Report, count_verdicts, select_findings
from reconcile.pipeline import claim_records
from reconcile.report.base import claims_in, finding_anchors, topic_views
from reconcile.report.html import page as report_html
from reconcile.report.render import render


def _records(rows: list[dict]):
    base = {key: None for key in REPORT_CLAIM_KEYS}
    base.update(population=(), lower_inclusive=True, upper_inclusive=True, line=2, file="sources/a.csv",
                lower=1.0, upper=1.0, text="1")
    return claim_records(pd.DataFrame([{**base, **row} for row in rows]))


@pytest.fixture(scope="module")
def columns():
    return _records([{"id": f"c{i}", "topic": f"t{i % 3}", "source": "s" if i % 2 else "r",
                      "via": "outlet" if i == 4 else None} for i in range(10)])


def test_counts_of_a_coded_column_are_those_of_its_values(columns):
    assert columns.counts("topic") == {"t0": 4, "t1": 3, "t2": 3}
    assert columns.counts("source") == {"r": 5, "s": 5}
    assert columns.counts("via") == {"outlet": 1, None: 9}
    assert columns.counts("id") == {f"c{i}": 1 for i in range(10)}   # a plain list column


def test_having_gives_the_records_of_some_values_in_order(columns):
    picked = list(columns.having("topic", {"t1", "t9"}))
    assert [r["id"] for r in picked] == ["c1", "c4", "c7"]
    assert picked == [r for r in columns if r["topic"] in {"t1", "t9"}]
    assert list(columns.having("id", {"c3"})) == [columns[3]]
    assert list(columns.having("topic", set())) == []


def test_a_report_of_columns_summarises_as_the_same_report_of_dicts(columns):
    findings = (Finding("value-conflict", "t1", ("c1", "c4"), "", gap=3.0),
                Finding("value-agreement", "t0", ("c0", "c3"), ""))
    as_columns = Report(columns, findings, {}, {}, omitted={"t2": {"value-conflict": 2}})
    as_dicts = Report(tuple(columns), findings, {}, {}, omitted={"t2": {"value-conflict": 2}})
    assert as_columns.summary() == as_dicts.summary()
    assert as_columns.summary()["omitted"] == {"value-conflict": 2} and as_columns.summary()["topics"] == 3
    assert as_columns.source_records() == as_dicts.source_records()
    assert [r["id"] for r in as_columns.source_records()] == ["outlet", "r", "s"]


def test_listing_every_finding_is_the_report_order_and_omits_nothing():
    findings = [Finding("value-conflict", t, (a, b), "", gap=g)
                for t, a, b, g in [("t2", "a", "b", 1.0), ("t1", "c", "d", 2.0), ("t1", "a", "c", 5.0)]]
    for limit in (None, 0):
        listed, omitted = select_findings(findings, limit)
        assert [f.sort_key() for f in listed] == sorted(f.sort_key() for f in findings) and omitted == {}
    listed, omitted = select_findings(findings, 1)
    assert [f.claims for f in listed] == [("a", "c"), ("a", "b")] and omitted == {"value-conflict": 1}


def test_verdicts_are_counted_by_kind():
    findings = [Finding(kind, "t", ("a", "b"), "") for kind in
                ("value-conflict", "order-conflict", "value-agreement", "scope-difference", "revision")]
    assert count_verdicts(findings, [{"value-conflict": 2}]) == {
        "conflict": 4, "consistent": 1, "not-comparable": 1, "warning": 1}


@pytest.fixture(scope="module")
def seed():
    return load_report("seed")


def test_views_past_full_count_their_claims_and_keep_their_findings(seed):
    every = topic_views(seed)
    some = topic_views(seed, full=1)
    assert [v.id for v in some] == [v.id for v in every]
    assert some[0] == every[0]
    for folded, whole in zip(some[1:], every[1:]):
        assert folded.claims == () and folded.claim_count == len(whole.claims) > 0
        assert sorted(folded.findings, key=Finding.urgency) == list(whole.findings)
        assert folded.counts() == whole.counts()


def test_anchors_and_conflicted_claims_of_some_findings_are_those_of_all(seed):
    some = seed.findings[1::2]
    anchors = finding_anchors(seed)
    assert finding_anchors(seed, some) == {id(f): anchors[id(f)] for f in some}
    assert claims_in(seed, "conflict", seed.findings) == claims_in(seed, "conflict")
    assert claims_in(seed, "conflict", some) == {c for f in some if f.verdict == "conflict" for c in f.claims}


def test_a_page_folding_topics_is_the_same_from_columns_as_from_dicts(monkeypatch):
    monkeypatch.setattr(report_html, "MAX_TOPIC_SECTIONS", 1)
    seed = load_report("seed")
    claims = seed.claims
    frame = pd.DataFrame([{**dict.fromkeys(REPORT_CLAIM_KEYS), **claim, "population": tuple(claim["population"])}
                          for claim in claims])
    as_columns = Report(claim_records(frame), seed.findings, seed.sources, seed.topics)
    assert [claim["id"] for claim in as_columns.claims] == sorted(claim["id"] for claim in claims)
    out = render(as_columns, "html")
    assert out == render(seed, "html") and 'id="more-topics"' in out
