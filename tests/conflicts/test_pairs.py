"""One scenario per row of the pair table (SPEC.md §5), the rows with one claimant included."""
from __future__ import annotations

import pytest

import reconcile
from conftest import TOPIC, claim


def report_of(maker):
    return reconcile.reconcile(reconcile.normalize(reconcile.read([maker.root])))


def findings_of(maker):
    return report_of(maker).findings


def pairs(findings, kind):
    return sorted(f.claims for f in findings if f.kind == kind)


SCOPE = dict(population=["people"], criterion="marched", place="CO", as_of="2019-03-07")
CUMULATIVE = {"id": TOPIC, "title": "Deaths", "unit": "people", "cumulative": True}


def test_a_part_and_its_total_are_judged_by_the_breakdown_only(make_project):
    maker = make_project()
    maker.source("a", claim(id="total", value=10, **SCOPE),
                 claim(id="part", value=50, part_of="total", **SCOPE))
    findings = findings_of(maker)
    assert pairs(findings, "breakdown-conflict") == [("part", "total")]
    assert not [f for f in findings if f.kind in ("value-conflict", "order-conflict")]


def test_two_outlets_quoting_one_institute_differently_is_a_quotation_mismatch(make_project):
    maker = make_project()
    maker.source("institute")
    maker.source("a", claim(id="a1", value=260000, cites="institute", **SCOPE))
    maker.source("b", claim(id="b1", value=265000, cites="institute", **SCOPE))
    findings = findings_of(maker)
    assert pairs(findings, "quotation-mismatch") == [("a1", "b1")]
    assert [f.gap for f in findings if f.kind == "quotation-mismatch"] == [5000]


def test_an_echo_two_days_later_is_circular_reporting_not_agreement(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value="about 500", cites="a", **dict(SCOPE, as_of="2019-03-09")))
    findings = findings_of(maker)
    assert pairs(findings, "circular-reporting") == [("a1", "b1")]
    assert not pairs(findings, "value-agreement")


def test_more_than_half_a_million_against_500000_is_a_boundary_disagreement(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="más de medio millón", lang="es", **SCOPE))
    maker.source("b", claim(id="b1", value="500.000", lang="es", **SCOPE))
    findings = findings_of(maker)
    assert pairs(findings, "boundary-disagreement") == [("a1", "b1")]
    assert not [f for f in findings if f.verdict == "conflict"]


def test_nested_scopes_touching_with_the_wider_below_is_a_boundary_disagreement(make_project):
    maker = make_project()
    maker.source("a", claim(id="wide", value=500, **dict(SCOPE, population=["people", "police"])))
    maker.source("b", claim(id="narrow", value="more than 500", **SCOPE))
    assert pairs(findings_of(maker), "boundary-disagreement") == [("narrow", "wide")]


def test_independent_disjoint_figures_of_one_scope_are_a_value_conflict(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value=109, **SCOPE))
    (finding,) = [f for f in findings_of(maker) if f.kind == "value-conflict"]
    assert finding.claims == ("a1", "b1") and finding.gap == 391 and finding.ratio == 4.6
    assert "A says" in finding.explanation and "B says" in finding.explanation


def test_agreement_is_per_origin_and_every_member_shares_the_agreed_range(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="between 100 and 200", **SCOPE))
    maker.source("b", claim(id="b1", value="between 150 and 250", **SCOPE))
    maker.source("c", claim(id="c1", value="between 220 and 300", **SCOPE))
    findings = findings_of(maker)
    groups = {f.claims: f.agreed for f in findings if f.kind == "value-agreement"}
    assert groups == {("a1", "b1"): (150, 200, True, True), ("b1", "c1"): (220, 250, True, True)}
    assert pairs(findings, "value-conflict") == [("a1", "c1")]


def test_one_agency_giving_two_figures_on_one_day_contradicts_itself(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10000, stated_on="2019-03-07", **SCOPE),
                 claim(id="a2", value=20000, stated_on="2019-03-07", **SCOPE))
    assert pairs(findings_of(maker), "value-conflict") == [("a1", "a2")]


def test_one_statement_read_in_two_outlets_with_different_figures_is_a_quotation_mismatch(make_project):
    maker = make_project()
    maker.source("x").source("y")
    maker.source("a", claim(id="a1", value=10000, via="x", **SCOPE), claim(id="a2", value=20000, via="y", **SCOPE))
    assert pairs(findings_of(maker), "quotation-mismatch") == [("a1", "a2")]


def test_a_later_statement_with_another_figure_is_a_revision(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=11300, stated_on="2019-03-07", **SCOPE),
                 claim(id="a2", value=3958, stated_on="2019-03-09", **SCOPE))
    findings = findings_of(maker)
    (finding,) = [f for f in findings if f.kind == "revision"]
    assert finding.claims == ("a1", "a2") and finding.verdict == "warning" and finding.gap == 7342
    assert "down by 7,342" in finding.explanation
    assert not [f for f in findings if f.verdict == "conflict"]


def test_one_claimant_overlapping_itself_is_no_finding(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="about 500", **SCOPE), claim(id="a2", value=510, **SCOPE))
    kinds = {f.kind for f in findings_of(maker)}
    assert kinds == {"uncorroborated"}


