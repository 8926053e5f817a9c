"""A measure read at a body's station: the body that runs the station states it.

"The Indian Meteorological Department (IMD) station in Santacruz recorded 944 mm", "la estación de AEMET en
Valencia registró 300 l/m²", "acumularon más de 700 l/m² en algunos de los observatorios de AVAMET": a gauge,
a station, an observatory is a body's instrument; the body that runs it (the name before "station", or after
"estación de", "los observatorios de") is the claimant. A station named by its place alone ("the Colaba
observatory recorded", "el observatorio de Canyapar") is no body's: where the measure was read, not who
states it.
"""
from __future__ import annotations

import re

from reconcile.extract.attr_names import _BODY_HEADS, _acronym
from reconcile.extract.speakers import Attribution
from reconcile.quantities.lexicon import fold_word

__all__ = ["ESTACION_BEFORE", "STATION_BEFORE", "runs_stations", "station_of", "station_owners"]

_STATION_NOUNS = r"(?:stations?|observator(?:y|ies)|gauges?)"
_ESTACION_NOUNS = r"(?:estaci[oó]n|estaciones|observatorios?|pluvi[oó]metros?)"
_PLACE_AFTER = r"(?:\s+(?:in|at|near|en)\s+(?:the\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,3})?"
#: the station before a verb, its owner's name before it: "the IMD station in Santacruz (recorded)", "the
#: Met Office's weather station at Mumbles"
STATION_BEFORE = re.compile(rf"(?:['’]s)?\s+(?:(?:weather|rain|rainfall|meteorological|monitoring|gauging)\s+)?"
                            rf"{_STATION_NOUNS}{_PLACE_AFTER}\s*$")
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:(?:de|del|la|las|los|y|of|for|the|and)\s+)*[A-ZÁÉÍÓÚÑ][\w'’-]*){0,7}"
# "en algunos de los observatorios de AVAMET", "at stations of the Met Office", "en la estación de la AEMET en X"
_AT_STATIONS = re.compile(rf"\b(?:en|at|in)\s+(?:(?:algun[oa]s|vari[oa]s|un[oa]|some|several|one|two|three)\s+"
                          rf"(?:de\s+|of\s+)?)?(?:los\s+|las\s+|el\s+|la\s+|the\s+)?"
                          rf"(?:{_ESTACION_NOUNS}(?:\s+meteorol[oó]gic[oa]s?)?|(?:weather\s+)?{_STATION_NOUNS})\s+"
                          rf"(?:de|del|of)\s+(?:la\s+|el\s+|the\s+)?(?P<who>{_NAME})")


def runs_stations(name: str) -> bool:
    """Whether ``name`` is a body's that may run stations: an acronym ("IMD", "AVAMET") or a name with a body's
    head noun ("Servicio Meteorológico Nacional"); not a place's ("Colaba", "Canyapar")."""
    words = name.split()
    return bool(words) and (any(_acronym(w) for w in words) or any(fold_word(w) in _BODY_HEADS for w in words))


def station_owners(sentence: str) -> list[Attribution]:
    """The bodies whose stations a sentence says a measure was read at, after the measure ("... acumularon 700 l/m²
    en algunos de los observatorios de AVAMET"): each an attribution after its figure."""
    out = []
    for match in _AT_STATIONS.finditer(sentence):
        who = re.sub(r"\s+(?:en|in|at)$", "", match.group("who"))
        if runs_stations(who):
            out.append(Attribution(who, match.start(), match.end("who"), False))
    return out


# a station named with its owner after it, as Spanish writes it: "la estación de AEMET en Valencia", "el observatorio
# del Servicio Meteorológico Nacional"
_STATION_OF = re.compile(rf"(?:(?:la|el|los|las|una?)\s+)?{_ESTACION_NOUNS}(?:\s+meteorol[oó]gic[oa]s?)?\s+"
                         rf"(?:de|del)\s+(?:la\s+|el\s+)?(?P<who>{_NAME}?){_PLACE_AFTER}", re.I)


def station_of(who: str) -> str | None:
    """The body a station's name says runs it ("estación de AEMET en Valencia" -> "AEMET"), "" for a station named
    by its place ("el observatorio de Canyapar": no one's), None when ``who`` names no station."""
    match = _STATION_OF.fullmatch(who.strip())
    if match is None:
        return None
    return match.group("who") if runs_stations(match.group("who")) else ""


#: the same station before its verb, for a read backwards that a place it does not know would stop ("la estación de
#: ACUMET en Benifato registró")
ESTACION_BEFORE = re.compile(rf"\b{_STATION_OF.pattern}\s*$", re.I)
