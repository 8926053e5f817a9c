"""Stated values -> intervals (SPEC.md §4), in English and Spanish.

``parse_quantity`` reads one stated value ("more than 500", "entre 95.000 y 150.000");
``find_quantities`` finds every quantity mention in running text; ``detect_lang`` guesses
the language. The work happens in three passes over one token list:

1. ``_numlex.tokenize``: digits (read by language and shape), words, symbols;
2. ``_numparse.scan_numbers``: every number, in digits or words, with fractions;
3. here: units next to numbers (percent, currency, dimensions), then comparatives,
   ranges, approximations and vague amounts, each becoming an interval.
"""
from __future__ import annotations

import functools
import re

from ._numlex import WORDS, URL_RE, tokenize
from ._numparse import Num, scan_numbers
from ._units import MINOR_UNITS, match_after, match_before
from .errors import QuantityError
from .model import Mention, Quantity, QuantityConfig

__all__ = ["detect_lang", "find_quantities", "parse_quantity"]

# --- operators around a number ----------------------------------------------------------------
# op: gt (N,∞)  ge [N,∞)  lt (-∞,N)  le (-∞,N]  eq [N,N]  approx [N-t,N+t]  nearly [N-t,N)
_PREFIX_EN = {
    "gt": ["more than", "over", "above", "greater than", "larger than", "bigger than",
           "higher than", "exceeding", "exceeded", "exceeds", "exceed", "surpass",
           "surpassed", "surpasses", "surpassing", "in excess of", "upwards of", ">",
           "well over", "more then"],
    "ge": ["at least", "no less than", "not less than", "no fewer than", "not fewer than",
           "a minimum of", "minimum of", "greater than or equal to", "more than or equal to",
           "greater or equal than", "greater or equal to", "bigger or equal than",
           "higher or equal than", "larger or equal than", "more or equal than",
           "at least or equal to", "equal to or more than", "equal to or greater than",
           "equal or greater than", "equal or more than", "> =", ">=", "≥", "no lower than"],
    "lt": ["less than", "fewer than", "under", "below", "smaller than", "lower than", "<",
           "just under", "beneath"],
    "le": ["up to", "at most", "as many as", "no more than", "not more than",
           "no greater than", "a maximum of", "maximum of", "less than or equal to",
           "less or equal than", "less or equal to", "smaller or equal than",
           "smaller than or equal to", "lower or equal than", "equal to or less than",
           "equal or less than", "equal to or fewer than", "fewer than or equal to", "< =",
           "<=", "≤", "no higher than"],
    "eq": ["equal to", "equals", "equals to", "equaling to", "equaling", "equalling",
           "is equal to"],
    "approx": ["about", "around", "some", "roughly", "approximately", "circa", "ca .",
               "an estimated", "estimated", "close to", "approx .", "approx", "~",
               "more or less", "an approximate", "in the region of"],
    "nearly": ["nearly", "almost", "just short of", "not quite"],
}
_PREFIX_ES = {
    "gt": ["mas de", "mas que", "mayor que", "mayor de", "mayor a", "mayores que",
           "mayores de", "mayores a", "mas alto que", "mas alta que", "mas altos que",
           "superior a", "superiores a", "por encima de", ">", "sobrepasa", "supera",
           "superan", "supero", "excede", "exceden"],
    "ge": ["al menos", "por lo menos", "como minimo", "no menos de", "no menos que",
           "un minimo de", "minimo de", "mayor o igual a", "mayor o igual que",
           "mayores o iguales a", "mayores o iguales que", "igual o mayor que",
           "igual o mayor a", "igual a o mayor que", "igual o superior a", "> =", ">=", "≥"],
    "lt": ["menos de", "menos que", "menor que", "menor de", "menor a", "menores que",
           "menores a", "menores de", "mas bajo que", "mas baja que", "inferior a",
           "inferiores a", "por debajo de", "<"],
    "le": ["hasta", "como maximo", "no mas de", "no mas que", "un maximo de", "maximo de",
           "menor o igual a", "menor o igual que", "menores o iguales a",
           "menores o iguales que", "igual o menor que", "igual o menor a",
           "igual a o menor que", "inferior o igual a", "inferiores o iguales a", "< =", "<=",
           "≤"],
    "eq": ["igual a", "equivale a", "equivalente a", "equivalen a"],
    "approx": ["unos", "unas", "cerca de", "alrededor de", "aproximadamente", "aprox .",
               "aprox", "mas o menos", "en torno a", "del orden de", "unos aproximadamente",
               "~"],
    "nearly": ["casi", "poco menos de", "apenas menos de"],
}
_POSTFIX_EN = {
    "ge": ["or more", "and more", "or greater", "or above", "or higher", "or over",
           "and above", "and over", "or more than", "or greater than", "+", "at least",
           "or equal to", "or equal"],
    "le": ["or less", "or fewer", "or below", "or lower", "and less", "and below",
           "and under", "or under", "or less than", "or fewer than", "at most"],
}
_POSTFIX_ES = {
    "ge": ["o mas", "o mayor", "y mas", "como minimo", "al menos", "por lo menos",
           "o superior", "o mas de", "o igual", "o igual a", "+"],
    "le": ["o menos", "o menor", "como maximo", "o inferior", "o igual", "o igual a"],
}
# "A .. B" ranges: (word before A or None, words between A and B)
_RANGE_EN = [("between", ("and",)), ("from", ("to",)), ("from", ("through",)),
             ("from", ("till",)), ("from", ("until",)), ("from", ("-",)), ("between", ("-",)),
             (None, ("to",)), (None, ("through",)), (None, ("thru",)), (None, ("-",)),
             (None, ("–",)), (None, ("—",)), (None, ("~",)), ("between", ("to",))]