def test_one_source_counting_less_later_in_a_cumulative_topic_is_a_temporal_conflict(make_project):
    maker = make_project(CUMULATIVE)
    maker.source("a", claim(id="a1", value=900, **SCOPE), claim(id="a2", value=500, **dict(SCOPE, as_of="2019-03-09")))
    (finding,) = [f for f in findings_of(maker) if f.kind == "temporal-conflict"]
    assert finding.claims == ("a1", "a2") and finding.gap == 400


def test_one_sources_street_above_its_own_whole_march_is_an_order_conflict(make_project):
    maker = make_project()
    maker.places({"id": "CO-STR", "name": "A street", "parent": "CO"})
    maker.source("a", claim(id="street", value=5000, **dict(SCOPE, place="CO-STR")),
                 claim(id="march", value=3000, **SCOPE))
    assert pairs(findings_of(maker), "order-conflict") == [("march", "street")]


def test_a_count_within_a_wider_counting_rule_shows_the_wider_counts_too_low(make_project):
    maker = make_project({"id": TOPIC, "unit": "people",
                          "criteria": [{"id": "present-17h-18h", "within": "marched"}]})
    maker.source("paper", claim(id="hour", value=60000, **dict(SCOPE, criterion="present-17h-18h")))
    maker.source("police", claim(id="police", value=30000, **SCOPE))
    maker.source("city", claim(id="city", value=45000, **SCOPE))
    findings = findings_of(maker)
    assert pairs(findings, "order-conflict") == [("city", "hour"), ("hour", "police")]
    assert not pairs(findings, "scope-difference")


def test_a_criteria_loop_is_an_error(make_project):
    maker = make_project({"id": TOPIC, "criteria": [{"id": "a", "within": "b"}, {"id": "b", "within": "a"}]})
    maker.source("s", claim(id="s1", value=1, **SCOPE))
    with pytest.raises(reconcile.ReconcileError, match="loop"):
        reconcile.normalize(reconcile.read([maker.root]))


def test_nested_scopes_with_the_wider_above_are_no_finding(make_project):
    maker = make_project()
    maker.source("a", claim(id="wide", value=900, **dict(SCOPE, population=["people", "police"])))
    maker.source("b", claim(id="narrow", value=500, **SCOPE))
    assert {f.kind for f in findings_of(maker)} == {"uncorroborated"}


def test_a_scope_difference_names_two_stated_scopes_and_only_disjoint_claims(make_project):
    maker = make_project()
    other = dict(SCOPE, criterion="registered")
    maker.source("a", claim(id="a1", value=500, **SCOPE), claim(id="a2", value=100, **SCOPE))
    maker.source("b", claim(id="b1", value=100, **other))
    findings = findings_of(maker)
    (finding,) = [f for f in findings if f.kind == "scope-difference"]
    assert finding.claims == ("a1", "b1") and finding.fields == ("criterion",)
    data = finding.to_dict()
    assert [s["criterion"] for s in data["scopes"]] == ["marched", "registered"]
    assert [s["claims"] for s in data["scopes"]] == [["a1"], ["b1"]]


def test_different_scopes_with_overlapping_values_need_no_finding(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=100, **SCOPE))
    maker.source("b", claim(id="b1", value=100, **dict(SCOPE, criterion="registered")))
    assert "scope-difference" not in {f.kind for f in findings_of(maker)}


def test_a_month_is_a_period_compared_by_its_nearest_days(make_project):
    maker = make_project({"id": TOPIC, "unit": "people", "date_tolerance_days": 0})
    maker.source("a", claim(id="a1", value=100, **dict(SCOPE, as_of="2019-07")))
    maker.source("b", claim(id="b1", value=900, **dict(SCOPE, as_of="2019-07-15")))
    maker.source("c", claim(id="c1", value=900, **dict(SCOPE, as_of="2019")))
    findings = findings_of(maker)
    assert pairs(findings, "value-conflict") == [("a1", "b1"), ("a1", "c1")]


def test_a_cumulative_month_stands_for_its_last_day(make_project):
    maker = make_project(CUMULATIVE)
    maker.source("a", claim(id="a1", value=900, **dict(SCOPE, as_of="2019-06")))
    maker.source("b", claim(id="b1", value=100, **dict(SCOPE, as_of="2019-07-15")))
    assert pairs(findings_of(maker), "order-conflict") == [("a1", "b1")]


def test_max_findings_bounds_the_json_and_counts_what_it_leaves_out(make_project):
    maker = make_project()
    maker.source("a", *(claim(id=f"a{n}", value=n * 1000, **SCOPE) for n in range(1, 6)))
    report = report_of(maker)
    assert len([f for f in report.findings if f.kind == "value-conflict"]) == 10
    data = report.to_dict(max_findings=3)
    listed = [f for f in data["findings"] if f["topic"] == TOPIC]
    assert len(listed) == 3 and all(f["kind"] == "value-conflict" for f in listed)
    assert sorted(f["gap"] for f in listed) == [3000, 3000, 4000]   # the largest gaps first
    assert data["summary"]["omitted"] == {"uncorroborated": 1, "value-conflict": 7}
    assert report.to_dict(max_findings=0)["summary"]["omitted"] == {}
