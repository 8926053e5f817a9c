"""The region a text places a city in: "in Tucson, Arizona" (US-AZ), "en Juchitán, Oaxaca" (MX-OAX),
"Manado, the capital of North Sulawesi province" (ID-SA), "en Manzanillo, en Colima" (MX-COL), "en Mira (Cuenca)"
(ES-CU), "Eureka (CA)" (US-CA).

A city declared in the draft _places.yaml gets that region as its parent. With the country as its
parent, a count of the city was no part of the region's count, and the report could not see a part
above its whole (SPEC §5)."""
from __future__ import annotations

import re
from functools import lru_cache

from reconcile.extract.places import (DIVISION_CODE_AFTER, country_of, division_named, is_city, places_in,
                                     region_in_brackets)
from reconcile.model.names import is_iso_code
from reconcile.quantities.running import sentences

__all__ = ["region_of_city"]

# the words for a region, in both languages
_REGION_WORD = r"(?:state|province|department|region|prefecture|governorate|county|estado|provincia|departamento|" \
               r"regi[oó]n)"
# what may stand between a city's name and its region's: "Tucson, Arizona", "Juchitán, en Oaxaca", "Salgar, in
# the department of Antioquia", "Juchitán, en el sureño estado de Oaxaca", "Pune in the state of Maharashtra",
# "Manado, the capital of North Sulawesi province", "Manado city, the capital of the province"
_GAP = re.compile(
    r"(?:\s+(?:city|town))?(?:"
    r"\s*,\s*(?:the\s+|la\s+)?(?:(?:provincial|regional|state)\s+)?capital\s+(?:city\s+)?(?:of|de|del)\s+"
    r"(?:the\s+|la\s+|el\s+)?"
    r"|\s*,\s*(?:(?:in|en)\s+)?(?:(?:the|el|la)\s+(?:[a-záéíóúñ]+\s+)?" + _REGION_WORD +
    r"\s+(?:[a-záéíóúñ]+\s+)?(?:of|de|del)\s+)?"
    r"|\s+(?:in|en)\s+(?:the\s+|el\s+|la\s+)?(?:[a-záéíóúñ]+\s+)?" + _REGION_WORD +
    r"\s+(?:[a-záéíóúñ]+\s+)?(?:of|de|del)\s+"
    r"|\s+(?:in|en)\s+"
    # "Mira (Cuenca)", "Tarazona (Zaragoza)": the region in brackets
    r"|\s*\(\s*)")
# the bracket that closes right after the region: "Mira (Cuenca)", not "Mira (Cuenca y Albacete)"
_CLOSES = re.compile(r"\s*\)")
# the region by its word alone, after "the capital of": "Manado city, the capital of the province" (the one
# named before)
_THAT_REGION = re.compile(_REGION_WORD + r"\b(?!\s+(?:of|de|del)\b)", re.I)
# a list goes on after the region: "in Juchitán, Oaxaca, Chiapas and Tabasco" names three regions, not Juchitán's
_LIST_GOES_ON = re.compile(r"\s*(?:,|\s(?:and|y|e)\s)\s*")
# the region's word after its name: "in Pune in Maharashtra state", "Valencia, Carabobo state"
_WORD_AFTER = re.compile(r"\s+" + _REGION_WORD + r"\b", re.I)
_NO_GAP = re.compile(r"\s+(?:in|en)\s+")


@lru_cache(maxsize=256)
def region_of_city(text: str, code: str, name: str) -> str | None:
    """The ISO 3166-2 region of the city ``code`` (named ``name``) that ``text`` places it in, right after a
    mention of it, and the same at every mention that names one; None when the text names none, or two."""
    country = country_of(code)
    if not is_city(code) or not name:
        return None
    found: set[str] = set()
    mention = re.compile(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])")
    told = _sentences(text)
    for number, sentence in enumerate(told):
        body = sentence.text
        named: list[tuple[str, str, int]] | None = None
        for match in mention.finditer(body):
            bracketed = region_in_brackets(body, match.end())
            if bracketed is not None and country_of(bracketed) == country:
                found.add(bracketed)      # "Bakhmut (Donetsk region)", "Severodonetsk (región de Lugansk)"
                continue
            gap = _GAP.match(body, match.end())
            if gap is None or gap.end() == match.end():
                continue
            named = places_in(body, country) if named is None else named
            if "capital" in gap.group() and _THAT_REGION.match(body, gap.end()):
                # "Manado city, the capital of the province": the region named last before the city
                region = _region_before(named, gap.start(), [s.text for s in told[:number]], country)
            else:
                region = _region_after(body, named, gap, country)
            if region is not None:
                found.add(region)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4)
def _sentences(text: str) -> list:
    return sentences(text)      # once per article, whatever the number of its cities


def _region_before(named: list[tuple[str, str, int]], end: int, earlier: list[str], country: str) -> str | None:
    """The region named last before ``end`` (``named``: the places of its sentence), else in the sentences
    before it (``earlier``), nearest first."""
    before = [p[0] for p in named if p[2] < end and _is_region_of(p[0], country)]
    for text in reversed(earlier):
        if before:
            break
        before = [p[0] for p in places_in(text, country) if _is_region_of(p[0], country)]
    return before[-1] if before else None


def _region_after(body: str, named: list[tuple[str, str, int]], gap: re.Match, country: str) -> str | None:
    """The region named at the end of ``gap`` (``named``: the places of ``body``)."""
    at = gap.end()
    first = next((p for p in named if p[2] == at), None)
    code = DIVISION_CODE_AFTER.match(body, gap.start()) if "(" in gap.group() else None
    if first is None and code is not None and is_iso_code(f"{country}-{code.group(1)}"):
        return f"{country}-{code.group(1)}"           # "Eureka (CA)": the region by its code
    if first is None:
        return None
    region = first[0] if _is_region_of(first[0], country) else division_named(first[1], country)
    if region is None or not _is_region_of(region, country):
        return None
    after = at + len(first[1])
    if _NO_GAP.fullmatch(gap.group()) and not _WORD_AFTER.match(body, after):
        return None                       # "died in Pune in Maharashtra": no region's word, no address
    if "(" in gap.group() and not _CLOSES.match(body, after):
        return None                       # "Mira (Cuenca y Albacete)": no one region
    goes_on = _LIST_GOES_ON.match(body, after)
    if goes_on is not None and any(p[2] == goes_on.end() and _is_region_of(p[0], country) for p in named):
        return None                       # "en Juchitán, Oaxaca, Chiapas y Tabasco": a list of regions
    return region


def _is_region_of(code: str, country: str) -> bool:
    return "-" in code and not is_city(code) and country_of(code) == country
