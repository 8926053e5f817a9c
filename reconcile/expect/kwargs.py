"""A suite's kwargs as GX needs them: values written as a person writes them, compared with the
columns as the validation frame holds them (both engines build their expectations with ``gx_kwargs``).

- Population tags and criteria are slugs in the claims (``claims.build``: "niños" is "ninos",
  "fallecidos-en-región" is "fallecidos-en-region"). A suite's values for those columns are
  folded the same way, so a suite written with the sources' spelling checks what they say.
  The suite keeps its own spelling (its description, Data Docs); ``slug_changes`` says what
  was folded, for the description of a failure.
- A date "2019-03-07" compared with a date column (``as_of_date``) becomes a date and time:
  GX turns a bare date bound into ``datetime.date`` and compares a value set's text as it is;
  neither ever equals a datetime64 value, so every claim failed without an error.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import pandas as pd

from reconcile.model.names import population_words, slugify

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}")
#: kwargs that hold values compared with the column's (not bounds, regexes or types)
_VALUE_KWARGS = ("value_set", "value")


def _population(text: str) -> str:
    """Tags as the validation frame joins them: each a slug, sorted, joined by ","."""
    tags = {slugify(tag) for tag in population_words(text) if tag.strip()}
    return ",".join(sorted(tags)) if tags and "" not in tags else text


def _criterion(text: str) -> str:
    return slugify(text) or text


#: columns whose values reconcile writes as slugs, and how a value written in a suite is folded
FOLDED_COLUMNS: dict[str, Callable[[str], str]] = {"population": _population, "criterion": _criterion}


def _fold(column: Any, value: Any, changes: dict[str, str]) -> Any:
    fold = FOLDED_COLUMNS.get(column) if isinstance(column, str) else None
    if fold is None:
        return value
    if isinstance(value, list):
        return [_fold(column, item, changes) for item in value]
    if isinstance(value, str):
        slug = fold(value)
        if slug != value:
            changes[value] = slug
        return slug
    return value


def _fold_condition(condition: Any, changes: dict[str, str]) -> Any:
    """A row condition with the parameters of comparisons on folded columns folded."""
    if not isinstance(condition, dict):
        return condition
    out = dict(condition)
    column = condition.get("column")
    if condition.get("type") == "comparison" and isinstance(column, dict) and "parameter" in condition:
        out["parameter"] = _fold(column.get("name"), condition["parameter"], changes)
    if isinstance(condition.get("conditions"), list):
        out["conditions"] = [_fold_condition(part, changes) for part in condition["conditions"]]
    return out


def folded(kwargs: dict[str, Any], changes: dict[str, str] | None = None) -> dict[str, Any]:
    """``kwargs`` with the values compared with population or criterion folded as the claims'
    are; ``changes`` (when given) receives each value that changed, as written -> as compared."""
    changes = {} if changes is None else changes
    out = dict(kwargs)
    for key in _VALUE_KWARGS:
        if key in out:
            out[key] = _fold(kwargs.get("column"), out[key], changes)
    if "row_condition" in out:
        out["row_condition"] = _fold_condition(out["row_condition"], changes)
    return out


def slug_changes(kwargs: dict[str, Any]) -> dict[str, str]:
    """The values of ``kwargs`` that are compared folded (written -> compared), in order."""
    changes: dict[str, str] = {}
    folded(kwargs, changes)
    return changes


def _as_datetime(value: Any) -> Any:
    if isinstance(value, str) and _DATE_ONLY.fullmatch(value):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:   # not a calendar date ("2019-02-30"): no claim has it, as written
            return value
    return value


def gx_kwargs(kwargs: dict[str, Any], frame: pd.DataFrame) -> dict[str, Any]:
    """Kwargs as GX needs them on ``frame`` (or a frame with its columns' types): values for
    population and criterion folded; on a date column, a bound "2019-03-07" written as
    "2019-03-07T00:00:00" (GX parses a bound's text, and a bare date would stay a date), and
    the dates of a value set as datetimes (GX's in_set compares them as they are; a naive
    datetime, as the "today" parameter, is a TIMESTAMP_NTZ on Spark)."""
    out = folded(kwargs)
    column = out.get("column")
    if column in frame.columns and pd.api.types.is_datetime64_any_dtype(frame[column].dtype):
        for key in ("min_value", "max_value", "value"):
            value = out.get(key)
            if isinstance(value, str) and _DATE_ONLY.fullmatch(value):
                out[key] = f"{value}T00:00:00"
        if isinstance(out.get("value_set"), list):
            out["value_set"] = [_as_datetime(value) for value in out["value_set"]]
    return out
