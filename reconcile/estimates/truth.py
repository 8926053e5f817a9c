"""Truth discovery over interval figures: each origin's reliability, jointly with the truth.

The frame is CRH, "Resolving conflicts in heterogeneous data by truth discovery and source
reliability estimation" (Li, Li, Gao, Zhao, Fan, Han, SIGMOD 2014): alternate between the truth
of each object given the sources' weights (the value that minimizes the weighted loss of the
figures) and the weights given the truths, until the truths stop moving. Distances are CRH's
normalized absolute deviation, with a robust loss in place of its plain sum.

Source weights follow CATD, "A Confidence-Aware Approach for Truth Discovery on Long-Tail Data"
(Li, Li, Gao, Su, Zhao, Demirbas, Fan, Han, PVLDB 8(4), 2014): a weight is not the inverse of a
source's observed error but of an upper confidence bound of it, so that a source with few claims
is not trusted blindly. CATD bounds a Gaussian variance with the chi-squared distribution; with
absolute errors (Laplace, sum(|e|) / b ~ Gamma(N, 1), a chi-squared with 2N degrees of freedom,
halved) the weight is the lower alpha/2 confidence bound of the rate 1/b:

    weight_s = G(N_s + 1, alpha/2) / (beta + E_s),    reliability_s = weight_s / (1 + weight_s)

with E_s the sum of the source's (capped, below) errors over its N_s figures, G(n, q) the
q-quantile of Gamma(n, 1) and alpha = 0.05 as in CATD. The +1 and beta are one pseudo-figure as
wrong as the average figure (beta: the mean error of all figures, at least MIN_PRIOR_ERROR): a
Gamma prior on the rate, so that a source whose errors are all zero gets a finite weight and a
source with one figure sits below the average source. Reliability is 1 / (1 + b), b the bound of
the source's typical error in spreads of its topics: 0.5 for a source typically one spread off.

A source with no evidence (none of its figures shares an object with another source's: an
outlet that only relays others, a source alone in every scope it states) has nothing to be
judged by. Its weight never matters (each of its figures says nothing or is alone on its
object, where any weight normalizes to 1), so its reliability is only a number to report, and
the prior's would be a misleading one: G(1, alpha/2) / beta, about 0.025 / beta, set by how much *other* sources
disagree in topics it never speaks of, often the lowest of the project. It gets NO_EVIDENCE,
a fixed 0.5 (weight 1) instead: the middle of the scale, independent of everything else, and
never below a source all of whose checked figures were wrong (each error counts at most one
spread, E_s <= N_s, and G(N_s + 1, alpha/2) < N_s for N_s >= 1, so such a source stays below
0.5 however many figures it states). Reports for people show it as "no evidence".

Beyond the papers, for the figures of fact-checking:

- A figure is an interval. Its distance to a value is 0 inside it and the distance to its
  nearest bound outside it, divided by the spread of its group; an open side never pulls. A
  figure unbounded on both sides is no evidence (weight 0). In a group of counts, a lower bound
  of -inf is 0 (SPEC §4).
- The spread of a group (a topic) is the root mean square deviation of the finite bounds from
  their object's mean, pooled over the group's objects that two figures or more state (CRH
  divides by the standard deviation of an object's claims). A death toll of 11,000 and a
  temperature of 70 then weigh alike.
- The loss is robust: a distance counts up to one spread, no further (a truncated absolute loss,
  the redescending kind of robust statistics). A figure one spread away or more is simply wrong,
  however far; so the estimate follows the cluster of figures that the reliable sources back
  rather than a compromise between clusters, and a typo with three zeros too many costs its
  source no more than any other wrong figure. The point is then the skipped weighted median: the
  weighted median of the inliers, the figures within one spread of a value where the capped loss
  is least (of all such values, on a tie). The weighted median over intervals is the weighted
  median of their bounds, each carrying its figure's weight: a figure that contains the point
  pulls both ways alike; where a range of values ties, the point is its middle, or its finite
  end if it is open ("more than 500" alone gives 500). The point is always finite.
- A figure is evidence about its source only where another figure states the same object: a
  figure alone on its object agrees with the estimate by construction.
- The range of an object is the intersection of the figures that hold the point (at their
  bound, even an excluded one), the values that every figure supporting the estimate allows
  (the point alone if they only touch there); when none holds it (a tie between disjoint
  figures), the gap between the nearest figures below and above the point.

Deterministic: figures are put in a canonical order (object, source) first, and the weighted
median adds weights as integers, so the result does not depend on the order of the input.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

import numpy as np

__all__ = ["ALPHA", "MIN_PRIOR_ERROR", "NO_EVIDENCE", "Steps", "StepsLike", "TruthResult", "discover",
           "gamma_lower_quantile", "iterate", "source_weights"]

ALPHA = 0.05
"""CATD's significance level: the weight is the bound at confidence 1 - ALPHA/2."""

