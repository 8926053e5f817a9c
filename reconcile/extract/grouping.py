"""Thousands written with a comma in Spanish text ("1,620 muertes", "12,500 damnificados"), as
the press of Mexico, Central America and others writes them.

SPEC §4 reads "1,620" in Spanish as 1.62 (the value field's contract, which ``parse_quantity``
keeps). Extract reads such a figure as the whole number only when the article itself writes
thousands that way: a figure of one to three digits followed by groups of exactly three
(``d{1,3}(,ddd)+``, no other decimal, no scale word after it: "1,5 millones" and "1,500
millones" are left to the parser), a count, in an article whose comma-grouped figures outnumber its
period-grouped ones ("1.200"), or that has none of those; a measure ("más de 106,000 hectáreas") too
where the article has two such figures or more and no decimal comma (``measures_in_thousands``);
in an article that writes thousands both ways, a figure that counts a noun it names ("1,620
muertes", "1,620 personas": 1.62 deaths is no count) is read so too, its note saying the
article mixes both. The proposal's value is then written so that it parses to the whole number, the quote keeps the
text as written, and the note says how the figure was read.

A figure written as two alternatives, "6 o 7 cuadras", "two or three thousand people" (``alternatives``), is one
stated value, their span (SPEC §4's parser reads "A or B" so), not two figures of one statement that conflict.
"""
from __future__ import annotations

import dataclasses
import math
import re

from reconcile.errors import QuantityError
from reconcile.quantities.parse import parse_quantity
from reconcile.quantities.running import Found

__all__ = ["alternatives", "comma_thousands", "measures_in_thousands", "read_thousands"]

_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![.,]?\d)")
_PERIOD_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![.,]?\d)")
_SCALE_AFTER = re.compile(r"\s*(?:de\s+)?(?:mil|mill[oó]n|millones|mill[oó]nes|millardos?|billones?|bill[oó]n)\b",
                          re.I)


def comma_thousands(text: str) -> bool:
    """Whether an article writes thousands with a comma: its comma-grouped figures ("1,620")
    outnumber its period-grouped ones ("1.200"), or it has comma-grouped figures and no
    period-grouped one."""
    commas = len(_COMMA_GROUPED.findall(text))
    periods = len(_PERIOD_GROUPED.findall(text))
    return commas > 0 and (periods == 0 or commas > periods)


# a decimal comma: "magnitud 4,5", "1,75 metros" (not three digits after it)
_DECIMAL_COMMA = re.compile(r"(?<![\d.,])\d+,(?:\d{1,2}|\d{4,})(?![.,]?\d)")


def measures_in_thousands(text: str) -> bool:
    """Whether an article's comma-grouped measures are thousands too: it writes thousands with a comma
    (``comma_thousands``) in two figures or more, and no figure with a decimal comma ("magnitud 4,5": "1,750
    metros" beside it is 1.75)."""
    return comma_thousands(text) and len(_COMMA_GROUPED.findall(text)) >= 2 and not _DECIMAL_COMMA.search(text)


