"""Units next to numbers: percent, currencies, dimensions, people (English and Spanish).

Private to ``reconcile.quantities.parse``. Phrases are tuples of folded tokens (``lexicon.fold_word``);
``match_after``/``match_before`` return the longest phrase at a token position.
"""
from __future__ import annotations

import functools

from reconcile.quantities.modifiers import Hit
from reconcile.quantities.lexicon import SCALE, WORDS, times, tokenize
from reconcile.quantities.numbers import Num

# kind, unit code, factor applied to the number ("30 MUSD" is 30 million dollars)
Unit = tuple[str, str, float]

_CUR_CODES = {
    "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY", "cny": "CNY", "rmb": "CNY",
    "chf": "CHF", "aud": "AUD", "cad": "CAD", "nzd": "NZD", "hkd": "HKD", "mxn": "MXN",
    "cop": "COP", "ves": "VES", "vef": "VEF", "ars": "ARS", "brl": "BRL", "clp": "CLP",
    "pen": "PEN", "inr": "INR", "sek": "SEK", "btc": "BTC",
}
#: currency signs written before the amount that are no ISO code, matched as written (case
#: matters: "BS 5750" is a British Standard); None where a sign names several currencies
#: ("Bs": Bolivia and Venezuela; "Rs": India, Pakistan, Sri Lanka, Nepal; "L": Honduras,
#: Albania, Lesotho...). "Q" and "L" count only glued to the digits ("Q500", not "Q 500").
_CUR_SIGNS = {
    "Bs": None, "Bs.": None, "Bs.S": "VES", "Bs.S.": "VES", "BsS": "VES", "Bs.F": "VEF",
    "Bs.F.": "VEF", "BsF": "VEF", "Bs.D": "VED", "Bs.D.": "VED", "Ksh": "KES", "KSh": "KES",
    "Ksh.": "KES", "KSh.": "KES", "Rs": None, "Rs.": None, "S/": "PEN", "S/.": "PEN",
    "R$": "BRL", "RD$": "DOP", "MX$": "MXN", "Q": "GTQ", "L": None,
    "Tk": "BDT", "Tk.": "BDT",   # Bangladesh's taka as its press writes it: "Tk 35.2 million"
}
_GLUED_ONLY = frozenset({"Q", "L"})
_SIGN_CHARS = frozenset("./$")
_SIGN_ENDS = frozenset(tokenize(sign, "en")[-1].raw for sign in _CUR_SIGNS)   # "Bs.S": "S"
_SIGN_MAX = max(len(sign) for sign in _CUR_SIGNS)    # characters, so also tokens


@functools.cache
def _iso_codes() -> frozenset[str]:
    """ISO 4217 alphabetic codes ("KES", "XOF"), read from pycountry on first use."""
    import pycountry
    return frozenset(c.alpha_3 for c in pycountry.currencies)


#: ISO codes that are also words, names or acronyms in capitals before a number ("the TOP 10 list",
#: "ALL 500 SOLDIERS", "WORLD CUP 2022", "PHP 8", "SDG 5"), or no currency (XXX, XTS): a currency
#: before the digits only glued to them ("TOP10"), never spaced from them
_CODE_WORDS = frozenset({"ALL", "AWG", "BOB", "CHE", "CUP", "CVE", "GEL", "KGS", "MAD", "MOP",
                         "PHP", "RON", "RUB", "SDG", "SOS", "TOP", "TRY", "XTS", "XXX"})
#: those that are something else after a number too: a wire gauge ("12 AWG"), kilograms ("500 KGS"),
#: no currency. The others, after a number, are its currency ("500 RUB", "500 TRY", "500 CUP"): that
#: is where codes are written, and no word of theirs follows a number in capitals
_CODE_WORDS_AFTER = frozenset({"AWG", "KGS", "XTS", "XXX"})


def _spaced_code(toks, j: int, after: bool = False) -> str | None:
    """Token j as an ISO 4217 code in capitals, a whole word of its own ("KES" in "más de KES
    500", "500 KES"), not one of _CODE_WORDS (``after`` the number: _CODE_WORDS_AFTER); else None.
    Capitals only: "all", "top", "try"."""
    tok = toks[j]
    raw = tok.raw
    if len(raw) != 3 or not raw.isupper() or tok.kind != "w" or raw in (_CODE_WORDS_AFTER if after else _CODE_WORDS):
        return None
    if j and toks[j - 1].end == tok.start and toks[j - 1].kind in "wn":
        return None                                   # "5KES 500"
    if j + 1 < len(toks) and toks[j + 1].start == tok.end and toks[j + 1].kind in "wn":
        return None
    return raw if raw in _iso_codes() else None


_SYMBOLS = {"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₿": "BTC", "₹": "INR",
            "元": "CNY", "₡": "CRC", "₾": "GEL", "₭": "LAK", "ரூ": "LKR",
            # the signs of one currency each ("₽500", "₱500", "₺500" had been plain numbers)
            "₽": "RUB", "₱": "PHP", "₺": "TRY", "₩": "KRW", "₦": "NGN", "₪": "ILS", "₲": "PYG", "₴": "UAH",
            "₸": "KZT", "₫": "VND", "₵": "GHS", "₼": "AZN", "₮": "MNT", "৳": "BDT"}
