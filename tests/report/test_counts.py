"""One count of findings by verdict (model.records.count_verdicts) for a report and its topics."""
from __future__ import annotations

from reconcile.model.records import VERDICTS, Finding, Report, count_verdicts
from reconcile.report.base import topic_views


def claim(cid: str, topic: str) -> dict:
    return {"id": cid, "topic": topic, "source": "s"}


def test_a_report_and_its_topics_count_findings_kept_or_not_alike():
    findings = (Finding("value-conflict", "a", ("1", "2")), Finding("value-agreement", "a", ("1", "3")),
                Finding("uncorroborated", "b", ("4",)), Finding("scope-difference", "b", ("4", "5")))
    report = Report(claims=tuple(claim(c, t) for c, t in (("1", "a"), ("2", "a"), ("3", "a"), ("4", "b"), ("5", "b"))),
                    findings=findings, sources={}, topics={},
                    omitted={"a": {"value-conflict": 7, "order-conflict": 2}, "b": {"value-agreement": 5}})
    whole = report.verdict_counts()
    assert list(whole) == list(VERDICTS)
    assert (whole["conflict"], whole["consistent"], whole["warning"], whole["not-comparable"]) == (10, 6, 1, 1)
    views = {view.id: view.counts() for view in topic_views(report)}
    assert {verdict: views["a"][verdict] + views["b"][verdict] for verdict in VERDICTS} == whole
    assert views["a"] == count_verdicts(findings[:2], [report.omitted["a"]])
    assert count_verdicts(()) == dict.fromkeys(VERDICTS, 0)