_RANGE_ES = [("entre", ("y",)), ("entre", ("e",)), ("de", ("a",)), ("desde", ("hasta",)),
             ("desde", ("a",)), ("de", ("hasta",)), (None, ("-",)), (None, ("–",)),
             (None, ("~",)), (None, ("a",))]
_JOIN = {"en": [("and",), (",",), ("but",), (",", "and"), (",", "but")],
         "es": [("y",), ("e",), (",",), ("pero",), (",", "y")]}
_VAGUE = {
    "en": {("dozens",): "dozens", ("hundreds",): "hundreds", ("thousands",): "thousands",
           ("tens", "of", "thousands"): "tens-of-thousands",
           ("hundreds", "of", "thousands"): "hundreds-of-thousands",
           ("millions",): "millions"},
    "es": {("decenas",): "dozens", ("docenas",): "dozens", ("cientos", "de"): "hundreds",
           ("centenares",): "hundreds", ("miles", "de"): "thousands",
           ("decenas", "de", "miles"): "tens-of-thousands",
           ("cientos", "de", "miles"): "hundreds-of-thousands",
           ("centenares", "de", "miles"): "hundreds-of-thousands",
           ("millones", "de"): "millions"},
}
_CLOSED_VIEWS = ("number", "ordinal", "age", "percent", "currency", "dimension")


def _phrases(table):
    out = {}
    for op, phrases in table.items():
        for p in phrases:
            out.setdefault(tuple(p.split()), op)
    return out


_PREFIX = {"en": _phrases(_PREFIX_EN), "es": _phrases(_PREFIX_ES)}
_POSTFIX = {"en": _phrases(_POSTFIX_EN), "es": _phrases(_POSTFIX_ES)}
_PREFIX_LENS = {lg: sorted({len(p) for p in t}, reverse=True) for lg, t in _PREFIX.items()}
_POSTFIX_LENS = {lg: sorted({len(p) for p in t}, reverse=True) for lg, t in _POSTFIX.items()}
_THAN = frozenset({"than", "que", "de", "a", "to", "-", "or", "o", "equal", "igual", "alto",
                   "alta", "altos", "altas", "bajo", "baja", "bajos", "bajas", "grande"})


