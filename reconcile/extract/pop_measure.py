"""What a measure of weather, a distance from a named place and a quake's size measure, in the
GUIDE's slugs: ``distance-from-<place>`` ("120 km from Lampedusa", "a 100 km de Johannesburgo"),
``rainfall`` ("181 mm cayeron", "up to 200 mm of rain") and ``rainfall-forecast``, ``temperature``
("Temperatures reached 106 degrees", "46,2 grados en Montoro"), ``aftershock-magnitude`` ("a
small 2.5 aftershock", "las réplicas más fuertes, de 5,9 y 5,5"), and ``occurred`` for a count
of quakes or other events that names no verb of its own ("At least five aftershocks are
reported", "dos terremotos")."""
from __future__ import annotations

import re

from reconcile.extract.place_towns import SAINT
from reconcile.model.names import slugify
from reconcile.quantities.lexicon import fold_word

__all__ = ["EVENTS", "distance_from", "is_quake_size", "label_criterion", "magnitude_scale", "quake_size",
           "symbol_measure", "weather"]

# the place a distance is from, by its name: "from Lampedusa", "north of Byeongpungdo", "de
# Johannesburgo", "al norte de San Marcos" (a place that is only a common noun, "the capital",
# "la estación", is not named: no slug is guessed)
_NAME = ("(?:" + SAINT + r")?[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de\s+(?:la\s+|los\s+|las\s+)?|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]+)*")
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


# millimetres a station took down, rain or not named: "The station in Santacruz recorded 944 mm", "A total of 644mm
# was received", "se registraron 640 mm"
_RECORDED = re.compile(r"\b(?:recorded|received|registered|measured|registr[oó]|registraron|registrad[oa]s?|"
                       r"midi[oó])\b", re.I)
# the hours a rain fell in, as a compound of a period: "the heaviest 24-hour rainfall", "within the 12-hour period"
_HOURS = re.compile(r"\b(\d{1,2})-hour\b", re.I)


def weather(sentence: str, unit: str | None) -> str | None:
    """rainfall (rainfall-forecast when a forecast says it, rainfall-24-hour when the sentence names the period the
    rain fell in: "the 24-hour rainfall figure of 944 mm") for millimetres of rain; temperature for degrees in a
    sentence about heat, or with no quake in it."""
    if unit == "mm" and (_RAIN.search(sentence) or _RECORDED.search(sentence)):
        if _FORECAST.search(sentence):
            return "rainfall-forecast"
        hours = _HOURS.search(sentence)
        return f"rainfall-{hours.group(1)}-hour" if hours else "rainfall"
    if unit == "deg" and (_HEAT.search(sentence) or not _QUAKE.search(sentence)):
        return "temperature"
    return None


# a temperature's symbol after its figure, which the scanner leaves to extract ("49 °C", "120 °F", "45 ºC": no unit of
# the figure's own), and a depth of rain in litres on a square metre ("640,8 l/m²", "31 litros por metro cuadrado")
_DEGREES_AFTER = re.compile(r"\s?[°º]\s?[CF]\b")
_LITRES = r"(?:l|lts?\.?|litros?|litres?|liters?)"
_A_SQUARE_METRE = r"\s*(?:/|por|per)\s*(?:m²|m2\b|m\^\{?2\}?|metros?\s+cuadrados?|square\s+met(?:re|er)s?)"
_LITRES_A_SQUARE_METRE = re.compile(rf"\s*{_LITRES}{_A_SQUARE_METRE}", re.I)      # after the figure: "640,8 l/m²"
_LITRES_END = re.compile(rf"\b{_LITRES}$", re.I)                                  # in it: "31 litros"
_A_SQUARE_METRE_AFTER = re.compile(_A_SQUARE_METRE, re.I)
# the words that make a temperature the highest the event reached: "temperatures as high as 49 °C", "up to 45 °C",
# "hasta 46 grados", "peaked", "the highest temperatures"; and the text's own "maximum" ("the maximum temperature in
# Karachi was 37 °C": maximum-temperature, slugged as it stands)
_PEAK = re.compile(r"\b(?:as\s+high\s+as|up\s+to|peak\w*|highest|hasta|r[eé]cords?)\b", re.I)
_LABEL_BEFORE = re.compile(r"^\s*[^\W\d_][^:\d\n]{0,40}:\s*$")
_MAXIMUM = re.compile(r"\b(?:maximum|max|m[aá]xim[ao]s?)\b", re.I)


