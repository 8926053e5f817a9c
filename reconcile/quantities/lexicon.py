"""Lexicons and the tokenizer behind the quantity parser (English and Spanish).

Private to ``reconcile.quantities.parse``. Words are compared lower-cased and without
accents (``fold_word``); digit strings are read by language *and* shape
(``digit_segments``).
"""
from __future__ import annotations

import decimal
import functools
import math
import re
import unicodedata

_FOLD = str.maketrans("áéíóúüàèìòùÁÉÍÓÚÜÀÈÌÒÙ", "aeiouuaeiouAEIOUUAEIOU")


def fold_word(word: str) -> str:
    """A word as the number tables hold it: lower-case, vowel accents removed, ñ kept ("años"
    is not "anos"). Names fold with ``model.names.fold_name``."""
    return word.lower().translate(_FOLD)


def times(a: float, b: float) -> float:
    """``a * b`` as the decimals written: "4.1 million" is 4,100,000, where the binary product
    is 4,099,999.9999999995 and a same figure written 4100000 would conflict with it. Every
    number times a scale word, a suffix or a unit factor goes through here."""
    p = a * b
    if not math.isfinite(p) or a % 1 == 0 and b % 1 == 0 and abs(p) <= 2 ** 53:
        return p                      # whole numbers multiply exactly (the common case, and cheap), up to 2^53
        # (5 x 1e24 is 4.999999999999999e+24 in binary: above, the decimals as written)
    return float(decimal.Decimal(repr(a)) * decimal.Decimal(repr(b)))


# --- tokens ----------------------------------------------------------------------------------
# n: digits (with separators, exponent, power); f: vulgar fraction; w: word; s: any other char
TOKEN_RE = re.compile(r"""
 (?P<n>(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?(?!\d|[.,]\d)
   |\d+(?:[.,]\d+)*(?:[eE][+-]?\d+(?!\w))?(?:\^[+-]*\d+)?(?:[x×]10\^[+-]?\d+)?
   |(?<![\w.,])[.,](?<![sS]/.)\d+)    # ".5", but not in "S/.500" (soles)
 |(?P<f>[\u00bc-\u00be\u2150-\u215e])
 |(?P<w>[^\W\d_]+)
 |(?P<s>\S)""", re.X)
_BASE_RE = re.compile(r"[\d.,\u00a0\u202f ]+")
_TAIL_RE = re.compile(r"(?:[eE]([+-]?\d+))?(?:\^([+-]*)(\d+))?(?:[x×]10\^([+-]?\d+))?$")
_SEP_SPLIT = re.compile(r"([.,])")
URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.I)

#: numeric suffixes written right after digits ("40k", "1.5bn", "10M"); case matters for M/m
SUFFIX_ATTACHED = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "G": 1e9, "b": 1e9, "B": 1e9,
                   "bn": 1e9, "Bn": 1e9, "BN": 1e9, "bln": 1e9, "tn": 1e12, "tln": 1e12, "mln": 1e6, "mn": 1e6}
#: the same after a space ("2.33 k", "10 bln")
SUFFIX_SPACED = {"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "G": 1e9, "bn": 1e9, "bln": 1e9,
                 "tln": 1e12, "mln": 1e6, "mn": 1e6}
#: what a wire counts in millions written "1.2m" (not a length: "a 1.2m wall", "1.2m tall")
_COUNTED_AFTER = re.compile(r"\s+(?:(?:people|persons|refugees|migrants|immigrants|residents|inhabitants|citizens|"
                            r"voters|viewers|users|customers|children|students|workers|employees|jobs|homes|"
                            r"households|visitors|tourists|passengers|members|supporters|fans|subscribers|"
                            r"soldiers|troops|protesters|demonstrators|marchers|pilgrims|patients|victims|"
                            r"deaths|cases|infections|vaccinations|doses|votes|ballots|signatures|displaced|"
                            r"personas|refugiados|migrantes|habitantes|votantes|votos|casos|muertes|viviendas|"
                            r"hogares)\b|(?-i:[A-Z][a-z]+(?:ans|ians|ese|is)\b))", re.I)
# (and a people written with a capital: "1.2m Venezuelans", "2m Syrians", "1.5m Congolese")
#: signs of money: a lowercase "m" glued to an amount of money is million ("£500m", "$5m"); after
#: any other number it is metres ("500m")
MONEY_SIGNS = frozenset("$£€¥₿₡₾₭₹₽₱₺₩₦₪₲₴₸₫₵₼₮")
#: the words between a range's two ends (``modifiers``' range table, which this module cannot import)
_RANGE_WORDS = frozenset({"-", "–", "—", "~", "to", "through", "thru", "till", "until", "and", "a", "al", "y", "e",
                          "hasta"})


