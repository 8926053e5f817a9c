"""One definition of a column's quantiles on both engines (``expect_column_quantile_values_to_be_between``).

Great Expectations computes ``column.quantile_values`` differently per backend: on pandas with
``Series.quantile`` (numpy's definition; the kwarg ``allow_relative_error`` names the
interpolation, "nearest" when absent), on Spark with ``approxQuantile`` (the lower order
statistic at rank ceil(q n), and ``allow_relative_error`` a float). The same suite passed on
one engine and failed on the other (the median of 30, 500, 572 and 2,500 is 572 on pandas, 500
on Spark). reconcile keeps pandas' definition, the default engine's, and computes it on Spark
too: the order statistics numpy's interpolation needs are taken exactly, each with
``approxQuantile`` at relative error 0 and a probability inside its rank, so only a few values
reach the driver, and numpy's arithmetic is done on them.
"""
from __future__ import annotations

import math
from typing import Any, Callable, Sequence

#: ``allow_relative_error`` on either engine: the interpolation of ``Series.quantile``
INTERPOLATIONS = ("linear", "lower", "higher", "midpoint", "nearest")


def interpolation(written: Any) -> str:
    """The interpolation a suite's ``allow_relative_error`` names (GX: False or absent is
    "nearest"); a value that names none is GX's own error on pandas, now on Spark too."""
    if not written:
        return "nearest"
    if written not in INTERPOLATIONS:
        raise ValueError("If specified for pandas, allow_relative_error must be one an allowed value for the "
                         f"'interpolation'parameter of .quantile() (one of {INTERPOLATIONS})")
    return str(written)


def _neighbours(n: int, q: float, method: str) -> tuple[int, int, float]:
    """numpy's two order statistics (0-based) and weight for quantile ``q`` of ``n`` values
    (``numpy.quantile``: the virtual index, its neighbours clamped to the ends, the gamma)."""
    index = (n - 1) * q
    if method in ("lower", "higher", "nearest"):
        whole = math.floor(index) if method == "lower" else math.ceil(index) if method == "higher" else round(index)
        return whole, whole, 0.0
    if method == "midpoint":
        index = 0.5 * (math.floor(index) + math.ceil(index))
    before = math.floor(index)
    if index >= n - 1:
        return n - 1, n - 1, index + 1.0   # numpy's -1 for both: the last value, whatever the weight
    gamma = index - before
    if method == "midpoint":
        gamma = 0.0 if index % 1 == 0 else 0.5
    return before, before + 1, gamma


def _lerp(a: Any, b: Any, t: float) -> Any:
    """numpy's ``_lerp``: a + (b - a) t, from the far end when t >= 0.5."""
    return b - (b - a) * (1 - t) if t >= 0.5 else a + (b - a) * t


def quantiles_of(n: int, quantiles: Sequence[float], method: str,
                 order_statistics: Callable[[list[int]], dict[int, Any]]) -> list[Any]:
    """The quantiles of ``n`` values as ``Series.quantile(quantiles, interpolation=method)`` gives
    them, from ``order_statistics(ranks)``: the value at each 0-based rank of the sorted values."""
    if n == 0:
        return [None] * len(quantiles)
    wanted = [_neighbours(n, float(q), method) for q in quantiles]
    values = order_statistics(sorted({rank for before, after, _ in wanted for rank in (before, after)}))
    if method in ("lower", "higher", "nearest"):   # a value of the column, taken as it is
        return [values[before] for before, _, _ in wanted]
    return [_lerp(values[before], values[after], gamma) for before, after, gamma in wanted]


def spark_quantiles(df: Any, column: str, quantiles: Sequence[float], written: Any) -> list[Any]:
    """``quantiles_of`` a column of a Spark DataFrame (nulls and NaN left out, as pandas leaves
    out its missing values). The value at 0-based rank k is ``approxQuantile`` at probability
    (k + 1/2) / n with relative error 0: Spark's exact quantile at probability p is the value of
    rank ceil(p n), and k + 1/2 rounds up to k + 1 whatever the float error."""
    from pyspark.sql import functions as F
    from pyspark.sql.types import DoubleType, FloatType

    method = interpolation(written)
    present = F.col(column).isNotNull()
    if isinstance(df.schema[column].dataType, (DoubleType, FloatType)):
        present &= ~F.isnan(F.col(column))
    n = df.where(present).count()

    def order_statistics(ranks: list[int]) -> dict[int, Any]:
        return dict(zip(ranks, df.approxQuantile(column, [(rank + 0.5) / n for rank in ranks], 0.0)))

    return quantiles_of(n, quantiles, method, order_statistics)


def use_on_spark() -> None:
    """Register ``spark_quantiles`` as GX's ``column.quantile_values`` on its Spark engine (the
    pandas one stays GX's own). GX registers a metric provider's functions when its class is
    made; a subclass of GX's provider replaces the Spark function only."""
    from great_expectations.core.metric_domain_types import MetricDomainTypes
    from great_expectations.execution_engine import SparkDFExecutionEngine
    from great_expectations.expectations.metrics.column_aggregate_metrics.column_quantile_values import (
        ColumnQuantileValues)
    from great_expectations.expectations.metrics.metric_provider import metric_value

    class SameQuantileValues(ColumnQuantileValues):
        @metric_value(engine=SparkDFExecutionEngine)
        def _spark(cls, execution_engine: Any, metric_domain_kwargs: dict, metric_value_kwargs: dict,
                   metrics: dict, runtime_configuration: dict) -> list[Any]:
            df, _, accessor = execution_engine.get_compute_domain(metric_domain_kwargs,
                                                                  domain_type=MetricDomainTypes.COLUMN)
            return spark_quantiles(df, accessor["column"], list(metric_value_kwargs["quantiles"]),
                                   metric_value_kwargs.get("allow_relative_error"))
