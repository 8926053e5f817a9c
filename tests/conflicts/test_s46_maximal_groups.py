"""A topic's value-agreement groups are maximal across the topic (SPEC §5: "a maximal group ...; there are
at most as many groups as origins"): overlapping stated scopes (an unspecified place beside regions, days
within the date tolerance) no longer repeat one agreement once per scope (N4 D1: two origins gave four
groups)."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import reconcile
from conftest import TOPIC, claim
from reconcile.conflicts.pairs import _maximal_groups


def agreements(maker) -> list[tuple[str, ...]]:
    done = json.loads(reconcile.run([maker.root], format="json", fail_on="never"))
    assert done["summary"]["findings"]["consistent"] == len(
        [f for f in done["findings"] if f["verdict"] == "consistent"])
    return [tuple(f["claims"]) for f in done["findings"] if f["kind"] == "value-agreement"]


def test_an_unplaced_figure_beside_three_regions_is_one_agreement(make_project):
    maker = make_project()
    maker.source("a", claim(id="a0", as_of="2020-01-01", value=100))
    maker.source("b", *[claim(id=f"b-{r.lower()}", place=f"CO-{r}", as_of="2020-01-01", value=100)
                        for r in ("ANT", "BOL", "VAC")])
    assert agreements(maker) == [("a0", "b-ant", "b-bol", "b-vac")]


def test_days_within_the_tolerance_give_no_more_groups_than_origins(make_project):
    maker = make_project({"id": TOPIC, "title": "Defections", "unit": "people", "date_tolerance_days": 2})
    maker.source("a", claim(id="a1", as_of="2020-01-01", value=100), claim(id="a5", as_of="2020-01-05", value=100))
    maker.source("b", claim(id="b3", as_of="2020-01-03", value=100), claim(id="b7", as_of="2020-01-07", value=100))
    found = agreements(maker)
    assert found == [("a1", "a5", "b3"), ("a5", "b3", "b7")]
    assert len(found) <= 2


def test_groups_of_one_scope_that_overlap_stay(make_project):
    """A=100, B=100-200, C=200-300 in one scope: two groups that share B, neither holding the other."""
    maker = make_project()
    maker.source("a", claim(id="a1", place="CO", value=100))
    maker.source("b", claim(id="b1", place="CO", value="100-200"))
    maker.source("c", claim(id="c1", place="CO", value="200-300"))
    assert agreements(maker) == [("a1", "b1"), ("b1", "c1")]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.frozensets(st.sampled_from("abcdef"), min_size=2, max_size=5), max_size=8, unique=True))
def test_the_kept_groups_are_exactly_those_no_other_holds(sets):
    same = (100.0, 100.0, True, True)
    groups = [(tuple(sorted(s)), k, same) for k, s in enumerate(sets)]
    kept = [g[1] for g in _maximal_groups(groups)]
    assert kept == [k for k, s in enumerate(sets) if not any(s < other for other in sets)]


def test_a_narrower_scope_that_agrees_on_another_range_keeps_its_group(make_project):
    """A's unplaced 100-200 holds B's 150 in CO-ANT and both their 190 in CO-BOL: the unplaced scope's group
    (all four claims) shares 190, CO-ANT's (a-none, b-ant) shares 150, something the larger group does not say
    (R1, session 46)."""
    maker = make_project()
    maker.source("a", claim(id="a-none", as_of="2020-01-01", value="100-200"),
                 claim(id="a-bol", place="CO-BOL", as_of="2020-01-01", value=190))
    maker.source("b", claim(id="b-ant", place="CO-ANT", as_of="2020-01-01", value=150),
                 claim(id="b-bol", place="CO-BOL", as_of="2020-01-01", value=190))
    found = agreements(maker)
    assert ("a-none", "b-ant") in found
    assert ("a-bol", "a-none", "b-ant", "b-bol") in found
    assert ("a-bol", "b-bol") not in found          # it agrees on 190, as the larger group does