class Hit:
    """A quantity mention under construction: tokens [i0, i1), an operator, its numbers."""

    __slots__ = ("i0", "i1", "op", "lo", "hi", "lo_inc", "hi_inc", "unit", "kind", "points",
                 "glued")

    def __init__(self, i0, i1, op, lo, hi, unit=None, kind=None, points=()):
        self.i0, self.i1, self.op = i0, i1, op
        self.lo, self.hi = lo, hi
        self.lo_inc = self.hi_inc = True
        self.unit, self.kind = unit, kind
        self.points = list(points)
        self.glued = False


# --- language ---------------------------------------------------------------------------------
_ES_MARKS = re.compile(r"[áéíóúñ¿¡]|\b(?:de|del|la|las|el|los|que|y|en|unos|unas|más|mas|menos|"
                       r"entre|hasta|cerca|alrededor|millones|millón|mil|por|ciento|con|casi|al|"
                       r"soldados|personas|según|aproximadamente|decenas|cientos|miles|"
                       r"uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cien)\b",
                       re.I)
_EN_MARKS = re.compile(r"\b(?:the|of|and|to|in|more|than|less|fewer|about|around|between|"
                       r"million|thousand|hundred|at|least|most|up|over|under|nearly|almost|"
                       r"some|one|two|three|four|five|six|seven|eight|nine|ten|people|"
                       r"dozens|hundreds|thousands|according|said|percent)\b", re.I)


def detect_lang(text: str) -> str:
    """"es" when Spanish function words or accents outnumber English ones, else "en"."""
    es = len(_ES_MARKS.findall(text))
    en = len(_EN_MARKS.findall(text))
    return "es" if es > en else "en"


# --- units ------------------------------------------------------------------------------------
def _attach_unit(toks, num: Num, n: int, lang: str) -> Hit:
    i0, i1, value = num.i0, num.i1, num.value
    hit = Hit(i0, i1, "exact", value, value, points=[value])
    last = toks[i1 - 1]
    glued_before = i0 > 0 and toks[i0 - 1].end == toks[i0].start and (
        toks[i0 - 1].kind == "w" and toks[i0 - 1].t not in ("usd", "eur", "gbp", "mxn")
        or toks[i0 - 1].t in "-–" and i0 > 1 and toks[i0 - 2].kind == "w"
        and toks[i0 - 2].end == toks[i0 - 1].start)
    if glued_before:
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
    if unit is None:
        unit = match_after(toks, k, n, lang)
        if unit is None and lang == "es" and num.tail_scale and k + 1 < n and toks[k].t == "de":
            unit = match_after(toks, k + 1, n, lang)       # "2.400 millones de galones"
        if unit is None and lang == "es" and k + 1 < n and toks[k].t == "de" and value < 1:
            unit = match_after(toks, k + 1, n, lang)       # "1/4 de milla"
        if unit is None and k + 1 < n and toks[k].kind == "w" and toks[k].t in ("m", "km", "cm") \
                and toks[k + 1].t in ("2", "3") and toks[k + 1].start == toks[k].end \
                and (k + 2 >= n or toks[k + 2].start > toks[k + 1].end):
            unit = (k + 2, ("dimension", toks[k].t + toks[k + 1].t, 1))
    before = None
    if unit is None or unit[1][0] != "percent":
        before = match_before(toks, i0, lang)
        if before and before[1][0] == "percent":
            before = None if unit is not None else before
    if before is not None and (unit is None or unit[1][0] != "currency"):
        hit.i0, (kind, code, factor) = before[0], before[1]
        if kind == "percent" and unit is None:
            hit.kind = hit.unit = "percent"
            return hit
        value *= factor
        hit.kind, hit.unit = kind, code
        if unit is not None and unit[1][0] == "currency":
            hit.i1 = unit[0]
    elif unit is not None:
        end, (kind, code, factor) = unit
        if code == "lb" and lang and num.tail_scale >= 1e6:
            kind, code = "currency", "GBP"   # "361 million pounds" is money, "25 pounds" weight
        value *= factor
        hit.i1, hit.kind, hit.unit = end, kind, code
    else:
        return hit
    # "75 USD million"
    if hit.kind == "currency" and hit.i1 < n and toks[hit.i1].kind == "w":
        w = WORDS[lang].get(toks[hit.i1].t)
        if w and w[0] == "S" and not num.tail_scale:
            value *= w[1]
            hit.i1 += 1
    hit.lo = hit.hi = value
    hit.points = [value]
    return hit


