"""Claims as intervals, and the interval arithmetic reconciliation needs."""
from __future__ import annotations

import math
from dataclasses import dataclass

from reconcile.model.frozen import quick_init

INF = math.inf


@quick_init
@dataclass(frozen=True, slots=True)
class ClaimInterval:
    """A claim as reconciliation sees it: its interval (``lower``..``upper``; a count's unbounded lower
    bound is 0), its stated scope and who states it."""

    id: str
    source: str
    text: str
    lower: float
    upper: float
    lower_inclusive: bool
    upper_inclusive: bool
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

def below(low: ClaimInterval, high: ClaimInterval) -> bool:
    """True when every value of ``low`` is below every value of ``high`` (disjoint, in order)."""
    return low.upper < high.lower or (low.upper == high.lower and not (low.upper_inclusive and high.lower_inclusive))


def overlaps(a: ClaimInterval, b: ClaimInterval) -> bool:
    return not below(a, b) and not below(b, a)


def size(low: ClaimInterval, high: ClaimInterval) -> tuple[float, float | None]:
    """Gap between two disjoint intervals (``low`` below ``high``) and the ratio of their nearest
    bounds, the larger over the smaller, rounded to one decimal, a half up as a reader rounds (250 vs 200:
    1.3, not round()'s 1.2; None when the smaller is 0)."""
    gap = high.lower - low.upper
    ratio = None
    if low.upper > 0 and math.isfinite(low.upper):
        # (the epsilon: 230 / 200 is 1.1499999999999999 as a float, 1.15 as the reader reads it)
        # (past 1e15 a float has no decimal left to round, and may be infinite)
        ratio = high.lower / low.upper
        ratio = math.floor(ratio * 10 + 0.5 + 1e-9) / 10 if ratio < 1e15 else ratio
    return tidy_gap(gap), ratio


def tidy_gap(gap: float) -> float:
    """A gap without float noise (0.30000000000000004 is 0.3): 12 significant digits, not 6
    decimals, which made the gap of 0.0000012 and 0.0000015 a 0 ("they touch")."""
    return float(f"{gap:.12g}")


def start_key(claim: ClaimInterval) -> tuple[float, int]:
    """Where an interval starts on the line: [v before (v; two intervals overlap exactly when
    each one's start key is not after the other's end key."""
    return (claim.lower, 0 if claim.lower_inclusive else 1)


def end_key(claim: ClaimInterval) -> tuple[float, int]:
    """Where an interval ends: v) before v]."""
    return (claim.upper, 0 if claim.upper_inclusive else -1)


def common_range(claims: list[ClaimInterval]) -> tuple[float, float, bool, bool] | None:
    """The range every claim holds (lower, upper, inclusivity), or None when they share none."""
    top = max(claims, key=start_key)
    bottom = min(claims, key=end_key)
    if start_key(top) > end_key(bottom):
        return None
    return top.lower, bottom.upper, top.lower_inclusive, bottom.upper_inclusive


def hull(claims: list[ClaimInterval]) -> tuple[float, float, bool, bool]:
    """The smallest range holding every claim."""
    first = min(claims, key=start_key)
    last = max(claims, key=end_key)
    return first.lower, last.upper, first.lower_inclusive, last.upper_inclusive
