"""One scenario per finding kind (SPEC.md §5), plus the seed case's careful reading."""
from __future__ import annotations


import pytest

import reconcile
from conftest import REPO, TOPIC, claim


def findings_of(maker):
    project, frame = reconcile.normalize(reconcile.read([maker.root]))
    return reconcile.reconcile(reconcile.Claims(project, frame)).findings


def kinds(findings):
    return sorted(f.kind for f in findings)


def only(findings, kind):
    found = [f for f in findings if f.kind == kind]
    assert len(found) == 1, f"expected one {kind}, got {[(f.kind, f.claims) for f in findings]}"
    return found[0]


SCOPE = dict(population=["soldiers"], criterion="crossed-into-colombia", place="CO", as_of="2019-03-07")


def test_disjoint_same_scope_is_a_value_conflict_with_gap_and_ratio(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", **SCOPE))
    maker.source("b", claim(id="b1", value=109, **SCOPE))
    finding = only(findings_of(maker), "value-conflict")
    assert finding.verdict == "conflict"
    assert finding.claims == ("a1", "b1")
    assert finding.gap == 391
    assert finding.ratio == 4.6
    assert "a1" in finding.explanation and "b1" in finding.explanation


def test_overlapping_same_scope_is_a_value_agreement(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", **SCOPE))
    maker.source("b", claim(id="b1", value=567, **SCOPE))
    finding = only(findings_of(maker), "value-agreement")
    assert finding.verdict == "consistent"
    assert finding.claims == ("a1", "b1")
    assert "value-conflict" not in kinds(findings_of(maker))


def test_touching_open_bounds_are_a_boundary_disagreement_not_a_conflict(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", **SCOPE))
    maker.source("b", claim(id="b1", value=500, **SCOPE))
    findings = findings_of(maker)
    finding = only(findings, "boundary-disagreement")
    assert finding.verdict == "warning" and finding.gap == 0 and finding.claims == ("a1", "b1")
    assert "value-conflict" not in kinds(findings)


def test_one_source_stating_two_disjoint_figures_at_once_contradicts_itself(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=100, **SCOPE), claim(id="a2", value=900, **SCOPE))
    finding = only(findings_of(maker), "value-conflict")
    assert finding.claims == ("a1", "a2") and finding.gap == 800 and finding.ratio == 9


def test_wider_population_below_narrower_is_an_order_conflict(make_project):
    maker = make_project()
    wide = dict(SCOPE, population=["soldiers", "police"])
    maker.source("a", claim(id="wide", value=100, **wide))
    maker.source("b", claim(id="narrow", value="at least 300", **SCOPE))
    finding = only(findings_of(maker), "order-conflict")
    assert finding.claims == ("narrow", "wide")
    assert finding.gap == 200
    assert finding.ratio == 3.0


def test_containing_place_below_contained_place_is_an_order_conflict(make_project):
    maker = make_project()
    maker.source("a", claim(id="country", value=50, **SCOPE))
    maker.source("b", claim(id="region", value=415, **dict(SCOPE, place="Norte de Santander")))
    finding = only(findings_of(maker), "order-conflict")
    assert finding.claims == ("country", "region")


def test_wider_scope_above_narrower_is_no_conflict(make_project):
    maker = make_project()
    maker.source("a", claim(id="country", value=567, **SCOPE))
    maker.source("b", claim(id="region", value=415, **dict(SCOPE, place="CO-NSA")))
    assert "order-conflict" not in kinds(findings_of(maker))
    assert "scope-difference" not in kinds(findings_of(maker))


def test_later_cumulative_count_below_earlier_one_from_another_source_is_an_order_conflict(make_project):
    maker = make_project({"id": TOPIC, "cumulative": True})
    maker.source("a", claim(id="early", value=300, **dict(SCOPE, as_of="2019-03-01")))
    maker.source("b", claim(id="late", value=200, **dict(SCOPE, as_of="2019-03-07")))
    assert only(findings_of(maker), "order-conflict").claims == ("early", "late")


def test_parts_above_their_total_are_a_breakdown_conflict(make_project):
    maker = make_project()
    maker.source("a", claim(id="total", value=500, **SCOPE),
                 claim(id="p1", value=415, part_of="total", **dict(SCOPE, place="CO-NSA")),
                 claim(id="p2", value=152, part_of="total", **dict(SCOPE, place="CO-ANT")))
    finding = only(findings_of(maker), "breakdown-conflict")
    assert finding.claims == ("p1", "p2", "total")
    assert finding.gap == 67
    assert '2 parts of total (415 (CO-NSA) + 152 (CO-ANT)) sum to 567, more than the total "500" by 67' \
        in finding.explanation


def test_parts_that_fit_more_than_500_are_breakdown_consistent(make_project):
    maker = make_project()
    parts = [claim(id=f"p{i}", value=v, part_of="total", **dict(SCOPE, place=p))
             for i, (v, p) in enumerate([(415, "CO-NSA"), (152, "CO-ANT")])]
    maker.source("a", claim(id="total", value="more than 500", **SCOPE), *parts)
    finding = only(findings_of(maker), "breakdown-consistent")
    assert finding.verdict == "consistent"
    assert "567" in finding.explanation


def test_parts_short_of_a_complete_total_are_a_breakdown_conflict(make_project):
    maker = make_project()
    maker.source("a", claim(id="total", value=600, complete=True, **SCOPE),
                 claim(id="p1", value=415, part_of="total", **dict(SCOPE, place="CO-NSA")))
    finding = only(findings_of(maker), "breakdown-conflict")
    assert finding.gap == 185
    assert "1 part of total (415 (CO-NSA)) sums to 415, short of the total \"600\" by 185" in finding.explanation


def test_parts_short_of_an_incomplete_total_are_consistent(make_project):
    maker = make_project()
    maker.source("a", claim(id="total", value=600, **SCOPE),
                 claim(id="p1", value=415, part_of="total", **dict(SCOPE, place="CO-NSA")))
    only(findings_of(maker), "breakdown-consistent")


def test_a_cumulative_series_going_down_within_a_source_is_a_temporal_conflict(make_project):
    maker = make_project({"id": TOPIC, "cumulative": True})
    maker.source("a", claim(id="d1", value=300, **dict(SCOPE, as_of="2019-03-01")),
                 claim(id="d2", value=250, **dict(SCOPE, as_of="2019-03-07")))
    finding = only(findings_of(maker), "temporal-conflict")
    assert finding.claims == ("d1", "d2")
    assert finding.gap == 50


def test_a_conflict_says_when_its_same_scope_rests_on_the_date_tolerance(make_project):
    maker = make_project({"id": TOPIC, "date_tolerance_days": 3})
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value=109, **dict(SCOPE, as_of="2019-03-10")))
    explanation = only(findings_of(maker), "value-conflict").explanation
    assert "as of 2019-03-07 and 2019-03-10, within the topic's 3-day date tolerance" in explanation