MIN_PRIOR_ERROR = 1e-3
"""The prior pseudo-figure's error (in spreads) when every figure agrees."""

NO_EVIDENCE = 0.5
"""The reliability of a source with no evidence (the module): the middle of the scale, weight 1."""

_PRIOR_FIGURES = 1
_CAP = 1.0  # the robust loss counts a distance up to one spread
_TIE = 1e-9  # capped losses (weights summing to 1 per object) this close are equal
_WEIGHT_UNITS = float(2**32)  # an object's weights, summed as integers (exact ties)
_EXACT_SHAPES = 300  # Gamma quantiles by bisection up to this shape, Wilson-Hilferty above


@dataclass(frozen=True)
class TruthResult:
    """What `discover` found, as numpy arrays indexed like its input.

    Per object: `point` (the reliability-weighted estimate; NaN only for an object with no
    figure bounded on either side), `lower`, `upper`, `lower_inclusive`, `upper_inclusive` (the
    range of values the figures supporting the point allow). Per figure: `weight` (its source's
    weight, normalized to sum to 1 over the figures of its object; 0 for a figure that says
    nothing). Per source: `reliability` in [0, 1) and `evidence`, the number of its figures that
    counted towards it (0: nothing to judge it by, its reliability is `NO_EVIDENCE`).
    `iterations`: weight updates made.
    """

    point: np.ndarray
    lower: np.ndarray
    upper: np.ndarray
    lower_inclusive: np.ndarray
    upper_inclusive: np.ndarray
    weight: np.ndarray
    reliability: np.ndarray
    evidence: np.ndarray
    iterations: int


def discover(
    obj: np.ndarray,
    src: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    lower_inclusive: np.ndarray,
    upper_inclusive: np.ndarray,
    group: np.ndarray,
    *,
    counts: bool | np.ndarray = True,
    max_iter: int = 50,
    tol: float = 1e-9,
    n_sources: int | None = None,
    alpha: float = ALPHA,
) -> TruthResult:
    """Estimate each object's value and each source's reliability from interval figures.

    One figure is one source's interval for one object: `obj` and `src` index them (each pair
    at most once), `lower`/`upper` bound it (-inf/+inf when open) with their inclusivity.
    `group` gives each object's group (topic), whose spread normalizes distances; `counts`
    says, for all groups or per group, whether its values are counts. There are `len(group)`
    objects and `n_sources` sources (default: the largest index plus one). Iterates until no
    point moves by more than `tol` spreads, or `max_iter` weight updates.
    Raises ValueError on malformed input.
    """
    steps = Steps.of(obj, src, lower, upper, lower_inclusive, upper_inclusive, group, counts=counts,
                     n_sources=n_sources)
    return iterate(steps, steps.fig.n_src, max_iter=max_iter, tol=tol, alpha=alpha)


