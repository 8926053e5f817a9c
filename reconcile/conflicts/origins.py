"""Who a claim's number comes from (SPEC.md §5, "Who states them").

A claim's origin is the source its ``cites`` names, else its claimant. From a cited source S
the chain goes on to S' only when every claim of S in the same topic, population, criterion
and place cites S'; the sources of a loop of citations are one origin, named by the smallest
id. Two claims are then one claimant (same source), an echo (different claimants, one origin:
one cites the other, or both cite a third) or independent (different origins).

"One cites the other" holds even where the two origins differ: B's claim citing A is an echo
of A's claim that cites X, though A's other, uncited, claims stop the chain at A (B's origin A,
A's claim's origin X). So a cited claim also *reaches* every source its chain passes through,
and a pair is an echo when one claim's chain reaches the other's claimant or origin (``who``).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable, Iterator

import pandas as pd

from reconcile.model.intervals import ClaimInterval

#: ``Origins.reach`` of a claim that cites no one (or itself)
NOWHERE: tuple[str, ...] = ()

ONE_CLAIMANT = "one-claimant"
ECHO = "echo"
INDEPENDENT = "independent"


def _chains(rows: Iterable[tuple[str, str, tuple, str | None, str | None, str | None]]) -> dict[tuple, str | None]:
    """(source, topic, population, criterion, place) -> the one source every claim of that source
    there cites (None when some cite nothing, or several sources)."""
    cited: dict[tuple, set] = defaultdict(set)
    for source, topic, population, criterion, place, cites in rows:
        cited[(source, topic, population, criterion, place)].add(cites if cites != source else None)
    return {key: next(iter(values)) if len(values) == 1 else None for key, values in cited.items()}


class Origins(dict):
    """claim id -> its origin (a source id); ``reach``: claim id -> the sources its citation
    chain passes through, in order from the source it cites, its origin included (cited claims
    only: ``NOWHERE`` for the others)."""

    __slots__ = ("reach",)

    def __init__(self, origin: Iterable[tuple[str, str]] = (), reach: dict[str, tuple[str, ...]] | None = None) -> None:
        super().__init__(origin)
        self.reach: dict[str, tuple[str, ...]] = reach or {}


def _follow(start: str, where: tuple, chains: dict[tuple, str | None]) -> tuple[str, tuple[str, ...]]:
    """Where the chain from the cited source ``start`` ends. A chain that comes back to the
    claimant goes on from it only as from any source (every claim of it there cites one source):
    Zeta citing Alpha, which cites Zeta, is Zeta's own figure when Zeta states others there
    uncited; a loop only when each of them cites the next with every claim. With the sources
    the chain passes through, in order."""
    seen = [start]
    current = start
    while True:
        following = chains.get((current, *where))
        if following is None:
            return current, tuple(seen)
        if following in seen:
            loop = seen[seen.index(following):]
            return min(loop), tuple(seen)
        seen.append(following)
        current = following


def _traced(rows: list[tuple[str, str, tuple, str | None, str | None, str | None]]
            ) -> list[tuple[str, tuple[str, ...]]]:
    """The origin of each (source, topic, population, criterion, place, cites) row, and the
    sources its citation chain passes through (``NOWHERE`` for a claim that cites no one)."""
    chains = _chains(rows)
    memo: dict[tuple, tuple[str, tuple[str, ...]]] = {}
    out = []
    for source, topic, population, criterion, place, cites in rows:
        if not cites or cites == source:
            out.append((source, NOWHERE))
            continue
        key = (cites, topic, population, criterion, place)
        if key not in memo:
            memo[key] = _follow(cites, (topic, population, criterion, place), chains)
        out.append(memo[key])
    return out


def _origins(rows: list[tuple[str, str, tuple, str | None, str | None, str | None]]) -> list[str]:
    """The origin of each (source, topic, population, criterion, place, cites) row."""
    return [origin for origin, _ in _traced(rows)]


def claim_origins(claims: list[ClaimInterval], topic: str = "") -> Origins:
    """claim id -> origin, for the claims of one topic, with where each cited claim's chain
    reaches (``Origins.reach``)."""
    rows = [(c.source, topic, c.population, c.criterion, c.place, c.cites) for c in claims]
    traced = _traced(rows)
    return Origins(zip((c.id for c in claims), (origin for origin, _ in traced)),
                   {c.id: reach for c, (_, reach) in zip(claims, traced) if reach})


def origins(frame: pd.DataFrame) -> pd.Series:
    """Each claim's origin (a source id), indexed like ``frame`` (the claims frame)."""
    if frame.empty:
        return pd.Series([], index=frame.index, dtype=object)
    columns = [frame[name].tolist() for name in ("source", "topic", "population", "criterion", "place", "cites")]
    rows = [(s, t, tuple(p), _none(c), _none(pl), _none(ci)) for s, t, p, c, pl, ci in zip(*columns)]
    return pd.Series(_origins(rows), index=frame.index, dtype=object)


