"""Places named as a list: a city's name read as the division of its country that shares it, where the
article lists it among those divisions; and the place that holds a list (``holder_of_list``).

``places_in`` reads a name a city of a million people and a division share as the city, unless the
sentence calls it a province ("Córdoba": the city; "la provincia de Córdoba": AR-X). An article that lists
the name among its country's divisions ("Santiago del Estero, Córdoba, Santa Fe y Tucumán continúan con
planes de emergencia") means the division there, and in its bare mentions after ("En Córdoba, permanecían
desplazadas unas mil cuatrocientas personas"): one place, one code in the article.
"""
from __future__ import annotations

import re

from reconcile.extract.places import country_of, division_named, is_city, places_in
from reconcile.model.names import is_iso_code, iso_place

__all__ = ["holder_of_list", "listed_divisions", "read_as_divisions"]

# between two items of a list: ", ", " y ", ", and "
_JOIN = re.compile(r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)")
# a word that makes the name the city's: "la ciudad de Córdoba", "the city of Córdoba", "Córdoba capital"
_CITY_BEFORE = re.compile(r"\b(?:ciudad|city|town|capital|municipio|municipality|localidad|comuna)\s+(?:(?:de|of)\s+)?"
                          r"(?:(?:la|el|the)\s+)?$", re.I)
_CITY_AFTER = re.compile(r"\s+(?:capital|city|ciudad)\b", re.I)


# between two items of a list that gives each its figure before its place: ", 45 en ", " y 20 muertos en ", ", 13 en
# el Estado de ", ", and 9 in "
_FIGURE_JOIN = re.compile(r"\s*(?:,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)(?:(?:unos|unas|about|some|around)\s+)?"
                          r"\d[\d.,]*(?:\s+[^\W\d_]+)?\s+(?:en|in)\s+(?:(?:la|el|los|las|the)\s+)?"
                          r"(?:(?:estado|provincia|departamento|regi[oó]n|state|province|region)\s+(?:del?\s+|of\s+)?)?",
                          re.I)
_ANY_JOIN = re.compile(rf"{_JOIN.pattern}|{_FIGURE_JOIN.pattern}", re.I)


def _lists(text: str, found: list[tuple[str, str, int]], join: re.Pattern = _JOIN) -> list[list[tuple[str, str, int]]]:
    """The runs of places ``text`` names one after another, joined as a list's items are (``join``)."""
    runs: list[list[tuple[str, str, int]]] = []
    for place in sorted(found, key=lambda p: p[2]):
        last = runs[-1][-1] if runs else None
        if last is not None and join.fullmatch(text, last[2] + len(last[1]), place[2]):
            runs[-1].append(place)
        else:
            runs.append([place])
    return runs


def _listed(text: str, found: list[tuple[str, str, int]]) -> dict[str, str]:
    """City code -> division code, for each city of a list of three places or more whose other items are
    divisions of one country of one level (two at least), when every city of the list has a division of its
    name of that level. Not an address, whose places hold one another ("Manchester, Lancashire, England")."""
    out: dict[str, str] = {}
    for run in _lists(text, found, _ANY_JOIN):
        countries = {country_of(code) for code, _, _ in run}
        divisions = [code for code, _, _ in run if "-" in code and not is_city(code)]
        if len(run) < 3 or len(countries) != 1 or len(divisions) < 2:
            continue
        country = countries.pop()
        cities = {code: division_named(name, country) for code, name, _ in run if is_city(code)}
        parents = {iso_place(code)[1] for code in [*divisions, *cities.values()] if code is not None}
        if len(divisions) + len(cities) == len(run) and all(cities.values()) and len(parents) == 1:
            out.update({code: division for code, division in cities.items() if division is not None})
    return out


def listed_divisions(texts: list[str], country: str | None) -> dict[str, str]:
    """City code -> the division of its name, for the cities the article (its sentences, ``texts``) lists
    among the divisions of their country."""
    out: dict[str, str] = {}
    for text in texts:
        if "," in text:
            out.update(_listed(text, places_in(text, country)))
    return out


# between two known places of a list that may give each its figure, and hold names reconcile does not know:
# "Norte de Santander (415), Orinoquía (46) y Arauca (23)"
_ITEM_GAP = r"\s*(?:\([^()]{1,30}\))?\s*(?:,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)"
_FIGURED_JOIN = re.compile(rf"{_ITEM_GAP}(?:[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los)\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)"
                           rf"{{0,3}}{_ITEM_GAP})*")


def holder_of_list(text: str, found: list[tuple[str, str, int]], place: tuple[str, str, int]) -> str | None:
    """The place that holds the list ``place`` stands in with other places of its country ("more than 500
    soldiers: Norte de Santander (415), Orinoquía (46), La Guajira (30), Arauca (23)": CO): their common
    division, else their country; None when ``place`` stands in no such list. ``found``: the places of
    ``text``, the most specific of each chain."""
    run = next((run for run in _lists(text, found, _FIGURED_JOIN) if place in run), [place])
    codes = {code for code, _, _ in run}
    countries = {country_of(code) for code in codes}
    if len(codes) < 2 or len(countries) != 1 or any(code in countries for code in codes):
        return None
    parents = {iso_place(code)[1] if "-" in code and not is_city(code) and is_iso_code(code) else None
               for code in codes}
    parent = parents.pop() if len(parents) == 1 else None
    return parent if parent and "-" in parent else countries.pop()


def read_as_divisions(text: str, found: list[tuple[str, str, int]],
                      divisions: dict[str, str]) -> list[tuple[str, str, int]]:
    """``found`` with each city the article reads as a division (``listed_divisions``) read so, unless the
    sentence calls it a city there ("la ciudad de Córdoba")."""
    if not divisions:
        return found
    return [(divisions[code], name, at) if code in divisions and not _CITY_BEFORE.search(text, max(0, at - 30), at)
            and not _CITY_AFTER.match(text, at + len(name)) else (code, name, at) for code, name, at in found]