class StepsLike(Protocol):
    """What ``iterate`` asks of the figures, wherever they are (here: ``Steps``; on Spark:
    ``reconcile.engine.truth``, each step of ``Steps`` run on the partitions of the figures)."""

    def estimate(self, weight: np.ndarray) -> float:
        """The points for these source weights; how far the farthest point moved (in spreads;
        inf on the first call)."""

    def evidence(self) -> np.ndarray:
        """Per source, its figures that count as evidence."""

    def errors(self) -> tuple[np.ndarray, float, int]:
        """At the current points: per source the sum of its evidence's errors; the sum over all
        evidence and how many figures that is."""

    def result(self, weight: np.ndarray, evidence: np.ndarray, iterations: int) -> TruthResult:
        """The result for the current points and these source weights."""


def iterate(steps: StepsLike, n_sources: int, *, max_iter: int = 50, tol: float = 1e-9,
            alpha: float = ALPHA) -> TruthResult:
    """CRH's alternation (the module): points given the source weights, weights given the
    points, until no point moves by more than ``tol`` spreads or after ``max_iter`` updates."""
    moved = steps.estimate(np.ones(n_sources))
    evidence = steps.evidence()
    bound = gamma_lower_quantile(evidence + _PRIOR_FIGURES, alpha / 2.0)
    iterations = 0
    while iterations < max_iter:
        weight = source_weights(bound, *steps.errors())
        iterations += 1
        moved = steps.estimate(weight)
        if not moved > tol:
            break
    weight = source_weights(bound, *steps.errors())
    # no evidence: a weight of no effect (its figures are alone on their objects), shown as NO_EVIDENCE
    weight = np.where(evidence > 0, weight, NO_EVIDENCE / (1.0 - NO_EVIDENCE))
    return steps.result(weight, evidence, iterations)


class Steps:
    """The steps of ``iterate`` on figures held here (numpy): ``discover``'s, and the Spark
    engine's on each partition of the figures (whole topics)."""

    def __init__(self, fig: _Figures, point: np.ndarray | None = None) -> None:
        self.fig = fig
        self.estimator = _Estimator(fig)
        self.point = point

    @classmethod
    def of(cls, obj: np.ndarray, src: np.ndarray, lower: np.ndarray, upper: np.ndarray,
           lower_inclusive: np.ndarray, upper_inclusive: np.ndarray, group: np.ndarray, *,
           counts: bool | np.ndarray = True, n_sources: int | None = None,
           point: np.ndarray | None = None) -> "Steps":
        """The figures as ``discover`` takes them (checked, in canonical order); ``point``: each
        object's point so far (None: no estimate yet)."""
        return cls(_Figures.build(obj, src, lower, upper, lower_inclusive, upper_inclusive, group, counts,
                                  n_sources), point)

    @property
    def order(self) -> np.ndarray:
        """Canonical position -> input position of each figure (``errors``' and ``distance``'s order)."""
        return self.fig.order

    @property
    def used(self) -> np.ndarray:
        """Per figure (canonical order): whether it counts as evidence about its source."""
        return self.fig.evidence

    def estimate(self, weight: np.ndarray) -> float:
        new = self.estimator(weight)
        previous, self.point = self.point, new
        if previous is None:
            return math.inf
        moved = np.abs(new - previous) / self.fig.scale[self.fig.obj_group]
        moved = moved[~np.isnan(moved)]
        return float(moved.max()) if moved.size else 0.0

    def evidence(self) -> np.ndarray:
        return np.bincount(self.fig.src[self.fig.evidence], minlength=self.fig.n_src)

    def errors(self) -> tuple[np.ndarray, float, int]:
        fig = self.fig
        err = self.distance()
        used = fig.evidence
        return (np.bincount(fig.src[used], weights=err[used], minlength=fig.n_src), float(err[used].sum()),
                int(used.sum()))

    def distance(self) -> np.ndarray:
        """Per figure (canonical order): its error at the current points, capped."""
        assert self.point is not None, "estimate() first"
        return _distance(self.fig, self.point)

    def result(self, weight: np.ndarray, evidence: np.ndarray, iterations: int) -> TruthResult:
        assert self.point is not None, "estimate() first"
        return _result(self.fig, self.point, weight, evidence, iterations)


