"""The estimate methods of SPEC.md §5b on hand-made evidence, each answer worked out here."""
from __future__ import annotations

import math

import pytest

from reconcile.conflicts import Figure, StatedScope, agreement_groups
from reconcile.estimates import estimate_all
from reconcile.estimates.methods import common, consensus, conservative_hull, prefer

INF = math.inf


def fig(origin: str, lower: float, upper: float, li: bool = True, ui: bool = True, *claims: str) -> Figure:
    return Figure(origin, lower, upper, li and lower != -INF, ui and upper != INF, claims or (f"{origin}-1",), True)


def scope(*figures: Figure, topic: str = "march", where: tuple = (("people",), "marched", "ES-M", "2019-07-01")
          ) -> StatedScope:
    claims = tuple(c for f in figures for c in f.claims)
    return StatedScope(topic, where, claims, claims, tuple(figures), False)


def test_one_origin_is_single_source_and_its_figure():
    found = consensus(scope(fig("police", 500, INF, False, False)))
    assert (found.status, found.lower, found.upper, found.lower_inclusive, found.point) == (
        "single-source", 500, INF, False, None)
    assert found.weights == (("police-1", 1.0),)


def test_figures_sharing_a_range_are_agreed_and_consensus_is_that_range():
    # [260,000, 265,000] and [250,000, 262,000]: they share [260,000, 262,000]
    found = consensus(scope(fig("a", 260_000, 265_000), fig("b", 250_000, 262_000)))
    assert found.status == "agreed"
    assert (found.lower, found.upper) == (260_000, 262_000)
    assert dict(found.weights) == {"a-1": 0.5, "b-1": 0.5}


def test_consensus_takes_the_largest_group_and_weighs_out_the_others():
    # three counts around 430,000-500,000 and one of 1,000,000: the group of three wins
    evidence = scope(fig("a", 430_000, 470_000), fig("b", 450_000, 500_000), fig("c", 460_000, 460_000),
                     fig("d", 1_000_000, 1_000_000))
    found = consensus(evidence)
    assert found.status == "disputed"
    assert (found.lower, found.upper, found.point) == (460_000, 460_000, 460_000)
    assert dict(found.weights) == pytest.approx({"a-1": 1 / 3, "b-1": 1 / 3, "c-1": 1 / 3, "d-1": 0.0})


def test_consensus_on_a_tie_is_the_hull_of_all_figures():
    # {a, b} share [10, 12] and {c, d} share [20, 21]: two groups of two, a tie
    evidence = scope(fig("a", 10, 12), fig("b", 11, 14), fig("c", 20, 22), fig("d", 19, 21))
    found = consensus(evidence)
    assert (found.lower, found.upper, found.status) == (10, 22, "disputed")
    assert all(weight == 0.25 for _, weight in found.weights)


def test_consensus_without_any_group_is_the_hull():
    found = consensus(scope(fig("a", 11_300, 11_300), fig("b", 20_000, 20_000)))
    assert (found.lower, found.upper, found.point) == (11_300, 20_000, None)


def test_figures_that_only_touch_at_an_excluded_bound_share_nothing():
    assert common([fig("a", 500_000, INF, False), fig("b", 500_000, 500_000)]) is None
    assert agreement_groups((fig("a", 500_000, INF, False), fig("b", 500_000, 500_000))) == []
    assert common([fig("a", 500_000, INF, True), fig("b", 500_000, 500_000)]) == (500_000, 500_000, True, True)


def test_hull_is_the_conservative_range():
    found = conservative_hull(scope(fig("a", 3_958, 3_958), fig("b", 11_300, 11_300), fig("c", 10_000, 20_000)))
    assert (found.lower, found.upper, found.method, found.status) == (3_958, 20_000, "hull", "disputed")
    assert dict(found.weights) == pytest.approx({"a-1": 1 / 3, "b-1": 1 / 3, "c-1": 1 / 3})


def test_prefer_takes_the_first_preferred_claimant_that_states_the_scope():
    evidence = scope(fig("ministry", 109, 109), fig("migracion", 500, INF, False))
    found = prefer(evidence, ["absent", "migracion", "ministry"], {})
    assert (found.lower, found.upper, found.method) == (500, INF, "prefer")
    assert dict(found.weights) == {"migracion-1": 1.0, "ministry-1": 0.0}


def test_prefer_without_a_preferred_claimant_is_consensus_named_prefer():
    evidence = scope(fig("a", 10, 12), fig("b", 11, 14))
    found = prefer(evidence, ["nobody"], {})
    assert (found.lower, found.upper, found.method) == (11, 12, "prefer")


def test_prefer_finds_a_claimant_whose_claims_echo_another_origin():
    evidence = scope(fig("institute", 260_000, 260_000, True, True, "i-1", "o-1"), fig("city", 100, 100))
    assert prefer(evidence, ["outlet"], {"i-1": "institute", "o-1": "outlet"}).lower == 260_000


def test_truth_discovery_trusts_the_sources_that_agree_across_topics():
    # three sources state five scopes; "liar" is far from the two others every time
    evidence = []
    for k, truth in enumerate((100, 2_000, 35, 11_000, 480)):
        evidence.append(scope(fig("good", truth, truth, True, True, f"good-{k}"),
                              fig("fair", truth * 1.02, truth * 1.02, True, True, f"fair-{k}"),
                              fig("liar", truth * 3, truth * 3, True, True, f"liar-{k}"),
                              topic=f"topic-{k}", where=((), None, None, None)))
    estimates, reliability, _ = estimate_all(evidence, "truth-discovery")
    assert reliability["good"] > reliability["liar"] and reliability["fair"] > reliability["liar"]
    for k, found in enumerate(estimates):
        truth = (100, 2_000, 35, 11_000, 480)[k]
        assert found.method == "truth-discovery" and math.isfinite(found.point)
        assert abs(found.point - truth) <= 0.02 * truth
        weights = dict(found.weights)
        assert weights[f"liar-{k}"] < weights[f"good-{k}"]
        assert sum(weights.values()) == pytest.approx(1.0)


def test_truth_discovery_is_deterministic():
    evidence = [scope(fig("a", 10, 12), fig("b", 11, 14), fig("c", 40, 40))]
    assert estimate_all(evidence, "truth-discovery") == estimate_all(evidence, "truth-discovery")


def test_estimate_to_dict_gives_the_contract_fields():
    found = consensus(scope(fig("police", 500, INF, False, False)))
    assert found.to_dict() == {
        "topic": "march", "population": ["people"], "criterion": "marched", "place": "ES-M",
        "as_of": "2019-07-01", "lower": 500, "upper": None, "lower_inclusive": False, "upper_inclusive": False,
        "point": None, "status": "single-source", "method": "consensus",
        "claims": [{"id": "police-1", "weight": 1.0}]}