def test_a_conflict_says_which_claim_leaves_its_scope_unspecified(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value=109))
    explanation = only(findings_of(maker), "value-conflict").explanation
    assert "b1 gives no population, counting rule, place or date, so it matches any" in explanation


@pytest.mark.parametrize("tolerance, drop", [(6, False), (5, True), (0, True)])
def test_a_drop_within_the_date_tolerance_is_not_over_time(make_project, tolerance, drop):
    """03-01 and 03-07 are 6 days apart: the same date for a tolerance of 6 or more."""
    maker = make_project({"id": TOPIC, "cumulative": True, "date_tolerance_days": tolerance})
    maker.source("a", claim(id="d1", value=300, **dict(SCOPE, as_of="2019-03-01")),
                 claim(id="d2", value=250, **dict(SCOPE, as_of="2019-03-07")))
    assert ("temporal-conflict" in kinds(findings_of(maker))) == drop


def test_a_non_cumulative_series_may_go_down(make_project):
    maker = make_project({"id": TOPIC, "cumulative": False})
    maker.source("a", claim(id="d1", value=300, **dict(SCOPE, as_of="2019-03-01")),
                 claim(id="d2", value=250, **dict(SCOPE, as_of="2019-03-07")))
    assert "temporal-conflict" not in kinds(findings_of(maker))


def test_different_criteria_are_not_comparable_and_name_the_fields(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", **dict(SCOPE, population=["soldiers", "police"])))
    maker.source("b", claim(id="b1", value=109, **dict(SCOPE, criterion="expelled-by-ministry", place="VE")))
    findings = findings_of(maker)
    finding = only(findings, "scope-difference")
    assert finding.verdict == "not-comparable"
    assert set(finding.fields) == {"criterion", "place", "population"}
    assert "value-conflict" not in kinds(findings)


def test_sibling_places_need_no_finding(make_project):
    """Places side by side: nobody reads them as a contradiction (SPEC.md §5)."""
    maker = make_project()
    maker.source("a", claim(id="a1", value=10, **dict(SCOPE, place="CO-NSA")))
    maker.source("b", claim(id="b1", value=900, **dict(SCOPE, place="CO-ANT")))
    found = kinds(findings_of(maker))
    assert "scope-difference" not in found and "value-conflict" not in found


def test_a_scope_stated_by_one_source_is_uncorroborated(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10, **SCOPE))
    finding = only(findings_of(maker), "uncorroborated")
    assert finding.verdict == "warning" and finding.claims == ("a1",)


