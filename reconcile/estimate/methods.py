"""What the evidence supports in one stated scope: consensus, hull, prefer (SPEC.md §5b).

The input is one ``Evidence`` per stated scope: the figure of each origin that states a value
in that scope (§5: the common range of its claims from its latest statement, else their hull).
Truth discovery, which needs every scope at once, lives in ``truth.py``; this module turns its
result into the same ``Estimate`` records.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

INF = math.inf


@dataclass(frozen=True)
class Figure:
    """One origin's value in a scope: an interval (``-inf``/``inf`` unbounded) and its claims."""

    origin: str
    lower: float
    upper: float
    lower_inclusive: bool
    upper_inclusive: bool
    claims: tuple[str, ...]
    claimants: tuple[str, ...] = ()   # the sources that state the claims (for ``prefer``)


@dataclass(frozen=True)
class Evidence:
    """A stated scope of a topic and the figures, one per origin, of the claims in that scope."""

    topic: str
    population: tuple[str, ...]
    criterion: str | None
    place: str | None
    as_of: str | None
    figures: tuple[Figure, ...]   # sorted by origin


@dataclass(frozen=True)
class Estimate:
    """What the evidence supports for one stated scope (SPEC.md §5b)."""

    evidence: Evidence
    lower: float
    upper: float
    lower_inclusive: bool
    upper_inclusive: bool
    point: float | None
    status: str
    method: str
    weights: tuple[tuple[str, float], ...]   # (claim id, weight), sorted by claim id

    def to_dict(self) -> dict[str, Any]:
        from reconcile.model.records import plain_number

        e = self.evidence
        lower, upper = plain_number(self.lower), plain_number(self.upper)
        return {
            "topic": e.topic, "population": list(e.population), "criterion": e.criterion,
            "place": e.place, "as_of": e.as_of,
            "lower": lower, "upper": upper,
            "lower_inclusive": bool(self.lower_inclusive) and lower is not None,
            "upper_inclusive": bool(self.upper_inclusive) and upper is not None,
            "point": plain_number(self.point), "status": self.status, "method": self.method,
            "claims": [{"id": claim, "weight": round(weight, 12)} for claim, weight in self.weights],
        }


# --- intervals -------------------------------------------------------------------------------

def common(figures: Sequence[Figure]) -> tuple[float, float, bool, bool] | None:
    """The range every figure shares, or None when two of them are disjoint."""
    tightest_lower = max(figures, key=lambda f: (f.lower, not f.lower_inclusive))
    tightest_upper = min(figures, key=lambda f: (f.upper, f.upper_inclusive))
    lower, lower_inc = tightest_lower.lower, tightest_lower.lower_inclusive
    upper, upper_inc = tightest_upper.upper, tightest_upper.upper_inclusive
    if lower > upper or (lower == upper and not (lower_inc and upper_inc)):
        return None
    return lower, upper, lower_inc, upper_inc


def hull(figures: Sequence[Figure]) -> tuple[float, float, bool, bool]:
    """From the lowest lower bound to the highest upper bound (inclusive if any figure at it is)."""
    lower = min(f.lower for f in figures)
    upper = max(f.upper for f in figures)
    return (lower, upper,
            any(f.lower_inclusive for f in figures if f.lower == lower),
            any(f.upper_inclusive for f in figures if f.upper == upper))


def largest_groups(figures: Sequence[Figure]) -> list[tuple[int, ...]]:
    """The maximal sets of figures that share a range, with the most members (at least two).

    Intervals share a range exactly when they all contain one point, so the groups are the
    points where most intervals overlap: a sweep over the bounds, O(n log n)."""
    events = []
    for i, f in enumerate(figures):
        # at one position: exclusive ends (-1), inclusive starts (0), inclusive ends (1),
        # exclusive starts (2); so [a, x] and [x, b] share x, and [a, x) and [x, b] do not
        events.append((f.lower, 0 if f.lower_inclusive else 2, i))
        events.append((f.upper, 1 if f.upper_inclusive else -1, i))
    events.sort(key=lambda e: (e[0], e[1]))
    best, groups, open_ = 1, [], set()
    for _, kind, i in events:
        if kind in (0, 2):
            open_.add(i)
            if len(open_) > best:
                best, groups = len(open_), [tuple(sorted(open_))]
            elif len(open_) == best and best > 1:
                groups.append(tuple(sorted(open_)))
        else:
            open_.discard(i)
    unique = sorted(set(groups))
    return [g for g in unique if not any(set(g) < set(h) for h in unique)] if best > 1 else []


def status_of(figures: Sequence[Figure]) -> str:
    if len(figures) == 1:
        return "single-source"
    return "agreed" if common(figures) is not None else "disputed"


def _estimate(evidence: Evidence, used: Sequence[int], bounds: tuple[float, float, bool, bool],
              method: str, *, point: float | None = None,
              weights: dict[str, float] | None = None) -> Estimate:
    lower, upper, lower_inc, upper_inc = bounds
    if point is None and lower == upper and math.isfinite(lower):
        point = lower
    if weights is None:
        share = 1.0 / len(used)
        weights = {claim: 0.0 for f in evidence.figures for claim in f.claims}
        for i in used:
            for claim in evidence.figures[i].claims:
                weights[claim] = share
    return Estimate(evidence, lower, upper, lower_inc, upper_inc, point, status_of(evidence.figures), method,
                    tuple(sorted(weights.items())))


def consensus(evidence: Evidence) -> Estimate:
    """The range of the agreement group with the most origins; on a tie, or with no group,
    the hull of all the figures."""
    figures = evidence.figures
    groups = largest_groups(figures)
    if len(groups) == 1:
        group = groups[0]
        shared = common([figures[i] for i in group])
        assert shared is not None  # a group shares a range by construction
        return _estimate(evidence, group, shared, "consensus")
    return _estimate(evidence, range(len(figures)), hull(figures), "consensus")


def conservative_hull(evidence: Evidence) -> Estimate:
    """From the lowest lower bound to the highest upper bound of the figures."""
    return _estimate(evidence, range(len(evidence.figures)), hull(evidence.figures), "hull")


def prefer(evidence: Evidence, preferred: Iterable[str]) -> Estimate:
    """The figure of the first preferred claimant that states the scope; else consensus."""
    figures = evidence.figures
    for source in preferred:
        for i, f in enumerate(figures):
            if source == f.origin or source in f.claimants:
                return _estimate(evidence, (i,), (f.lower, f.upper, f.lower_inclusive, f.upper_inclusive), "prefer")
    found = consensus(evidence)
    return Estimate(found.evidence, found.lower, found.upper, found.lower_inclusive, found.upper_inclusive,
                    found.point, found.status, "prefer", found.weights)
