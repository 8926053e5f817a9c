"""Stated values parsed inside Spark's executors (the Spark engine's normalize stage).

The driver factorizes the stated values into their distinct (value, lang) keys, as the pandas
engine does (``reconcile.claims.build``); this module sends those keys to Spark and parses
them there with a pandas UDF that calls the one parse entry point,
``reconcile.claims.build.parse_keys``, so each value is read by the same parser with the same
project settings (tolerance, bands). A value the parser refuses comes back as a null row; the
driver parses it again for the error's words, file and line, as it does with its helper
process.

No ``from __future__ import annotations`` here: Spark reads the UDF's type hints (a Series of
values and one of languages in, a DataFrame of the parsed fields out) as objects.
"""
from typing import Any

import pandas as pd

from reconcile.engine.frames import to_spark
from reconcile.model.records import QuantityConfig

__all__ = ["VALUE_TYPE", "parse_on_spark"]

#: the UDF's result: ``reconcile.claims.build.VALUE_ROW`` and whether the value parsed
VALUE_TYPE = ("parsed boolean, lower double, upper double, lower_inclusive boolean, upper_inclusive boolean, "
              "qualifier string, text string, lang string, unit string")
_FIELDS = ("lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier", "text", "lang", "unit")


def _parse_batch(config: QuantityConfig) -> Any:
    """The function the UDF runs on a batch of distinct values (in an executor)."""
    def parse_batch(values: pd.Series, langs: pd.Series) -> pd.DataFrame:
        from reconcile.claims.build import VALUE_ROW, parse_keys

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