def read_thousands(item: Found, sentence: str, article_commas: bool,
                   measures: bool = False) -> tuple[Found, str, str] | None:
    """A count whose figures are written with thousands commas ("por lo menos 1,620", "entre
    1,200 y 1,500"), read as whole numbers: (the item with its bounds read so, the value as it
    parses to those numbers in Spanish, "por lo menos 1620", the figures as written); None for
    anything else. ``article_commas``: the article writes thousands with a comma
    (``comma_thousands``); in an article that mixes both ways, only a figure that counts a noun
    it names ("1,620 muertes": 1.62 deaths is no count) is read so. ``measures``: a measure's
    figure is read so too ("más de 106,000 hectáreas": ``measures_in_thousands``)."""
    if item.lang != "es" or (item.lower is None and item.upper is None):
        return None
    if not article_commas and item.counted is None:
        return None                               # "el saldo fue de 1,620" in a Spain-style article
    if item.unit not in (None, "people") and not measures:
        return None                               # a measure, where the article may write decimals with a comma
    # (a measure too, in an article that writes thousands so: "más de 106,000 hectáreas": ``measures``)
    figures = list(_COMMA_GROUPED.finditer(item.text))
    if not figures or re.search(r"\d", _COMMA_GROUPED.sub(" ", item.text)):
        return None                               # every figure comma-grouped, no other digit
    if _SCALE_AFTER.match(sentence, item.start + figures[-1].end()):
        return None                               # "1,500 millones": the scale decides, not this reading
    wholes = [(float(f.group().replace(",", ".")), float(f.group().replace(",", ""))) for f in figures
              if f.group().count(",") == 1]       # "1,620" read as 1.62; "12,500,000" the parser reads whole

    def whole(bound: float | None) -> float | None:
        if bound is None:
            return None
        return next((w for d, w in wholes if math.isclose(bound, d, rel_tol=1e-9)), None)

    lower, upper = whole(item.lower), whole(item.upper)
    if len(wholes) == 1 and (item.lower is not None and lower is None or item.upper is not None and upper is None):
        # one figure whose bounds the parser put around it ("cerca de 20,000": 18 to 22): the same bounds
        # around the whole number
        scale = wholes[0][1] / wholes[0][0]
        lower = None if item.lower is None else item.lower * scale
        upper = None if item.upper is None else item.upper * scale
    if (item.lower is not None and lower is None) or (item.upper is not None and upper is None):
        return None                               # a bound the parser did not read as a decimal
    read = dataclasses.replace(item, lower=lower, upper=upper)
    value = _COMMA_GROUPED.sub(lambda m: m.group().replace(",", ""), item.text)
    return read, value, ", ".join(f.group() for f in figures)


# the word between two alternatives of a figure, before the second: "6 o 7", "two or three thousand", "seis u ocho"
_OR_BEFORE = re.compile(r"(?:^|(?<=\s))(?:or|o|u|ó)\s+$", re.I)
# the first alternative, when no figure was read of it: "One or two people" (a capital "One" opening a sentence)
_WORD_BEFORE = re.compile(r"(?:\d[\d.,]*|[^\W\d_]+)\s+$")


def alternatives(text: str, found: list[Found]) -> list[Found]:
    """``found`` (figures of the sentence ``text``, in order), each figure written as two alternatives ("había 6 o 7
    cuadras", "two or three thousand people", "One or two people") read as one, the span the value field reads of
    the two ("6 o 7": 6 to 7). The second alternative is a figure of its own; the first is the figure right before
    the "or", or a number no figure was read of. Kept apart when the value field does not read the two as one range
    ending at the second ("más de 10 o 12")."""
    out: list[Found] = []
    for item in found:
        joined = _joined(text, out[-1] if out else None, item)
        if joined is not None and out and out[-1].start == joined.start:
            out[-1] = joined
        else:
            out.append(joined or item)
    return out


def _joined(text: str, previous: Found | None, item: Found) -> Found | None:
    """``item`` joined to the alternative before it, or None."""
    if item.qualifier != "exact" or item.lower is None:
        return None
    word = _OR_BEFORE.search(text, 0, item.start)
    if word is None:
        return None
    if previous is not None and not text[previous.end:word.start()].strip():
        start, number_start = previous.start, previous.number_start
    else:
        first = _WORD_BEFORE.search(text, 0, word.start())
        if first is None or (previous is not None and first.start() < previous.end):
            return None
        start = number_start = first.start()
    try:
        read = parse_quantity(text[start:item.end], item.lang)
    except QuantityError:
        return None
    if read.qualifier != "range" or read.upper is None or read.upper != item.upper or read.lower is None \
            or read.lower >= read.upper:
        return None
    return dataclasses.replace(item, start=start, number_start=number_start, text=text[start:item.end],
                               lower=read.lower, upper=read.upper, lower_inclusive=read.lower_inclusive,
                               upper_inclusive=read.upper_inclusive, qualifier=read.qualifier)