def _after_money(toks: list[Tok]) -> bool:
    """Whether the digits last appended are a range's second end whose first end is money ("£5-10m",
    "USD 2.5m to 3m", "$2m-3m"): their glued "m" is million, as the first end's is (SPEC §4: a scale after
    a range applies to both ends). Money is a sign before the first end, or a currency code's shape:
    three capitals ("USD 2m-3m")."""
    k = len(toks) - 2
    if k < 1 or toks[k].t not in _RANGE_WORDS:
        return False
    k -= 1
    if k >= 1 and toks[k].kind == "w" and toks[k - 1].kind == "n" and toks[k - 1].attached == toks[k].t:
        k -= 1                                # "USD 2m-3m": the first end's "m" is a word of its own here
    if toks[k].kind != "n" or k < 1:
        return False
    before = toks[k - 1]
    return before.t in MONEY_SIGNS or len(before.raw) == 3 and before.raw.isalpha() and before.raw.isupper()


#: month names and their abbreviations, folded, in both languages
MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec "
    "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
    "diciembre ene abr ago dic".split())


class Tok:
    __slots__ = ("kind", "t", "raw", "start", "end", "value", "attached", "scale")

    def __init__(self, kind, t, raw, start, end, value=None):
        self.kind = kind      # "n" | "w" | "s"
        self.t = t            # folded word / raw digits / symbol
        self.raw = raw
        self.start = start
        self.end = end
        self.value = value    # float for "n"
        self.attached = None  # word glued to digits that is not a numeric suffix ("180ml")
        self.scale = 0.0      # the numeric suffix folded into value ("3 bn": 1e9), 0 when none


#: the most digit groups one number is read from ("1,000,000,000,000,000,000,000": 8)
MAX_GROUPS = 8


def _thousands_ok(nums: list[str], sep: str, lang: str) -> bool:
    first = nums[0]
    if not 1 <= len(first) <= 3 or first.startswith("0"):
        return False
    if all(len(g) == 3 for g in nums[1:]):
        return True
    # Indian grouping: 12,34,567
    return (sep == "," and lang == "en" and len(nums) >= 3 and len(nums[-1]) == 3
            and all(len(g) == 2 for g in nums[1:-1]) and 1 <= len(nums[0]) <= 2)


def _interp(nums: list[str], seps: list[str], lang: str, thousands_only: bool = False):
    """Value of digit groups joined by separators, or None if the shape is not a number."""
    if not seps:
        return None if thousands_only else int(nums[0])
    thou = "." if lang == "es" else ","
    if len(seps) == 1:
        a, b = nums
        if (len(b) == 3 and 1 <= len(a) <= 3 and not a.startswith("0") and seps[0] == thou):
            return int(a + b)
        return None if thousands_only else float(a + "." + b)
    if len(set(seps)) == 1:
        return int("".join(nums)) if _thousands_ok(nums, seps[0], lang) else None
    body, last = seps[:-1], seps[-1]
    if thousands_only or len(set(body)) != 1 or body[0] == last:
        return None
    if not _thousands_ok(nums[:-1], body[0], lang):
        return None
    return float("".join(nums[:-1]) + "." + nums[-1])


def _float(value) -> float:
    try:
        return float(value)
    except OverflowError:
        return math.inf


def digit_segments(raw: str, lang: str) -> tuple[tuple[int, int, float], ...]:
    """Split a digit token into numbers: (offset, end offset, value). Digits alone ("6399") are
    one number, read at once (running text is full of distinct ones, which only churned the
    cache); the rest is cached: claims files repeat the same digit strings ("1,200") across many
    stated values."""
    if raw.isdecimal():               # what ``_digit_segments`` makes of it, without its steps
        return ((0, len(raw), _float(int(raw))),)
    return _segments(raw, lang)


@functools.lru_cache(maxsize=65536)
def _segments(raw: str, lang: str) -> tuple[tuple[int, int, float], ...]:
    return tuple((a, b, _float(v)) for a, b, v in _digit_segments(raw, lang))


