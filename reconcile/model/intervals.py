"""Claims as intervals, and the interval arithmetic reconciliation needs."""
from __future__ import annotations

import math
from dataclasses import dataclass

INF = math.inf


@dataclass(frozen=True, slots=True)
class C:
    """A claim as reconciliation sees it: its interval (``lo``..``hi``; a count's unbounded lower
    bound is 0), its stated scope and who states it."""

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
    stated_on: str | None = None
    via: str | None = None
    lang: str | None = None

    @property
    def sig(self) -> tuple:
        return (self.criterion, self.population, self.place)

    @property
    def scope(self) -> tuple:
        """The stated scope: (population, criterion, place, as_of)."""
        return (self.population, self.criterion, self.place, self.as_of)


# --- interval arithmetic -------------------------------------------------------------------

def below(low: C, high: C) -> bool:
    """True when every value of ``low`` is below every value of ``high`` (disjoint, in order)."""
    return low.hi < high.lo or (low.hi == high.lo and not (low.hi_inc and high.lo_inc))


def overlaps(a: C, b: C) -> bool:
    return not below(a, b) and not below(b, a)


def size(low: C, high: C) -> tuple[float, float | None]:
    """Gap between two disjoint intervals (``low`` below ``high``) and the ratio of their nearest
    bounds, the larger over the smaller, rounded to one decimal (None when the smaller is 0)."""
    gap = high.lo - low.hi
    ratio = round(high.lo / low.hi, 1) if low.hi > 0 and math.isfinite(low.hi) else None
    return round(gap, 6), ratio


def start_key(claim: C) -> tuple[float, int]:
    """Where an interval starts on the line: [v before (v; two intervals overlap exactly when
    each one's start key is not after the other's end key."""
    return (claim.lo, 0 if claim.lo_inc else 1)


def end_key(claim: C) -> tuple[float, int]:
    """Where an interval ends: v) before v]."""
    return (claim.hi, 0 if claim.hi_inc else -1)


def common_range(claims: list[C]) -> tuple[float, float, bool, bool] | None:
    """The range every claim holds (lower, upper, inclusivity), or None when they share none."""
    top = max(claims, key=start_key)
    bottom = min(claims, key=end_key)
    if start_key(top) > end_key(bottom):
        return None
    return top.lo, bottom.hi, top.lo_inc, bottom.hi_inc


def hull(claims: list[C]) -> tuple[float, float, bool, bool]:
    """The smallest range holding every claim."""
    first = min(claims, key=start_key)
    last = max(claims, key=end_key)
    return first.lo, last.hi, first.lo_inc, last.hi_inc
