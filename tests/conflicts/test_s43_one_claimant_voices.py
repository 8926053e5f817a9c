"""One claimant is one source, whatever its claims cite (SPEC.md §5: the pair table's "one
claimant" row comes first, and its overlap row has no finding): A's own figure and a figure A
attributes to Z are no value-agreement, and a group with both counts A once and names Z as A
reports it."""
from __future__ import annotations

import json

import reconcile
from conftest import claim

SCOPE = dict(place="CO")


def findings(maker) -> dict[tuple, dict]:
    done = json.loads(reconcile.run([maker.root], format="json"))
    return {(f["kind"], tuple(f["claims"])): f for f in done["findings"]}


def test_a_claimants_own_figure_and_one_it_attributes_to_another_are_no_agreement(make_project):
    maker = make_project()
    maker.source("z")
    maker.source("a", claim(id="a1", value=100, **SCOPE), claim(id="a2", value=100, cites="z", **SCOPE))
    assert not [key for key in findings(maker) if key[0] == "value-agreement"]


def test_a_group_counts_one_claimant_once_and_names_the_origin_it_reports(make_project):
    maker = make_project()
    maker.source("z")
    maker.source("a", claim(id="a1", value=100, **SCOPE), claim(id="a2", value=100, cites="z", **SCOPE))
    maker.source("b", claim(id="b1", value=100, **SCOPE))
    words = findings(maker)[("value-agreement", ("a1", "a2", "b1"))]["explanation"]
    assert words.startswith("2 independent sources (3 origins) give figures that share 100")
    assert 'Z, as A reports it: A says "100" (a2, citing Z)' in words


def test_figures_one_claimant_reports_beside_an_independent_one_are_two_sources(make_project):
    """C repeats A (an echo, in A's figure) and attributes 100 to Z: A's own a1 and C's c2 are
    independent, so A and Z are two sources, Z named as C reports it."""
    maker = make_project()
    maker.source("z")
    maker.source("a", claim(id="a1", value=100, **SCOPE))
    maker.source("c", claim(id="c1", value=100, cites="a", **SCOPE), claim(id="c2", value=100, cites="z", **SCOPE))
    (words,) = [f["explanation"] for key, f in findings(maker).items() if key[0] == "value-agreement"]
    assert words.startswith("2 independent sources give figures")
    assert 'Z, as C reports it: C says "100" (c2, citing Z)' in words
