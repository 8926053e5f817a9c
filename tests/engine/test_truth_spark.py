"""Joint truth discovery on Spark (reconcile.engine.truth): the same iterations as
reconcile.estimates.truth.discover, with the points computed per partition of whole topics and
the source weights by a groupBy over sources; the numbers agree to a relative 1e-9."""
from __future__ import annotations

import json

import numpy as np
import pytest
from conftest import REPO
from sparkhelp import local_engine
from test_spark import close as numbers_close  # equal, numbers to a relative 1e-9

import reconcile
from reconcile.engine.truth import discover_on_spark
from reconcile.estimates import truth

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine(partitions=3)


@pytest.fixture(scope="module")
def spark(engine):
    return engine.spark


def random_figures(seed: int, n_topics: int = 12, n_sources: int = 9):
    """Topics of a few objects each; every source states some objects, near a truth or far off,
    some figures open on one side or on both."""
    rng = np.random.default_rng(seed)
    rows, group = [], []
    for topic in range(n_topics):
        scale = 10.0 ** rng.integers(1, 5)
        for _ in range(rng.integers(1, 5)):
            obj, truth_value = len(group), scale * rng.uniform(1, 10)
            group.append(topic)
            for src in rng.choice(n_sources, rng.integers(1, n_sources), replace=False):
                value = truth_value * (1 + rng.normal(0, 0.02)) if rng.random() > 0.2 else truth_value * 3
                kind = rng.integers(0, 6)
                lower, upper = [(value, value), (value * 0.9, value * 1.1), (value, np.inf), (-np.inf, value),
                                (-np.inf, np.inf), (round(value), round(value))][kind]
                rows.append((obj, int(src), float(lower), float(upper), bool(rng.random() > 0.3), True))
    obj, src, lower, upper, lower_inc, upper_inc = (np.array(c) for c in zip(*rows))
    order = rng.permutation(len(rows))  # the input's order does not matter
    return (obj[order], src[order], lower[order], upper[order], lower_inc[order], upper_inc[order],
            np.array(group)), n_sources


def close(a: np.ndarray, b: np.ndarray) -> None:
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    assert a.shape == b.shape
    same = (a == b) | (np.isnan(a) & np.isnan(b))
    assert np.all(same | np.isclose(a, b, rtol=1e-9, atol=0.0)), (a[~same], b[~same])


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("counts", [True, False, "per-topic"])
def test_the_same_result_as_discover(spark, seed, counts):
    arrays, n_sources = random_figures(seed)
    if counts == "per-topic":
        counts = np.arange(arrays[-1].max() + 1) % 2 == 0
    here = truth.discover(*arrays, counts=counts, n_sources=n_sources)
    there = discover_on_spark(spark)(*arrays, counts=counts, n_sources=n_sources)
    assert here.iterations > 1 and there.iterations == here.iterations
    for name in ("point", "lower", "upper", "weight", "reliability"):
        close(getattr(there, name), getattr(here, name))
    for name in ("lower_inclusive", "upper_inclusive", "evidence"):
        assert getattr(there, name).tolist() == getattr(here, name).tolist(), name


def test_max_iter_and_a_source_with_no_figure(spark):
    arrays, _ = random_figures(4)
    for max_iter in (0, 1, 3):
        here = truth.discover(*arrays, n_sources=12, max_iter=max_iter)
        there = discover_on_spark(spark)(*arrays, n_sources=12, max_iter=max_iter)
        assert there.iterations == here.iterations <= max_iter
        close(there.reliability, here.reliability)
        close(there.point, here.point)
    assert there.evidence[9:].tolist() == [0, 0, 0]


def test_the_seed_project_on_spark_iterates_there_not_on_the_driver(engine, monkeypatch):
    """The driver's discover is not called (the executors import their own); the report's
    estimates and reliabilities agree with the pandas engine's to a relative 1e-9."""
    claims = reconcile.normalize(reconcile.read(REPO))
    report = reconcile.reconcile(claims)
    on_pandas = reconcile.render(reconcile.estimate(report, "truth-discovery"), "json")
    def not_here(*args, **kwargs):
        raise AssertionError("truth discovery ran on the driver")

    monkeypatch.setattr(truth, "discover", not_here)
    on_spark = reconcile.render(engine.estimate(report, "truth-discovery"), "json")
    data = json.loads(on_pandas)
    assert data["estimates"] and {e["method"] for e in data["estimates"]} == {"truth-discovery"}
    numbers_close(json.loads(on_spark), data)