def _none(value):
    return None if value is None or value != value else value


def reaches(claim: ClaimInterval, other: ClaimInterval, origin: dict[str, str]) -> bool:
    """Whether ``claim``'s citation chain reaches the source that states ``other`` (its claimant)
    or that ``other`` traces back to (its origin): B's claim citing A reaches A's claims, whatever
    they cite."""
    reach = getattr(origin, "reach", None)
    path = reach.get(claim.id) if reach else None
    return bool(path) and (other.source in path or origin[other.id] in path)   # type: ignore[operator]


def reaching(first: list[ClaimInterval], second: list[ClaimInterval], origin: dict[str, str], *,
             both: bool = True) -> Iterator[tuple[ClaimInterval, ClaimInterval]]:
    """The pairs (a claim of ``first``, one of ``second``) by two claimants of two origins that
    are echoes because one's chain reaches the other (``reaches``), each once: from the claims
    of ``first`` that cite, and (``both``) from those of ``second``. Few: only cited claims
    reach, and only the claims of the sources on their chains."""
    reach = getattr(origin, "reach", None)
    if not reach:
        return
    seen: set[tuple[str, str]] = set()
    for mine, theirs, flip in ((first, second, False), (second, first, True))[:2 if both else 1]:
        cited = [c for c in mine if c.id in reach]
        if not cited:
            continue
        by_source: dict[str, list[ClaimInterval]] = defaultdict(list)
        by_origin: dict[str, list[ClaimInterval]] = defaultdict(list)
        for claim in theirs:
            by_source[claim.source].append(claim)
            by_origin[origin[claim.id]].append(claim)
        for claim in cited:
            own = origin[claim.id]
            for source in sorted(reach[claim.id]):
                for other in (*by_source.get(source, ()), *by_origin.get(source, ())):
                    if other.source == claim.source or origin[other.id] == own:
                        continue
                    pair = (other, claim) if flip else (claim, other)
                    key = (pair[0].id, pair[1].id)
                    if key not in seen:
                        seen.add(key)
                        yield pair


def chain(claim: ClaimInterval, origin: dict[str, str]) -> tuple[str, ...]:
    """The sources ``claim``'s citations pass through, in order from the one it cites (``NOWHERE``
    for a claim that cites no one): C citing B, whose claims here all cite A, is (B, A)."""
    reach = getattr(origin, "reach", None)
    return reach.get(claim.id, NOWHERE) if reach else NOWHERE


def reacher(a: ClaimInterval, b: ClaimInterval, origin: dict[str, str]) -> tuple[ClaimInterval, ClaimInterval] | None:
    """Of an echo of two origins, (the claim whose chain reaches the other's claimant or origin,
    the other): C citing B, whose chain stops at B, and B's claim citing A are (C's, B's). None
    when the two have one origin (or neither reaches the other)."""
    if origin[a.id] == origin[b.id]:
        return None
    if reaches(a, b, origin):
        return a, b
    if reaches(b, a, origin):
        return b, a
    return None


def who(a: ClaimInterval, b: ClaimInterval, origin: dict[str, str]) -> str:
    """one-claimant, echo or independent: the pair's row group in the pair table. An echo: one
    origin, or one claim's citation chain reaches the other's claimant or origin (``reaches``)."""
    if a.source == b.source:
        return ONE_CLAIMANT
    if origin[a.id] == origin[b.id]:
        return ECHO
    return ECHO if reaches(a, b, origin) or reaches(b, a, origin) else INDEPENDENT