def test_two_outlets_citing_one_origin_are_circular_reporting(make_project):
    maker = make_project()
    maker.source("origin")
    maker.source("a", claim(id="a1", value=500, cites="origin", **SCOPE))
    maker.source("b", claim(id="b1", value=500, cites="origin", **SCOPE))
    findings = findings_of(maker)
    finding = only(findings, "circular-reporting")
    assert finding.verdict == "warning" and finding.claims == ("a1", "b1")
    assert "value-agreement" not in kinds(findings)   # an echo is never agreement
    assert "Origin" in only(findings, "uncorroborated").explanation   # one origin states the scope


def test_citations_in_a_loop_are_circular_reporting(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, cites="b", **SCOPE))
    maker.source("b", claim(id="b1", value=500, cites="a", **SCOPE))
    finding = only(findings_of(maker), "circular-reporting")
    assert "trace back through their citations to A" in finding.explanation   # the loop's smallest id


@pytest.mark.parametrize("extra_of", ["zeta", "alpha"])
def test_a_chain_back_to_a_claimant_that_states_the_scope_uncited_ends_at_it(make_project, extra_of):
    """Zeta's z1 cites Alpha and Alpha's a1 cites Zeta; Zeta also states the place uncited (z2), so
    the chain from Alpha stops at Zeta: both claims are Zeta's figure, an echo, whichever of the
    two states the extra claim (with it under Zeta, they were two independent sources agreeing)."""
    maker = make_project()
    other = claim(id="x2", value=150, **dict(SCOPE, as_of="2019-03-20"))
    maker.source("zeta", claim(id="z1", value=100, cites="alpha", **SCOPE), *([other] if extra_of == "zeta" else []))
    maker.source("alpha", claim(id="a1", value=100, cites="zeta", **SCOPE), *([other] if extra_of == "alpha" else []))
    findings = findings_of(maker)
    finding = only(findings, "circular-reporting")
    assert finding.claims == ("a1", "z1") and "value-agreement" not in kinds(findings)
    origin = "Zeta" if extra_of == "zeta" else "Alpha"
    assert f"trace back through their citations to {origin}" in finding.explanation


def test_a_source_misquoting_its_origin_is_a_quotation_mismatch(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("o", claim(id="o1", value=109, cites="a", **SCOPE))
    findings = findings_of(maker)
    finding = only(findings, "quotation-mismatch")
    assert finding.verdict == "conflict" and finding.claims == ("a1", "o1") and finding.gap == 391
    assert "value-conflict" not in kinds(findings) and "circular-reporting" not in kinds(findings)


def test_a_source_citing_itself_is_its_own_origin_not_a_loop(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, cites="a", **SCOPE))
    maker.source("b", claim(id="b1", value=500, cites="a", **SCOPE))
    finding = only(findings_of(maker), "circular-reporting")
    assert "loop" not in finding.explanation and "trace back through their citations to A" in finding.explanation


def test_independent_sources_corroborate(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value=510, **SCOPE))
    found = kinds(findings_of(maker))
    assert "uncorroborated" not in found and "circular-reporting" not in found


def test_a_value_outside_the_topic_bounds_is_implausible(make_project):
    maker = make_project({"id": TOPIC, "bounds": [0, 150000]})
    maker.source("a", claim(id="a1", value="1.5 million", **SCOPE))
    finding = only(findings_of(maker), "implausible-value")
    assert finding.verdict == "conflict" and finding.claims == ("a1",)


def test_unspecified_scope_fields_are_comparable_to_anything(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value=100))
    assert only(findings_of(maker), "value-conflict").claims == ("a1", "b1")


def test_dates_within_the_tolerance_count_as_one_date(make_project):
    maker = make_project({"id": TOPIC, "date_tolerance_days": 2})
    maker.source("a", claim(id="a1", value=500, **dict(SCOPE, as_of="2019-03-06")))
    maker.source("b", claim(id="b1", value=100, **dict(SCOPE, as_of="2019-03-07")))
    only(findings_of(maker), "value-conflict")


