"""What a measure of weather, a distance from a named place and a quake's size measure, in the
GUIDE's slugs: ``distance-from-<place>`` ("120 km from Lampedusa", "a 100 km de Johannesburgo"),
``rainfall`` ("181 mm cayeron", "up to 200 mm of rain") and ``rainfall-forecast``, ``temperature``
("Temperatures reached 106 degrees", "46,2 grados en Montoro"), ``aftershock-magnitude`` ("a
small 2.5 aftershock", "las réplicas más fuertes, de 5,9 y 5,5"), and ``occurred`` for a count
of quakes or other events that names no verb of its own ("At least five aftershocks are
reported", "dos terremotos")."""
from __future__ import annotations

import re

from reconcile.model.names import slugify

__all__ = ["EVENTS", "distance_from", "is_quake_size", "quake_size", "weather"]

# the place a distance is from, by its name: "from Lampedusa", "north of Byeongpungdo", "de
# Johannesburgo", "al norte de San Marcos" (a place that is only a common noun, "the capital",
# "la estación", is not named: no slug is guessed)
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+)*"
_FROM_NAME = re.compile(r"(?:[^.;:]|(?<=\d)\.(?=\d)){0,40}?\b(?:of|from|off|de|del|desde)\s+(" + _NAME + r")")


def distance_from(sentence: str, end: int) -> str | None:
    """``distance-from-<place>`` when the words after a distance name the place it is from."""
    match = _FROM_NAME.match(sentence, end)
    return f"distance-from-{slugify(match.group(1))}" if match else None


_RAIN = re.compile(r"\b(?:rain\w*|precipitation|lluvi\w*|precipitaci\w+|llovi\w*|cayeron|fell|acumulad\w*|"
                   r"accumulat\w*|aguacer\w*|downpour\w*)", re.I)
_FORECAST = re.compile(r"\b(?:forecast\w*|pron[oó]stic\w*|prev[eé]\w*|expected|se\s+esperan?|warned)\b", re.I)
_QUAKE = re.compile(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|sismos?|terremotos?|temblor(?:es)?|r[eé]plicas?|"
                    r"magnitudes?|magnitud|richter)\b", re.I)
_HEAT = re.compile(r"\b(?:temperatur\w*|heat\w*|calor|term[oó]metro\w*|celsius|fahrenheit|centígrados|"
                   r"ola\s+de\s+calor)\b", re.I)


def weather(sentence: str, unit: str | None) -> str | None:
    """rainfall (rainfall-forecast when a forecast says it) for millimetres of rain; temperature
    for degrees in a sentence about heat, or with no quake in it."""
    if unit == "mm" and _RAIN.search(sentence):
        return "rainfall-forecast" if _FORECAST.search(sentence) else "rainfall"
    if unit == "deg" and (_HEAT.search(sentence) or not _QUAKE.search(sentence)):
        return "temperature"
    return None


_DECIMAL = re.compile(r"\d[.,]\d")
_AFTERSHOCK = re.compile(r"\b(?:aftershocks?|r[eé]plicas?)\b", re.I)
_MAIN_QUAKE = re.compile(r"\b(?:earthquakes?|quakes?|sismos?|terremotos?|temblor(?:es)?|main\s*shock)\b", re.I)


_MAGNITUDE = re.compile(r"\b(?:magnitude|magnitud|Mw|richter)\b", re.I)
# a quake named in the singular after its size: "a small 2.5 aftershock", "un sismo de 5,8"
_ONE_QUAKE = frozenset("aftershock earthquake quake tremor sismo terremoto temblor replica réplica".split())


def is_quake_size(sentence: str, start: int, end: int, text: str, lower: float | None,
                  counted: str | None, unit: str | None, crit: str | None) -> bool:
    """A figure under ten that is a quake's size: a magnitude named beside it ("a magnitude 6.3
    earthquake", "de magnitud 7,8"), or a decimal in a sentence about quakes, named or not ("a
    small 2.5 aftershock", "las réplicas más fuertes fueron de 5,9, 5,5 y 5,1 grados"); not a
    count of quakes ("at least nine aftershocks, the highest a magnitude 4.8")."""
    if lower is None or lower >= 10 or unit not in (None, "deg"):
        return False
    decimal = _DECIMAL.search(text) is not None
    one_quake = counted is not None and counted.lower() in _ONE_QUAKE
    if not decimal and counted is not None and counted.lower().endswith("s"):
        return False                      # "nine aftershocks", "dos terremotos": a count
    if unit is None and _MAGNITUDE.search(sentence, max(0, start - 40), end + 40):
        return True
    return decimal and (crit is None or one_quake) and _QUAKE.search(sentence) is not None


def quake_size(sentence: str, start: int, end: int) -> str:
    """aftershock-magnitude when the quake word nearest the figure is an aftershock's, else
    magnitude: "a 6.3 earthquake ... aftershocks, the highest a 4.8"."""
    def nearest(pattern: re.Pattern) -> int:
        return min((abs(m.start() - start) if m.start() >= end else abs(start - m.end())
                    for m in pattern.finditer(sentence)), default=10 ** 6)
    return "aftershock-magnitude" if nearest(_AFTERSHOCK) < nearest(_MAIN_QUAKE) else "magnitude"


#: populations of events: a count of them with no verb of its own counts those that occurred
EVENTS = frozenset({"earthquakes", "aftershocks", "explosions", "landslides", "fires"})