#: the signs written before the amount as well as after it ("₽500", "500 ₽"); "元" and "ரூ" only after
_SYMBOLS_BEFORE = frozenset("$£€¥₿₹₡₾₭₽₱₺₩₦₪₲₴₸₫₵₼₮৳")
_DOLLAR_PREFIXES = {("us",): "USD", ("u", ".", "s"): "USD", ("u", ".", "s", "."): "USD",
                    ("c",): "CAD", ("ca",): "CAD", ("hk",): "HKD", ("au",): "AUD",
                    ("nz",): "NZD", ("mex",): "MXN", ("col",): "COP",
                    ("usd",): "USD", ("mxn",): "MXN", ("aud",): "AUD", ("cad",): "CAD",
                    ("nzd",): "NZD"}

_CUR_WORDS_EN = {
    "dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
    "u.s. dollars": "USD", "australian dollars": "AUD", "australian dollar": "AUD",
    "canadian dollars": "CAD", "hong kong dollars": "HKD", "new zealand dollars": "NZD",
    "cent": "cents", "cents": "cents", "pence": "pence", "penny": "pence", "pennies": "pence",
    "yen": "JPY", "yuan": "CNY", "chinese yuan": "CNY", "renminbi": "CNY", "kuai": "CNY",
    "franc": "FRF", "francs": "FRF", "swiss francs": "CHF", "swiss franc": "CHF",
    "euro": "EUR", "euros": "EUR", "pound sterling": "GBP", "pounds sterling": "GBP",
    "rupee": "INR", "rupees": "INR", "peso": "MXN", "pesos": "MXN", "markka": "FIM",
    "argentine pesos": "ARS", "argentinian pesos": "ARS", "chilean pesos": "CLP", "colombian pesos": "COP",
    "mexican pesos": "MXN", "uruguayan pesos": "UYU", "dominican pesos": "DOP",
    "philippine pesos": "PHP",
    "finnish markka": "FIM", "guilders": "NLG", "dutch guilders": "NLG", "pesetas": "ESP",
    "lira": "TRY", "turkish lira": "TRY", "bitcoin": "BTC", "bitcoins": "BTC",
    "satoshi": "satoshi", "satoshis": "satoshi", "bolivars": "VES", "bolivares": "VES",
    "soles": "PEN", "peruvian soles": "PEN", "reais": "BRL", "brazilian reais": "BRL", "quetzales": "GTQ",
    "quetzals": "GTQ", "colones": "CRC", "lempiras": "HNL", "cordobas": "NIO", "guaranis": "PYG", "guaranies": "PYG",
    # other currencies by their names in the news ("500 rubles" had been a plain number). A name several
    # currencies share is read as the one most often meant, and a topic in another of them takes it too
    # (SHARED_NAMES). Not "dong", "krone" or "dinar"
    "ruble": "RUB", "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "boliviano": "BOB", "bolivianos": "BOB",
    "dirham": "AED", "dirhams": "AED", "leu": "RON", "lei": "RON", "won": "KRW", "naira": "NGN",
    "shekel": "ILS", "shekels": "ILS", "new shekels": "ILS", "riyal": "SAR", "riyals": "SAR", "rand": "ZAR",
    "cuban peso": "CUP", "cuban pesos": "CUP", "hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN",
    "zlotys": "PLN", "forint": "HUF", "forints": "HUF", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
}
_CUR_WORDS_ES = {
    "dolar": "USD", "dolares": "USD", "dolares estadounidenses": "USD",
    "dolares australianos": "AUD", "dolares canadienses": "CAD",
    "dolares de hong kong": "HKD", "centavo": "cents", "centavos": "cents",
    "centimo": "cents", "centimos": "cents", "penique": "pence", "peniques": "pence",
    "yen": "JPY", "yenes": "JPY", "yuan": "CNY", "yuanes": "CNY", "euro": "EUR", "euros": "EUR",
    "franco": "FRF", "francos": "FRF", "francos suizos": "CHF", "marcos finlandeses": "FIM",
    "florines neerlandeses": "NLG", "florines": "NLG", "pesetas": "ESP", "peso": "COP",
    "pesos": "COP", "pesos colombianos": "COP", "pesos mexicanos": "MXN", "bolivares": "VES",
    "pesos argentinos": "ARS", "pesos chilenos": "CLP", "pesos uruguayos": "UYU", "pesos dominicanos": "DOP",
    "pesos filipinos": "PHP",
    "bolivar": "VES", "rupias": "INR", "liras": "TRY", "bitcoins": "BTC",
    "libras esterlinas": "GBP",
    # Latin America's other currencies, by the names its newsrooms write ("500 soles" had been 500 people)
    "soles": "PEN", "nuevos soles": "PEN", "reales": "BRL", "quetzales": "GTQ", "colones": "CRC",
    "lempiras": "HNL", "cordobas": "NIO", "guaranies": "PYG",
    # as in English (not "bolivianos": the people of Bolivia as often as their money)
    "peso cubano": "CUP", "pesos cubanos": "CUP", "rublo": "RUB", "rublos": "RUB", "dirham": "MAD",
    "dirhams": "MAD", "dirhames": "MAD", "leu": "RON", "lei": "RON", "won": "KRW", "wones": "KRW",
    "naira": "NGN", "nairas": "NGN", "sequel": "ILS", "sequeles": "ILS", "shekel": "ILS", "shekels": "ILS",
    "riyal": "SAR", "riyales": "SAR", "rial": "SAR", "riales": "SAR", "rand": "ZAR", "rands": "ZAR",
    "grivna": "UAH", "grivnas": "UAH", "zloty": "PLN", "zlotys": "PLN", "esloti": "PLN", "eslotis": "PLN",
    "florin hungaro": "HUF", "florines hungaros": "HUF", "forinto": "HUF", "forintos": "HUF", "bat": "THB",
    "bats": "THB", "ringgit": "MYR", "rupia indonesia": "IDR", "rupias indonesias": "IDR",
}
#: currency names several currencies share, and those currencies: the parser reads the first (above),
#: and a topic counting another of them takes the value too ("500 dirhams" in a topic in MAD)
SHARED_NAMES = {"dirham": ("AED", "MAD"), "dirhams": ("AED", "MAD"), "dirhames": ("MAD", "AED"),
                "riyal": ("SAR", "QAR", "OMR", "YER", "IRR"), "riyals": ("SAR", "QAR", "OMR", "YER", "IRR"),
                "riyales": ("SAR", "QAR", "OMR", "YER", "IRR"), "rial": ("SAR", "IRR", "OMR", "YER", "QAR"),
                "riales": ("SAR", "IRR", "OMR", "YER", "QAR"), "leu": ("RON", "MDL"), "lei": ("RON", "MDL"),
                "won": ("KRW", "KPW"), "wones": ("KRW", "KPW"), "rand": ("ZAR",)}
