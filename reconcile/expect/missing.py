"""One verdict on a missing value in the pair and multicolumn checks on both engines.

Great Expectations compares the two sides of a pair per backend: on pandas a comparison with a
missing value is False, so the row fails (an open "more than 500", ``upper`` null, fails
``upper >= lower`` under the default ``ignore_row_if``); on Spark it is null, which GX counts
as neither a pass nor a failure, and ``eqNullSafe`` calls two nulls equal. Its Spark sum of a
row counts a null as 0, where pandas' sum (``skipna=False``) is missing. The rows that
``ignore_row_if`` leaves out are the same on both engines; the verdict on the rows it keeps
differed. reconcile keeps pandas' verdict, the default engine's, on Spark too: a comparison or a
sum with a missing value fails the row. The checks that already agree (values equal, unique
within a record, a pair in a set) keep GX's own functions.
"""
from __future__ import annotations

from functools import reduce
from typing import Any


def _or_false(condition: Any) -> Any:
    """A Spark condition that is null (a missing side): False, as pandas' comparison is."""
    from pyspark.sql import functions as F

    return F.coalesce(condition, F.lit(False))


def use_on_spark() -> None:
    """Register pandas' verdict on a missing value as GX's Spark conditions of the pair checks
    (``a_greater_than_b``, ``equal``) and of ``multicolumn_sum.equal``. GX registers a metric
    provider's functions when its class is made; a subclass of GX's provider replaces its Spark
    function (its pandas one is registered again as it is)."""
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    from great_expectations.execution_engine import SparkDFExecutionEngine
    from great_expectations.expectations.metrics.column_pair_map_metrics.column_pair_values_equal import (
        ColumnPairValuesEqual)
    from great_expectations.expectations.metrics.column_pair_map_metrics.column_pair_values_greater import (
        ColumnPairValuesAGreaterThanB)
    from great_expectations.expectations.metrics.map_metric_provider import (column_pair_condition_partial,
                                                                             multicolumn_condition_partial)
    from great_expectations.expectations.metrics.multicolumn_map_metrics.multicolumn_sum_equal import (
        MulticolumnSumEqual)

    class GreaterAsOnPandas(ColumnPairValuesAGreaterThanB):
        @column_pair_condition_partial(engine=SparkDFExecutionEngine)
        def _spark(cls, column_A: Any, column_B: Any, **kwargs: Any) -> Any:
            return _or_false(column_A >= column_B if kwargs.get("or_equal") else column_A > column_B)

    class EqualAsOnPandas(ColumnPairValuesEqual):
        @column_pair_condition_partial(engine=SparkDFExecutionEngine)
        def _spark(cls, column_A: Any, column_B: Any, **kwargs: Any) -> Any:
            return _or_false(column_A == column_B)

    integral = (T.ByteType, T.ShortType, T.IntegerType, T.LongType)

    class SumAsOnPandas(MulticolumnSumEqual):
        @multicolumn_condition_partial(engine=SparkDFExecutionEngine)
        def _spark(cls, column_list: Any, **kwargs: Any) -> Any:
            # GX's widening of whole numbers (Spark 4's ANSI arithmetic raises on an overflow), without its
            # COALESCE(column, 0): a missing value makes the sum missing
            operands = [F.col(f"`{name}`").cast("decimal(38,0)")
                        if isinstance(column_list.schema[name].dataType, integral) else F.col(f"`{name}`")
                        for name in column_list.columns]
            return _or_false(reduce(lambda a, b: a + b, operands) == F.lit(kwargs.get("sum_total")))