def symbol_measure(sentence: str, start: int, number_start: int, end: int, caption: str = "") -> str | None:
    """What a figure measures by the symbol after it, where the figure has no unit of its own: a temperature for
    degrees Celsius or Fahrenheit ("45 °C (113 °F)"), ``peak-temperature`` when the words before it or the caption of
    its table say it is the highest reached ("temperatures as high as 49 °C", a table under "... peaked on 20 June:"),
    ``maximum-temperature`` for the text's "maximum"; ``rainfall`` for litres on a square metre ("640,8 l/m²", a
    measure of rain alone). None for any other figure."""
    if _LITRES_A_SQUARE_METRE.match(sentence, end) or _LITRES_END.search(sentence, start, end) and \
            _A_SQUARE_METRE_AFTER.match(sentence, end) or _LITRES_A_SQUARE_METRE.search(sentence, number_start, end):
        return "rainfall"     # (the last: the figure's own unit, millimetres so written: "31 litros por m²")
    if not _DEGREES_AFTER.match(sentence, end) or _LABEL_BEFORE.search(sentence, 0, start):
        return None       # (a line of facts: "Temperatura máxima: 44,1 °C" is its label's, ``label_criterion``)
    before = sentence[max(0, start - 50):number_start]
    if _MAXIMUM.search(before):
        return "maximum-temperature"
    return "peak-temperature" if _PEAK.search(before) or _PEAK.search(caption) else "temperature"


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


# --- a quake's scale, when the text gives two ---------------------------------------------------
# the moment magnitude and the surface-wave magnitude beside a figure: "7.6 Mw", "Mw 7.8", "Mw =
# 8,8", "a moment magnitude of 7.6", "7.8 Ms", "Ms 8.1"
_SCALES = {"mw": (r"M[wW]{1,2}", r"moment\s+magnitude|magnitud\s+(?:de\s+)?momento"),
           "ms": (r"M[sS]", r"surface[\s-]wave\s+magnitude|magnitud\s+de\s+ondas\s+superficiales")}


def _scale_pattern(scale: str) -> re.Pattern:
    symbol, words = _SCALES[scale]
    return re.compile(rf"\d(?:\[\d+\])*\s*(?:\(\s*)?{symbol}\b|(?<![\w-]){symbol}\s*=?\s*\d|\b(?:{words})\b")


_SCALE_IN = {scale: _scale_pattern(scale) for scale in _SCALES}
_SCALE_AFTER = {scale: re.compile(rf"(?:\[\d+\])*\s*(?:\(\s*)?{_SCALES[scale][0]}\b") for scale in _SCALES}
_SCALE_BEFORE = {scale: re.compile(rf"(?:(?<![\w-]){_SCALES[scale][0]}\s*=?|\b(?:{_SCALES[scale][1]})"
                                   rf"(?:\s+(?:of|de|was|fue|was\s+estimated\s+at))?)\s*$")
                 for scale in _SCALES}


def magnitude_scale(sentence: str, start: int, end: int, around: str) -> str | None:
    """``mw`` or ``ms``: the scale a magnitude's figure is given in ("7.6 Mw", "Ms 8.1", "a moment
    magnitude of 7.6"), when ``around`` (the text near it) gives the other scale too (GUIDE:
    magnitude-mw, magnitude-ms when the text gives both scales); None otherwise."""
    if not all(pattern.search(around) for pattern in _SCALE_IN.values()):
        return None
    for scale in _SCALES:
        if _SCALE_AFTER[scale].match(sentence, end) or _SCALE_BEFORE[scale].search(sentence, max(0, start - 40), start):
            return scale
    return None


