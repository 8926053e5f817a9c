"""Figures of a list by name that the running reader leaves out: "Lee County 35, Charlotte County 12,
Collier County 8" reads, past its first item, as names with digits ("calle Bartolomé Mitre 3060"), where
each item is a count under its place's name (GUIDE: each figure is its own claim).
"""
from __future__ import annotations

import re

from reconcile.errors import QuantityError
from reconcile.quantities.parse import parse_quantity
from reconcile.quantities.running import Found, Sentence

__all__ = ["is_named_item", "named_items"]

# a name before its figure: "Lee County 35", "Volusia 5" (one to four capitalised words)
_NAME = r"(?:[A-ZÁÉÍÓÚÑ][\w'’.-]*\s+){1,4}"
_NAMED_BEFORE = re.compile(rf"(?:^|[:,;]\s*|\b(?:and|y|e)\s+){_NAME}$")
# the next item of the list: a comma or a semicolon (and "and"), a name, its figure, then the list goes on or ends
_NEXT_ITEM = re.compile(rf"\s*[,;]\s*(?:(?:and|y|e)\s+)?({_NAME})(\d[\d.,]*\d|\d)(?=\s*(?:[,;.)]|$)|\s+(?:and|y|e)\s)")
_ANDED_ITEM = re.compile(rf"\s+(?:and|y|e)\s+({_NAME})(\d[\d.,]*\d|\d)(?=\s*(?:[,;.)]|$))")
# a list's first item right after a colon, which the running reader may leave out as a name with digits too ("By
# county: Lee County 19, Charlotte County 11"): it opens the list when a next item follows it
_COLON_ITEM = re.compile(rf":\s*({_NAME})(\d[\d.,]*\d|\d)(?=\s*[,;])")
# what a colon must follow to open a list by place: a division ("By county:", "deaths by province:"); not a time
# ("By noon:") nor any label ("Roads closed: Interstate 75, Interstate 4", R4 6)
_DIVISIONS = re.compile(
    r"\b(?:count(?:y|ies)|states?|provinces?|provincias?|departamentos?|departments?|regions?|regi[oó]n|regiones|"
    r"districts?|distritos?|municipios?|municipalit(?:y|ies)|cit(?:y|ies)|ciudad(?:es)?|countr(?:y|ies)|"
    r"pa[ií]s(?:es)?|parish(?:es)?|comunas?|cant[oó]n|cantones|estados?|islands?|islas?|towns?|localidad(?:es)?|"
    r"prefectures?|prefecturas?|zones?|zonas?)\s*$", re.I)
# a name that ends in a thing numbered, not a place with a count: "Interstate 75", "Route 29", "Flight 370",
# "Ruta 5", "calle Mitre 3060"
_NUMBERED = re.compile(
    r"\b(?:interstate|route|highway|hwy|road|rd|street|st|avenue|ave|flight|line|gate|terminal|platform|channel|"
    r"pier|exit|ward|precinct|unit|number|no|ruta|vuelo|carretera|calle|avenida|l[ií]nea|salida|puerta|"
    r"andén|canal|km|kil[oó]metro|n[uú]mero|n[ºo°])\.?\s*$", re.I)


def is_named_item(text: str, item: Found) -> bool:
    """Whether ``item`` is a bare figure under a name, an item of a list by name ("Lee County 35")."""
    return item.unit is None and item.counted is None and item.qualifier == "exact" and \
        _NAMED_BEFORE.search(text, 0, item.start) is not None and _NUMBERED.search(text, 0, item.start) is None


def named_items(sentence: Sentence, found: list[Found]) -> list[Found]:
    """``found`` and the items of a list by name after one of its figures ("Lee County 35, Charlotte County 12, ...":
    12 and what follows): a bare figure under a name, which the running reader keeps, opens the list; each next item
    is a name and a bare figure, joined by a comma, a semicolon or "and"."""
    text, added = sentence.text, list[Found]()
    for item in [*found, *_opened_after_colon(sentence, found)]:
        if not is_named_item(text, item):
            continue
        if item not in found:
            added.append(item)
        at = item.end
        while (match := _NEXT_ITEM.match(text, at) or _ANDED_ITEM.match(text, at)) is not None:
            start, end = match.start(2), match.end(2)
            if any(f.start < end and start < f.end for f in found + added):
                at = end
                continue
            try:
                value = parse_quantity(match.group(2), sentence.lang)
            except QuantityError:
                break
            if value.lower is None or value.lower != value.upper:
                break
            added.append(_item(sentence, start, end, value.lower))
            at = end
    return sorted(found + added, key=lambda f: f.start) if added else found


def _item(sentence: Sentence, start: int, end: int, value: float | None) -> Found:
    """An item of a list by name, a bare count."""
    return Found(start, end, sentence.text[start:end], value, value, True, True, "exact", None, None, sentence.lang,
                 start)


def _opened_after_colon(sentence: Sentence, found: list[Found]) -> list[Found]:
    """The first items of lists by name after a colon that the running reader left out, each followed by a next item
    ("By county: Lee County 19, Charlotte County 11": the 19)."""
    text, opened = sentence.text, []
    for match in _COLON_ITEM.finditer(text):
        start, end = match.start(2), match.end(2)
        if _DIVISIONS.search(text, 0, match.start()) is None:
            continue
        if any(f.start < end and start < f.end for f in found) or _NEXT_ITEM.match(text, end) is None:
            continue
        try:
            value = parse_quantity(match.group(2), sentence.lang)
        except QuantityError:
            continue
        if value.lower is not None and value.lower == value.upper:
            opened.append(_item(sentence, start, end, value.lower))
    return opened
