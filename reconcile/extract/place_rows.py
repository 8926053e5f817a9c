"""The towns an infobox's rows name: a block of "Town: N" rows ("Muertos: Alcanar: 0", "Barcelona: 15", "Cambrils:
1") labels each row by the town its count is of. A label reconcile does not know, among labels that are towns of the
article's country, is a town of that country too (GUIDE § place: a town, by its name as the text writes it).
"""
from __future__ import annotations

import re

from reconcile.extract.fields import city_code, country_of, is_city, places_in
from reconcile.extract.place_words import is_common_word
from reconcile.extract.places import UPPER
from reconcile.quantities.running import Sentence

__all__ = ["row_town"]

# a row's label right before its count, after the block's heading if the row opens it: "Alcanar: 0 (+ 2 terroristas)",
# "Muertos: Alcanar: 0", "Heridos: Alcanar: 15"
_ROW = re.compile(rf"^\s*(?:[^\W\d_][^:\d]{{0,30}}:\s*)?([{UPPER}][^\W\d_]+(?:[ -](?:de|del|la|[{UPPER}][^\W\d_]+))"
                  r"{0,3})\s*:\s*\d")
# how many rows around a row its block may reach, and what ends it
_BLOCK = 4
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _label(row: str) -> tuple[str, int] | None:
    """The label a row gives its count, and where it is written."""
    match = _ROW.match(row)
    return (match.group(1), match.start(1)) if match is not None else None


def row_town(text: str, rows: list[Sentence], k: int, country: str | None) -> tuple[str, str, int] | None:
    """The town that labels row ``k`` of ``rows`` (the sentences of ``text``) as (code, name, offset), when reconcile
    does not know it and a row of its block (the rows so labelled around it, up to a blank line) is labelled by a town
    of ``country``: "Subirats: 0" beside "Barcelona: 15" and "Cambrils: 1" is Subirats, in Spain (not "Total: 16", nor
    "Heridos: 15", nor "Atacantes: 5" a line apart)."""
    label = _label(rows[k].text) if country is not None else None
    if label is None or places_in(label[0]) or any(is_common_word(word) for word in label[0].split()
                                                    if word[:1].isupper()):
        return None
    block = []
    for step in (-1, 1):
        at = k + step
        while 0 <= at < len(rows) and abs(at - k) <= _BLOCK and (other := _label(rows[at].text)) is not None:
            first, second = sorted((rows[at], rows[at - step]), key=lambda row: row.start)
            if _BLANK_LINE.search(text, first.start + len(first.text), second.start):
                break
            block.append(other[0])
            at += step
    if not any(is_city(code) and country_of(code) == country and name == named
               for named in block for code, name, _ in places_in(named, country)):
        return None
    assert country is not None
    return city_code(country, label[0]), label[0], label[1]
