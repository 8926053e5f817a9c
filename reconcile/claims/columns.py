"""Column-wise checks for the claims frame: a function once per distinct value (``Mapped``),
blank and text tests over a million cells, and errors that point at the first offending claim
(``Located``), with its file, line and field.
"""
from __future__ import annotations

import datetime

from typing import Any, Callable

import numpy as np
import pandas as pd

from reconcile.errors import InputError

__all__ = ["MAPPING", "Located", "Mapped", "Mapper", "NotText", "is_blank", "map_distinct", "map_here", "scalar_text",
           "shared_list", "value_text"]

#: how ``Mapped`` applies its function to the distinct values: ``mapper(function, values)``, one
#: result per value, in order (``map_here``; the Spark engine's runs it in the executors)
Mapper = Callable[[Callable[[Any], Any], list], list]


def map_here(function: Callable[[Any], Any], values: list) -> list:
    """``function`` of each value, in this process."""
    return [function(value) for value in values]


class Located:
    """Errors that point at the first offending claim of a mask."""

    def __init__(self, raw: pd.DataFrame) -> None:
        self.raw = raw

    def where(self, index: Any, field: str) -> dict[str, Any]:
        row = self.raw.loc[index]
        lines = row["_lines"]
        line = lines.get(field, row["_line"]) if isinstance(lines, dict) else row["_line"]
        return {"file": row["_file"], "line": int(line), "field": field}

    def fail(self, mask: pd.Series, field: str, message: Callable[[Any], str], hint: str | None = None,
             error: type[InputError] = InputError) -> None:
        if mask.any():
            index = mask.idxmax()
            column = field if field in self.raw.columns else f"_{field}"
            raise error(message(self.raw.at[index, column]), **self.where(index, field), hint=hint)


def is_blank(series: pd.Series) -> pd.Series:
    """Missing, empty or only spaces; tested once per distinct value."""
    try:
        codes, uniques = pd.factorize(series, use_na_sentinel=True)
    except TypeError:  # lists (YAML) are not hashable, and never blank
        return series.isna() | (series.astype(str).str.strip() == "")
    blank = np.fromiter((not str(u).strip() for u in uniques), dtype=bool, count=len(uniques))
    return pd.Series(np.append(blank, True)[codes], index=series.index)


def shared_list(column: pd.Series) -> list:
    """The column's values as a list with one object per distinct value (``tolist`` of a string
    column makes a new str per row: a million claims held a million copies of each source id);
    a missing value is None."""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=object)
    table[:-1] = list(uniques)
    table[-1] = None    # code -1: missing
    return table[codes].tolist()


MAPPING = object()  # the key of a YAML mapping where a value was expected


def _key(value: Any) -> Any:
    if isinstance(value, list):
        return tuple(_key(v) for v in value)
    if isinstance(value, dict):
        return MAPPING
    return value


class Mapped:
    """``function`` applied once per distinct value of a column (pandas' factorize), expanded
    back with a numpy take: a million claims cost as much as their distinct values."""

    def __init__(self, series: pd.Series, function: Callable[[Any], Any], mapper: Mapper | None = None) -> None:
        try:
            codes, uniques = pd.factorize(series, use_na_sentinel=True)
        except TypeError:  # lists (YAML) are not hashable: key them as tuples
            codes, uniques = pd.factorize(pd.Series([_key(v) for v in series], dtype=object),
                                          use_na_sentinel=True)
        self.results = np.empty(len(uniques) + 1, dtype=object)
        self.results[:-1] = (mapper or map_here)(function, list(uniques))
        self.results[-1] = function(None)  # code -1: missing
        self.codes = codes
        self.index = series.index

    @property
    def series(self) -> pd.Series:
        return pd.Series(self.results[self.codes], index=self.index, dtype=object)

    def mask(self, predicate: Callable[[Any], bool]) -> pd.Series:
        flags = np.fromiter((bool(predicate(r)) for r in self.results), dtype=bool, count=len(self.results))
        return pd.Series(flags[self.codes], index=self.index)


def map_distinct(series: pd.Series, function: Callable[[Any], Any], mapper: Mapper | None = None) -> pd.Series:
    """``function`` of each value of ``series`` (``function(None)`` for a missing one), called
    once per distinct value (``Mapped``); an object Series on the same index."""
    return Mapped(series, function, mapper).series


class NotText:
    def __init__(self, kind: str) -> None:
        self.kind = kind


def _as_text(value: Any) -> Any:
    if isinstance(value, tuple):
        return NotText("list")
    if value is MAPPING:
        return NotText("mapping")
    return None if value is None or str(value).strip() == "" else str(value)


def value_text(value: Any) -> Any:
    """A stated value as text to parse ("500" for the number 500); a list or mapping is not one."""
    if isinstance(value, tuple):
        return NotText("list")
    if value is MAPPING:
        return NotText("mapping")
    if isinstance(value, bool):  # YAML's yes/no/true/false
        return NotText("yes/no value")
    if isinstance(value, (datetime.date, datetime.time)):
        # a spreadsheet's cell made a date of "3-7" or "1/2" (or YAML of 2019-03-07): no figure in it
        return NotText(f"date ({value.isoformat()}; a spreadsheet may have turned the figure into a date: format "
                       "the column as text and write it again)")
    return value if isinstance(value, str) or value is None else str(value)


def scalar_text(located: Located, raw: pd.DataFrame, name: str) -> pd.Series:
    column = raw[name]
    inferred = pd.api.types.infer_dtype(column, skipna=True)
    if inferred == "empty":  # nothing written in this column
        return pd.Series(np.full(len(column), None, dtype=object), index=column.index)
    if inferred == "string":  # no lists or mappings
        values = column.to_numpy(dtype=object)  # one pass: factorizing ids or quotes cost more
        keep = np.fromiter((isinstance(v, str) and not v.isspace() and v != "" for v in values),
                           dtype=bool, count=len(values))
        return column.astype(object).where(pd.Series(keep, index=column.index), None)
    mapped = Mapped(column, _as_text)
    bad = mapped.mask(lambda v: isinstance(v, NotText))
    if bad.any():
        kind = mapped.series[bad].iloc[0].kind
        located.fail(bad, name, lambda v: f'field "{name}" must be text, not a {kind}')
    return mapped.series
