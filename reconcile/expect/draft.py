"""A draft topic suite from the claims at hand: observed ranges, sets and formats.

The draft is a starting point a person edits (widen the ranges, drop what is incidental), then
saves as ``expectations/<topic-id>.json``. It is plain data in the suite file format
(expect_suite), so ``json.dump`` it and ``load_suite`` reads it back.
"""
from __future__ import annotations

from typing import Any

import pandas as pd

from reconcile.errors import ExpectationError
from reconcile.expect.frame import text, validation_frame
from reconcile.model.names import SLUG_RE
from reconcile.model.numbers import plain_number

#: A set with more distinct values than this is not suggested (it would be a list, not a rule).
MAX_SET = 30
#: the one slug rule (model.names), anchored for GX, which searches rather than matches
_SLUG = f"^{SLUG_RE.pattern}$"
_URL = r"^https?://"


def suggest_suite(claims: pd.DataFrame, topic: str) -> dict[str, Any]:
    """A draft suite for one topic's claims, as the JSON-able dict a person edits."""
    if "topic" not in claims:
        raise ExpectationError("the claims have no topic column", hint="pass the claims frame")
    rows = claims[claims["topic"] == topic]
    if rows.empty:
        known = ", ".join(sorted(map(str, claims["topic"].dropna().unique()))) or "none"
        raise ExpectationError(f"no claims of topic {topic!r} to draft a suite from",
                               hint=f"topics with claims: {known}")
    frame = validation_frame(rows)
    expectations: list[dict[str, Any]] = []

    def add(type_: str, description: str, **kwargs: Any) -> None:
        expectations.append({"type": type_, "kwargs": kwargs, "description": description})

    # the range of the totals: a breakdown's parts are smaller by design, and the report calls them
    # breakdown-consistent, so a range drawn over totals and checked on parts failed every new part
    parts = frame["part_of"].notna() if "part_of" in frame else pd.Series(False, index=frame.index)
    totals_only = bool(parts.any() and not parts.all())
    for column in ("lower", "upper"):
        values = frame.loc[~parts, column].dropna() if totals_only else frame[column].dropna()
        if len(values):
            low, high = plain_number(values.min()), plain_number(values.max())
            condition = {"row_condition": {"type": "nullity", "column": {"name": "part_of"}, "is_null": True}} \
                if totals_only else {}
            add("expect_column_values_to_be_between",
                f"{column} within the observed range [{text(low)}, {text(high)}]"
                + (" of the totals (claims with no part_of)" if totals_only else "") + " (widen as needed)",
                column=column, min_value=low, max_value=high, **condition)
    for column in ("population", "criterion", "place", "qualifier"):
        values = sorted(map(str, frame[column].dropna().unique())) if column in frame else []
        if 0 < len(values) <= MAX_SET:
            shown = values[0] if len(values) == 1 else f"one of the {len(values)} observed values"
            add("expect_column_values_to_be_in_set",
                f"{column} is {shown}" + (" (population tags joined with \",\")"
                                          if column == "population" else ""),
                column=column, value_set=values)
    for column in ("as_of", "stated_on"):
        dates = frame[f"{column}_date"].dropna()
        if len(dates):
            # from the first date only: the next day's update is no error, and claims.json already
            # refuses a date in the future; a year mistyped into the past ("1919") still fails
            first = dates.min().date().isoformat()
            add("expect_column_values_to_be_between",
                f"{column} on or after the first observed date {first} (widen as needed)",
                column=f"{column}_date", min_value=first)
    for column, regex, what in (("criterion", _SLUG, "a lowercase slug"),
                                ("url", _URL, "an http(s) address")):
        values = frame[column].dropna().astype("str")
        if len(values) and values.str.contains(regex, regex=True).all():
            add("expect_column_values_to_match_regex", f"{column} is {what}",
                column=column, regex=regex)
    add("expect_column_values_to_be_unique", "ids are unique within the topic", column="id")
    return {"name": topic, "topic": topic, "expectations": expectations}