def _merge_money(toks, hits: list[Hit], nums: list[Num], lang: str) -> None:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "25 euros con 50"."""
    k = 0
    while k + 1 < len(hits):
        a, b = hits[k], hits[k + 1]
        gap = toks[a.i1:b.i0]
        if (a.kind == "currency" and a.unit not in MINOR_UNITS and b.unit in (None, *MINOR_UNITS)
                and len(gap) <= 1 and all(t.t in ("and", "y", "con") for t in gap)
                and b.lo == int(b.lo) and 0 < b.lo < 100 and a.lo == a.hi
                and (b.unit is not None or b.i1 >= len(toks) or toks[b.i1].kind != "w"
                     or toks[b.i1].t not in ("dollar", "dollars", "dolares", "usd"))):
            a.lo = a.hi = a.lo + b.lo / 100
            a.points = [a.lo]
            a.i1 = b.i1
            del hits[k + 1]
            continue
        if (a.kind == "dimension" and a.unit == "ft" and len(gap) <= 1
                and all(t.t == "and" for t in gap) and (b.unit == "in" or (
                    b.unit is None and b.i1 < len(toks) and toks[b.i1].t == "in"))):
            a.lo = a.hi = a.lo + b.lo / 12
            a.points = [a.lo]
            a.i1 = b.i1 + (1 if b.unit is None else 0)
            del hits[k + 1]
            continue
        k += 1


# --- operators ----------------------------------------------------------------------------------
def _prefix_op(toks, T, i0: int, lang: str):
    table = _PREFIX[lang]
    for length in _PREFIX_LENS[lang]:
        if length <= i0:
            op = table.get(tuple(T[i0 - length:i0]))
            if op is not None:
                first = i0 - length
                if T[first] in "<>=≤≥" and first > 0 and T[first - 1] in "<>=" \
                        and toks[first - 1].end == toks[first].start:
                    return None       # "<>30", "=>30": not a comparison we know
                return first, op
    return None


def _starts_number(toks, k, n, lang):
    return k < n and (toks[k].kind == "n" or toks[k].t in WORDS[lang] or toks[k].t in "$£€")


def _postfix_op(toks, T, i1: int, n: int, lang: str):
    table = _POSTFIX[lang]
    for length in _POSTFIX_LENS[lang]:
        if i1 + length <= n:
            phrase = tuple(T[i1:i1 + length])
            op = table.get(phrase)
            if op is None:
                continue
            end = i1 + length
            if phrase == ("+",) and (toks[i1].start != toks[i1 - 1].end
                                     or _starts_number(toks, end, n, lang)):
                continue
            if _starts_number(toks, end, n, lang) or (end < n and T[end] in _THAN):
                continue
            return end, op
    return None


def _apply(hit: Hit, op: str) -> None:
    v = hit.lo if hit.op != "le" else hit.hi
    hit.op = op
    if op == "gt":
        hit.lo, hit.hi, hit.lo_inc = v, None, False
    elif op == "ge":
        hit.lo, hit.hi = v, None
    elif op == "lt":
        hit.lo, hit.hi, hit.hi_inc = None, v, False
    elif op == "le":
        hit.lo, hit.hi = None, v


def _operators(toks, T, hits: list[Hit], n: int, lang: str) -> None:
    for h in hits:
        if h.op != "exact":
            continue
        pre = _prefix_op(toks, T, h.i0, lang)
        post = _postfix_op(toks, T, h.i1, n, lang)
        if pre is not None and pre[1] in ("approx", "nearly"):
            pre = None
        if pre is not None:
            start, op = pre
            # "less than 5000 or equal", "more than 5000 or equal to"
            if post is not None and op in ("gt", "lt") and T[h.i1:h.i1 + 2] in (
                    ["or", "equal"], ["o", "igual"]):
                post = (post[0], "ge" if op == "gt" else "le")
            h.i0 = start
            if post is None or op in ("gt", "ge", "lt", "le") and post[1] not in ("ge", "le"):
                if op == "eq":
                    h.op = "eq"
                else:
                    _apply(h, op)
        if post is not None:
            h.i1 = post[0]
            _apply(h, post[1])


def _is_bare(h: Hit) -> bool:
    return h.op in ("exact", "approx", "nearly") or h.op == "eq"


def _ranges(toks, T, hits: list[Hit], nums_by_start: dict, lang: str, rule) -> list[Hit]:
    pairs = _RANGE_EN if lang == "en" else _RANGE_ES
    out: list[Hit] = []
    k = 0
    while k < len(hits):
        a = hits[k]
        if k + 1 < len(hits):
            b = hits[k + 1]
            merged = rule(toks, T, a, b, pairs, nums_by_start, lang)
            if merged is not None:
                out.append(merged)
                k += 2
                continue
        out.append(a)
        k += 1
    return out


def _try_range(toks, T, a: Hit, b: Hit, pairs, nums_by_start, lang):
    if not (a.op in ("exact", "eq") and b.op in ("exact", "eq")):
        return None
    gap = tuple(T[a.i1:b.i0])
    bnum = nums_by_start.get(b.i0)
    b_lo = b.lo
    if not gap and bnum is not None and bnum.sign_sym and toks[b.i0].t in "-–":
        gap, b_lo = ("-",), -b.lo                     # "1000-5000": not minus 5000
    for before, between in pairs:
        if gap != between:
            continue
        start = a.i0
        if before is not None:
            if start == 0 or T[start - 1] != before:
                continue
            start -= 1
        elif between[0] in "-–—~" and not _dash_range_ok(toks, a, b):
            continue
        elif between == ("a",) and lang == "es":
            continue
        lo, hi = a.lo, b_lo
        scale = nums_by_start.get(b.i0)
        if (scale is not None and scale.tail_scale and lo * scale.tail_scale < hi
                and a.i1 - a.i0 == 1 and toks[a.i0].kind == "n"):
            lo *= scale.tail_scale                    # "between 1.5 and 2 million"
        if lo is None or hi is None or not lo < hi:
            return None
        hit = Hit(start, b.i1, "range", lo, hi, a.unit or b.unit, a.kind or b.kind,
                  points=[lo, hi])
        pre = _prefix_op(toks, T, start, lang)
        if pre is not None and pre[1] in ("approx", "nearly"):
            hit.i0 = pre[0]
        return hit
    return None


def _dash_range_ok(toks, a: Hit, b: Hit) -> bool:
    """"1000-5000" but not "+1-222-2222", "1995-01" or "5/17-2018"."""
    n = len(toks)
    if b.i1 < n and toks[b.i1].t in "-–/" and b.i1 + 1 < n and toks[b.i1 + 1].kind == "n":
        return False
    if a.i0 > 0 and toks[a.i0 - 1].t in "-–/+" and toks[a.i0 - 1].end == toks[a.i0].start:
        return False
    last = toks[b.i1 - 1]
    if last.kind == "n" and last.raw.startswith("0"):
        return False
    return True


def _try_join(toks, T, a: Hit, b: Hit, pairs, nums_by_start, lang: str):
    """"more than 10 and less than 20", "at most 100 and at least 20"."""
    if a.op not in ("gt", "ge", "lt", "le") or b.op not in ("gt", "ge", "lt", "le"):
        return None
    if tuple(T[a.i1:b.i0]) not in _JOIN[lang]:
        return None
    low, high = (a, b) if a.op in ("gt", "ge") else (b, a)
    if low.op not in ("gt", "ge") or high.op not in ("lt", "le") or not low.lo < high.hi:
        return None
    hit = Hit(a.i0, b.i1, "range", low.lo, high.hi, a.unit or b.unit, a.kind or b.kind,
              points=[low.lo, high.hi])
    hit.lo_inc, hit.hi_inc = low.op == "ge", high.op == "le"
    return hit


def _vague(toks, T, covered: list[bool], lang: str) -> list[Hit]:
    out = []
    table = _VAGUE[lang]
    n = len(T)
    k = 0
    while k < n:
        if not covered[k] and T[k] in ("dozens", "hundreds", "thousands", "millions", "tens",
                                        "decenas", "docenas", "cientos", "centenares",
                                        "miles", "millones"):
            for length in (3, 2, 1):
                if k + length > n:
                    continue
                phrase = tuple(T[k:k + length])
                name = table.get(phrase)
                if name is not None and not any(covered[k:k + length]):
                    out.append(Hit(k, k + length, "vague", None, None))
                    out[-1].kind = name
                    k += length
                    break
            else:
                k += 1
            continue
        k += 1
    return out


# --- assembling -------------------------------------------------------------------------------
def _hits(text: str, lang: str):
    lg = "en" if lang == "es-MX" else lang
    toks = tokenize(text, lg)
    if "://" in text or "www." in text:
        spans = [(m.start(), m.end()) for m in URL_RE.finditer(text)]
        toks = [t for t in toks if not any(a <= t.start < b for a, b in spans)]
    n = len(toks)
    nums = scan_numbers(toks, lg)
    hits = [_attach_unit(toks, num, n, lg) for num in nums]
    for h, num in zip(hits, nums):
        h.kind = h.kind or ("weak" if num.weak else None)
        if num.i1 - num.i0 == 1 and toks[num.i0].attached is not None:
            h.glued = True            # "4th", "180ml": digits glued to a word
            if h.unit is None:
                h.kind = "glued"
    kept: list[Hit] = []
    for h in hits:                    # "35 por ciento": "ciento" belongs to the unit
        if not kept or h.i0 >= kept[-1].i1:
            kept.append(h)
    hits = kept
    _merge_money(toks, hits, nums, lg)
    T = [t.t for t in toks]
    by_start = {num.i0: num for num in nums}
    hits = _ranges(toks, T, hits, by_start, lg, _try_range)
    _operators(toks, T, hits, n, lg)
    hits = _ranges(toks, T, hits, by_start, lg, _try_join)
    covered = [False] * n
    for h in hits:
        for k in range(h.i0, h.i1):
            covered[k] = True
    vague = _vague(toks, T, covered, lg)
    if vague:
        hits = sorted(hits + vague, key=lambda h: h.i0)
    return toks, hits


def _approx_prefix(toks, T, h: Hit, lang: str) -> None:
    if h.op == "exact":
        pre = _prefix_op(toks, T, h.i0, lang)
        if pre is not None and pre[1] in ("approx", "nearly"):
            h.i0, h.op = pre[0], pre[1]


def _mention(text, toks, h: Hit, lang: str, config: QuantityConfig) -> Mention:
    start, end = toks[h.i0].start, toks[h.i1 - 1].end
    lo, hi, li, ui = h.lo, h.hi, h.lo_inc, h.hi_inc
    op = h.op
    if op == "approx" or op == "nearly":
        t = abs(lo) * config.tolerance
        lo, hi = lo - t, (hi + t if op == "approx" else hi)
        ui = op == "approx"
    elif op == "vague":
        lo, hi = config.band(h.kind)
    qualifier = {"gt": "more-than", "ge": "at-least", "lt": "less-than", "le": "at-most",
                 "eq": "exact", "approx": "approximate"}.get(op, op)
    unit = h.unit if h.kind != "vague" else None
    return Mention(None if lo is None else float(lo), None if hi is None else float(hi),
                   bool(li), bool(ui), qualifier, text[start:end], lang, unit, start, end)


def find_quantities(text: str, lang: str | None = None, config: QuantityConfig = QuantityConfig(),
                    *, model: str | None = None) -> list[Mention]:
    """Every quantity mention in ``text``, in order, with its span (end exclusive).

    ``model`` picks a narrower view, as the Recognizers-Text models do: ``"number"``
    (every number as a point, also those inside ranges), ``"numberrange"`` (comparatives
    and ranges only), ``"percent"``, ``"currency"``, ``"dimension"`` (those units only, as
    points). The default (None) gives each quantity once, as an interval.
    """
    lang = lang or detect_lang(text)
    lg = "en" if lang == "es-MX" else lang
    toks, hits = _hits(text, lang)
    out: list[Mention] = []
    if model in _CLOSED_VIEWS:
        want = None if model == "number" else model
        for h in hits:
            if h.op == "vague" or h.glued and model == "number":
                continue
            if want is not None and h.kind != want:
                continue
            start, end = toks[h.i0].start, toks[h.i1 - 1].end
            for p in h.points:
                p = float(p)
                out.append(Mention(p, p, True, True, "exact", text[start:end], lang, h.unit,
                                   start, end))
        return out
    T = [t.t for t in toks]
    for h in hits:
        if h.kind in ("weak", "glued") and h.op == "exact":
            continue
        _approx_prefix(toks, T, h, lg)
        if model == "numberrange" and h.op in ("exact", "approx", "nearly", "vague"):
            continue
        out.append(_mention(text, toks, h, lang, config))
    return out


_OPENER = re.compile(r"\b(?:between|from|entre|desde)\s*$", re.I)


@functools.lru_cache(maxsize=65536)
def _parse_text(text: str, lang: str | None, config: QuantityConfig) -> Quantity:
    if not text:
        raise QuantityError(text, "empty stated value")
    lang = lang or detect_lang(text)
    try:
        found = find_quantities(text, lang, config)
    except (ValueError, OverflowError, ZeroDivisionError) as exc:
        raise QuantityError(text, f"cannot parse stated value ({exc})") from exc
    if not found:
        raise QuantityError(text, "no quantity in stated value")
    if len(found) > 1:
        raise QuantityError(text, f"{len(found)} quantities in one stated value "
                                  f"({', '.join(repr(m.text) for m in found)})")
    m = found[0]
    if m.qualifier == "exact" and _OPENER.search(text, 0, m.start):
        raise QuantityError(text, "incomplete range (one bound only)")
    return Quantity(m.lower, m.upper, m.lower_inclusive, m.upper_inclusive, m.qualifier,
                    text, lang, m.unit)


def parse_quantity(value: str | int | float, lang: str | None = None,
                   config: QuantityConfig = QuantityConfig()) -> Quantity:
    """One stated value as an interval; raises QuantityError when it holds no single quantity."""
    if isinstance(value, bool):
        raise QuantityError(str(value), "a boolean is not a stated value")
    if isinstance(value, (int, float)):
        v = float(value)
        if v != v or v in (float("inf"), float("-inf")):
            raise QuantityError(str(value), "not a finite number")
        return Quantity(v, v, True, True, "exact", str(value), lang or "en")
    if not isinstance(value, str):
        raise QuantityError(repr(value), f"a stated value must be text or a number, not "
                                         f"{type(value).__name__}")
    return _parse_text(value.strip(), lang, config)