_MINOR = {"cents", "pence"}
#: Spanish scale words that "de" and a unit may follow ("medio millón de dólares", "un millar de euros")
_ES_SCALES = frozenset({"millon", "millón", "millones", "mil", "millar", "millares", "millardo", "millardos",
                        "billon", "billón", "billones"})

_DIM_EN = {
    "km": "km", "kilometer": "km", "kilometers": "km", "kilometre": "km", "kilometres": "km",
    "m": "m", "meter": "m", "meters": "m", "metre": "m", "metres": "m", "cm": "cm",
    "centimeter": "cm", "centimeters": "cm", "mm": "mm", "millimeter": "mm",
    "millimeters": "mm", "dm": "dm", "decimeter": "dm", "picometer": "pm", "picometers": "pm",
    # British spellings, as the -tre of "metre" and "kilometre": "271.5 millimetres (10.69 in) of rain"
    "centimetre": "cm", "centimetres": "cm", "millimetre": "mm", "millimetres": "mm", "decimetre": "dm",
    "millilitre": "ml", "millilitres": "ml", "cubic metres": "m3", "cubic metre": "m3", "cubic meter": "m3",
    "mile": "mi", "miles": "mi", "mi": "mi", "foot": "ft", "feet": "ft", "ft": "ft",
    "inch": "in", "inches": "in", "yard": "yd", "yards": "yd", "yd": "yd",
    "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg", "g": "g",
    "gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "mg": "mg", "milligram": "mg",
    "milligrams": "mg", "microgram": "ug", "micrograms": "ug", "microgramme": "ug",
    "microgrammes": "ug", "μg": "ug", "mcg": "ug", "lb": "lb", "lbs": "lb", "pound": "lb",
    "pounds": "lb", "ounce": "oz", "ounces": "oz", "oz": "oz", "ton": "t", "tons": "t",
    "tonne": "t", "tonnes": "t", "t": "t", "metric ton": "t", "metric tons": "t",
    "metric tonnes": "t", "drachma": "drachma", "gallon": "gal", "gallons": "gal",
    "gal": "gal", "liter": "l", "liters": "l", "litre": "l", "litres": "l", "ml": "ml",
    "milliliter": "ml", "milliliters": "ml", "barrel": "bbl", "barrels": "bbl",
    "cup": "cup", "cups": "cup", "tablespoon": "tbsp", "tablespoons": "tbsp",
    "teaspoon": "tsp", "teaspoons": "tsp", "cubic feet": "ft3", "cubic foot": "ft3",
    "cubic meters": "m3", "square meters": "m2", "square metres": "m2",
    "square kilometers": "km2", "square kilometres": "km2", "square miles": "mi2",
    "square feet": "ft2", "acre": "acre", "acres": "acre", "hectare": "ha", "hectares": "ha",
    "km2": "km2", "m2": "m2", "mph": "mph", "miles an hour": "mph", "miles per hour": "mph",
    "kilometers per hour": "km/h", "kilometres per hour": "km/h", "kph": "km/h",
    "kmph": "km/h", "km / hr": "km/h", "km / h": "km/h", "meters per millisecond": "m/ms",
    "centimeters / millisecond": "cm/ms", "km / ms": "km/ms", "mb": "MB", "gb": "GB",
    "kb": "kB", "tb": "TB", "bit": "bit", "bits": "bit", "byte": "B", "bytes": "B",
    "degree": "deg", "degrees": "deg", "rad": "rad", "radian": "rad", "radians": "rad",
    "turn": "turn", "turns": "turn", "cc": "cc",
    # a wind's or a ship's speed: "winds of upwards of 40 knots" (it had passed for a count of knots)
    "knot": "kn", "knots": "kn",
    # written with their symbols ("5 km²", "500 ha"): they had passed for counts (not "MW", a quake's "Mw" scale,
    # nor "°C", which extract reads as a measure's label)
    "km²": "km2", "m²": "m2", "mi²": "mi2", "ha": "ha", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh",
    "gwh": "GWh", "kgs": "kg", "kms": "km",
    # a battery's charge, a charger's power, a torque, a change of rates: "a 4,000 mAh battery", "25W charging",
    # "275 pound-feet", "25 basis points" (they had passed for counts of "mah", of "points", or for pounds)
    "mah": "mAh", "w": "W", "watt": "W", "watts": "W", "pound - feet": "lb-ft", "pound - foot": "lb-ft",
    "pounds - feet": "lb-ft", "pound feet": "lb-ft", "lb - ft": "lb-ft", "lb ft": "lb-ft", "basis points": "bp",
    "basis point": "bp", "bps": "bp",
    # a temperature written with a capital glued to the figure: "40C", "104F" (``_GLUED_CAPITALS``; not "40 °C",
    # which extract reads as a measure's label, as above)
    "c": "degC", "f": "degF",
    # a depth of rain in litres on a square metre, which is millimetres ("120 l/m²": it had passed for 120 of "l")
    **dict.fromkeys(("l / m²", "litres per square metre", "liters per square meter",
                     "litres per square meter", "litres a square metre"), "mm"),
}
_DIM_ES = {
    # the symbols of the conversions Spanish texts give in brackets: "215 km/h (130 mph)", "55 km (34 mi)"
    "mi": "mi", "mph": "mph", "ft": "ft",
    "km": "km", "kilometro": "km", "kilometros": "km", "m": "m", "metro": "m", "metros": "m",
    "cm": "cm", "centimetros": "cm", "mm": "mm", "milimetros": "mm", "milla": "mi",
    "millas": "mi", "pie": "ft", "pies": "ft", "pulgada": "in", "pulgadas": "in",
    "kg": "kg", "kilo": "kg", "kilos": "kg", "kilogramos": "kg", "g": "g", "gramos": "g",
    "libra": "lb", "libras": "lb", "onza": "oz", "onzas": "oz", "tonelada": "t",
    "toneladas": "t", "toneladas metricas": "t", "t": "t", "t . metrica": "t",
    "galon": "gal", "galones": "gal", "litro": "l", "litros": "l", "ml": "ml",
    "barril": "bbl", "barriles": "bbl", "pies cubicos": "ft3", "metros cuadrados": "m2",
    "metros cubicos": "m3", "kilometros cuadrados": "km2", "acre": "acre", "acres": "acre",
    "hectarea": "ha", "hectareas": "ha", "km2": "km2", "m2": "m2", "millas por hora": "mph",
    "kilometros por hora": "km/h", "km / h": "km/h", "bit": "bit", "bits": "bit",
    "mb": "MB", "gb": "GB", "grados": "deg", "rad": "rad", "vuelta": "turn",
    "vueltas": "turn", "cc": "cc", "nudos": "kn",
    "km²": "km2", "m²": "m2", "gw": "GW", "kw": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "kms": "km",
    "mah": "mAh", "w": "W", "vatios": "W", "puntos basicos": "bp", "punto basico": "bp",
    "c": "degC",
    # a depth of rain ("640,8 l/m²", "31 litros por metro cuadrado"; 1 l/m² is 1 mm), not litres
    **dict.fromkeys(("l / m²", "litros por metro cuadrado", "litros por m²"), "mm"),
}
_PEOPLE = {"people": "people", "persons": "people", "personas": "people",
           "individuals": "people", "individuos": "people"}