def _digit_segments(raw: str, lang: str) -> list[tuple[int, int, float]]:
    m = _BASE_RE.match(raw)
    base = m.group(0).rstrip(" \u00a0\u202f") if m else ""
    tail = raw[len(base):]
    if base[:1] in ".,":
        value = float("0." + base[1:])
        return [(0, len(raw), _apply_tail(value, tail))]
    if any(c in base for c in " \u00a0\u202f"):
        groups = re.split(r"[ \u00a0\u202f]", base)
        last = _SEP_SPLIT.split(groups[-1])
        digits = "".join(groups[:-1]) + last[0]
        value = float(digits + "." + last[2]) if len(last) == 3 else int(digits)
        return [(0, len(raw), value)]
    parts = _SEP_SPLIT.split(base)
    nums, seps = parts[0::2], parts[1::2]
    value = _interp(nums, seps, lang)
    if value is not None:
        return [(0, len(raw), _apply_tail(value, tail))]
    out = []
    pos, k = 0, 0
    while k < len(nums):
        found = False
        # the longest run of groups from k that is one number: at most MAX_GROUPS of them (a
        # quadrillion), so that a hostile run of "1.1.1.1..." costs its length, not its cube
        for j in range(min(len(nums), k + MAX_GROUPS), k + 1, -1):
            v = _interp(nums[k:j], seps[k:j - 1], lang, thousands_only=True)
            if v is not None:
                length = sum(len(g) for g in nums[k:j]) + (j - k - 1)
                out.append((pos, pos + length, v))
                pos += length + 1
                k = j
                found = True
                break
        if not found:
            out.append((pos, pos + len(nums[k]), int(nums[k])))
            pos += len(nums[k]) + 1
            k += 1
    return out


def _apply_tail(value, tail: str):
    if not tail:
        return value
    m = _TAIL_RE.match(tail)
    if not m:
        return value
    exp, psign, power, sci = m.groups()
    try:
        if exp:
            value = times(value, 10.0 ** int(exp))
        if power:
            p = int(power) * (-1 if psign.count("-") % 2 else 1)
            value = float(value) ** p
        if sci:
            value = times(value, 10.0 ** int(sci))
    except (OverflowError, ZeroDivisionError):
        return math.inf
    return value


_FOLDED: dict[str, str] = {}

#: the languages the parser reads (SPEC §4)
LANGS = ("en", "es")
#: regions whose Spanish writes figures with a decimal point, as English does ("1,200.5"; CLDR's es-MX, es-US,
#: Central America, the Caribbean and es-419): "1.200" is 1.2 there, 1,200 in Spain
_DECIMAL_POINT_REGIONS = frozenset("MX US GT HN SV NI PA DO PR 419".split())
_LANG_TAG = re.compile(r"(en|es)(?:[-_]([a-z]{2}|[0-9]{3}))?", re.I)
#: a figure with a comma before exactly three digits and no scale word after it ("90,000", "1,620"): 90 and 1.62 in
#: Spain, which writes a decimal comma; 90,000 and 1,620 in Mexico, Central America and the Caribbean, which write
#: a thousands comma (``_DECIMAL_POINT_REGIONS``); no count has three decimals, so plain "es" reads a count's as
#: thousands
COMMA_THREE = re.compile(r"(?<![\d.,])([1-9]\d{0,2}),(\d{3})(?!\d|[.,]\d)(?!\s*(?:de\s+)?(?:mil|mill[oó]n|millones|"
                         r"millardos?|bill[oó]n|billones|thousand|million|billion|trillion|bn|mn|m|k)\b)", re.I)
#: the rule every parser and ``reconcile parse --lang`` states when a language is refused
LANG_RULE = ("'en', 'es', a regional tag of one of them ('en-GB', 'es-ES', 'es-MX': its language, figures written "
             "as the region writes them) or None (detected)")


@functools.lru_cache(maxsize=256)
def language_tag(lang: str) -> str | None:
    """``lang`` as the parser reads it ("en", "es", or a regional tag as BCP 47 writes it: "es-MX",
    "es-419"), or None when it is no language the parser reads ("fr", "english")."""
    match = _LANG_TAG.fullmatch(lang)
    if match is None:
        return None
    base, region = match.group(1).lower(), match.group(2)
    return base if region is None else f"{base}-{region.upper()}"


def digits_lang(tag: str) -> str:
    """The language whose way of writing figures a tag reads: "es" for Spanish ("1.200" is 1,200),
    "en" for English and for Spanish of a region that writes "1,200.5" (es-MX)."""
    if tag in LANGS:
        return tag
    return "en" if tag[:2] == "en" or tag[3:] in _DECIMAL_POINT_REGIONS else "es"