def source_weights(bound: np.ndarray, errors: np.ndarray, total: float, used: int) -> np.ndarray:
    """CATD's weight per source: the lower confidence bound of the rate 1/b of its errors.

    ``bound`` is G(N_s + 1, alpha/2) per source, ``errors`` the sum of each source's errors over
    its evidence; the prior pseudo-figure's error is the mean error of all evidence (``total``
    over ``used`` figures)."""
    prior = max(total / used, MIN_PRIOR_ERROR) if used else 1.0
    return bound / (prior + errors)


def gamma_lower_quantile(shape: np.ndarray, q: float) -> np.ndarray:
    """The q-quantile of Gamma(shape, 1) for integer shapes >= 1 (half a chi-squared 2*shape).

    Exact (bisection on the Poisson tail) up to shape 300, Wilson-Hilferty above (within 1e-5
    relative at CATD's q = 0.025).
    """
    shape = np.asarray(shape, dtype=np.int64)
    if shape.size and shape.min() < 1:
        raise ValueError("gamma_lower_quantile needs shapes >= 1")
    if not 0.0 < q < 1.0:
        raise ValueError(f"quantile level must be in (0, 1), not {q}")
    uniq, back = np.unique(shape, return_inverse=True)
    out = np.empty(uniq.size)
    small = uniq <= _EXACT_SHAPES
    out[small] = _gamma_quantile_exact(uniq[small], q)
    big = uniq[~small].astype(float)
    z = _normal_quantile(q)
    out[~small] = big * (1.0 - 1.0 / (9.0 * big) + z / (3.0 * np.sqrt(big))) ** 3
    return out[back].reshape(shape.shape)


def _gamma_quantile_exact(shape: np.ndarray, q: float) -> np.ndarray:
    """P(Gamma(n, 1) <= g) = P(Poisson(g) >= n), solved for g by bisection, per shape n."""
    n = shape.astype(float)[:, None]
    j = np.arange(_EXACT_SHAPES, dtype=float)[None, :]
    log_fact = np.array([math.lgamma(k + 1.0) for k in range(_EXACT_SHAPES)])[None, :]
    lo = np.zeros(shape.size)
    hi = shape + 10.0 * np.sqrt(shape) + 10.0
    for _ in range(80):
        g = (lo + hi) / 2.0
        log_terms = j * np.log(g)[:, None] - g[:, None] - log_fact
        with np.errstate(under="ignore"):  # terms far below 1e-300 are 0
            below = np.where(j < n, np.exp(log_terms), 0.0).sum(axis=1)  # P(Poisson(g) < n)
        too_high = 1.0 - below > q
        hi = np.where(too_high, g, hi)
        lo = np.where(too_high, lo, g)
    return (lo + hi) / 2.0


def _normal_quantile(q: float) -> float:
    lo, hi = -40.0, 40.0
    for _ in range(200):
        mid = (lo + hi) / 2.0
        if 0.5 * math.erfc(-mid / math.sqrt(2.0)) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2.0


