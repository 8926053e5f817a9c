"""Plain figures: the shapes a data desk's tables write most ("4818", "4,517", "12.5"), read at once.

The reader (``parse._read_text``) tokenizes a stated value, scans it for numbers, looks for
qualifiers, ranges, units and slips, and checks the result against the other language: some 100
us a value. A figure alone in the language given needs none of that: its value is the digits. The
shapes here are those for which the reader gives exactly that (``tests/quantities`` compares both
on generated figures of every length, with leading zeros, signs, separators and decimals):

- digits with no leading zero, 15 at most (every such integer is exact as a float);
- the same grouped in thousands, by commas in English ("4,517") and by dots in Spanish
  ("4.517"), one to four groups;
- either of those, or a zero, with a decimal part (a dot in English, a comma in Spanish) of other
  than three digits ("4,517" in Spanish is 4.517, in English 4,517: the reader's), 15 digits at
  most in all.

A regional tag ("es-MX", "en-GB") writes its figures its region's way: the reader's. No language
(the reader detects it, and "1.200" then reads as a guess) is the reader's too.

The other half of a desk's values is one such figure after a qualifier phrase of §4, in the
language given ("about 4818", "more than 4,517", "unos 4.517", "between 1423 and 1571"):
``qualified_shape`` gives the reader's hit for it (its operator and bounds before the project's
tolerance), which ``parse`` turns into an interval with the reader's own arithmetic. A phrase in
the other language ("unos 500" in English: an error), other spacing or capitals, and figures that
are no plain figure stay with the reader; so does a range whose ends are not in order, or are not
written alike (both in digits alone, or both with a separator).
"""
from __future__ import annotations

import re

from reconcile.model.records import Quantity

__all__ = ["figure_value", "plain_figure", "qualified_shape"]

#: ASCII digits only: "\d" would take "５", which the reader reads as the ASCII it stands for
_WHOLE = r"[1-9][0-9]{0,14}"
#: a decimal part, but not of three digits: "4,517" is 4.517 in Spanish and 4,517 in English, the reader's to tell
_PART = r"(?:[0-9]{1,2}|[0-9]{4,14})"
_SHAPES = {
    "en": (re.compile(rf"{_WHOLE}|[1-9][0-9]{{0,2}}(?:,[0-9]{{3}}){{1,4}}"),
           re.compile(rf"(?:0|{_WHOLE}|[1-9][0-9]{{0,2}}(?:,[0-9]{{3}}){{1,4}})\.{_PART}"), ",", "."),
    "es": (re.compile(rf"{_WHOLE}|[1-9][0-9]{{0,2}}(?:\.[0-9]{{3}}){{1,4}}"),
           re.compile(rf"(?:0|{_WHOLE}|[1-9][0-9]{{0,2}}(?:\.[0-9]{{3}}){{1,4}}),{_PART}"), ".", ","),
}
#: the most digits a decimal figure may have for its value to be the float of its digits, as the reader's
_DECIMAL_DIGITS = 15


def figure_value(text: str, lang: str) -> float | None:
    """The value of ``text`` when it is a plain figure in ``lang`` ("en" or "es" exactly), else None."""
    shapes = _SHAPES.get(lang)
    if shapes is None:
        return None
    whole, decimal, group, point = shapes
    if whole.fullmatch(text):
        return float(text.replace(group, ""))
    if decimal.fullmatch(text):
        digits = text.replace(group, "").replace(point, ".")
        if len(digits) - 1 - digits.startswith("0") > _DECIMAL_DIGITS:
            return None
        return float(digits)
    return None


def plain_figure(text: str, lang: str | None) -> Quantity | None:
    """The exact point a plain figure states in the language given, as the reader reads it, or None
    for any other text or no language."""
    if lang is None:
        return None
    value = figure_value(text, lang)
    if value is None:
        return None
    return Quantity(value, value, True, True, "exact", text, lang)


#: a qualifier phrase of SPEC §4 before one figure, in its own language: the operator the reader's hit has
_BEFORE = {
    "en": {"more than": "gt", "over": "gt", "at least": "ge", "fewer than": "lt", "less than": "lt", "up to": "le",
           "at most": "le", "about": "approx", "around": "approx", "some": "approx", "nearly": "nearly",
           "almost": "nearly", "just over": "justover"},
    "es": {"más de": "gt", "al menos": "ge", "menos de": "lt", "hasta": "le", "unos": "approx", "cerca de": "approx",
           "alrededor de": "approx", "casi": "nearly", "poco más de": "justover"},
}
#: the reader's hit of each operator over the figure v: (lower, upper, lower inclusive, upper inclusive) as
#: (v or None, v or None, ...)
_HIT = {"gt": (True, False, False, False), "ge": (True, False, True, False), "lt": (False, True, False, False),
        "le": (False, True, False, True), "approx": (True, True, True, True), "nearly": (True, True, True, True),
        "justover": (True, True, True, True)}
#: a range's words around its two figures
_BETWEEN = {"en": ("between ", " and "), "es": ("entre ", " y ")}


def qualified_shape(text: str, lang: str) -> tuple[str, float | None, float | None, bool, bool] | None:
    """The reader's hit for a qualifier phrase and one plain figure, or a range of two in order, in
    ``lang`` ("en" or "es" exactly): (operator, lower, upper, lower inclusive, upper inclusive), before
    the tolerance; None for any other text."""
    before = _BEFORE.get(lang)
    if before is None:
        return None
    opening, joint = _BETWEEN[lang]
    if text.startswith(opening):
        first, _, second = text[len(opening):].partition(joint)
        lower, upper = figure_value(first, lang), figure_value(second, lang)
        if lower is None or upper is None or not lower < upper or first.isdigit() != second.isdigit():
            return None       # (ends written two ways, "between 2019 and 2,020", are a year and a count: the reader's)
        return "range", lower, upper, True, True
    phrase, _, figure = text.rpartition(" ")
    op = before.get(phrase)
    if op is None:
        return None
    value = figure_value(figure, lang)
    if value is None:
        return None
    has_lower, has_upper, lower_inclusive, upper_inclusive = _HIT[op]
    return op, value if has_lower else None, value if has_upper else None, lower_inclusive, upper_inclusive