def tokenize(text: str, lang: str) -> list[Tok]:
    """Tokens of ``text``; numeric suffixes ("40k", "2.33 k") are folded into the number.
    ``lang``: "en", "es" or a regional tag (``language_tag``), whose region tells how figures read."""
    digits = digits_lang(lang)
    lang = lang[:2]
    toks: list[Tok] = []
    append = toks.append
    folded = _FOLDED
    prev = None                       # the last token appended
    for m in TOKEN_RE.finditer(text):
        kind = m.lastgroup
        raw = m.group()
        start, end = m.span()
        if kind == "w":
            t = folded.get(raw)
            if t is None:
                t = fold_word(raw)
                if len(folded) < 100_000:
                    folded[raw] = t
            if prev is not None and prev.kind == "n" and prev.attached is None:
                if prev.end == start:
                    mult = SUFFIX_ATTACHED.get(raw)
                    if mult is None and raw == "mil":
                        mult = 1e6 if lang == "en" else 1e3
                    if mult is None and raw == "m" and len(toks) > 1 and toks[-2].t in MONEY_SIGNS \
                            and toks[-2].end == prev.start:
                        mult = 1e6                    # "£500m", "$5m": money in millions, not metres
                    if mult is None and raw == "m" and _after_money(toks):
                        mult = 1e6                    # "£5-10m", "USD 2.5m to 3m": the second end of a sum of money
                    if mult is None and raw == "m" and _COUNTED_AFTER.match(text, end):
                        mult = 1e6                    # "1.2m people", "2m refugees": the wire's millions
                    if mult is not None:
                        prev.value = times(prev.value, mult)
                        prev.scale = mult
                        prev.end = end
                        prev.raw += raw
                        continue
                    prev.attached = t
                elif raw in SUFFIX_SPACED:          # "2.33 k", "10 bln", "1,674.5 G"
                    prev.value = times(prev.value, SUFFIX_SPACED[raw])
                    prev.scale = SUFFIX_SPACED[raw]
                    prev.end = end
                    continue
            prev = Tok("w", t, raw, start, end)
        elif kind == "n":
            segs = digit_segments(raw, digits)
            if len(segs) == 1:
                prev = Tok("n", raw, raw, start, end, segs[0][2])
            else:
                for a, b, v in segs[:-1]:
                    append(Tok("n", raw[a:b], raw[a:b], start + a, start + b, v))
                a, b, v = segs[-1]
                prev = Tok("n", raw[a:b], raw[a:b], start + a, start + b, v)
        elif kind == "f":
            if prev is not None and prev.kind == "n" and prev.end == start and prev.attached is None \
                    and float(prev.value).is_integer() and prev.raw.isdigit():
                prev.value += unicodedata.numeric(raw)      # "2½": two and a half, one number
                prev.end = end
                prev.raw += raw
                prev.t = prev.raw
                continue
            prev = Tok("n", raw, raw, start, end, unicodedata.numeric(raw))
        else:
            prev = Tok("s", raw, raw, start, end)
        append(prev)
    return toks


# --- number words -----------------------------------------------------------------------------
# Each entry of WORDS is (word class, value). The classes, which numbers.parse_card reads as the
# states of a cardinal being read:
ZERO = "z"        # zero, cero
UNIT = "u"        # one to nine; uno to nueve, un, una
TEEN = "t"        # ten to nineteen; diez to veintinueve
TENS = "T"        # twenty to ninety; treinta to noventa
HUNDRED = "h"     # "hundred": multiplies the number before it
HUNDREDS = "H"    # cien, doscientos ... novecientos: a number of hundreds in one word (es)
SCALE = "S"       # thousand, million, lakh; mil, millón, millardo
DOZEN = "D"       # a collective numeral: dozen, docena, decena, veintena, centenar, millar
ARTICLE = "a"     # "a", "an" ("a hundred", "a dozen")
PLURAL = "P"      # after a class: a plural that needs a number before it ("hundreds", "thousands")
HUNDRED_PLURAL, SCALE_PLURAL, DOZEN_PLURAL = HUNDRED + PLURAL, SCALE + PLURAL, DOZEN + PLURAL
_EN_UNITS = "one two three four five six seven eight nine".split()
_EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
             "nineteen").split()
_EN_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()

