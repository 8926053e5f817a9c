"""pandas -> Spark DataFrames, as both Spark modules (``spark``: the stages; ``values``: the
stated values parsed in the executors) hand their frames over."""
from __future__ import annotations

import zipimport
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

#: the column that keeps each row's position in the pandas frame it came from
POSITION = "reconcile_position"

__all__ = ["POSITION", "settle_imports", "to_spark"]

#: the archives Spark itself puts on a Python worker's path (``PythonUtils.sparkPythonPath``):
#: pyspark's and py4j's, from the installation, which do not change while it runs
SPARK_ARCHIVES = ("pyspark.zip", "py4j-")


def settle_imports() -> None:
    """In a Spark Python worker, before its work: the archives on its path no longer read again
    at every task.

    Before each task pyspark calls ``importlib.invalidate_caches()`` (``setup_spark_files``),
    and Python's zip importer then reads its archive's whole listing again, once per importer:
    the worker's path holds the spark-core jar (5,000 entries, no Python: Spark adds it for
    a Spark run from jars) and pyspark's and py4j's zips (an importer for each package imported
    from them), about 0.1 CPU-second a task. Here the jars leave the path and its importer cache,
    and the importers of pyspark's and py4j's archives become ones that keep the listing they
    read; any other archive (a ``--py-files`` one) is left as it is. Cheap to call again (each
    task's function does: a package first imported since has its importer replaced too)."""
    import sys
    import zipimport

    sys.path[:] = [p for p in sys.path if not (isinstance(p, str) and p.endswith(".jar"))]
    for key, finder in list(sys.path_importer_cache.items()):
        if type(finder) is not zipimport.zipimporter:
            continue
        archive = finder.archive
        if archive.endswith(".jar"):
            del sys.path_importer_cache[key]
        elif archive.rpartition("/")[2].startswith(SPARK_ARCHIVES):
            sys.path_importer_cache[key] = _KeptListing(key)


class _KeptListing(zipimport.zipimporter):
    """A zip importer that does not read its archive's listing again when import caches are
    invalidated (``settle_imports``: for archives that do not change)."""

    def invalidate_caches(self) -> None:
        return None


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
