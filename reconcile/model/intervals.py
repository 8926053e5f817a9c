"""Claims as intervals, and the interval arithmetic reconciliation needs.

``Extremes`` keeps, per source, the claim with the highest lower bound and the one with the
lowest upper bound; two groups of claims conflict exactly when the best pair drawn from
different sources does, which is what lets ``conflicts`` compare groups instead of pairs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from reconcile.model.records import format_number, interval_text

INF = math.inf


@dataclass(frozen=True, slots=True)
class C:
    """A claim as reconciliation sees it."""

    id: str
    source: str
    text: str
    lo: float
    hi: float
    lo_inc: bool
    hi_inc: bool
    population: tuple[str, ...]
    criterion: str | None
    place: str | None
    as_of: str | None
    cites: str | None
    part_of: str | None
    complete: bool

    @property
    def sig(self) -> tuple:
        return (self.criterion, self.population, self.place)


# --- interval arithmetic -------------------------------------------------------------------

def below(low: C, high: C) -> bool:
    """True when every value of ``low`` is below every value of ``high`` (disjoint, in order)."""
    return low.hi < high.lo or (low.hi == high.lo and not (low.hi_inc and high.lo_inc))


def size(low: C, high: C) -> tuple[float, float | None]:
    """Gap between the intervals and the ratio of their nearest bounds."""
    gap = high.lo - low.hi
    ratio = round(high.lo / low.hi, 1) if low.hi > 0 and math.isfinite(low.hi) else None
    return round(gap, 6), ratio


def fmt_number(value: float) -> str:
    return format_number(value, low=value == -INF)


def fmt_interval(lo: float, hi: float, lo_inc: bool, hi_inc: bool) -> str:
    return interval_text(None if lo == -INF else lo, None if hi == INF else hi, lo_inc, hi_inc)


# --- groups: per source, the extreme claims -------------------------------------------------

class Extremes:
    """For a set of claims: per source, the claim with the highest lower and the lowest upper bound."""

    __slots__ = ("top", "bottom", "claims")

    def __init__(self) -> None:
        self.top: dict[str, C] = {}
        self.bottom: dict[str, C] = {}
        self.claims: list[C] = []

    def add(self, claim: C) -> None:
        self.claims.append(claim)
        top = self.top.get(claim.source)
        if top is None or (claim.lo, not claim.lo_inc) > (top.lo, not top.lo_inc):
            self.top[claim.source] = claim
        bottom = self.bottom.get(claim.source)
        if bottom is None or (claim.hi, claim.hi_inc) < (bottom.hi, bottom.hi_inc):
            self.bottom[claim.source] = claim

    def extend(self, other: "Extremes") -> None:
        for claim in other.claims:
            self.add(claim)

    @property
    def sources(self) -> set[str]:
        return set(self.top)


def _best(items: dict[str, C], key, n: int = 2) -> list[C]:
    return sorted(items.values(), key=key)[:n]


def worst_pair(low_side: Extremes, high_side: Extremes) -> tuple[C, C] | None:
    """The pair (low, high), from different sources, with ``low`` entirely below ``high`` and the
    largest gap; None when no such pair exists."""
    lows = _best(low_side.bottom, key=lambda c: (c.hi, c.hi_inc, c.id))
    highs = _best(high_side.top, key=lambda c: (-c.lo, not c.lo_inc, c.id))
    best: tuple[C, C] | None = None
    for low in lows:
        for high in highs:
            if low.source != high.source and below(low, high):
                if best is None or high.lo - low.hi > best[1].lo - best[0].hi:
                    best = (low, high)
    return best


def disjoint_from_others(group: Extremes) -> set[str]:
    """Ids of the claims that some claim of another source excludes (intervals disjoint)."""
    tops = sorted(group.top.values(), key=lambda c: (-c.lo, not c.lo_inc, c.id))[:2]
    bottoms = sorted(group.bottom.values(), key=lambda c: (c.hi, c.hi_inc, c.id))[:2]
    out = set()
    for claim in group.claims:
        top = next((t for t in tops if t.source != claim.source), None)
        bottom = next((b for b in bottoms if b.source != claim.source), None)
        if (top is not None and below(claim, top)) or (bottom is not None and below(bottom, claim)):
            out.add(claim.id)
    return out


def overlaps(a: C, b: C) -> bool:
    return not below(a, b) and not below(b, a)


def overlapping_others(group: Extremes, exact_limit: int = 300) -> list[C]:
    """The claims that overlap at least one claim of another source."""
    claims = group.claims
    if len(claims) <= exact_limit:
        return [a for a in claims if any(a.source != b.source and overlaps(a, b) for b in claims)]
    # sweep: claims sorted by lower bound; for each claim, the claims starting before it ends,
    # keeping the two highest upper bounds of different sources
    ordered = sorted(claims, key=lambda c: (c.lo, c.id))
    starts = [c.lo for c in ordered]
    best: list[tuple[C | None, C | None]] = []
    first: C | None = None
    second: C | None = None
    for claim in ordered:
        if first is None or claim.hi > first.hi:
            if first is not None and first.source != claim.source:
                second = first
            first = claim
        elif claim.source != first.source and (second is None or claim.hi > second.hi):
            second = claim
        best.append((first, second))
    from bisect import bisect_right

    out = []
    for claim in claims:
        position = bisect_right(starts, claim.hi) - 1
        if position < 0:
            continue
        top, runner_up = best[position]
        other = top if top is not None and top.source != claim.source else runner_up
        if other is not None and overlaps(claim, other):
            out.append(claim)
    return out
