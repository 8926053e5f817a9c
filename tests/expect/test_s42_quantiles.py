"""reconcile's quantiles (``expect.quantiles``, what the Spark engine computes for
expect_column_quantile_values_to_be_between) are pandas' own, for every interpolation GX lets
``allow_relative_error`` name, from the order statistics alone."""
from __future__ import annotations

import random

import pandas as pd
import pytest

from reconcile.expect.quantiles import INTERPOLATIONS, interpolation, quantiles_of


@pytest.mark.parametrize("method", INTERPOLATIONS)
def test_quantiles_from_order_statistics_equal_pandas_quantile(method):
    pick = random.Random(42)
    for _ in range(400):
        values = sorted(pick.choice([pick.randint(-50, 50), pick.uniform(-1e6, 1e6)])
                        for _ in range(pick.randint(1, 30)))
        quantiles = [0, 1, 0.5, 0.25, 0.1, pick.random()]
        expected = pd.Series(values, dtype=float).quantile(quantiles, interpolation=method).tolist()
        got = quantiles_of(len(values), quantiles, method,
                           (lambda ranks, values=values: {rank: values[rank] for rank in ranks}))
        assert [float(value) for value in got] == expected


def test_the_median_of_four_is_the_upper_middle_value_by_default():
    values = [30, 500, 572, 2500]   # Spark's approxQuantile says 500
    assert quantiles_of(4, [0.5], interpolation(None), lambda ranks: {r: values[r] for r in ranks}) == [572]
    with pytest.raises(ValueError, match="allow_relative_error"):
        interpolation(0.01)
