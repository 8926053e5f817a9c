"""Distinct (value, lang) keys -> parsed rows: the work a helper process (or Spark's executors) does
while ``build`` normalizes the claims.

Kept apart from ``build`` and free of pandas and numpy, so that a spawned helper process imports
only the parser: importing ``build`` there cost the helper some 0.5 s CPU and 90 MB of pandas it
never used.
"""
from __future__ import annotations

from typing import Any

from reconcile.errors import QuantityError
from reconcile.model.records import QuantityConfig
from reconcile.quantities.parse import parse_in_likely, parse_quantity

#: marks a language of a value key taken from the claim's quote, not written in its ``lang``
LIKELY = "~"
#: the fields of a parsed value's row, in order (``parse_keys``)
VALUE_ROW = ("lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier", "text", "lang", "unit")


def parse_keys(keys: list, config: QuantityConfig) -> list:
    """The parse entry point for many distinct (value, lang) keys, wherever it runs (here, a
    helper process, Spark's executors): each Quantity as a plain tuple (``VALUE_ROW``; ten
    times cheaper to send back than the dataclass), each error as None (the caller parses
    those again to get the error)."""
    return [as_row(parse_key(key, config)) for key in keys]


def parse_key(key: tuple[str, str | None] | None, config: QuantityConfig) -> Any:
    """The Quantity of a (value, lang) key, or the QuantityError (returned, not raised)."""
    if key is None:
        return None
    value, language = key
    try:
        if language and language.startswith(LIKELY):  # the quote's language, not one written
            return parse_in_likely(value, language[len(LIKELY):], config)
        return parse_quantity(value, language or None, config)
    except QuantityError as exc:
        return exc


def as_row(quantity: Any) -> tuple | None:
    """A parsed Quantity as a ``VALUE_ROW`` tuple; None for no value or an error."""
    if quantity is None or isinstance(quantity, QuantityError):
        return None
    q = quantity
    return (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier, q.text, q.lang, q.unit)
