"""Truth discovery over interval figures (reconcile.estimates.truth).

The small cases are worked out by hand in their docstrings; the simulation is the one of the
truth-discovery papers: a known truth, sources with a known error, and the reliabilities must
rank the sources as their errors do.
"""
from __future__ import annotations

import math

import numpy as np
import pytest

from reconcile.estimates.truth import discover, gamma_lower_quantile

INF = np.inf
G2 = 0.24220927854396496  # the 2.5% quantile of Gamma(2, 1): one figure plus the prior's


def figures(rows, n_obj=None, group=None, **kwargs):
    """discover() on rows (obj, src, lower, upper[, lower_inclusive, upper_inclusive])."""
    rows = [r if len(r) == 6 else (*r, True, True) for r in rows]
    obj, src, lo, up, lo_inc, up_inc = (np.array(col) for col in zip(*rows))
    n_obj = n_obj if n_obj is not None else int(obj.max()) + 1
    group = np.arange(n_obj) if group is None else np.asarray(group)
    return discover(obj, src, lo.astype(float), up.astype(float), lo_inc, up_inc, group,
                    **kwargs)


def ranks(values):
    return np.argsort(np.argsort(values, kind="stable"), kind="stable")


def spearman(a, b):
    return float(np.corrcoef(ranks(a), ranks(b))[0, 1])


def test_two_agreeing_figures_beat_a_far_one_and_reliabilities_follow_catd():
    """100, 100, 130. Spread: the bounds 100 x4 and 130 x2 sit around 110, RMS sqrt(200) =
    14.1. The capped loss is 1/3 at 100 (130 is 2.1 spreads away, counted as 1), 2/3 at 130:
    the point is 100, and 130 is no inlier. Errors 0, 0, 1; the prior's is their mean 1/3;
    weights G2 / (1/3) for the two, G2 / (4/3) for the third, reliability w / (1 + w)."""
    result = figures([(0, 0, 100, 100), (0, 1, 100, 100), (0, 2, 130, 130)])
    assert result.point.tolist() == [100.0]
    assert (result.lower[0], result.upper[0]) == (100.0, 100.0)
    assert result.lower_inclusive[0] and result.upper_inclusive[0]
    good, bad = 3 * G2, 0.75 * G2
    expected = [good / (1 + good), good / (1 + good), bad / (1 + bad)]
    assert result.reliability == pytest.approx(expected, rel=1e-9)
    assert result.weight == pytest.approx([4 / 9, 4 / 9, 1 / 9], rel=1e-9)
    assert result.evidence.tolist() == [1, 1, 1]


def test_the_estimate_follows_the_largest_cluster_not_the_median_between_clusters():
    """Five sources say 100, four 104, seven 110: the median is 104, which only four state.
    Spread 4.34: at 110 the capped loss is (5 + 4) / 16, at 104 (5 x 0.92 + 7) / 16, at 100
    (4 x 0.92 + 7) / 16. The point is 110 and its inliers are the seven, 104 being 1.4 spreads
    off."""
    values = [100] * 5 + [104] * 4 + [110] * 7
    result = figures([(0, s, v, v) for s, v in enumerate(values)])
    assert result.point.tolist() == [110.0]
    assert result.reliability[10] > result.reliability[0]
    assert result.reliability[10] > result.reliability[5]


def test_an_about_figure_that_holds_the_estimate_counts_as_right():
    """A says 34,000-36,000 ("about 35,000"), B 35,500, C 35,800. Spread 665 (the six bounds
    around 35,433). The capped loss ties at 35,500 and 35,800 (the other point, 0.45 spreads
    off, on each side), all three are inliers, and the weighted median of the bounds ties
    between 35,500 and 35,800: 35,650. A holds it (error 0), B and C miss it by 0.23 spreads
    each, so A is the most reliable; B and C stay equal and the point stays. The range is the
    one figure that holds it."""
    result = figures([(0, 0, 34000, 36000), (0, 1, 35500, 35500), (0, 2, 35800, 35800)])
    assert result.point.tolist() == [35650.0]
    assert (result.lower[0], result.upper[0]) == (34000.0, 36000.0)
    assert result.reliability[0] > result.reliability[1] == result.reliability[2]


def test_open_figures_give_a_finite_point_at_their_bound():
    """"More than 500" and "more than 600": the capped loss is 0 at 600 and 1/2 at 500 (600
    is 2 spreads of 50 away). The weighted median of 500, 600, +inf, +inf ties between 600
    and +inf: the point is the finite end, 600; the range what both allow, above 600."""
    result = figures([(0, 0, 500, INF, False, False), (0, 1, 600, INF, False, False)])
    assert result.point.tolist() == [600.0]
    assert (result.lower[0], result.upper[0]) == (600.0, INF)
    assert not result.lower_inclusive[0]
    assert np.all(np.isfinite(result.reliability))


