"""What the evidence supports in one stated scope: consensus, hull, prefer (SPEC.md §5b).

The input is one ``StatedScope`` per stated scope (the reconciler's, ``reconcile.conflicts``):
the figure of each origin with a claim in that scope (§5: the common range of its claims from
its latest statement, else their hull). Agreement groups are the reconciler's too, so a
value-agreement and a consensus estimate cannot disagree.
Truth discovery, which needs every scope at once, lives in ``truth.py``; this module turns its
result into the same ``Estimate`` records.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from reconcile.conflicts import Figure, StatedScope, agreement_groups, as_intervals
from reconcile.model.frozen import quick_init
from reconcile.model.intervals import common_range
from reconcile.model.intervals import hull as interval_hull
from reconcile.model.numbers import format_number, interval_text, plain_number
from reconcile.model.records import few_ids

Evidence = StatedScope


@quick_init
@dataclass(frozen=True, slots=True)
class Estimate:
    """What the evidence supports for one stated scope (SPEC.md §5b). With slots, as
    ``Figure`` (one per stated scope, held to the end)."""

    evidence: Evidence
    lower: float
    upper: float
    lower_inclusive: bool
    upper_inclusive: bool
    point: float | None
    status: str
    method: str
    weights: tuple[tuple[str, float], ...]   # (claim id, weight), sorted by claim id

    def __repr__(self) -> str:
        # short in a notebook: the evidence behind it is in ``evidence`` and ``to_dict()``
        e = self.evidence
        scope = ", ".join(f"{name} {value}" for name, value in (("population", "+".join(e.population) or None),
                                                                ("criterion", e.criterion), ("place", e.place),
                                                                ("as_of", e.as_of)) if value)
        point = "" if self.point is None else f", point {format_number(self.point)}"
        return (f"Estimate({self.topic!r}{', ' + scope if scope else ''}: "
                f"{interval_text(self.lower, self.upper, self.lower_inclusive, self.upper_inclusive)}{point}, "
                f"{self.status}, {self.method}, claims {few_ids([claim for claim, _ in self.weights])})")

    # the stated scope and the claims, as the JSON report names them
    @property
    def topic(self) -> str:
        return self.evidence.topic

    @property
    def population(self) -> list[str]:
        return list(self.evidence.population)

    @property
    def criterion(self) -> str | None:
        return self.evidence.criterion

    @property
    def place(self) -> str | None:
        return self.evidence.place

    @property
    def as_of(self) -> str | None:
        return self.evidence.as_of

    @property
    def claims(self) -> list[dict[str, Any]]:
        """[{"id", "weight"}] of each claim used, as in the JSON report."""
        return [{"id": claim, "weight": round(weight, 12)} for claim, weight in self.weights]

    def to_dict(self) -> dict[str, Any]:
        e = self.evidence
        lower, upper = plain_number(self.lower), plain_number(self.upper)
        return {
            "topic": e.topic, "population": list(e.population), "criterion": e.criterion,
            "place": e.place, "as_of": e.as_of,
            "lower": lower, "upper": upper,
            "lower_inclusive": bool(self.lower_inclusive) and lower is not None,
            "upper_inclusive": bool(self.upper_inclusive) and upper is not None,
            "point": plain_number(self.point), "status": self.status, "method": self.method,
            "claims": self.claims,
        }


# --- intervals -------------------------------------------------------------------------------

def common(figures: Sequence[Figure]) -> tuple[float, float, bool, bool] | None:
    """The range every figure shares, or None when two of them are disjoint."""
    return common_range(as_intervals(figures))


def hull(figures: Sequence[Figure]) -> tuple[float, float, bool, bool]:
    """From the lowest lower bound to the highest upper bound of the figures."""
    return interval_hull(as_intervals(figures))


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
        weights = dict.fromkeys(evidence.same, 0.0)  # every claim of the scope: those set aside weigh 0
        for i in used:
            for claim in evidence.figures[i].claims:
                weights[claim] = share
    return Estimate(evidence, lower, upper, lower_inc, upper_inc, point, status_of(evidence.figures), method,
                    tuple(sorted(weights.items())))


def consensus(evidence: Evidence) -> Estimate:
    """The range of the agreement group with the most origins; on a tie, or with no group,
    the hull of all the figures."""
    figures = evidence.figures
    groups = agreement_groups(figures)
    most = max((len(members) for members, _ in groups), default=0)
    largest = [(members, shared) for members, shared in groups if len(members) == most]
    if len(largest) == 1:
        members, shared = largest[0]
        position = {id(f): i for i, f in enumerate(figures)}   # not figures.index: a comparison per field
        return _estimate(evidence, [position[id(m)] for m in members], shared, "consensus")
    return _estimate(evidence, range(len(figures)), hull(figures), "consensus")


def conservative_hull(evidence: Evidence) -> Estimate:
    """From the lowest lower bound to the highest upper bound of the figures."""
    return _estimate(evidence, range(len(evidence.figures)), hull(evidence.figures), "hull")


def prefer(evidence: Evidence, preferred: Iterable[str], claimant: Mapping[str, str],
           cites: Mapping[str, str | None] | None = None) -> Estimate:
    """The figure of the first preferred claimant that states the scope (``claimant``: claim id
    -> its source); else consensus. A preferred claimant that repeats another source's figure
    (its claim ``cites`` it: an echo, in no figure of its own) states that figure."""
    figures = evidence.figures
    for source in preferred:
        for i, f in enumerate(figures):
            if source == f.origin or any(claimant.get(c) == source for c in f.claims):
                return _estimate(evidence, (i,), (f.lower, f.upper, f.lower_inclusive, f.upper_inclusive), "prefer")
        for claim in evidence.same:
            cited = (cites or {}).get(claim) if claimant.get(claim) == source else None
            for i, f in enumerate(figures):
                if cited is not None and (f.origin == cited or any(claimant.get(c) == cited for c in f.claims)):
                    return _estimate(evidence, (i,), (f.lower, f.upper, f.lower_inclusive, f.upper_inclusive),
                                     "prefer")
    found = consensus(evidence)
    return Estimate(found.evidence, found.lower, found.upper, found.lower_inclusive, found.upper_inclusive,
                    found.point, found.status, "prefer", found.weights)