@dataclass(frozen=True)
class _Figures:
    """The input checked, in canonical order (object, source), with what every step needs."""

    order: np.ndarray  # canonical position -> input position
    obj: np.ndarray
    src: np.ndarray
    lower: np.ndarray  # counts: -inf lower bounds are 0
    upper: np.ndarray
    lower_inclusive: np.ndarray
    upper_inclusive: np.ndarray
    informative: np.ndarray  # bounded on at least one side
    evidence: np.ndarray  # informative, and its object has another informative figure
    obj_group: np.ndarray
    scale: np.ndarray  # per group
    center: np.ndarray  # per object: the mean of its finite bounds, in spreads
    n_src: int

    @property
    def n_obj(self) -> int:
        return self.obj_group.size

    def spreads(self) -> tuple[np.ndarray, np.ndarray]:
        """lower and upper in spreads of their group, from their object's center."""
        scale = self.scale[self.obj_group[self.obj]]
        center = self.center[self.obj]
        return self.lower / scale - center, self.upper / scale - center

    @classmethod
    def build(cls, obj, src, lower, upper, lower_inclusive, upper_inclusive, group, counts,
              n_sources) -> _Figures:
        obj, src, group = _ints("obj", obj), _ints("src", src), _ints("group", group)
        lower = np.asarray(lower, dtype=float).ravel()
        upper = np.asarray(upper, dtype=float).ravel()
        lower_inclusive = np.asarray(lower_inclusive, dtype=bool).ravel()
        upper_inclusive = np.asarray(upper_inclusive, dtype=bool).ravel()
        n, n_obj = obj.size, group.size
        for name, arr in (("src", src), ("lower", lower), ("upper", upper),
                          ("lower_inclusive", lower_inclusive),
                          ("upper_inclusive", upper_inclusive)):
            if arr.size != n:
                raise ValueError(f"{name} has {arr.size} values for {n} figures")
        if n_obj and group.min() < 0:
            raise ValueError("group indices must be >= 0")
        n_groups = int(group.max()) + 1 if n_obj else 0
        n_src = int(src.max()) + 1 if n else 0
        if n_sources is not None:
            if n_sources < n_src:
                raise ValueError(f"source index {n_src - 1} >= n_sources {n_sources}")
            n_src = int(n_sources)
        if n and (obj.min() < 0 or obj.max() >= n_obj):
            raise ValueError(f"object indices must be in 0..{n_obj - 1} (one group per object)")
        if n and src.min() < 0:
            raise ValueError("source indices must be >= 0")
        if np.isnan(lower).any() or np.isnan(upper).any():
            raise ValueError("bounds must not be NaN; an open side is -inf or +inf")
        if np.any(lower > upper) or np.any(lower == np.inf) or np.any(upper == -np.inf):
            raise ValueError("every figure needs lower <= upper, lower < +inf, upper > -inf")
        counts = np.asarray(counts, dtype=bool)
        if counts.ndim:
            if counts.size < n_groups:
                raise ValueError(f"counts has {counts.size} values for {n_groups} groups")
            n_groups = counts.size
        counts_per_group = np.broadcast_to(counts, (n_groups,))

        order = np.lexsort((src, obj))
        obj, src = obj[order], src[order]
        if n > 1 and np.any((obj[1:] == obj[:-1]) & (src[1:] == src[:-1])):
            raise ValueError("a source states an object at most once (collapse its figures first)")
        lower, upper = lower[order], upper[order]
        lower_inclusive, upper_inclusive = lower_inclusive[order], upper_inclusive[order]
        informative = np.isfinite(lower) | np.isfinite(upper)
        stated = np.bincount(obj[informative], minlength=n_obj)
        evidence = informative & (stated[obj] >= 2)
        scale, center = _spread(obj, group, lower, upper, evidence, n_obj, n_groups)
        floor = counts_per_group[group[obj]] & (lower == -np.inf) & (upper >= 0)
        lower = np.where(floor, 0.0, lower)
        lower_inclusive = lower_inclusive | floor
        return cls(order, obj, src, lower, upper, lower_inclusive, upper_inclusive, informative,
                   evidence, group, scale, center / scale[group], n_src)


def _ints(name: str, values) -> np.ndarray:
    arr = np.asarray(values).ravel()
    if arr.size and not np.issubdtype(arr.dtype, np.integer):
        raise ValueError(f"{name} must hold integer indices, not {arr.dtype}")
    return arr.astype(np.int64)