EN_WORDS: dict[str, tuple[str, float]] = {"zero": (ZERO, 0), "nought": (ZERO, 0), "naught": (ZERO, 0)}
EN_WORDS.update({w: (UNIT, i + 1) for i, w in enumerate(_EN_UNITS)})
EN_WORDS.update({w: (TEEN, i + 10) for i, w in enumerate(_EN_TEENS)})
EN_WORDS.update({w: (TENS, (i + 2) * 10) for i, w in enumerate(_EN_TENS)})
EN_WORDS.update({"hundred": (HUNDRED, 100), "hundreds": (HUNDRED_PLURAL, 100),
                 "thousand": (SCALE, 1e3), "million": (SCALE, 1e6), "billion": (SCALE, 1e9),
                 "trillion": (SCALE, 1e12), "lakh": (SCALE, 1e5), "crore": (SCALE, 1e7),
                 "thousands": (SCALE_PLURAL, 1e3), "millions": (SCALE_PLURAL, 1e6),
                 "billions": (SCALE_PLURAL, 1e9),
                 # the scales above (news of debts, derivatives, hyperinflation): "5 quadrillion" had been 5
                 # of a counted noun "quadrillion"
                 "quadrillion": (SCALE, 1e15), "quintillion": (SCALE, 1e18), "sextillion": (SCALE, 1e21),
                 "septillion": (SCALE, 1e24),
                 "dozen": (DOZEN, 12), "dozens": (DOZEN_PLURAL, 12), "dz": (DOZEN, 12), "dzs": (DOZEN, 12),
                 "doz": (DOZEN, 12), "dozs": (DOZEN, 12), "a": (ARTICLE, 1), "an": (ARTICLE, 1)})

_ES_UNITS = {"uno": 1, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
             "seis": 6, "siete": 7, "ocho": 8, "nueve": 9}
_ES_TEENS = {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15,
             "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
             "veinte": 20, "veintiuno": 21, "veintiun": 21, "veintiuna": 21, "veintidos": 22,
             "veintitres": 23, "veinticuatro": 24, "veinticinco": 25, "veintiseis": 26,
             "veintisiete": 27, "veintiocho": 28, "veintinueve": 29}
_ES_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
            "ochenta": 80, "noventa": 90}
_ES_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300,
                "cuatrocientos": 400, "quinientos": 500, "seiscientos": 600,
                "setecientos": 700, "ochocientos": 800, "novecientos": 900}
ES_WORDS: dict[str, tuple[str, float]] = {"cero": (ZERO, 0)}
ES_WORDS.update({w: (UNIT, v) for w, v in _ES_UNITS.items()})
ES_WORDS.update({w: (TEEN, v) for w, v in _ES_TEENS.items()})
ES_WORDS.update({w: (TENS, v) for w, v in _ES_TENS.items()})
ES_WORDS.update({w: (HUNDREDS, v) for w, v in _ES_HUNDREDS.items()})
ES_WORDS.update({w[:-2] + "as": (HUNDREDS, v) for w, v in _ES_HUNDREDS.items() if w.endswith("os")})
ES_WORDS.update({"mil": (SCALE, 1e3), "millon": (SCALE, 1e6), "millones": (SCALE_PLURAL, 1e6),
                 "billon": (SCALE, 1e12), "billones": (SCALE_PLURAL, 1e12), "millardo": (SCALE, 1e9),
                 "millardos": (SCALE_PLURAL, 1e9), "trillon": (SCALE, 1e18), "trillones": (SCALE_PLURAL, 1e18),
                 # the long scale: a cuatrillón is a million trillones (10^24), as "billón" is 10^12
                 "cuatrillon": (SCALE, 1e24), "cuatrillones": (SCALE_PLURAL, 1e24),
                 "docena": (DOZEN, 12), "docenas": (DOZEN, 12), "dz": (DOZEN, 12), "dzs": (DOZEN, 12),
                 "doz": (DOZEN, 12), "dozs": (DOZEN, 12)})
# Spanish collective numerals count like "docena": "un centenar" is 100, "dos millares" 2,000;
# alone, the plurals are bands (modifiers: "centenares", "millares"). "cuarentena" (quarantine)
# and "quincena" (a fortnight) are left out: in the news they are rarely counts.
ES_WORDS.update({w + s: (DOZEN, v) for w, v in {"decena": 10, "veintena": 20, "treintena": 30,
                                                 "centenar": 100, "millar": 1e3}.items()
                 for s in ("", "s" if w.endswith("a") else "es")})

WORDS = {"en": EN_WORDS, "es": ES_WORDS}

