"""The town of a station that took a measure: "The IMD station in Santacruz recorded 944 mm", "se registraron
640,8 l/m² en el observatorio de Canyapar", "600,2 l/m² en el observatorio de los Felipes de Chiva", "con la
estación Mas de Calabarra, en Turís, a la cabeza: 771,8 l/m²". The station's town is where the measure was taken,
the most specific place of its clause (GUIDE § place), not the event's region."""
from __future__ import annotations

import re

from reconcile.extract.fields import city_code, country_of, is_city, places_in

_NAME = r"[A-ZÁÉÍÓÚÑ][^\W\d_]*"
# a station by its noun, then its name's words, each maybe after a preposition or an article; then its town after a
# comma ("Mas de Calabarra, en Turís")
_STATION = re.compile(r"\b(?:(?:weather|rain|gauging|meteorological)\s+station|observatory|(?<![Pp]olice\s)station|"
                      r"estaci[oó]n(?!\s+de\s+(?:polic[ií]a|bomberos|tren|autobuses|metro|servicio))|observatorio)"
                      r"(?![\w-])"
                      rf"((?:\s+(?:(?:in|at|of|de|del|en)\s+)?(?:(?:the|la|el|los|las)\s+)?{_NAME}){{1,4}})"
                      rf"(?:,\s+(?:in|en|at)\s+({_NAME}(?:\s+{_NAME})?))?")
# the town in the station's name: its last word run after a preposition ("de los Felipes de Chiva": Chiva)
_LAST_OF = re.compile(rf"\b(?:in|at|of|de|del|en)\s+(?:(?:the|la|el)\s+)?({_NAME}(?:\s+{_NAME})*)$")
# between a measure (and a unit the figure did not take) and the station after it: "640,8 l/m² en el observatorio",
# "944 mm at the station"
_AT_THE = re.compile(r"(?:\[\w{1,4}\])*(?:\s+[^\s\d]{1,8})?\s+(?:\([^()]{1,30}\)\s+)?(?:en|in|at)\s+(?:el|la|the)\s+"
                     r"(?:[^\W\d_]+\s+){0,2}$", re.I)
# between a station and the measure after it, in its clause: "recorded ", ", a la cabeza: "
_UNTIL_MEASURE = re.compile(r"[^.;]{0,60}")
# a quake's magnitude is the quake's, not the town of the station that gave it ("Según la estación X, en Lima, el
# sismo tuvo una magnitud de 6,8")
_MAGNITUDE = re.compile(r"magnitud|richter", re.I)


def _town_of(match: re.Match[str]) -> tuple[str, int] | None:
    if match.group(2):
        return match.group(2), match.start(2)
    last = _LAST_OF.search(match.group(1))
    return (last.group(1), match.start(1) + last.start(1)) if last else None


def station_town(body: str, start: int, end: int, country: str | None) -> tuple[str, str, bool] | None:
    """(code, name, known to reconcile) of the town of the station that took the measure at ``start:end`` of
    ``body``: a station right after it ("640,8 l/m² en el observatorio de Canyapar"), else one before it in its
    clause ("the station in Santacruz recorded 944 mm"); read in ``country``, the article's."""
    near = None
    for match in _STATION.finditer(body, max(0, start - 120), min(len(body), end + 60)):
        if match.start() >= end and _AT_THE.fullmatch(body, end, match.start()):
            near = match                  # "N en el observatorio de X": the measure's own station
            break
        if match.end() <= start and _UNTIL_MEASURE.fullmatch(body, match.end(), start) \
                and not _MAGNITUDE.search(body, match.end(), min(len(body), end + 12)):
            near = match                  # the nearest before it
    town = _town_of(near) if near is not None else None
    if town is None:
        return None
    name, _ = town
    found = places_in(name, country)
    if found and found[0][2] == 0 and found[0][1] == name and (country is None or country_of(found[0][0]) == country):
        return found[0][0], name, True
    if country is None:
        return None
    code = city_code(country, name)
    return (code, name, False) if is_city(code) else None
