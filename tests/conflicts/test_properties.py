"""Properties of the pair relation (issue 12): on random small topics, every pair of claims gets
exactly the finding its row of the pair table names (``pair_kind``, the definition), and the
relation of a pair inside a larger topic is the one it gets when the two claims are alone."""
from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.conflicts.origins import claim_origins, who
from reconcile.conflicts.pairs import TopicReconciler
from reconcile.conflicts.table import PAIR_KINDS, SCOPE_DIFFERENCE, pair_kind
from reconcile.model.intervals import INF, ClaimInterval
from reconcile.model.records import Project, Topic, select_findings
from reconcile.model.names import PlaceIndex

PLACES = PlaceIndex()
VALUES = [0.0, 100.0, 200.0, 300.0, 500.0]


@st.composite
def intervals(draw) -> tuple[float, float, bool, bool]:
    """lower, upper, lower_inclusive, upper_inclusive, from a few values (so that bounds touch)."""
    lo = draw(st.sampled_from(VALUES))
    hi = draw(st.sampled_from([v for v in VALUES if v >= lo] + [INF]))
    return lo, hi, draw(st.booleans()) or lo == hi, (draw(st.booleans()) or lo == hi) and hi != INF


@st.composite
def claims(draw, n_max: int = 7) -> list[ClaimInterval]:
    n = draw(st.integers(2, n_max))
    out = []
    for i in range(n):
        out.append(ClaimInterval(
            f"c{i}", draw(st.sampled_from("abc")), f"v{i}", *draw(intervals()),
            population=draw(st.sampled_from([(), ("soldiers",), ("police", "soldiers")])),
            criterion=draw(st.sampled_from([None, "marched", "present"])),
            place=draw(st.sampled_from([None, "CO", "CO-NSA", "CO-ANT"])),
            as_of=draw(st.sampled_from([None, "2019-03-01", "2019-03-05", "2019-03", "2019-04-02"])),
            cites=draw(st.sampled_from([None, None, "wire"])), complete=False,
            part_of=draw(st.sampled_from([None, None, None, "c0", "c1"])) if i > 1 else None,
            stated_on=draw(st.sampled_from([None, "2019-03-01", "2019-03-09"])),
            via=draw(st.sampled_from([None, "x", "y"]))))
    return out


def topic_of(cumulative: bool, tolerance: int) -> Topic:
    return Topic("t", cumulative=cumulative, date_tolerance_days=tolerance,
                 criteria=(("present", "marched"),))


def pair_findings(topic: Topic, given_claims: list[ClaimInterval]) -> tuple[dict[tuple, list[str]], TopicReconciler]:
    reconciler = TopicReconciler(topic, given_claims, Project(root="."), PLACES)
    found: dict[tuple, list[str]] = {}
    for finding in reconciler.run():
        if finding.kind in PAIR_KINDS:
            found.setdefault(finding.claims, []).append(finding.kind)
    return found, reconciler


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims(), st.booleans(), st.sampled_from([0, 3]))
def test_every_pair_gets_exactly_the_finding_of_its_row(topic_claims, cumulative, tolerance):
    topic = topic_of(cumulative, tolerance)
    found, reconciler = pair_findings(topic, topic_claims)
    origin = claim_origins(topic_claims, "t")
    expected: dict[tuple, list[str]] = {}
    differences = {}
    for a, b in itertools.combinations(topic_claims, 2):
        kind = pair_kind(a, b, reconciler.relations.relation(a.scope, b.scope), who(a, b, origin),
                         reconciler.relations)
        key = tuple(sorted((a.id, b.id)))
        if kind in PAIR_KINDS:
            expected[key] = [kind]
        elif kind == SCOPE_DIFFERENCE:
            differences[key] = (a, b)
    assert found == expected
    listed = [f for f in reconciler.findings if f.kind == SCOPE_DIFFERENCE]
    for a, b in differences.values():   # a scope difference names the two stated scopes of the pair
        assert any({a.id, b.id} == {f.scopes[0]["claims"][i], f.scopes[1]["claims"][j]}
                   for f in listed for i in range(len(f.scopes[0]["claims"]))
                   for j in range(len(f.scopes[1]["claims"])))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims(), st.booleans(), st.sampled_from([0, 3]))
def test_a_pairs_relation_is_the_one_it_gets_alone(topic_claims, cumulative, tolerance):
    topic = topic_of(cumulative, tolerance)
    found, _ = pair_findings(topic, topic_claims)
    for a, b in itertools.combinations(topic_claims, 2):
        alone, _ = pair_findings(topic, [a, b])
        key = tuple(sorted((a.id, b.id)))
        assert found.get(key) == alone.get(key), (a, b)


def scope_of(record: dict) -> tuple:
    return (tuple(record["population"]), record["criterion"], record["place"], record["as_of"])


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims(n_max=9), st.booleans(), st.sampled_from([0, 3]))
def test_scope_differences_are_exactly_the_pairs_of_scopes_with_a_pair_of_that_row(topic_claims, cumulative,
                                                                                   tolerance):
    topic = topic_of(cumulative, tolerance)
    _, reconciler = pair_findings(topic, topic_claims)
    origin = claim_origins(topic_claims, "t")
    expected = set()
    for a, b in itertools.combinations(topic_claims, 2):
        if pair_kind(a, b, reconciler.relations.relation(a.scope, b.scope), who(a, b, origin),
                     reconciler.relations) == SCOPE_DIFFERENCE:
            expected.add(frozenset((a.scope, b.scope)))
    listed = [f for f in reconciler.findings if f.kind == SCOPE_DIFFERENCE]
    assert len(listed) == len(expected)
    assert {frozenset(scope_of(s) for s in f.scopes) for f in listed} == expected