_PERCENT = {"%": 1, "percent": 1, "percents": 1, "per cent": 1, "percentage": 1, "pct": 1,
            "por ciento": 1, "por cien": 1, "porciento": 1,
            # a difference of percentages, in percent, the words of its unit one span ("3 percentage points")
            "percentage points": 1, "percentage point": 1, "puntos porcentuales": 1, "punto porcentual": 1}
#: unit symbols that must be written in lower case (not "M", which is million)
CASE_SENSITIVE = {"m", "t", "g", "mi", "dm", "cm", "mm", "km", "kms"}
#: how those are written with capitals too, which no other word is: "12 Km de profundidad", "KM 45"
_CAPITALISED_SYMBOLS = frozenset({"Km", "KM", "Kms", "KMS"})
#: unit symbols that are a unit only as a capital glued to the figure: "40C", "104F", "25W" (not "Route 40 C",
#: "5 W" of a bearing, "Plan B" nor "grade c")
_GLUED_CAPITALS = {"c": "C", "f": "F", "w": "W"}


def _table(*dicts: dict[str, Unit]) -> dict[str, list[tuple[tuple[str, ...], Unit]]]:
    out: dict[str, list[tuple[tuple[str, ...], Unit]]] = {}
    for d in dicts:
        for phrase, unit in d.items():
            key = tuple(phrase.split())
            out.setdefault(key[0], []).append((key, unit))
    for entries in out.values():
        entries.sort(key=lambda e: -len(e[0]))
    return out


