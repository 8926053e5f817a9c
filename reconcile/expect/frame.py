"""The validation frame: the claims frame reshaped for GX, same row index (hence file:line)."""
from __future__ import annotations

import datetime
import math
from typing import Any

import numpy as np
import pandas as pd

from reconcile.claims.columns import map_distinct
from reconcile.expect.suite import DERIVED_COLUMNS

_DATE_FORMAT = "%Y-%m-%d"
_DATE_PATTERN = r"\d{4}-\d{2}-\d{2}"


def validation_frame(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims as GX checks them, same row index (hence file:line), sorted in file order.

    The row index is kept when it is unique (a RangeIndex replaces a duplicated one); each row
    keeps its own file, line and id, which is what failures are reported with.

    Changes from the claims frame: ``population`` is its tags joined with "," (None when
    unspecified); ``line`` is int64 (nullable Int64 if a line is missing); ``lower``/``upper``
    are float64; ``as_of_date`` / ``stated_on_date`` are the ISO strings parsed to
    ``datetime64[ns]`` (NaT when missing, not written YYYY-MM-DD or not a real calendar date;
    the strings stay in ``as_of``/``stated_on``). Parsing is done once per distinct value
    (factorize), so a million claims with a few hundred dates is cheap.
    """
    frame = claims.copy(deep=False)
    if not frame.index.is_unique:  # failures map back by row label: labels must be unique
        frame = frame.reset_index(drop=True)
    if "population" in frame:
        frame["population"] = map_distinct(frame["population"], _join_tags).astype("str")
    for column in ("lower", "upper"):
        if column in frame:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    if "line" in frame:
        line = pd.to_numeric(frame["line"], errors="coerce")
        frame["line"] = line.astype("int64") if not line.isna().any() else line.astype("Int64")
    for column, derived in zip(("as_of", "stated_on"), DERIVED_COLUMNS):
        if column in frame:
            frame[derived] = _parse_dates(frame[column])
    if "file" in frame and "line" in frame and len(frame) > 1:
        frame = _in_file_order(frame)
    return frame


def _join_tags(value: Any) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if isinstance(value, str):
        return value or None
    tags = [str(tag) for tag in value]
    return ",".join(sorted(tags)) or None


def _parse_dates(series: pd.Series) -> pd.Series:
    """ISO dates -> datetime64[ns]; NaT for missing, malformed ("2019-3-7") or unreal ("02-30").

    The unit is nanoseconds on purpose: GX 1.24's between check is vectorized only for
    datetime64[ns] (``is_datetime64_ns_dtype``); on [s] or [us] it calls a Python function per
    row, about 2.5 s per million claims. Dates outside the [ns] range (years before 1677 or
    after 2262, typos in practice) are clipped to its ends so "not in the future" still holds
    or fails as it should; the sample shows the date as written.
    """
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    strings = pd.Series(uniques, dtype="str")
    # a month (2019-07) or a year (2019) is a period (SPEC.md §2): checked as its first day
    strings = strings.str.replace(r"^(\d{4}-\d{2})$", r"\1-01", regex=True).str.replace(r"^(\d{4})$", r"\1-01-01",
                                                                                          regex=True)
    strings = strings.where(strings.str.fullmatch(_DATE_PATTERN))
    parsed = pd.to_datetime(strings, format=_DATE_FORMAT, errors="coerce").astype("datetime64[s]")
    low, high = pd.Timestamp.min.ceil("s"), pd.Timestamp.max.floor("s")
    parsed = parsed.clip(lower=low, upper=high).astype("datetime64[ns]").to_numpy()
    parsed = np.append(parsed, np.datetime64("NaT", "ns"))
    values = parsed[np.where(codes < 0, len(uniques), codes)]
    return pd.Series(values, index=series.index, dtype="datetime64[ns]")


def _in_file_order(frame: pd.DataFrame) -> pd.DataFrame:
    """Sort by (file, line) so GX's first N failing rows are the first N in the files."""
    file_codes, _ = pd.factorize(frame["file"].astype("str"), sort=True)
    line = frame["line"].fillna(-1).to_numpy(dtype="int64")
    order = np.lexsort((line, file_codes))
    if np.array_equal(order, np.arange(len(order))):
        return frame
    return frame.take(order)


def text(value: Any) -> str:
    if value is None or value is pd.NaT:
        return "null"
    if isinstance(value, float | np.floating):
        if math.isnan(value):
            return "null"
        if float(value).is_integer() and abs(float(value)) < 2**53:
            return str(int(value))
        return repr(float(value))
    if isinstance(value, pd.Timestamp | datetime.datetime):
        return value.date().isoformat() if not pd.isna(value) else "null"
    if isinstance(value, np.generic):
        return str(value.item())
    if isinstance(value, list | tuple):
        return "[" + ", ".join(text(v) for v in value) + "]"
    try:
        if pd.isna(value):
            return "null"
    except (TypeError, ValueError):
        pass
    return str(value)