def test_only_claims_of_one_topic_are_reconciled(make_project):
    maker = make_project()
    maker.topics({"id": TOPIC}, {"id": "other"})
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", topic="other", value=100, **SCOPE))
    assert "value-conflict" not in kinds(findings_of(maker))


def test_many_claims_in_one_topic_give_grouped_findings(make_project):
    maker = make_project()
    for s in range(20):
        maker.source(f"s{s}", *[claim(id=f"s{s}-{i}", value=100 + i, **dict(SCOPE, as_of=f"2019-03-{i + 1:02d}"))
                                for i in range(25)])
    findings = findings_of(maker)
    # 25 dates x one agreement each, not 20*19/2*25 pairs
    assert kinds(findings).count("value-agreement") == 25


def test_the_seed_case_reaches_the_careful_reading():
    project, frame = reconcile.normalize(reconcile.read([REPO]))
    findings = reconcile.reconcile(reconcile.Claims(project, frame)).findings
    breakdown = only(findings, "breakdown-consistent")
    assert "567" in breakdown.explanation and "mc-total-2019-03" in breakdown.claims
    assert not [f for f in findings if f.verdict == "conflict"]
    difference = [f for f in findings if f.kind == "scope-difference" and "mc-total-2019-03" in f.claims]
    assert len(difference) == 1 and difference[0].claims == ("mc-total-2019-03", "mindef-expelled-2019-03")
    assert {"criterion", "population", "place"} <= set(difference[0].fields)
    warned = {c for f in findings if f.kind == "uncorroborated" for c in f.claims}
    assert {"mc-total-2019-03", "mindef-expelled-2019-03"} <= warned


def test_every_pair_of_a_scope_gets_a_relation(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value="about 500", **SCOPE))
    maker.source("c", claim(id="c1", value=109, **SCOPE))
    findings = findings_of(maker)
    assert sorted(f.claims for f in findings if f.kind == "value-conflict") == [("a1", "c1"), ("b1", "c1")]
    agreement = only(findings, "value-agreement")
    assert agreement.claims == ("a1", "b1") and agreement.agreed == (500, 500, True, True)


def test_date_tolerance_does_not_chain(make_project):
    maker = make_project({"id": TOPIC, "date_tolerance_days": 2})
    maker.source("a", claim(id="a1", value=500, **dict(SCOPE, as_of="2019-03-01")))
    maker.source("b", claim(id="b1", value=500, **dict(SCOPE, as_of="2019-03-03")))
    maker.source("c", claim(id="c1", value=100, **dict(SCOPE, as_of="2019-03-05")))
    findings = findings_of(maker)
    conflict = only(findings, "value-conflict")
    assert conflict.claims == ("b1", "c1")  # 2 days apart; a1 and c1 are 4 days apart
    assert [f.claims for f in findings if f.kind == "value-agreement"] == [("a1", "b1")]


def test_a_claim_with_no_scope_that_agrees_is_not_uncorroborated(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value="about 510"))
    found = findings_of(maker)
    assert only(found, "value-agreement").claims == ("a1", "b1")
    assert "uncorroborated" not in kinds(found)


@pytest.mark.parametrize("value, bounds", [("more than 150,000", [0, 150000]), ("fewer than 10", [10, None])])
def test_open_intervals_outside_the_bounds_are_implausible(make_project, value, bounds):
    maker = make_project({"id": TOPIC, "bounds": bounds})
    maker.source("a", claim(id="a1", value=value, **SCOPE))
    assert only(findings_of(maker), "implausible-value").claims == ("a1",)


def test_scopes_nested_in_opposite_directions_are_not_comparable(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5, **dict(SCOPE, population=["soldiers", "police"], place="CO-NSA")))
    maker.source("b", claim(id="b1", value=900, **SCOPE))
    finding = only(findings_of(maker), "scope-difference")
    assert finding.claims == ("a1", "b1") and finding.fields == ("place", "population")
    assert "order-conflict" not in kinds(findings_of(maker))


def test_a_nested_population_in_an_unrelated_place_names_both_fields(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5, **dict(SCOPE, population=["soldiers", "police"])))
    maker.source("b", claim(id="b1", value=900, **dict(SCOPE, place="VE")))
    assert only(findings_of(maker), "scope-difference").fields == ("place", "population")