def _build(lang: str):
    cur_words = _CUR_WORDS_EN if lang == "en" else _CUR_WORDS_ES
    dims = _DIM_EN if lang == "en" else _DIM_ES
    after: dict[str, Unit] = {}
    after.update({p: ("percent", "percent", 1) for p in _PERCENT})
    after.update({w: ("dimension", u, 1) for w, u in dims.items()})
    after.update({w: ("currency", u, 1) for w, u in cur_words.items()})
    after.update({w: ("currency", u, 1) for w, u in _CUR_CODES.items()})
    after.update({"m" + w: ("currency", u, 1e6) for w, u in _CUR_CODES.items() if w != "rmb"})
    after.update({s: ("currency", u, 1) for s, u in _SYMBOLS.items()})
    after.update({c + " $": ("currency", u, 1) for c, u in
                  (("usd", "USD"), ("mxn", "MXN"))})
    after.update({w: ("people", u, 1) for w, u in _PEOPLE.items()})
    before: dict[str, Unit] = {}
    before.update({s: ("currency", u, 1) for s, u in _SYMBOLS.items() if s in _SYMBOLS_BEFORE})
    before.update({" ".join(p) + " $": ("currency", u, 1) for p, u in _DOLLAR_PREFIXES.items()})
    before.update({"u $ d": ("currency", "USD", 1), "u $ s": ("currency", "USD", 1)})   # "u$s", Argentina's USD
    before.update({w: ("currency", u, 1) for w, u in _CUR_CODES.items() if w not in ("pen",)})
    before.update({"m" + w: ("currency", u, 1e6) for w, u in _CUR_CODES.items()
                   if w in ("usd", "eur", "gbp", "aud", "cad")})
    if lang == "es":
        before.update({"dolar": ("currency", "USD", 1), "dolares": ("currency", "USD", 1)})
    else:
        before.update({"percent of": ("percent", "percent", 1),
                       "percents of": ("percent", "percent", 1),
                       "per cent of": ("percent", "percent", 1)})
    return _table(after), _table(before)


TABLES = {"en": _build("en"), "es": _build("es")}
MINOR_UNITS = _MINOR


@functools.lru_cache(maxsize=1024)
def unit_named(name: str) -> Unit | None:
    """The unit a name says on its own, as the parser attaches it to a number: "%", "percentage",
    "por ciento" (percent), "dollars", "USD", "dólares" (USD), "kilometres", "km", "people",
    "personas"; None for any other name (a counted noun: "deaths", "soldados"). A topic's
    ``unit`` is compared with its values' units through it."""
    text = name.strip()
    for lang in ("en", "es"):
        toks = tokenize(text, lang)
        if not toks:
            continue
        for table in TABLES[lang]:
            for phrase, unit in table.get(toks[0].t, ()):
                if len(phrase) == len(toks) and all(t.t == p for t, p in zip(toks, phrase)):
                    return unit
    if len(text) == 3 and text.upper() in _iso_codes():
        return ("currency", text.upper(), 1)
    return None


#: currency names that are also verbs after a count: money only when no word follows
_VERB_NAMES = frozenset({("won",)})


def match_after(toks, k: int, n: int, lang: str):
    """Longest unit phrase starting at token k: (end index, Unit) or None."""
    if k >= n:
        return None
    entries = TABLES[lang][0].get(toks[k].t)
    if not entries:
        return None
    for phrase, unit in entries:
        end = k + len(phrase)
        if end > n:
            continue
        if all(toks[k + x].t == phrase[x] for x in range(1, len(phrase))):
            if phrase[0] in CASE_SENSITIVE and toks[k].raw != phrase[0] and toks[k].raw not in _CAPITALISED_SYMBOLS:
                continue
            if len(phrase) == 1 and phrase[0] in _GLUED_CAPITALS and (
                    toks[k].raw != _GLUED_CAPITALS[phrase[0]] or k == 0 or toks[k - 1].end != toks[k].start):
                continue
            if phrase in _VERB_NAMES and end < n and toks[end].kind == "w":
                continue   # "12 won seats": the verb; "500 billion won ($375m)", "500 won." the money
            last = toks[end - 1]
            # a unit word glued to more letters or digits is not this unit ("24703m212")
            if end < n and toks[end].start == last.end and (
                    toks[end].kind == "n" or toks[end].kind == "w"):
                continue
            return end, unit
    return None


def match_before(toks, k: int, lang: str):
    """Longest unit phrase ending right before token k: (start index, Unit) or None."""
    best = None
    table = TABLES[lang][1]
    for j in range(max(0, k - 4), k):
        entries = table.get(toks[j].t)
        if not entries:
            continue
        for phrase, unit in entries:
            if j + len(phrase) == k and all(toks[j + x].t == phrase[x] for x in range(len(phrase))):
                if j > 0 and toks[j - 1].kind == "w" and toks[j - 1].end == toks[j].start:
                    continue
                return j, unit
    return best