def _spread(obj, group, lower, upper, evidence, n_obj, n_groups):
    """Per group, the RMS deviation of the finite bounds that count as evidence from their
    object's mean (1 where there is none); per object, the mean of its finite bounds."""
    fin_lo, fin_up = np.isfinite(lower), np.isfinite(upper)
    o = np.concatenate([obj[fin_lo], obj[fin_up]])
    b = np.concatenate([lower[fin_lo], upper[fin_up]])
    used = np.concatenate([evidence[fin_lo], evidence[fin_up]])
    n_b = np.bincount(o, minlength=n_obj)
    g = group[o[used]]
    size = np.abs(b)
    # squares of figures past 1e150 (or under 1e-150) overflow (or vanish): every source had scored 0.996, and
    # 1e308 crashed. A group holding such a figure is measured in its largest figure, which no square overflows;
    # every other group as ever (the same bytes)
    top = np.zeros(n_groups)
    np.maximum.at(top, group[o], size)
    low = np.full(n_groups, np.inf)
    np.minimum.at(low, group[o], np.where(size > 0, size, np.inf))
    extreme = (top > _PLAIN_MAX) | (low < _PLAIN_MIN)
    with np.errstate(over="ignore", under="ignore", invalid="ignore"):
        center = np.bincount(o, weights=b, minlength=n_obj) / np.maximum(n_b, 1)
        ss = np.bincount(g, weights=(b[used] - center[o[used]]) ** 2, minlength=n_groups)
        scale = np.sqrt(ss / np.maximum(np.bincount(g, minlength=n_groups), 1))
        if extreme.any():
            unit = np.where(extreme & (top > 0), top, 1.0)
            shrunk = np.bincount(o, weights=b / unit[group[o]], minlength=n_obj) / np.maximum(n_b, 1)
            ss_shrunk = np.bincount(g, weights=(b[used] / unit[g] - shrunk[o[used]]) ** 2, minlength=n_groups)
            wide = np.sqrt(ss_shrunk / np.maximum(np.bincount(g, minlength=n_groups), 1)) * unit
            center = np.where(extreme[group], shrunk * unit[group], center)
            scale = np.where(extreme, np.where(np.isfinite(wide), wide, _LARGEST), scale)
    return np.where(scale > 0, scale, 1.0), center


#: figures within these sizes are measured as they are (their squares are finite and not subnormal); the same
#: bytes as ever for every count and amount that news states
_PLAIN_MAX, _PLAIN_MIN = 1e150, 1e-150
_LARGEST = np.finfo(float).max


def _segment_cumsum(values: np.ndarray, starts: np.ndarray, seg: np.ndarray) -> np.ndarray:
    """Running sums restarting at each segment start."""
    total = np.cumsum(values)
    return total - (total[starts] - values[starts])[seg]


