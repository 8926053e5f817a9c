"""Each origin's figure per stated scope, and the agreement groups (SPEC.md §5, §5b).

Within one stated scope each origin counts once, with its *figure*: the common range of its
claims (in the same scope as the stated scope) from its latest statement, its own claims
before echoes of it, or their hull if they share none. An origin none of whose claims here
is uncited, whose claims here cite a source whose claims here trace back elsewhere (B citing A,
A's claim here citing X), is no voice of its own: its claims join that origin's figure
(``origins.reaches``), as they would were A's chain not stopped by A's other claims. A
value-agreement is a maximal group of at least two origins whose figures share a range. The
estimate stage reads the same figures (``TopicScopes``), so agreement and estimates cannot
disagree about who said what.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Container, Sequence, cast

from reconcile.conflicts.origins import INDEPENDENT, reaching, who
from reconcile.conflicts.scopes import ScopeRelations, period
from reconcile.model.frozen import quick_init
from reconcile.model.intervals import ClaimInterval, common_range, hull


@quick_init
@dataclass(frozen=True, slots=True)
class Figure:
    """What one origin says of one stated scope: a range and the claims behind it. With slots,
    not a dict of fields: 88 bytes, not 184 (a million claims have some 730,000 figures, which
    the report holds to the end)."""

    origin: str
    lower: float
    upper: float
    lower_inclusive: bool
    upper_inclusive: bool
    claims: tuple[str, ...]
    shared: bool    # True: the claims' common range; False: their hull (they share none)

    def as_claim(self) -> ClaimInterval:
        """The figure as an interval, to compare with the interval functions."""
        return ClaimInterval(id=self.origin, source=self.origin, text="", lower=self.lower, upper=self.upper,
                             lower_inclusive=self.lower_inclusive, upper_inclusive=self.upper_inclusive,
                             population=(), criterion=None, place=None, as_of=None, cites=None, part_of=None,
                             complete=False)


@quick_init
@dataclass(frozen=True, slots=True)
class StatedScope:
    """One stated scope of a topic: (population, criterion, place, as_of); the claims stated
    with it; every claim in the same scope as it (itself included); each origin's figure.
    With slots, as ``Figure`` (some 275,000 at a million claims)."""

    topic: str
    scope: tuple
    claims: tuple[str, ...]
    same: tuple[str, ...]
    figures: tuple[Figure, ...]
    parts_only: bool          # every claim stated with it is a breakdown part

    @property
    def population(self) -> tuple[str, ...]:
        return self.scope[0]

    @property
    def criterion(self) -> str | None:
        return self.scope[1]

    @property
    def place(self) -> str | None:
        return self.scope[2]

    @property
    def as_of(self) -> str | None:
        return self.scope[3]


def as_intervals(found: Sequence[Figure]) -> list[ClaimInterval]:
    """The figures as the interval functions (``start_key``, ``end_key``, ``common_range``,
    ``hull``) take them: those read only the bounds and their inclusivity, which a figure has,
    so the figures themselves, not a ``ClaimInterval`` made for each (``Figure.as_claim``) each
    time a scope's figures are compared: the same results, without an object per figure."""
    return cast("list[ClaimInterval]", list(found))


def figure(origin: str, claims: list[ClaimInterval], scopes: ScopeRelations,
           cited: Container[str] = ()) -> Figure:
    """An origin's figure from its claims in one scope. ``cited``: ids of claims that cite
    someone (``Origins.reach``): of a loop of citations, named by its smallest id, that source's
    claims citing the next are echoes, not its own, when it states the scope uncited too."""
    if len(claims) == 1:   # most figures: one claim, its own range (none when it is empty)
        claim = claims[0]
        lower, upper = claim.lower, claim.upper
        lower_inclusive, upper_inclusive = claim.lower_inclusive, claim.upper_inclusive
        return Figure(origin, lower, upper, lower_inclusive, upper_inclusive, (claim.id,),
                      lower < upper or lower == upper and lower_inclusive and upper_inclusive)
    # its own claims before echoes of it (an echo stated later is no newer word of the origin's), then
    # those of its latest statement
    chosen = [c for c in claims if c.source == origin] or claims
    if cited and len(chosen) > 1:
        chosen = [c for c in chosen if c.id not in cited] or chosen
    stated = [c.stated_on for c in chosen if c.stated_on]
    if stated:
        latest = max(stated, key=lambda d: period(d)[1])
        chosen = [c for c in chosen if c.stated_on is None or scopes.same_statement(c.stated_on, latest)]
    chosen = sorted(chosen, key=lambda c: c.id)
    shared = common_range(chosen)
    lower, upper, lower_inclusive, upper_inclusive = shared or hull(chosen)
    return Figure(origin, lower, upper, lower_inclusive, upper_inclusive, tuple(c.id for c in chosen),
                  shared is not None)


def figures(claims: list[ClaimInterval], origin: dict[str, str], scopes: ScopeRelations) -> tuple[Figure, ...]:
    """One figure per origin of the claims, sorted by origin."""
    by_origin: dict[str, list[ClaimInterval]] = {}
    for claim in claims:
        of = origin[claim.id]
        mine = by_origin.get(of)
        if mine is None:
            by_origin[of] = [claim]
        else:
            mine.append(claim)
    if len(by_origin) > 1 and getattr(origin, "reach", None):
        by_origin = _echoes_joined(by_origin, claims, origin)
    cited = getattr(origin, "reach", ())
    return tuple([figure(o, by_origin[o], scopes, cited) for o in sorted(by_origin)])