def currency_sign(toks, k: int):
    """The currency written right before token k that the unit tables do not hold: an ISO 4217
    code in capitals glued to the digits ("KES500") or spaced from them ("KES 500", not "TOP
    10"), or a sign of _CUR_SIGNS ("Bs.S500", "Rs 500", "S/.500", "R$500"). (start index,
    code or None) or None."""
    if k == 0:
        return None
    j = k - 1
    last = toks[j]
    glued = last.end == toks[k].start
    if not glued and len(last.raw) == 3 and toks[k].attached in (None, "m"):   # not "AMD 7950X" ("KES 500m": millions)
        code = _spaced_code(toks, j)
        if code is not None:
            return j, code
    if not glued and last.raw not in _SIGN_ENDS or last.kind != "w" and last.t not in _SIGN_CHARS:
        return None
    # the whole run of letters and sign characters written together before the number
    while j > 0 and toks[j - 1].end == toks[j].start and (
            toks[j - 1].kind == "w" or toks[j - 1].t in _SIGN_CHARS):
        j -= 1
        if k - j > _SIGN_MAX:
            return None
    if j > 0 and toks[j - 1].end == toks[j].start and toks[j - 1].kind == "n":
        return None                                   # "5Bs500"
    sign = "".join(toks[x].raw for x in range(j, k))
    if sign == "Q" and _a_quarter(toks, k):
        return None                                   # "Q4 2014", "Q3 revenue": a quarter of a year, a date part
    if sign in _CUR_SIGNS:
        return None if sign in _GLUED_ONLY and not glued else (j, _CUR_SIGNS[sign])
    if glued and j == k - 1 and len(sign) == 3 and sign.isupper() and sign in _iso_codes():
        return j, sign
    return None


#: scale words after a sum in quetzales ("Q4 millones", "Q1 billion"): no quarter of a year
_SCALES_AFTER_Q = frozenset("million millions billion billions bn mn mil millon millones millardo millardos".split())


def _a_quarter(toks, k: int) -> bool:
    """Whether the digit at token ``k``, glued after a "Q", names a quarter of a year ("Q1" to "Q4", as
    "T4" in Spanish): one digit, nothing glued to it, no scale word after it."""
    if toks[k].raw not in ("1", "2", "3", "4") or toks[k].attached is not None:
        return False
    return k + 1 == len(toks) or toks[k + 1].t not in _SCALES_AFTER_Q


# --- attaching units to numbers ---------------------------------------------------------------
def _word_not_currency(toks, i0: int) -> bool:
    """The word right before token i0 is no currency code or sign ("x" in "x500", not "USD")."""
    return toks[i0 - 1].t not in _CUR_CODES and currency_sign(toks, i0) is None


def glued_to_word(toks, i0: int, lang: str) -> bool:
    """True for a number written against letters on its left, directly or through a hyphen
    ("x500", "0x10", "A12", "COVID-19", "over-500"): part of a name or a code, not a quantity.
    A currency code or sign ("USD115", "KES500", "Bs500"), a number word before a dash
    ("ten-20") and a quake's magnitude ("a magnitude-7.1 earthquake") do not count."""
    while True:                       # (a loop, not recursion: "1-1-1-...-1" a thousand times is no stack overflow)
        if i0 == 0:
            return False
        prev = toks[i0 - 1]
        if prev.end != toks[i0].start:
            return False
        if prev.kind == "w":
            return _word_not_currency(toks, i0)
        if prev.kind == "s" and prev.t == "#":
            return True               # "la depresión tropical #12", "#1 hit": a number of a name or rank
        if prev.kind != "s" or prev.t not in "-–" or i0 < 2:
            return False
        word = toks[i0 - 2]
        if word.kind != "w" and word.end == prev.start:
            i0 -= 2                   # "A330-203", "SCP2-173": the rest of a code, if what is before it is one
            continue
        return (word.kind == "w" and word.end == prev.start and word.t not in _CUR_CODES
                and word.t not in WORDS[lang] and word.t not in _MEASURE_BEFORE_DASH
                and not _unit_of_digits(toks, i0 - 2, lang))


#: a measure's name that a dash joins to its figure, no name with digits: "a magnitude-7.1 earthquake" (the
#: figure after it as "the 7.1-magnitude quake"; the dash is no minus either, glued to the word before it)
_MEASURE_BEFORE_DASH = frozenset({"magnitude", "magnitud"})


def _unit_of_digits(toks, k: int, lang: str) -> bool:
    """Whether the word at ``k`` is a unit glued to the digits before it ("2m-3m", "5kg-10kg"): the first
    end of a range, whose dash is no part of a name ("COVID-19")."""
    word = toks[k]
    return (k > 0 and toks[k - 1].kind == "n" and toks[k - 1].attached == word.t and toks[k - 1].end == word.start
            and any(len(phrase) == 1 for phrase, _ in TABLES[lang][0].get(word.t, ())))