def essentials(findings) -> list[tuple]:
    return sorted((f.kind, f.claims, f.gap, f.ratio, f.fields) for f in findings)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims(n_max=12), st.booleans(), st.integers(1, 6))
def test_a_bounded_reconciler_keeps_the_most_urgent_and_counts_the_rest(topic_claims, cumulative, limit):
    """Keeping ``max_findings`` while reconciling (and counting, not building, the rest) gives
    what choosing among every finding afterwards gives: the same findings and the same counts."""
    topic = topic_of(cumulative, 0)
    every = TopicReconciler(topic, topic_claims, Project(root="."), PLACES).run()
    assert len({(f.kind, f.claims) for f in every}) == len(every)   # no finding twice
    bounded = TopicReconciler(topic, topic_claims, Project(root="."), PLACES, max_findings=limit)
    bounded.run()
    chosen, omitted = select_findings(every, limit)
    assert essentials(bounded.findings) == essentials(chosen)
    assert bounded.omitted == omitted
    assert len(bounded.findings) + sum(bounded.omitted.values()) == len(every)


@st.composite
def crowded(draw, n_max: int = 40) -> list[ClaimInterval]:
    """Claims in few stated scopes (so that blocks of pairs are large), from few claimants who
    cite each other, state in two statements and two outlets, and break totals down."""
    n = draw(st.integers(2, n_max))
    out = []
    for i in range(n):
        out.append(ClaimInterval(
            f"c{i:02d}", draw(st.sampled_from("abcd")), f"v{i}", *draw(intervals()),
            population=draw(st.sampled_from([(), ("soldiers",), ("police", "soldiers")])),
            criterion=draw(st.sampled_from([None, "marched", "marched", "present"])),
            place=draw(st.sampled_from(["CO", "CO", "CO-NSA"])),
            as_of=draw(st.sampled_from(["2019-03-01", "2019-03-01", "2019-03-05", "2019-04-02"])),
            cites=draw(st.sampled_from([None, None, None, "wire", "a"])), complete=False,
            part_of=draw(st.sampled_from([None] * 6 + ["c00", "c01"])) if i > 1 else None,
            stated_on=draw(st.sampled_from([None, "2019-03-01", "2019-03-01", "2019-03-09"])),
            via=draw(st.sampled_from([None, None, "x", "y"]))))
    return out


def outcome(topic: Topic, given_claims: list[ClaimInterval], limit: int, bulk_from: int | None) -> tuple:
    reconciler = TopicReconciler(topic, given_claims, Project(root="."), PLACES, max_findings=limit,
                                 bulk_from=bulk_from)
    reconciler.run()
    return ([(f.kind, f.claims, f.gap, f.ratio, f.fields, f.explanation)
             for f in sorted(reconciler.findings, key=lambda f: f.sort_key())], reconciler.omitted)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(crowded(), st.booleans(), st.sampled_from([0, 3]), st.sampled_from([0, 1, 2, 5, 20, 10_000]))
def test_pairs_counted_in_bulk_give_what_pairs_one_by_one_give(topic_claims, cumulative, tolerance, limit):
    """The bulk path (pairs counted from sorted arrays, the kept ones walked from the largest
    gap) gives the findings, in the same order, and the counts of the rest that the pair-by-pair
    walk gives, whatever ``max_findings`` (0: all)."""
    topic = topic_of(cumulative, tolerance)
    one_by_one = outcome(topic, topic_claims, limit, None)
    assert outcome(topic, topic_claims, limit, 1) == one_by_one
    assert outcome(topic, topic_claims, limit, 16) == one_by_one


def desk_topic(seed: int, n: int = 600) -> list[ClaimInterval]:
    """A larger topic as a data desk's: sources near one value per place and date, some far off,
    many origins with echoes (claims citing another source, in another outlet), breakdowns."""
    import random

    rng = random.Random(seed)
    out: list[ClaimInterval] = []
    truth = {(place, day): rng.randint(100, 1000) * (3 if place == "CO" else 1)
             for place in ("CO", "CO-NSA", "CO-ANT") for day in ("2019-03-01", "2019-03-09", "2019-04-02")}
    for i in range(n):
        place, day = rng.choice(list(truth))
        value = float(truth[(place, day)] * (rng.choice((0.3, 3.0)) if rng.random() < 0.05 else 1))
        width = rng.choice((0.0, 0.0, value * 0.1))
        source = f"s{rng.randrange(12)}"
        cites = f"s{rng.randrange(12)}" if rng.random() < 0.2 else None
        part_of = out[-1].id if out and place != "CO" and out[-1].place == "CO" and rng.random() < 0.5 else None
        out.append(ClaimInterval(f"c{i:04d}", source, f"v{i}", value - width, value + width, True, True,
                                 ("soldiers",), rng.choice(["marched"] * 9 + ["present"]), place, day, cites, part_of,
                                 False, day, rng.choice([None, None, "x"])))
    return out


@settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10_000), st.sampled_from([0, 1, 50, 500]))
def test_a_large_topic_counted_in_bulk_is_the_one_counted_pair_by_pair(seed, limit):
    """Many stated scopes and origins in one topic (what the small generated topics above
    cannot show: e.g. a cache mixing two origins' claims up)."""
    topic = topic_of(True, 0)
    given_claims = desk_topic(seed)
    assert outcome(topic, given_claims, limit, None) == outcome(topic, given_claims, limit, 64)
