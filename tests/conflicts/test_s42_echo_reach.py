"""An echo is "one cites the other" even where the two origins differ (SPEC.md §5): B citing A
echoes A's claim that cites X, though A's other, uncited, claims stop the chain at A. Never
agreement, never a second voice (groups, uncorroborated, estimates), on both pair paths."""
from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile
from conftest import TOPIC, claim
from reconcile.conflicts.origins import ECHO, INDEPENDENT, claim_origins, who
from reconcile.conflicts.pairs import TopicReconciler
from reconcile.conflicts.table import PAIR_KINDS, pair_kind
from reconcile.model.intervals import ClaimInterval
from reconcile.model.names import PlaceIndex
from reconcile.model.records import Project, Topic

SCOPE = dict(place="CO", as_of="2019-03-01")
LATER = dict(place="CO", as_of="2019-05-01")


def b_quotes_a_who_quotes_x(maker, b_value="about 500", **more):
    """The new user's case (N1 D1): A's 500 cites X; A also states 900 of its own on another day."""
    maker.topics({"id": TOPIC, "unit": "people", "cumulative": False})
    maker.source("x")
    maker.source("a", claim(id="a1", value="500", cites="x", **SCOPE), claim(id="a2", value="900", **LATER))
    maker.source("b", claim(id="b1", value=b_value, cites="a", **SCOPE), **more)
    return maker


def report(maker, max_findings=None) -> dict:
    options = {} if max_findings is None else {"max_findings": max_findings}
    return json.loads(reconcile.run([maker.root], format="json", **options))


@pytest.mark.parametrize("max_findings", [None, 0, 1])
def test_a_claim_citing_the_claimant_of_a_cited_claim_echoes_it_and_is_no_agreement(make_project, max_findings):
    done = report(b_quotes_a_who_quotes_x(make_project()), max_findings)
    kinds = {(f["kind"], tuple(f["claims"])) for f in done["findings"]}
    assert ("value-agreement", ("a1", "b1")) not in kinds
    if max_findings != 1:
        assert ("circular-reporting", ("a1", "b1")) in kinds
        assert ("uncorroborated", ("a1", "b1")) in kinds
    (estimate,) = [e for e in done["estimates"] if e["as_of"] == "2019-03-01"]
    assert estimate["status"] == "single-source"


def test_the_echo_reads_as_the_chain_would_were_it_not_stopped(make_project):
    """With A's own claim on another day gone, the chain goes B -> A -> X: the same findings and
    estimate for the scope of the 1st of March. The words say each chain as it is (SPEC §5: A's
    uncited a2 stops B's chain at A, so B's figure does not trace back to X)."""
    stopped = report(b_quotes_a_who_quotes_x(make_project()))
    maker = make_project()
    maker.topics({"id": TOPIC, "unit": "people", "cumulative": False})
    maker.source("x")
    maker.source("a", claim(id="a1", value="500", cites="x", **SCOPE))
    maker.source("b", claim(id="b1", value="about 500", cites="a", **SCOPE))
    whole = report(maker)

    def march(done):
        return ([(f["kind"], f["claims"]) for f in done["findings"] if "a2" not in f["claims"]],
                [e for e in done["estimates"] if e["as_of"] == "2019-03-01"])

    assert march(stopped) == march(whole)
    (circular,) = [f for f in whole["findings"] if f["kind"] == "circular-reporting"]
    assert "both trace back through their citations to X" in circular["explanation"]
    (circular,) = [f for f in stopped["findings"] if f["kind"] == "circular-reporting"]
    assert "B cites A, and A's a1 cites X (B's figure traces back to A, not to X" in circular["explanation"]
    assert "trace back through their citations to X" not in circular["explanation"]


def test_disjoint_values_of_such_an_echo_are_a_quotation_mismatch(make_project):
    for max_findings in (None, 0):
        done = report(b_quotes_a_who_quotes_x(make_project(), b_value="109"), max_findings)
        (finding,) = [f for f in done["findings"] if f["kind"] == "quotation-mismatch"]
        assert finding["claims"] == ["a1", "b1"] and finding["gap"] == 391
        assert "B cites A, and A's a1 cites X" in finding["explanation"]   # B's chain stops at A (SPEC §5)
        assert "trace back to X" not in finding["explanation"]
        assert not [f for f in done["findings"] if f["kind"] == "value-conflict"]


def test_the_cited_claimants_own_figure_still_counts_and_its_echo_does_not(make_project):
    """A states 500 of its own in the scope and 500 quoting X; B quotes A: A and X are two voices,
    B none, so the agreement lists A's and X's own claims only."""
    maker = make_project()
    maker.topics({"id": TOPIC, "unit": "people", "cumulative": False})
    maker.source("x", claim(id="x1", value="500", **SCOPE))
    maker.source("a", claim(id="a1", value="500", cites="x", **SCOPE), claim(id="a3", value="500", **SCOPE))
    maker.source("b", claim(id="b1", value="500", cites="a", **SCOPE))
    done = report(maker)
    (agreement,) = [f for f in done["findings"] if f["kind"] == "value-agreement"]
    assert agreement["explanation"].startswith("2 independent sources")
    assert "b1" not in agreement["claims"]
    (estimate,) = done["estimates"]
    assert {c["id"]: c["weight"] for c in estimate["claims"]}["b1"] == 0