def _code_before_dash(toks, k: int, lang: str) -> bool:
    """Whether the text glued before the dash at ``k`` has a letter, a name or a code
    ("COVID-19", "SCP2-173") whose number takes no unit; digits alone are the first end
    of a range ("31-34%", "31–34 km"; "del 31-34%"), whose unit is the second end's."""
    while k > 0 and toks[k - 1].end == toks[k].start:
        k -= 1
        if toks[k].kind == "w":
            return not _unit_of_digits(toks, k, lang)
    return False


#: the names of a quake's scale, whose "degrees" are no angle ("grados en la escala de Richter")
_QUAKE_SCALES = frozenset({"richter", "mercalli", "magnitud", "magnitude"})


def _a_quake_scale(toks, k: int, n: int) -> int | None:
    """The end of the words from token k that name a quake's scale, before any sign: "en la escala
    abierta de Richter", "on the Richter scale" (not "en la escala Celsius"); else None. The value
    keeps them: "7,8 grados" alone is an angle again when extract writes it as a claim's value."""
    for j in range(k, min(n, k + 7)):
        if toks[j].kind != "w":
            return None
        if toks[j].t in _QUAKE_SCALES:
            return j + 2 if j + 1 < n and toks[j + 1].t in ("scale", "escala") else j + 1
    return None


def attach_unit(toks, num: Num, n: int, lang: str, min_start: int = 0) -> Hit:
    i0, i1, value = num.i0, num.i1, num.value
    hit = Hit(i0, i1, "exact", value, value, points=[(value, i0, i1, i0, i1)])
    last = toks[i1 - 1]
    glued = i0 > 0 and toks[i0 - 1].end == toks[i0].start
    # the second end of "31-34%", or the number of "COVID-19"
    dash_end = glued and i0 > 1 and toks[i0 - 1].t in "-–" and toks[i0 - 2].end == toks[i0 - 1].start
    if glued and toks[i0 - 1].kind == "w" and _word_not_currency(toks, i0) \
            or dash_end and _code_before_dash(toks, i0 - 1, lang):
        return hit
    unit = None
    k = i1
    if k < n and toks[k].t in ("-", "–") and toks[k].start == last.end and k + 1 < n \
            and toks[k + 1].kind == "w" and toks[k + 1].start == toks[k].end:
        k += 1          # "3-inch", "12-cent", "one-yen"
    for brackets in (("(", ")"), ("[", "]"), ("{", "}"), ("<", ">")):
        if k + 2 < n and toks[k].t == brackets[0] and toks[k + 2].t == brackets[1]:
            m = match_after(toks, k + 1, n, lang)
            if m and m[0] == k + 2:
                unit = (k + 3, m[1])
            break
    if unit is None and k == i1 < n and toks[k].start > last.end and len(toks[k].raw) == 3:
        code = _spaced_code(toks, k, after=True)      # "500 KES", "500 RUB"; "500 CUP" is pesos, "500 cups" cups
        if code is not None:
            unit = (k + 1, ("currency", code, 1))
    if unit is None:
        unit = match_after(toks, k, n, lang)
        if unit is None and lang == "es" and (num.tail_scale or toks[i1 - 1].t in _ES_SCALES) and k + 1 < n \
                and toks[k].t == "de":
            unit = match_after(toks, k + 1, n, lang)       # "2.400 millones de galones", "medio millón de dólares"
        if unit is None and lang == "es" and k + 1 < n and toks[k].t == "de" and value < 1:
            unit = match_after(toks, k + 1, n, lang)       # "1/4 de milla"
        if unit is None and k + 1 < n and toks[k].kind == "w" and toks[k].t in ("m", "km", "cm") \
                and toks[k + 1].t in ("2", "3") and toks[k + 1].start == toks[k].end \
                and (k + 2 >= n or toks[k + 2].start > toks[k + 1].end
                     or toks[k + 2].kind == "s"):
            unit = (k + 2, ("dimension", toks[k].t + toks[k + 1].t, 1))
    if dash_end and unit is not None and unit[1][0] == "people":
        unit = None           # "50-60 people": the unit of a range's end, not the counted noun
    scale_end = _a_quake_scale(toks, unit[0], n) if unit is not None and unit[1][1] == "deg" else None
    if scale_end is not None:
        hit.i1 = scale_end    # "7,7 grados en la escala de Richter": a magnitude, no angle (as "a 7.7-magnitude")
        return hit
    before = None
    at = num.digits_at                                # the currency of "-$2 million" is after its sign
    if unit is None or unit[1][0] != "percent":
        before = match_before(toks, at, lang)
        if before is None and at and (toks[at - 1].raw in _SIGN_ENDS or len(toks[at - 1].raw) == 3
                                      or toks[at - 1].end == toks[at].start):
            sign = currency_sign(toks, at)            # "KES500", "KES 500", "Bs.S500", "R$ 500"
            if sign is not None:
                before = sign[0], ("currency", sign[1], 1)
        if before and (before[0] < min_start or before[1][0] == "percent" and unit is not None):
            before = None                             # already the previous amount's unit
        if before is not None and before[0] > i0:
            before = i0, before[1]                    # the amount starts at its sign
    if (before is not None and unit is not None and unit[1][0] == before[1][0] == "currency"
            and unit[0] < n and toks[unit[0]].kind == "n"):
        unit = None                                   # "$ 20,000.00 $ 37,305.97"
    if (before is not None and before[1][0] == "currency" and unit is not None and unit[1][1] == "m"
            and last.attached == "m"):
        # "USD 2.5m", "EUR 3m": an "m" glued to an amount of money is million, as in "$2.5m" (lexicon.MONEY_SIGNS)
        unit, before = None, (before[0], (*before[1][:2], times(before[1][2], 1e6)))
        hit.i1 = i1 + 1
    if before is not None and (unit is None or unit[1][0] != "currency"):
        hit.i0, (kind, code, factor) = before[0], before[1]
        hit.pre = True
        if kind == "percent" and unit is None:
            hit.unit_kind = hit.unit = "percent"      # "percent of 10"
            hit.points = [(value, i0, i1, hit.i0, hit.i1)]
            return hit
        value = times(value, factor)
        hit.unit_kind, hit.unit = kind, code
        if unit is not None and unit[1][0] == "currency":
            hit.i1 = unit[0]
    elif unit is not None:
        end, (kind, code, factor) = unit
        if code == "lb" and lang and num.tail_scale >= 1e6:
            kind, code = "currency", "GBP"   # "361 million pounds" is money, "25 pounds" weight
        value = times(value, factor)
        hit.i1, hit.unit_kind, hit.unit = end, kind, code
    else:
        return hit
    # "75 USD million"
    if hit.unit_kind == "currency" and hit.i1 < n and toks[hit.i1].kind == "w":
        w = WORDS[lang].get(toks[hit.i1].t)
        if w and w[0][0] == SCALE and not num.tail_scale:
            value = times(value, w[1])
            hit.i1 += 1
    hit.lo = hit.hi = value
    hit.points = [(value, i0, i1, hit.i0, hit.i1)]
    return hit


