"""pandas -> Spark DataFrames, as both Spark modules (``spark``: the stages; ``values``: the
stated values parsed in the executors) hand their frames over."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: the column that keeps each row's position in the pandas frame it came from
POSITION = "reconcile_position"

__all__ = ["POSITION", "to_spark"]


def to_spark(spark: Any, frame: "pd.DataFrame", position: bool = False) -> Any:
    """A Spark DataFrame of ``frame``, through an Arrow table; ``position``: with each row's
    position in ``frame`` as ``reconcile_position``.

    On the way a missing float becomes a null, never a NaN (GX's not-null check on Spark
    passes a NaN), a column of nothing but None is text, and a list of no tags a list of text.
    """
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    frame = frame.reset_index(drop=True)
    if position:
        frame = frame.assign(**{POSITION: np.arange(len(frame), dtype="int64")})
    table = pa.Table.from_pandas(frame, preserve_index=False)
    for i, field in enumerate(table.schema):
        column, kind = table.column(i), field.type
        if pa.types.is_null(kind):
            column = column.cast(pa.string())
        elif pa.types.is_list(kind) and pa.types.is_null(kind.value_type):
            column = column.cast(pa.list_(pa.string()))
        elif pa.types.is_floating(kind):
            column = pc.if_else(pc.is_nan(column), pa.scalar(None, kind), column)
        else:
            continue
        table = table.set_column(i, field.name, column)
    return spark.createDataFrame(table)