def test_a_chain_stopped_at_a_source_still_keeps_its_claims_apart_from_the_third():
    """The section 3 case: B cites A, A cites X with one claim and nothing with another: B's claim
    and X's own are independent (the chain does not reach X); B's and A's are an echo."""
    claims = [interval("x1", "x", None), interval("a1", "a", "x"), interval("a2", "a", None, as_of="2019-05-01"),
              interval("b1", "b", "a")]
    origin = claim_origins(claims, "t")
    by_id = {c.id: c for c in claims}
    assert who(by_id["b1"], by_id["x1"], origin) == INDEPENDENT
    assert who(by_id["b1"], by_id["a1"], origin) == ECHO
    assert who(by_id["a1"], by_id["x1"], origin) == ECHO
    assert who(by_id["b1"], by_id["a2"], origin) == ECHO


def interval(cid: str, source: str, cites: str | None, value: float = 500.0, as_of: str = "2019-03-01",
             population: tuple = ()) -> ClaimInterval:
    return ClaimInterval(cid, source, str(value), value, value, True, True, population, None, "CO", as_of, cites,
                         None, False)


PLACES = PlaceIndex()


@st.composite
def citing(draw, n_max: int = 30) -> list[ClaimInterval]:
    """Claims of few scopes whose claimants cite one another (so chains stop at a source that
    states other things uncited, and claims reach other claimants' claims)."""
    n = draw(st.integers(2, n_max))
    out = []
    for i in range(n):
        value = draw(st.sampled_from([100.0, 200.0, 300.0]))
        high = draw(st.sampled_from([value, value + 100.0]))
        out.append(ClaimInterval(
            f"c{i:02d}", draw(st.sampled_from("abcd")), f"v{i}", value, high, True,
            draw(st.booleans()) or high == value,
            draw(st.sampled_from([(), ("soldiers",)])), None, "CO",
            draw(st.sampled_from(["2019-03-01", "2019-03-01", "2019-04-02"])),
            draw(st.sampled_from([None, None, "a", "b", "c", "x"])), None, False,
            draw(st.sampled_from([None, "2019-03-01", "2019-03-09"])), draw(st.sampled_from([None, None, "w"]))))
    return out


def outcome(claims: list[ClaimInterval], limit: int, bulk_from: int | None) -> tuple:
    reconciler = TopicReconciler(Topic("t"), claims, Project(root="."), PLACES, max_findings=limit,
                                 bulk_from=bulk_from)
    reconciler.run()
    return ([(f.kind, f.claims, f.gap, f.explanation) for f in sorted(reconciler.findings, key=lambda f: f.sort_key())],
            reconciler.omitted, [(s.scope, s.figures) for s in reconciler.scopes])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(citing(), st.sampled_from([0, 1, 3, 10_000]))
def test_echoes_by_reach_are_the_same_counted_in_bulk_or_pair_by_pair(claims, limit):
    one_by_one = outcome(claims, limit, None)
    assert outcome(claims, limit, 1) == one_by_one
    assert outcome(claims, limit, 8) == one_by_one


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(citing(n_max=9))
def test_every_pair_of_citing_claimants_gets_the_finding_of_its_row(claims):
    reconciler = TopicReconciler(Topic("t"), claims, Project(root="."), PLACES)
    found: dict[tuple, list[str]] = {}
    for finding in reconciler.run():
        if finding.kind in PAIR_KINDS:
            found.setdefault(finding.claims, []).append(finding.kind)
    origin = claim_origins(claims, "t")
    expected = {}
    for a, b in itertools.combinations(claims, 2):
        kind = pair_kind(a, b, reconciler.relations.relation(a.scope, b.scope), who(a, b, origin),
                         reconciler.relations)
        if kind in PAIR_KINDS:
            expected[tuple(sorted((a.id, b.id)))] = [kind]
    assert found == expected


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(citing(n_max=9))
def test_no_echo_pair_is_in_an_agreement_group_as_two_voices(claims):
    """Of each value-agreement, the claims behind two different figures are never an echo pair."""
    reconciler = TopicReconciler(Topic("t"), claims, Project(root="."), PLACES)
    reconciler.run()
    origin = claim_origins(claims, "t")
    by_id = {c.id: c for c in claims}
    for scope in reconciler.scopes:
        for first, second in itertools.combinations(scope.figures, 2):
            for a, b in itertools.product(first.claims, second.claims):
                assert who(by_id[a], by_id[b], origin) != ECHO, (scope.scope, a, b)
