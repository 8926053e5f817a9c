"""Stated values parsed inside Spark's executors (the Spark engine's normalize stage).

The driver factorizes the stated values into their distinct (value, lang) keys, as the pandas
engine does (``reconcile.claims.build``); this module sends those keys to Spark and parses
them there with a pandas UDF that calls the one parse entry point,
``reconcile.claims.build.parse_keys``, so each value is read by the same parser with the same
project settings (tolerance, bands). A value the parser refuses comes back as a null row; the
driver parses it again for the error's words, file and line, as it does with its helper
process.

Places, criteria, populations, dates, via and cites are normalized there too
(``map_on_spark``): the distinct written values of each field go to the executors with the
function the driver would apply (``reconcile.claims.columns.Mapped``), and the results come back
pickled; what is not text (a YAML list or mapping) is mapped on the driver, where its kind is
known.

No ``from __future__ import annotations`` here: Spark reads the UDF's type hints (a Series of
values and one of languages in, a DataFrame of the parsed fields out) as objects.
"""
import pickle
from typing import Any, Callable, Iterator

import pandas as pd

from reconcile.engine.frames import settle_imports, to_spark
from reconcile.model.records import QuantityConfig

__all__ = ["VALUE_TYPE", "map_on_spark", "parse_on_spark"]

#: the UDF's result: ``reconcile.claims.build.VALUE_ROW`` and whether the value parsed
VALUE_TYPE = ("parsed boolean, lower double, upper double, lower_inclusive boolean, upper_inclusive boolean, "
              "qualifier string, text string, lang string, unit string")
_FIELDS = ("lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier", "text", "lang", "unit")


def _parse_batch(config: QuantityConfig) -> Any:
    """The function the UDF runs on a batch of distinct values (in an executor)."""
    def parse_batch(values: pd.Series, langs: pd.Series) -> pd.DataFrame:
        from reconcile.claims.build import VALUE_ROW, parse_keys

        settle_imports()
        assert VALUE_ROW == _FIELDS, VALUE_ROW  # the UDF's type names them in this order
        keys = [(value, lang if isinstance(lang, str) else None)
                for value, lang in zip(values.tolist(), langs.tolist())]
        rows = parse_keys(keys, config)
        empty = (None,) * len(_FIELDS)
        columns = list(zip(*[row or empty for row in rows])) if rows else [()] * len(_FIELDS)
        out = {"parsed": [row is not None for row in rows]}
        for name, column in zip(_FIELDS, columns):
            out[name] = list(column)
        frame = pd.DataFrame(out, index=values.index)
        for name in ("lower", "upper"):  # an unbounded side is a null; a number a double
            frame[name] = pd.array([None if v is None else float(v) for v in frame[name]], dtype="Float64")
        for name in ("lower_inclusive", "upper_inclusive", "parsed"):
            frame[name] = pd.array(frame[name].tolist(), dtype="boolean")
        for name in ("qualifier", "text", "lang", "unit"):
            frame[name] = frame[name].astype(object)
        return frame

    return parse_batch


def parse_on_spark(spark: Any, keys: list, config: QuantityConfig) -> list:
    """``parse_keys(keys, config)``, computed by Spark: one row per key, in order (a tuple of
    ``VALUE_ROW``, or None for a key that is None or that the parser refuses)."""
    from pyspark.sql.functions import col, pandas_udf


    present = [(position, key[0], key[1]) for position, key in enumerate(keys) if key is not None]
    rows: list = [None] * len(keys)
    if not present:
        return rows
    frame = pd.DataFrame(present, columns=["position", "value", "lang"]).astype(
        {"position": "int64", "value": object, "lang": object})
    parse = pandas_udf(_parse_batch(config), returnType=VALUE_TYPE)  # type: ignore[call-overload]
    df = to_spark(spark, frame)
    parsed = (df.select("position", parse(col("value"), col("lang")).alias("q"))
              .select("position", "q.*").toPandas())
    for values in parsed.itertuples(index=False, name=None):
        position, ok, fields = values[0], values[1], values[2:]
        if ok:
            rows[position] = tuple(None if _missing(v) else v for v in fields)
    return rows


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and value != value)


def map_on_spark(spark: Any) -> Callable[[Callable[[Any], Any], list], list]:
    """A ``reconcile.claims.columns.Mapper`` that applies the function to the text values in
    Spark's executors (``mapInPandas``), and to the others here."""
    def mapper(function: Callable[[Any], Any], values: list) -> list:
        results: list = [None] * len(values)
        texts = [(position, value) for position, value in enumerate(values) if isinstance(value, str)]
        for position, value in enumerate(values):
            if not isinstance(value, str):
                results[position] = function(value)
        if not texts:
            return results

        def apply(batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
            settle_imports()
            for batch in batches:
                yield pd.DataFrame({"position": batch["position"],
                                    "result": [pickle.dumps(function(v), protocol=pickle.HIGHEST_PROTOCOL)
                                               for v in batch["value"]]})

        frame = pd.DataFrame(texts, columns=["position", "value"]).astype({"position": "int64", "value": object})
        done = to_spark(spark, frame).mapInPandas(apply, "position long, result binary").toPandas()
        for position, result in zip(done["position"].tolist(), done["result"].tolist()):
            results[position] = pickle.loads(result)
        return results

    return mapper