# --- what a line of facts measures, by its label ------------------------------------------------
# the words of a label in English, as the GUIDE slugs measures ("Highest winds": peak-winds):
# abbreviations written out, Spanish words translated, highest and lowest as peak and minimum
_LABEL_WORDS = {
    "temp": "temperature", "temperatura": "temperature", "max": "peak", "maximum": "peak", "highest": "peak",
    "maxima": "peak", "maximo": "peak", "maximas": "peak", "maximos": "peak", "min": "minimum", "lowest": "minimum",
    "minima": "minimum", "minimo": "minimum", "minimas": "minimum", "minimos": "minimum", "presion": "pressure",
    "aceleracion": "acceleration", "accel": "acceleration", "superficie": "area", "quemada": "burned",
    "quemadas": "burned", "calcinada": "burned", "burnt": "burned", "capacidad": "capacity", "aforo": "capacity",
    "altura": "height", "olas": "wave", "ola": "wave", "maremoto": "tsunami", "precip": "rainfall",
    "precipitation": "rainfall", "precipitacion": "rainfall", "lluvia": "rainfall", "elevacion": "elevation",
    "velocidad": "speed", "longitud": "length", "eslora": "length", "tonelaje": "tonnage", "acumulada": "total",
    "total": "total", "area": "area", "peak": "peak", "sustained": "sustained", "gust": "gust", "gusts": "gust",
    "rafagas": "gust", "rafaga": "gust", "nieve": "snowfall", "snow": "snowfall",
}
# the nouns of a measure: a label with one of them names what its figure measures
_MEASURE_NOUNS = frozenset({"temperature", "pressure", "acceleration", "area", "capacity", "height", "rainfall",
                            "snowfall", "speed", "length", "elevation", "tonnage", "displacement", "volume",
                            "surge", "wave"})
# words that go before the noun in English, after it in Spanish: "Presión mínima" -> minimum-pressure
_LABEL_ADJECTIVES = frozenset({"peak", "minimum", "burned", "total", "sustained"})
# the events a height measures: "Tsunami: 2.52 m" -> tsunami-height
_RISES = frozenset({"tsunami", "wave", "surge"})
_HEIGHTS = frozenset({"m", "ft", "cm", "km", "mi", "yd"})
_FILLERS = frozenset({"de", "del", "la", "el", "of", "the", "a"})
# a label that is a past participle of what befell the count, as the legal ones are: "Charged:
# 8,392", "Convicted: 40", "Acusados: 300" (the known ones, "Arrested", are read by their words)
_PARTICIPLES = {"acusados": "charged", "imputados": "charged", "procesados": "charged", "condenados": "convicted",
                "sentenciados": "sentenced", "indultados": "pardoned", "liberados": "released",
                "excarcelados": "released", "absueltos": "acquitted", "ejecutados": "executed"}


def label_criterion(label: str, unit: str | None, counted: str | None) -> str | None:
    """What the figure of a line of facts measures or what befell it, from the label before it:
    "Peak temp.: 47.3 °C" -> peak-temperature, "Presión mínima: 971 mbar" -> minimum-pressure,
    "Burned area: 300,000 hectares" -> burned-area, "Capacity: 1,518" -> capacity, "Tsunami: 2.52
    m" -> tsunami-height, "Charged: 8,392" -> charged. None when the label names no measure."""
    words = [fold_word(w) for w in re.findall(r"[^\W\d_]+", label)]
    if len(words) == 1 and words[0] in _PARTICIPLES:
        return _PARTICIPLES[words[0]]
    if len(words) == 1 and label.strip()[:1].isupper() and re.fullmatch(r"[a-z]{4,}ed", words[0]):
        return words[0]                   # "Charged", "Convicted", "Sentenced"
    english = [_LABEL_WORDS.get(w, w) for w in words if w not in _FILLERS]
    if not english or len(english) > 3:
        return None
    if english[-1] in _RISES and (unit in _HEIGHTS or fold_word(counted or "") in _HEIGHTS):
        storm = "storm-" if english[-2:-1] == ["storm"] else ""
        return f"{storm}{english[-1]}-height"    # "Tsunami: 2.52 m", "Storm surge: 3 m" (storm-surge-height)
    if not any(w in _MEASURE_NOUNS for w in english):
        return None
    english = [w for w in english if w in _LABEL_ADJECTIVES] + [w for w in english if w not in _LABEL_ADJECTIVES]
    return slugify(" ".join(english)) or None
