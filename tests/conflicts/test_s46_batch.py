"""Many small topics' stated scopes related at once (``batch.related_scopes``, session 46): on
generated projects, each topic gets what its own pass gives (``TopicReconciler._related_blocks``),
and the project's findings, counts and stated scopes are those of each topic reconciled alone."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.conflicts import pairs
from reconcile.conflicts.batch import related_scopes
from reconcile.conflicts.pairs import TopicReconciler, reconcile_topics
from reconcile.model.intervals import INF, ClaimInterval
from reconcile.model.names import PlaceIndex
from reconcile.model.records import Project, Topic

VALUES = [0.0, 100.0, 200.0, 300.0, 500.0]


@st.composite
def interval(draw) -> tuple[float, float, bool, bool]:
    lo = draw(st.sampled_from(VALUES))
    hi = draw(st.sampled_from([v for v in VALUES if v >= lo] + [INF]))
    return lo, hi, draw(st.booleans()) or lo == hi, (draw(st.booleans()) or lo == hi) and hi != INF


@st.composite
def topic_claims(draw, topic: str, n_max: int = 14) -> list[ClaimInterval]:
    """A topic's claims over a few stated scopes, by claimants who cite each other, in two
    statements and outlets, with breakdowns."""
    n = draw(st.integers(1, n_max))
    out = []
    for i in range(n):
        out.append(ClaimInterval(
            f"{topic}-c{i:02d}", draw(st.sampled_from("abcd")), f"v{i}", *draw(interval()),
            population=draw(st.sampled_from([(), ("soldiers",), ("police", "soldiers"), ("police",)])),
            criterion=draw(st.sampled_from([None, "marched", "present", "registered"])),
            place=draw(st.sampled_from([None, "CO", "CO-NSA", "CO-ANT", "VE"])),
            as_of=draw(st.sampled_from([None, "2019-03-01", "2019-03-05", "2019-03", "2019", "2019-04-02"])),
            cites=draw(st.sampled_from([None, None, None, "wire", "a"])), complete=draw(st.booleans()),
            part_of=draw(st.sampled_from([None] * 4 + [f"{topic}-c00", f"{topic}-c01"])) if i > 1 else None,
            stated_on=draw(st.sampled_from([None, "2019-03-01", "2019-03-09"])),
            via=draw(st.sampled_from([None, None, "x", "y"]))))
    return out


@st.composite
def projects(draw) -> tuple[Project, dict[str, list[ClaimInterval]]]:
    """Topics of a few claims each, with their own settings (cumulative or not, a date
    tolerance, nested counting rules or none)."""
    topics = {}
    claims = {}
    for n in range(draw(st.integers(1, 8))):
        tid = f"t{n}"
        topics[tid] = Topic(tid, cumulative=draw(st.booleans()), date_tolerance_days=draw(st.sampled_from([0, 3, 40])),
                            criteria=draw(st.sampled_from([(), (("present", "marched"),),
                                                           (("present", "marched"), ("marched", "registered"))])))
        claims[tid] = draw(topic_claims(tid))
    return Project(root=".", topics=topics), claims


class NoQuotes:
    def of(self, topic: str) -> dict:
        return {}


def essentials(reconciler: TopicReconciler) -> tuple:
    return ([f.to_dict() for f in sorted(reconciler.findings, key=lambda f: f.sort_key())], reconciler.omitted,
            reconciler.scopes)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(projects())
def test_scopes_related_together_are_related_as_each_topic_relates_its_own(project):
    declared, claims = project
    places = PlaceIndex()
    reconcilers = [TopicReconciler(declared.topics[tid], claims[tid], declared, places) for tid in sorted(claims)]
    together = related_scopes([(r.relations, r.keys, r.bounds()) for r in reconcilers])
    for reconciler, related in zip(reconcilers, together, strict=True):
        (alone,) = list(reconciler._related_blocks())
        assert related.same == alone.same
        assert related.nested == alone.nested
        assert related.differences.tolist() == alone.differences.tolist()


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])   # patched per example
@given(projects(), st.sampled_from([0, 2, 10_000]), st.sampled_from([1, 4, 100]), st.sampled_from([1, 30, 50_000]))
def test_topics_reconciled_together_find_what_each_finds_alone(monkeypatch, project, limit, scopes, batch_pairs):
    """Whatever the topics taken together (``BATCH_PAIRS``) and which are small enough
    (``BATCH_SCOPES``): the same findings, counts and stated scopes, topic by topic."""
    declared, claims = project
    places = PlaceIndex(declared.places.values())
    alone = []
    for tid in sorted(claims):
        reconciler = TopicReconciler(declared.topics[tid], list(claims[tid]), declared, places, max_findings=limit)
        reconciler.run()
        alone.append((tid, essentials(reconciler)))
    with monkeypatch.context() as patched:
        patched.setattr(pairs, "BATCH_SCOPES", scopes)
        patched.setattr(pairs, "BATCH_PAIRS", batch_pairs)
        together = [(r.topic.id, essentials(r))
                    for r in reconcile_topics(declared, {t: list(c) for t, c in claims.items()}, NoQuotes(), limit)]
    assert together == alone


def test_a_topic_with_fewer_pairs_than_findings_kept_walks_its_pairs_one_by_one(monkeypatch):
    """Counting pairs in bulk spares building findings that are not kept: a topic with no more
    pairs of claims than ``max_findings`` keeps them all, so its pairs are walked one by one
    (the definition) and its arrays never made."""
    claims = [ClaimInterval(f"c{n:02d}", "abcdefgh"[n % 8], str(v), v, v, True, True, ("soldiers",), None, "CO",
                            "2019-03-01", None, None, False) for n, v in enumerate([100.0] * 10 + [900.0] * 10)]

    def counted_in_bulk(*args, **options):
        raise AssertionError("counted in bulk")

    reconciler = TopicReconciler(Topic("t"), claims, Project(root="."), PlaceIndex(), max_findings=190)
    monkeypatch.setattr(TopicReconciler, "_bulk_blocks", counted_in_bulk)
    reconciler.run()
    assert sum(f.kind == "value-conflict" for f in reconciler.findings) == 100
    bounded = TopicReconciler(Topic("t"), claims, Project(root="."), PlaceIndex(), max_findings=189)
    with pytest.raises(AssertionError, match="counted in bulk"):
        bounded.run()
