"""The one way reconcile writes numbers and intervals, in every format (headers, explanations,
tables, charts): 1,234,567 / 1,111,010.3 / 4.6 / (500, ∞) / [95,000, 150,000].

Never scientific notation for a count; an unbounded side is ∞ (−∞ below).
"""
from __future__ import annotations

import math
from typing import Any, Mapping

INFINITY = "\u221e"
MINUS = "\u2212"
#: below this a float's integer value is exact, and JSON writes it as an int
_EXACT = 2**53


def plain_number(value: Any) -> int | float | None:
    """A JSON-safe number: None for NaN/None/inf, int when integral, else float."""
    if value is None:
        return None
    if type(value) is not float:   # an int, a bool, a numpy scalar: a plain float first
        value = float(value)
    if value - value != 0.0:   # NaN or ±inf (a report writes millions of numbers: one test, not two calls)
        return None
    if value.is_integer() and -_EXACT < value < _EXACT:
        return int(value)
    return value


def format_number(value: Any, *, low: bool = False) -> str:
    """A number as people read it: 1,200 / 1,111,010.3 / 4.6 / 0.0012; None or ±inf is ∞
    (−∞ when ``low``, for a lower bound, or when negative)."""
    if type(value) is float and value.is_integer():   # most numbers a report writes: no more tests needed
        text = f"{int(value):,}"
        return text if value >= 0 else text.replace("-", MINUS)
    if isinstance(value, bool):
        return str(value).lower()
    if value is None or value in (math.inf, -math.inf):
        return MINUS + INFINITY if low or (value is not None and value < 0) else INFINITY
    number = float(value)
    if math.isnan(number):
        return ""
    if number.is_integer():
        return f"{int(number):,}".replace("-", MINUS)
    if abs(number) >= 1:
        text = f"{number:,.2f}".rstrip("0").rstrip(".")
    else:
        text = f"{number:.4g}"
        if "e" in text:
            text = f"{number:.12f}".rstrip("0").rstrip(".")
    return text.replace("-", MINUS)


def interval_text(lower: Any, upper: Any, lower_inclusive: bool, upper_inclusive: bool) -> str:
    """An interval in math notation: 109 (a point), (500, ∞), [95,000, 150,000]; a bound that is
    None or infinite is unbounded."""
    lower = None if lower is None or lower == -math.inf else lower
    upper = None if upper is None or upper == math.inf else upper
    if lower is not None and lower == upper:
        return format_number(lower)
    left = "[" if lower_inclusive and lower is not None else "("
    right = "]" if upper_inclusive and upper is not None else ")"
    return f"{left}{format_number(lower, low=True)}, {format_number(upper)}{right}"


def claim_interval(claim: Mapping[str, Any]) -> str:
    """A claim's (or any mapping's) ``lower``/``upper``/inclusivity as ``interval_text``."""
    return interval_text(claim.get("lower"), claim.get("upper"), bool(claim.get("lower_inclusive")),
                         bool(claim.get("upper_inclusive")))