def _echoes_joined(by_origin: dict[str, list[ClaimInterval]], claims: list[ClaimInterval],
                   origin: dict[str, str]) -> dict[str, list[ClaimInterval]]:
    """``by_origin`` with each origin whose claims here all cite (none is a figure of its own,
    as in a loop of citations, named by its smallest id) and reach a claim of another origin
    here (``origins.reaching``), joined to that origin: one voice, named by an origin that
    joins no other (the smallest id, or of all of them when each joins another)."""
    joins: dict[str, set[str]] = {}
    reach = origin.reach   # type: ignore[attr-defined]
    for name, mine in by_origin.items():
        if any(c.id not in reach for c in mine):   # a claim citing no one: a voice of its own
            continue
        reached = {origin[other.id] for _, other in reaching(mine, claims, origin, both=False)} - {name}
        if reached:
            joins[name] = reached
    if not joins:
        return by_origin
    parent = {name: name for name in by_origin}

    def root(name: str) -> str:
        while parent[name] != name:
            name = parent[name]
        return name

    for name, reached in joins.items():
        for other in reached:
            first, second = sorted((root(name), root(other)))
            parent[second] = first
    voices: dict[str, list[str]] = defaultdict(list)
    for name in sorted(by_origin):
        voices[root(name)].append(name)
    joined = {}
    for members in voices.values():
        named = min([name for name in members if name not in joins] or members)
        joined[named] = [c for name in members for c in by_origin[name]]
    return joined


def voices(members: Sequence[Figure], claims: Sequence[ClaimInterval], origin: dict[str, str]) -> int:
    """How many independent sources an agreement group's figures are (SPEC §5): each figure one,
    but figures no two of whose claims are independent are one voice (A's own figure and the one
    it attributes to Z: "one claimant, whatever its claims cite"). ``claims``: the scope's."""
    reach = getattr(origin, "reach", None)
    if not reach or not any(cid in reach for m in members for cid in m.claims):
        return len(members)   # no claim cites: each figure is its origin's own, a claimant of its own
    by_id = {c.id: c for c in claims}
    parent = list(range(len(members)))

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    for i, first in enumerate(members):
        for j in range(i + 1, len(members)):
            if all(who(by_id[a], by_id[b], origin) != INDEPENDENT for a in first.claims for b in members[j].claims):
                parent[root(j)] = root(i)
    return len({root(n) for n in range(len(members))})


def agreement_groups(found: tuple[Figure, ...]) -> list[tuple[list[Figure], tuple[float, float, bool, bool]]]:
    """The maximal groups of at least two figures that share a range, each with that range: a
    sweep over the figures' bounds (the maximal cliques of an interval graph), so at most as
    many groups as figures."""
    if len(found) < 2:   # no two figures to share a range (a fifth of the stated scopes)
        return []
    # an empty range ("less than 0" of a count: [0, 0); "nearly 0") holds no value to share
    found = tuple(f for f in found if f.lower < f.upper or f.lower == f.upper and f.lower_inclusive
                  and f.upper_inclusive)
    if len(found) < 2:
        return []
    if len(found) == 2:   # the sweep's answer for two figures, each a range (not empty)
        a, b = found
        # ``start_key`` and ``end_key`` written out (most stated scopes with figures to compare have two)
        a_start, a_end = (a.lower, 0 if a.lower_inclusive else 1), (a.upper, 0 if a.upper_inclusive else -1)
        b_start, b_end = (b.lower, 0 if b.lower_inclusive else 1), (b.upper, 0 if b.upper_inclusive else -1)
        if a_start <= a_end and b_start <= b_end:
            if a_start <= b_end and b_start <= a_end:
                # ``common_range`` of the two: the later start and the earlier end (equal keys: equal bounds)
                top = b if b_start > a_start else a
                bottom = b if b_end < a_end else a
                return [([a, b], (top.lower, bottom.upper, top.lower_inclusive, bottom.upper_inclusive))]
            return []
    intervals = as_intervals(found)
    shared = common_range(intervals)
    if shared is not None:
        # every figure holds one range (most stated scopes of three figures or more): they are the
        # one maximal group, in their order, and that range theirs, as the sweep finds them
        return [(list(found), shared)]
    return _sweep(found)


def _sweep(found: tuple[Figure, ...]) -> list[tuple[list[Figure], tuple[float, float, bool, bool]]]:
    """``agreement_groups`` of figures that are each a range (none empty), by a sweep over their
    bounds: a group at each end that follows a start, of the figures holding that point."""
    # each event as (bound, flag, whether an end, figure), ``start_key`` and ``end_key`` written
    # out flat: it sorts as ((bound, flag), whether an end, figure) would, without two calls and
    # a nested tuple per bound
    events = []
    for n, f in enumerate(found):
        events.append((f.lower, 0 if f.lower_inclusive else 1, 0, n))   # at one key, starts before ends
        events.append((f.upper, 0 if f.upper_inclusive else -1, 1, n))
    events.sort()
    intervals = as_intervals(found)
    active: set[int] = set()
    grew = False
    groups = []
    for _, _, is_end, n in events:
        if not is_end:
            active.add(n)
            grew = True
            continue
        if grew and len(active) >= 2:
            ordered = sorted(active)
            members = [found[i] for i in ordered]
            shared = common_range([intervals[i] for i in ordered])
            assert shared is not None   # members all hold the sweep's point
            groups.append((members, shared))
        grew = False
        active.discard(n)
    return groups