class _Estimator:
    """The point of every object for given source weights: the skipped weighted median.

    Capped loss (`_mode_inliers`): each informative figure puts kinks in the loss at
    lower - 1, lower, upper, upper + 1 (in spreads); the loss is least at a bound, so it is
    evaluated at every bound with running sums along the kinks, sorted once by object and
    position. Weighted median (`_median`): the bounds sorted once by object and value; each
    solve adds the figures' weights, normalized per object and counted in integer units.
    """

    def __init__(self, fig: _Figures) -> None:
        self.fig = fig
        idx = np.flatnonzero(fig.informative)
        lo, up = fig.spreads()
        lo, up = lo[idx], up[idx]
        has_lo, has_up = np.isfinite(lo), np.isfinite(up)
        parts = [  # (figures, position, kind: 0 window start, 1 bound, 2 window end, slope)
            (idx[has_lo], lo[has_lo] - _CAP, 0, -1.0),
            (idx[has_lo], lo[has_lo], 1, 1.0),
            (idx[has_up], up[has_up], 1, 1.0),
            (idx[has_up], up[has_up] + _CAP, 2, -1.0),
        ]
        k_fig = np.concatenate([p[0] for p in parts])
        k_pos = np.concatenate([p[1] for p in parts])
        k_kind = np.concatenate([np.full(p[0].size, p[2], dtype=np.int8) for p in parts])
        k_slope = np.concatenate([np.full(p[0].size, p[3]) for p in parts])
        k_obj = fig.obj[k_fig]
        order = np.lexsort((k_kind, k_pos, k_obj))
        self.k_fig, self.k_pos, self.k_slope = k_fig[order], k_pos[order], k_slope[order]
        self.k_bound = k_kind[order] == 1
        self.k_starts, self.k_seg = _segments(k_obj[order])
        self.k_ends = np.append(self.k_starts[1:], k_obj.size) - 1
        at = np.empty(order.size, dtype=np.int64)
        at[order] = np.arange(order.size)
        n_lo, n_up = parts[0][0].size, parts[3][0].size
        self.window_start = np.full(fig.obj.size, -1)
        self.window_start[parts[0][0]] = at[:n_lo]
        self.window_end = np.full(fig.obj.size, -1)
        self.window_end[parts[3][0]] = at[k_obj.size - n_up:]
        self.k_obj = k_obj[order]
        self.far = np.where(np.isfinite(fig.lower), _CAP, 0.0)  # loss far below the figure
        seg_of_fig = np.full(fig.obj.size, -1)
        seg_of_fig[self.k_fig] = self.k_seg
        self.fig_seg = np.maximum(seg_of_fig, 0)

        e_fig = np.concatenate([idx, idx])
        e_val = np.concatenate([fig.lower[idx], fig.upper[idx]])
        e_obj = fig.obj[e_fig]
        order = np.lexsort((e_val, e_obj))
        self.e_fig, self.e_val = e_fig[order], e_val[order]
        self.e_starts, self.e_seg = _segments(e_obj[order])
        self.e_obj = e_obj[order][self.e_starts]

    def __call__(self, src_weight: np.ndarray) -> np.ndarray:
        fig = self.fig
        w = np.where(fig.informative, src_weight[fig.src], 0.0)
        total = np.bincount(fig.obj, weights=w, minlength=fig.n_obj)
        w = w / np.where(total > 0, total, 1.0)[fig.obj]
        return self._median(w * self._mode_inliers(w))

    def _mode_inliers(self, w: np.ndarray) -> np.ndarray:
        """Per figure: within one spread of a bound where its object's capped loss is least."""
        fig = self.fig
        if not self.k_fig.size:
            return np.zeros(fig.obj.size, dtype=bool)
        slope = self.k_slope * w[self.k_fig]
        s1 = _segment_cumsum(slope, self.k_starts, self.k_seg)
        s2 = _segment_cumsum(slope * self.k_pos, self.k_starts, self.k_seg)
        far = np.bincount(fig.obj, weights=w * self.far, minlength=fig.n_obj)
        loss = np.where(self.k_bound, far[self.k_obj] + s1 * self.k_pos - s2, np.inf)
        least = np.minimum.reduceat(loss, self.k_starts)[self.k_seg]
        best = loss <= least + _TIE
        tied = np.cumsum(best)
        before = (tied[self.k_starts] - best[self.k_starts])[self.fig_seg]
        after = tied[self.k_ends][self.fig_seg]
        hi = np.where(self.window_end >= 0, tied[self.window_end], after)
        lo = np.where(self.window_start >= 0, tied[self.window_start], before)
        return fig.informative & (hi > lo)

    def _median(self, w: np.ndarray) -> np.ndarray:
        fig = self.fig
        point = np.full(fig.n_obj, np.nan)
        if not self.e_starts.size:
            return point
        total = np.bincount(fig.obj, weights=w, minlength=fig.n_obj)
        units = np.rint(w / np.where(total > 0, total, 1.0)[fig.obj] * _WEIGHT_UNITS)
        units = units.astype(np.int64)[self.e_fig]
        within2 = 2 * _segment_cumsum(units, self.e_starts, self.e_seg)
        seg_total = np.add.reduceat(units, self.e_starts)[self.e_seg]
        k1 = self._first(within2 >= seg_total)
        k2 = self._first(within2 > seg_total)
        v1, v2 = self.e_val[k1], self.e_val[k2]
        tie = within2[k1] == seg_total[k1]
        with np.errstate(invalid="ignore"):
            mid = np.where(v1 == -np.inf, v2, np.where(v2 == np.inf, v1, (v1 + v2) / 2.0))
        point[self.e_obj] = np.where(tie, mid, v1)
        return point

    def _first(self, cond: np.ndarray) -> np.ndarray:
        """Per segment, the first position where `cond` holds (it holds at each segment's end)."""
        before = np.empty_like(cond)
        before[0] = False
        before[1:] = cond[:-1]
        before[self.e_starts] = False
        return np.flatnonzero(cond & ~before)