#: the word between a vague band and its unit: "millions of dollars", "miles de euros"
_BAND_OF = {"en": "of", "es": "de"}


def attach_band_unit(toks, hit: Hit, lang: str) -> None:
    """The unit written after a vague band ("millions of dollars", "miles de euros", "hundreds of
    km", "dozens of percent"), as ``attach_unit`` gives an exact figure its own ("$5 million" is in
    USD): ``hit`` takes the unit and ends after it. A unit that scales its number ("MUSD") or that a
    figure follows ("thousands of $ 5 bills") is left alone, and so is "people" ("hundreds of people"):
    a counted noun, no unit (SPEC §4), which the band's reader takes as its noun."""
    n = len(toks)
    k = hit.i1
    if k < n and toks[k].t == _BAND_OF[lang]:
        k += 1
    found = match_after(toks, k, n, lang)
    if found is None:
        return
    end, (kind, code, factor) = found
    if factor != 1 or kind == "people" or end < n and toks[end].kind == "n":
        return
    hit.i1, hit.unit_kind, hit.unit = end, kind, code


def _scaled(toks, hit: Hit) -> bool:
    """Whether a scale word or suffix is part of the amount ("$2 million", "$5m"): no cents
    follow it, so "$2 million and 30 tents" is two figures."""
    return any(t.scale or t.kind == "w" and any(WORDS[lang].get(t.t, ("",))[0][:1] == SCALE for lang in WORDS)
               for t in toks[hit.i0:hit.i1])


def merge_compounds(toks, hits: list[Hit]) -> None:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "25 euros con 50"."""
    k = 0
    while k + 1 < len(hits):
        a, b = hits[k], hits[k + 1]
        gap = toks[a.i1:b.i0]
        if (a.unit_kind == "currency" and a.unit not in MINOR_UNITS
                and (b.unit in MINOR_UNITS
                     or b.unit is None and b.unit_kind != "currency")   # not "Bs 500 and Rs 20"
                and a.unit not in ("satoshi", "BTC") and not a.pre_merged and not b.glued
                and len(gap) <= 1 and all(t.t in ("and", "y", "con") for t in gap)
                and b.lo == int(b.lo) and 0 < b.lo < 100 and a.lo == a.hi == int(a.lo)
                and (b.unit in MINOR_UNITS or not _scaled(toks, a))
                and (b.unit is not None or b.i1 >= len(toks) or toks[b.i1].kind != "w"
                     or toks[b.i1].t not in ("dollar", "dollars", "dolares", "usd"))):
            a.lo = a.hi = a.lo + b.lo / 100
            a.points = [(a.lo, a.i0, b.i1, a.i0, b.i1)]
            a.pre_merged = True
            a.i1 = b.i1
            del hits[k + 1]
            continue
        if (a.unit_kind == "dimension" and a.unit == "ft" and len(gap) <= 1
                and all(t.t == "and" for t in gap) and (b.unit == "in" or (
                    b.unit is None and b.i1 < len(toks) and toks[b.i1].t == "in"))):
            a.lo = a.hi = a.lo + b.lo / 12
            a.points = [(a.lo, a.i0, b.i1, a.i0, b.i1)]
            a.i1 = b.i1 + (1 if b.unit is None else 0)
            del hits[k + 1]
            continue
        k += 1


