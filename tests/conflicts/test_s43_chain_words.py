"""An echo's words say its citation chain as it is (SPEC.md §5, "Who states them"): C citing B,
whose chain stops at B (B states figures that do not cite A), and B's claim citing A are an echo
(C's chain reaches B's claim), but C's figure does not "trace back to A"."""
from __future__ import annotations

import json

import pytest

import reconcile
from conftest import claim

SCOPE = dict(place="CO")


def findings(maker, **options) -> dict[tuple, dict]:
    done = json.loads(reconcile.run([maker.root], format="json", **options))
    return {(f["kind"], tuple(f["claims"])): f for f in done["findings"]}


def chain_stopped_at_b(maker, b_own: int, c_value: int):
    maker.source("a", claim(id="a1", value=100, **SCOPE))
    maker.source("b", claim(id="b1", value=100, cites="a", **SCOPE), claim(id="b2", value=b_own, **SCOPE))
    maker.source("c", claim(id="c1", value=c_value, cites="b", **SCOPE))
    return maker


@pytest.mark.parametrize("max_findings", [None, 0])
def test_a_quotation_mismatch_through_a_stopped_chain_says_the_chain_not_one_origin(make_project, max_findings):
    options = {} if max_findings is None else {"max_findings": max_findings}
    found = findings(chain_stopped_at_b(make_project(), 200, 200), **options)
    words = found[("quotation-mismatch", ("b1", "c1"))]["explanation"]
    assert "C cites B, and B's b1 cites A (C's figure traces back to B, not to A" in words
    assert "trace back to A" not in words
    # the other findings about c1 agree with it: B's figure, independent of A's
    assert "both trace back through their citations to B" in found[("circular-reporting", ("b2", "c1"))]["explanation"]
    assert ("value-conflict", ("a1", "c1")) in found


def test_a_circular_reporting_through_a_stopped_chain_says_the_chain(make_project):
    found = findings(chain_stopped_at_b(make_project(), 100, 100))
    words = found[("circular-reporting", ("b1", "c1"))]["explanation"]
    assert "C cites B, and B's b1 cites A (C's figure traces back to B, not to A" in words
    assert "one chain of citations, not independent corroboration" in words
    assert "to A" not in words.replace("not to A", "")
    assert "both trace back through their citations to A" in found[("circular-reporting", ("a1", "b1"))]["explanation"]


def test_a_chain_that_goes_on_names_every_source_it_passes(make_project):
    """D cites C, whose every claim here cites B, whose chain stops at B: D reaches B's b1."""
    maker = chain_stopped_at_b(make_project(), 200, 200)
    maker.source("d", claim(id="d1", value=150, cites="c", **SCOPE))
    words = findings(maker)[("quotation-mismatch", ("b1", "d1"))]["explanation"]
    assert "D cites C, which cites B, and B's b1 cites A" in words


def test_one_claimant_in_two_outlets_citing_two_sources_is_not_said_to_trace_back_to_one(make_project):
    maker = make_project()
    maker.source("z")
    maker.source("a", claim(id="a1", value=100, via="p", **SCOPE),
                 claim(id="a2", value=300, via="q", cites="z", **SCOPE))
    maker.source("p")
    maker.source("q")
    words = findings(maker)[("quotation-mismatch", ("a1", "a2"))]["explanation"]
    assert "both are one claimant's, A's, read in P and Q (a2 cites Z)" in words
    assert "trace back" not in words