def test_fewer_than_is_open_below_except_for_counts_where_it_starts_at_zero():
    rows = [(0, 0, -INF, 500, False, False)]
    assert figures(rows, counts=False).point.tolist() == [500.0]
    counted = figures(rows, counts=True)
    assert counted.point.tolist() == [250.0]  # the middle of [0, 500)
    assert (counted.lower[0], counted.upper[0]) == (0.0, 500.0)
    assert counted.lower_inclusive[0] and not counted.upper_inclusive[0]


def test_counts_can_be_chosen_per_group():
    rows = [(0, 0, -INF, 500, False, False), (1, 0, -INF, 500, False, False)]
    result = figures(rows, counts=np.array([True, False]))
    assert result.point.tolist() == [250.0, 500.0]


def test_a_figure_unbounded_on_both_sides_says_nothing():
    rows = [(0, 0, 100, 100), (0, 1, 100, 100), (0, 2, 130, 130)]
    alone = figures(rows)
    result = figures(rows + [(0, 3, -INF, INF, False, False), (1, 3, -INF, INF, False, False)],
                     counts=False)
    assert result.point[0] == alone.point[0]
    assert result.weight[:3] == pytest.approx(alone.weight)
    assert result.weight[3:].tolist() == [0.0, 0.0]
    assert result.reliability[:3] == pytest.approx(alone.reliability)
    assert result.evidence[3] == 0
    assert math.isnan(result.point[1])  # an object nobody bounds has no estimate


def test_a_source_with_one_claim_is_not_trusted_like_one_right_many_times():
    """A and B state 30 objects, right each time; C misses by two; D states one object,
    rightly. D's reliability is below 1 and below A's and B's (CATD's bound for one figure)."""
    rows = []
    for o in range(30):
        truth = 1000 + 10 * o
        rows += [(o, 0, truth, truth), (o, 1, truth, truth), (o, 2, truth + 2, truth + 2)]
    rows.append((0, 3, 1000, 1000))
    result = figures(rows)
    a, b, c, d = result.reliability
    assert d < 1.0 and d < a and d < b
    assert c < a and a == b
    assert result.point.tolist() == [1000.0 + 10 * o for o in range(30)]


def test_a_figure_alone_on_its_object_is_no_evidence_about_its_source():
    rows = [(0, 0, 5, 5), (0, 1, 5, 5), (1, 1, 7, 7)]
    result = figures(rows)
    assert result.evidence.tolist() == [1, 1]
    assert result.reliability[0] == result.reliability[1]
    assert result.point.tolist() == [5.0, 7.0]
    assert result.weight[2] == 1.0


def simulation(n_src=12, n_obj=300, seed=7, scale=None):
    """The standard simulation: true values, each source's error a known multiple of its
    topic's scale, every source stating 80% of the objects. Returns figures and the errors."""
    rng = np.random.default_rng(seed)
    error = np.linspace(0.1, 2.4, n_src)
    group = np.arange(n_obj) % 3
    scale = np.array([1.0, 1e3, 1e6]) if scale is None else scale
    truth = scale[group] * rng.uniform(10, 20, n_obj)
    obj, src = np.meshgrid(np.arange(n_obj), np.arange(n_src), indexing="ij")
    keep = rng.random(obj.shape) < 0.8
    obj, src = obj[keep], src[keep]
    noise = rng.normal(size=obj.size)
    value = truth[obj] + noise * error[src] * scale[group[obj]]
    closed = np.ones(obj.size, dtype=bool)
    return (obj, src, value, value.copy(), closed, closed, group), error, truth


def test_reliabilities_rank_the_sources_of_the_simulation_by_their_error():
    arrays, error, truth = simulation()
    result = discover(*arrays, counts=False)
    assert spearman(result.reliability, -error) > 0.95
    assert np.all((result.reliability > 0) & (result.reliability < 1))
    assert np.all(np.isfinite(result.point))
    w = np.bincount(arrays[0], weights=result.weight)
    assert w == pytest.approx(np.ones(truth.size))