# --- fraction denominators -------------------------------------------------------------------
# word -> (denominator, plural, unit ordinal (1-9) that may join a preceding tens word)
EN_ORD: dict[str, tuple[float, bool, bool]] = {}
_ORD_NAMES = {
    1: "first", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
    9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
    14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
    19: "nineteenth", 20: "twentieth", 30: "thirtieth", 40: "fortieth", 50: "fiftieth",
    60: "sixtieth", 70: "seventieth", 80: "eightieth", 90: "ninetieth", 100: "hundredth",
    1000: "thousandth", 10**6: "millionth", 10**9: "billionth", 10**12: "trillionth",
}
for _v, _w in _ORD_NAMES.items():
    EN_ORD[_w] = (_v, False, _v < 10)
    EN_ORD[_w + "s"] = (_v, True, _v < 10)
EN_ORD.update({"half": (2, False, False), "halves": (2, True, False),
               "quarter": (4, False, False), "quarters": (4, True, False)})

#: ordinals as ranks ("between the tenth and the fifteenth"), used only inside ranges
RANKS_EN = {w: v for v, w in _ORD_NAMES.items()} | {"second": 2}
_RANKS_ES = {"primero": 1, "primer": 1, "segundo": 2, "tercero": 3, "tercer": 3, "cuarto": 4,
             "quinto": 5, "sexto": 6, "septimo": 7, "setimo": 7, "octavo": 8, "noveno": 9,
             "decimo": 10, "undecimo": 11, "duodecimo": 12, "vigesimo": 20, "trigesimo": 30,
             "cuadragesimo": 40, "quincuagesimo": 50, "sexagesimo": 60, "septuagesimo": 70,
             "octogesimo": 80, "nonagesimo": 90, "centesimo": 100, "ducentesimo": 200,
             "tricentesimo": 300, "cuadringentesimo": 400, "quingentesimo": 500,
             "sexcentesimo": 600, "septingentesimo": 700, "octingentesimo": 800,
             "noningentesimo": 900, "milesimo": 1000}
RANKS_ES = _RANKS_ES | {w[:-1] + "a": v for w, v in _RANKS_ES.items() if w.endswith("o")}
RANKS = {"en": RANKS_EN, "es": RANKS_ES}

_ES_FIXED = {"medio": 2, "tercio": 3, "cuarto": 4, "quinto": 5, "sexto": 6, "septimo": 7,
             "octavo": 8, "noveno": 9, "decimo": 10, "centesimo": 100}
_ES_ESIMO = {"milesim": 1e3, "millonesim": 1e6, "billonesim": 1e12}
_ES_CONCAT = sorted(list(_ES_UNITS) + list(_ES_TEENS) + list(_ES_TENS) + list(_ES_HUNDREDS)
                    + ["mil", "i", "y"], key=len, reverse=True)


def _es_concat(s: str) -> float | None:
    """Value of a run-together Spanish number ("cientocinco", "treintaicinco", "dosmil")."""
    if not s:
        return None
    parts = []
    pos = 0
    while pos < len(s):
        for w in _ES_CONCAT:
            if s.startswith(w, pos):
                parts.append(w)
                pos += len(w)
                break
        else:
            return None
    total, cur = 0.0, 0.0
    for p in parts:
        if p in ("i", "y"):
            continue
        if p == "mil":
            total += (cur or 1) * 1000
            cur = 0
        else:
            cur += {**_ES_UNITS, **_ES_TEENS, **_ES_TENS, **_ES_HUNDREDS}[p]
    return total + cur


def _es_ordinal(word: str) -> tuple[float, bool, bool] | None:
    plural = word.endswith("s")
    base = word[:-1] if plural else word
    if base[-1:] == "a":
        base = base[:-1] + "o"
    if base in _ES_FIXED:
        return (_ES_FIXED[base], plural, False)
    for stem, scale in _ES_ESIMO.items():
        if base.endswith(stem + "o"):
            head = base[: -len(stem) - 1]
            if not head:
                return (scale, plural, False)
            v = _es_concat(head)
            return (v * scale, plural, False) if v else None
    if base.endswith("avo") and len(base) > 4:
        stem = base[:-3]
        for cand in (stem, stem + "a", stem + "e"):
            v = _es_concat(cand)
            if v and v > 2:
                return (v, plural, False)
    return None


_ES_ORD_CACHE: dict[str, tuple[float, bool, bool] | None] = {}


def ordinal(word: str, lang: str) -> tuple[float, bool, bool] | None:
    if lang == "en":
        return EN_ORD.get(word)
    try:
        return _ES_ORD_CACHE[word]
    except KeyError:
        res = _es_ordinal(word) if len(word) > 4 else None
        if word in ("mitad",):
            res = None
        _ES_ORD_CACHE[word] = res
        return res
