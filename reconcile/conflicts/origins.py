"""Who a claim's number comes from (SPEC.md §5, "Who states them").

A claim's origin is the source its ``cites`` names, else its claimant. From a cited source S
the chain goes on to S' only when every claim of S in the same topic, population, criterion
and place cites S'; the sources of a loop of citations are one origin, named by the smallest
id. Two claims are then one claimant (same source), an echo (different claimants, one origin)
or independent (different origins).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Iterable

import pandas as pd

from reconcile.model.intervals import ClaimInterval

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


def _follow(start: str, where: tuple, chains: dict[tuple, str | None]) -> str:
    """Where the chain from the cited source ``start`` ends. A chain that comes back to the
    claimant goes on from it only as from any source (every claim of it there cites one source):
    Zeta citing Alpha, which cites Zeta, is Zeta's own figure when Zeta states others there
    uncited; a loop only when each of them cites the next with every claim."""
    seen = [start]
    current = start
    while True:
        following = chains.get((current, *where))
        if following is None:
            return current
        if following in seen:
            loop = seen[seen.index(following):]
            return min(loop)
        seen.append(following)
        current = following


def _origins(rows: list[tuple[str, str, tuple, str | None, str | None, str | None]]) -> list[str]:
    """The origin of each (source, topic, population, criterion, place, cites) row."""
    chains = _chains(rows)
    memo: dict[tuple, str] = {}
    out = []
    for source, topic, population, criterion, place, cites in rows:
        if not cites or cites == source:
            out.append(source)
            continue
        key = (cites, topic, population, criterion, place)
        if key not in memo:
            memo[key] = _follow(cites, (topic, population, criterion, place), chains)
        out.append(memo[key])
    return out


def claim_origins(claims: list[ClaimInterval], topic: str = "") -> dict[str, str]:
    """claim id -> origin, for the claims of one topic."""
    rows = [(c.source, topic, c.population, c.criterion, c.place, c.cites) for c in claims]
    return dict(zip((c.id for c in claims), _origins(rows)))


def origins(frame: pd.DataFrame) -> pd.Series:
    """Each claim's origin (a source id), indexed like ``frame`` (the claims frame)."""
    if frame.empty:
        return pd.Series([], index=frame.index, dtype=object)
    columns = [frame[name].tolist() for name in ("source", "topic", "population", "criterion", "place", "cites")]
    rows = [(s, t, tuple(p), _none(c), _none(pl), _none(ci)) for s, t, p, c, pl, ci in zip(*columns)]
    return pd.Series(_origins(rows), index=frame.index, dtype=object)


def _none(value):
    return None if value is None or value != value else value


def who(a: ClaimInterval, b: ClaimInterval, origin: dict[str, str]) -> str:
    """one-claimant, echo or independent: the pair's row group in the pair table."""
    if a.source == b.source:
        return ONE_CLAIMANT
    return ECHO if origin[a.id] == origin[b.id] else INDEPENDENT