def _segments(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Starts of the runs of equal sorted keys, and each position's run number."""
    start = np.ones(keys.size, dtype=bool)
    start[1:] = keys[1:] != keys[:-1]
    return np.flatnonzero(start), np.cumsum(start) - 1


def _distance(fig: _Figures, point: np.ndarray) -> np.ndarray:
    """Per figure: how far its object's point lies outside it, in spreads, capped at one."""
    x = point[fig.obj]
    with np.errstate(invalid="ignore"):
        gap = np.maximum(fig.lower - x, 0.0) + np.maximum(x - fig.upper, 0.0)
    gap = np.where(fig.informative, gap, 0.0)
    return np.minimum(gap / fig.scale[fig.obj_group[fig.obj]], _CAP)


def _result(fig: _Figures, point, src_weight, evidence, iterations) -> TruthResult:
    w = np.where(fig.informative, src_weight[fig.src], 0.0)
    total = np.bincount(fig.obj, weights=w, minlength=fig.n_obj)
    w = w / np.where(total > 0, total, 1.0)[fig.obj]
    lower, upper, lower_inc, upper_inc = _supported_range(fig, point)
    weight = np.empty_like(w)
    weight[fig.order] = w
    reliability = src_weight / (1.0 + src_weight)
    return TruthResult(point, lower, upper, lower_inc, upper_inc, weight, reliability,
                       evidence.astype(np.int64), iterations)


def _supported_range(fig: _Figures, point: np.ndarray):
    """The intersection of the figures whose closure holds the point (the point alone if they
    only touch there), else the gap between the nearest figures below and above it."""
    x = point[fig.obj]
    inf = fig.informative
    with np.errstate(invalid="ignore"):
        holds = inf & (fig.lower <= x) & (x <= fig.upper)
        under = inf & ~holds & (fig.upper < x)
        over = inf & ~holds & (fig.lower > x)
    n_obj = fig.n_obj
    lo_in, lo_inc = _extreme(fig.obj, fig.lower, fig.lower_inclusive, holds, n_obj, max)
    up_in, up_inc = _extreme(fig.obj, fig.upper, fig.upper_inclusive, holds, n_obj, min)
    touch = (lo_in == up_in) & ~(lo_inc & up_inc)
    lo_inc, up_inc = lo_inc | touch, up_inc | touch
    lo_gap, _ = _extreme(fig.obj, fig.upper, fig.upper_inclusive, under, n_obj, max)
    up_gap, _ = _extreme(fig.obj, fig.lower, fig.lower_inclusive, over, n_obj, min)
    some = np.bincount(fig.obj[holds], minlength=n_obj) > 0
    gap = ~some & np.isfinite(point)
    lower = np.where(some, lo_in, np.where(gap, lo_gap, -np.inf))
    upper = np.where(some, up_in, np.where(gap, up_gap, np.inf))
    return lower, upper, np.where(some, lo_inc, gap), np.where(some, up_inc, gap)


def _extreme(obj, value, inclusive, mask, n_obj, pick):
    """Per object, the max (or min) of `value` over masked figures, and whether it is inclusive
    (an exclusive bound at the extreme makes it exclusive). -inf/+inf where none is masked."""
    fill = -np.inf if pick is max else np.inf
    out = np.full(n_obj, fill)
    ufunc = np.maximum if pick is max else np.minimum
    ufunc.at(out, obj[mask], value[mask])
    at_extreme = mask & (value == out[obj]) & ~inclusive
    inc = np.bincount(obj[at_extreme], minlength=n_obj) == 0
    return out, inc & np.isfinite(out)