def test_distances_weigh_alike_whatever_the_scale_of_the_topic():
    arrays, _, _ = simulation(scale=np.array([1.0, 1.0, 1.0]))
    scaled, _, _ = simulation(scale=np.array([1.0, 1e3, 1e6]))
    a = discover(*arrays, counts=False)
    b = discover(*scaled, counts=False)
    assert b.reliability == pytest.approx(a.reliability, rel=1e-6)
    group = arrays[-1]
    assert b.point == pytest.approx(a.point * np.array([1.0, 1e3, 1e6])[group], rel=1e-9)


def test_same_input_same_bytes_whatever_the_order_of_the_figures():
    arrays, _, _ = simulation(n_obj=90)
    first = discover(*arrays, counts=False)
    again = discover(*arrays, counts=False)
    perm = np.random.default_rng(1).permutation(arrays[0].size)
    shuffled = discover(*(a[perm] for a in arrays[:-1]), arrays[-1], counts=False)
    for field in ("point", "lower", "upper", "lower_inclusive", "upper_inclusive",
                  "reliability", "evidence"):
        assert getattr(first, field).tobytes() == getattr(again, field).tobytes()
        assert getattr(first, field).tobytes() == getattr(shuffled, field).tobytes()
    assert first.weight.tobytes() == again.weight.tobytes()
    assert first.weight[perm].tobytes() == shuffled.weight.tobytes()
    assert first.iterations == shuffled.iterations


def test_a_source_stating_an_object_twice_is_refused():
    with pytest.raises(ValueError, match="at most once"):
        figures([(0, 0, 1, 1), (0, 0, 2, 2)])


def test_a_figure_with_lower_above_upper_is_refused():
    with pytest.raises(ValueError, match="lower <= upper"):
        figures([(0, 0, 2, 1)])


def test_no_figures_give_empty_results():
    empty = np.array([], dtype=np.int64)
    result = discover(empty, empty, empty.astype(float), empty.astype(float),
                      empty.astype(bool), empty.astype(bool), np.zeros(2, dtype=np.int64),
                      n_sources=3)
    assert np.isnan(result.point).all() and result.reliability.size == 3


def test_gamma_quantiles_match_the_chi_squared_tables():
    """Half the 2.5% quantiles of chi-squared with 2n degrees of freedom (scipy's values)."""
    shapes = np.array([1, 2, 3, 50, 1000, 100_000])
    expected = [-math.log(0.975), G2, 0.6186721228956014, 37.110963737461866,
                938.9730184076952, 99381.15266374472]
    got = gamma_lower_quantile(shapes, 0.025)
    assert got[:4] == pytest.approx(expected[:4], rel=1e-9)  # exact
    assert got[4:] == pytest.approx(expected[4:], rel=1e-5)  # Wilson-Hilferty


def test_random_intervals_keep_every_promise():
    """Points, ranges, open sides, single figures and touching bounds at random: every object
    stated by a bounded figure gets a finite point inside its range, weights sum to 1 per
    object, reliabilities lie in [0, 1)."""
    rng = np.random.default_rng(3)
    n_obj, n_src = 60, 15
    obj, src = np.divmod(rng.choice(n_obj * n_src, 400, replace=False), n_src)
    value = rng.integers(0, 8, obj.size).astype(float) * 10 ** (obj % 3)
    width = rng.choice([0.0, 0.0, 5.0], obj.size) * 10 ** (obj % 3)
    kind = rng.integers(0, 6, obj.size)
    lower = np.where(kind == 1, -INF, value)
    upper = np.where(kind == 2, INF, value + width)
    lower = np.where(kind == 5, -INF, lower)
    upper = np.where(kind == 5, INF, upper)
    lo_inc, up_inc = kind != 3, kind != 4
    group = np.arange(n_obj) % 3
    with np.errstate(divide="raise", over="raise", invalid="raise"):
        result = discover(obj, src, lower, upper, lo_inc, up_inc, group,
                          counts=np.array([True, False, True]))
    bounded = np.bincount(obj[kind != 5], minlength=n_obj) > 0
    assert np.isfinite(result.point[bounded]).all()
    assert np.isnan(result.point[~bounded]).all()
    p = result.point[bounded]
    assert np.all((result.lower[bounded] <= p) & (p <= result.upper[bounded]))
    sums = np.bincount(obj, weights=result.weight, minlength=n_obj)
    assert sums[bounded] == pytest.approx(np.ones(bounded.sum()))
    assert np.all((result.reliability >= 0) & (result.reliability < 1))


def test_counts_per_group_must_name_every_group():
    with pytest.raises(ValueError, match="counts has 1 values for 2 groups"):
        figures([(0, 0, 1, 1), (1, 0, 2, 2)], counts=np.array([True]))
