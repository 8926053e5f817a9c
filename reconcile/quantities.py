"""Stated values -> intervals (SPEC.md §4), English and Spanish. (work in progress)"""
from __future__ import annotations

import functools

from ._numlex import tokenize
from ._numparse import scan_numbers
from .errors import QuantityError
from .model import Mention, Quantity, QuantityConfig


def detect_lang(text: str) -> str:
    return "en"


def find_quantities(text: str, lang: str | None = None,
                    config: QuantityConfig = QuantityConfig(), *, model: str | None = None) -> list[Mention]:
    lang = lang or detect_lang(text)
    lg = "en" if lang == "es-MX" else lang
    toks = tokenize(text, lg)
    out = []
    for nm in scan_numbers(toks, lg):
        if toks[nm.i1 - 1].attached is not None and nm.i1 - nm.i0 == 1:
            continue
        v = float(nm.value)
        out.append(Mention(v, v, True, True, "exact", text[toks[nm.i0].start:toks[nm.i1 - 1].end],
                           lang, None, toks[nm.i0].start, toks[nm.i1 - 1].end))
    return out


@functools.lru_cache(maxsize=65536)
def _parse_text(text: str, lang: str | None, config: QuantityConfig) -> Quantity:
    ms = find_quantities(text, lang, config)
    if len(ms) != 1:
        raise QuantityError(text)
    m = ms[0]
    return Quantity(m.lower, m.upper, m.lower_inclusive, m.upper_inclusive, m.qualifier, text, m.lang, m.unit)


def parse_quantity(value, lang=None, config: QuantityConfig = QuantityConfig()) -> Quantity:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        v = float(value)
        return Quantity(v, v, True, True, "exact", str(value), lang or "en")
    return _parse_text(str(value).strip(), lang, config)