@pytest.mark.parametrize("drop", ["as_of", "place", "criterion"])
def test_nesting_holds_when_a_scope_field_is_unspecified(make_project, drop):
    maker = make_project()
    wide = {k: v for k, v in dict(SCOPE, population=["soldiers", "police"]).items() if k != drop}
    maker.source("a", claim(id="wide", value=100, **wide))
    maker.source("b", claim(id="narrow", value=500, **SCOPE))
    assert only(findings_of(maker), "order-conflict").claims == ("narrow", "wide")


def test_an_undated_wide_count_is_compared_with_a_dated_narrow_one(make_project):
    maker = make_project()
    maker.source("a", claim(id="wide", value=100, **dict(SCOPE, as_of=None, population=["soldiers", "police"])))
    maker.source("b", claim(id="narrow", value=500, **SCOPE))
    only(findings_of(maker), "order-conflict")


@pytest.mark.parametrize("cumulative", [True, False])
@pytest.mark.parametrize("wide, narrow, field", [
    (dict(population=["soldiers", "police"]), dict(population=["soldiers"]), "population"),
    (dict(place="CO"), dict(place="CO-NSA"), "place"),
])
def test_a_wider_scope_counted_earlier_is_not_comparable_with_a_narrower_one_counted_later(
        make_project, cumulative, wide, narrow, field):
    """Every pair from different sources gets a relation: here neither the same scope nor
    nested (the narrower count is later, or the count is not cumulative), so not comparable."""
    maker = make_project({"id": TOPIC, "cumulative": cumulative, "bounds": [0, 10000]})
    maker.source("a", claim(id="a1", value=100, **dict(SCOPE, as_of="2019-03-01", **wide)))
    maker.source("b", claim(id="b1", value=200, **dict(SCOPE, as_of="2019-03-10", **narrow)))
    findings = findings_of(maker)
    assert "order-conflict" not in kinds(findings)
    if field == "place":   # differ only in place and date: no finding needed
        assert "scope-difference" not in kinds(findings)
        return
    finding = only(findings, "scope-difference")
    assert finding.claims == ("a1", "b1") and finding.fields == tuple(sorted([field, "as_of"]))
    assert "2019-03-01" in finding.explanation and "2019-03-10" in finding.explanation


@pytest.mark.parametrize("topic, wide_as_of", [
    ({"cumulative": True}, "2019-03-10"),                            # the wider scope counted later
    ({"cumulative": False, "date_tolerance_days": 3}, "2019-03-03"),  # dates within the tolerance
])
def test_nested_scopes_at_dates_that_compare_are_compared_not_called_different(make_project, topic, wide_as_of):
    maker = make_project({"id": TOPIC, **topic})
    maker.source("a", claim(id="a1", value=100, **dict(SCOPE, as_of=wide_as_of, population=["soldiers", "police"])))
    maker.source("b", claim(id="b1", value=200, **dict(SCOPE, as_of="2019-03-01")))
    findings = findings_of(maker)
    assert only(findings, "order-conflict").claims == ("a1", "b1")
    assert "scope-difference" not in kinds(findings)


def test_different_counting_rules_at_different_dates_name_the_date_too(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", **dict(SCOPE, as_of="2019-03-07")))
    maker.source("b", claim(id="b1", value=109, **dict(SCOPE, criterion="expelled-by-ministry", as_of="2019-03-06")))
    assert only(findings_of(maker), "scope-difference").fields == ("as_of", "criterion")
    maker = make_project({"id": TOPIC, "date_tolerance_days": 1})
    maker.source("a", claim(id="a1", value="more than 500", **dict(SCOPE, as_of="2019-03-07")))
    maker.source("b", claim(id="b1", value=109, **dict(SCOPE, criterion="expelled-by-ministry", as_of="2019-03-06")))
    assert only(findings_of(maker), "scope-difference").fields == ("criterion",)


def test_two_counting_rules_on_the_same_dates_do_not_list_the_date(make_project):
    maker = make_project()
    for source, criterion in (("a", "crossed-into-colombia"), ("b", "expelled-by-ministry")):
        scale = 100 if source == "a" else 1000
        maker.source(source, *(claim(id=f"{source}{n}", value=scale * n, **dict(SCOPE, criterion=criterion, as_of=day))
                               for n, day in ((1, "2019-03-01"), (2, "2019-03-07"))))
    differences = {f.claims: f.fields for f in findings_of(maker) if f.kind == "scope-difference"}
    assert differences[("a1", "b1")] == differences[("a2", "b2")] == ("criterion",)
    assert differences[("a1", "b2")] == ("as_of", "criterion")
