"""Claims as intervals, and the interval arithmetic reconciliation needs.

``Extremes`` keeps, per source, the claim with the highest lower bound and the one with the
lowest upper bound; two groups of claims conflict exactly when the best pair drawn from
different sources does, which is what lets ``conflicts`` compare groups instead of pairs.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from .model import format_number, interval_text

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
