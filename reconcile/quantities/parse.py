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
import math
import numbers
import re
from dataclasses import dataclass

from reconcile.quantities.modifiers import (NEAR_OPS, Hit, NumberForm, apply_operators, prefix_op, join_hits,
                                           try_join, try_range, find_vague)
from reconcile.quantities.modifiers import bound_vague, share_percent_back
from reconcile.quantities.lexicon import (COMMA_THREE, LANG_RULE, LANGS, MONTHS, RANKS, URL_RE, WORDS, Tok,
                                          fold_word, language_tag, tokenize)
from reconcile.quantities.numbers import scan_numbers
from reconcile.quantities.plain import plain_figure, qualified_shape
from reconcile.quantities.spelling import misspellings, qualifier_fixes, stray_before_scale, suggest_either
from reconcile.quantities.units import attach_band_unit, attach_unit, glued_to_word, merge_compounds
from reconcile.errors import QuantityError
from reconcile.model.numbers import format_number
from reconcile.model.records import Mention, Quantity, QuantityConfig

__all__ = ["MODELS", "checked_lang", "detect_lang", "find_quantities", "parse_quantity"]

_CLOSED_VIEWS = ("number", "ordinal", "age", "percent", "currency", "dimension")
#: ``find_quantities``' views (``model=``), named as the Recognizers-Text models are
MODELS = ("number", "numberrange", "ordinal", "age", "percent", "currency", "dimension")


# --- language ---------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[^\W\d_]+")
_ES_ONLY = frozenset(
    "de del la las el los que y en unos unas mas menos entre hasta cerca alrededor por ciento "
    "con casi al segun aproximadamente decenas cientos centenares miles millones millon "
    "soldados personas militares policias muertos heridos habitantes como minimo maximo "
    "lo se su sus fueron fue es son hay mayor menor superior inferior igual desde "
    "varios varias casos votos hogares familias viviendas mujeres hombres ninos trabajadores empleos "
    "toneladas kilometros hectareas contagios fallecimientos victimas desaparecidos presos "
    "asistentes migrantes manifestantes detenidos desplazados refugiados evacuados heridas muertes "
    "votantes electores ciudadanos estudiantes pacientes dolares "
    # words that qualify a figure ("exactamente 1.200", "apenas 1.200", "tan solo 1.500", "tal vez 1.200")
    "exactamente apenas tan solo solamente unicamente tal vez quizas quiza algo".split()) | (
    frozenset(WORDS["es"]) - frozenset(WORDS["en"]))
#: endings of Spanish words that no common English word has ("manifestantes", "desplazados",
#: "detenidos", "poblaciones", "comunidades"): a count noun beside a figure tells "1.200" apart; and those of a
#: verb's past with no accent ("Pesaba 2.500 kg.", "Caminaron 1.200 km.", "Recorrieron 3.500 km."), which a short
#: sentence may have as its only word
_ES_ENDINGS = ("antes", "entes", "ados", "idos", "iones", "dades", "aba", "aban", "aron", "ieron")
_EN_ONLY = frozenset(
    "the of and to in more than less fewer about around between at least most up over under "
    "nearly almost some people dozens hundreds thousands millions according said percent "
    "soldiers roughly approximately is are were was with from by as several few "
    # counted nouns, as the Spanish ones above: "1,200 dead" is English ("1,200 muertos" Spanish)
    "dead deaths killed injured wounded victims casualties missing displaced evacuated evacuees refugees "
    "migrants protesters protestors demonstrators marchers attendees participants residents inhabitants "
    "citizens voters households families homes women men children workers jobs troops officers "
    "students patients dollars".split()) | (
    frozenset(WORDS["en"]) - frozenset(WORDS["es"]) - {"a", "an"})


_ACCENTS_RE = re.compile("[áéíóúñ¿¡ÁÉÍÓÚÑ]")


#: nouns of a measure or a sum that "un"/"una" opens before "de" and its figure ("una altura de 40 pies",
#: "un total de 500", "una cifra de 300"): the article, not the number one (tokens come folded: "extensión" is
#: "extension")
_MEASURE_NOUNS = frozenset(
    "altura altitud profundidad distancia longitud anchura superficie extension velocidad temperatura magnitud "
    "intensidad total cifra promedio media cantidad suma monto valor maximo minimo radio area volumen peso "
    "capacidad duracion tasa indice porcentaje".split())


@functools.lru_cache(maxsize=65536)
def _word_side(word: str) -> int:
    """1 for a Spanish-only word, -1 for an English-only one, 0 otherwise (``detect_lang``)."""
    word = fold_word(word)
    if word in _ES_ONLY:
        return 1
    if word in _EN_ONLY:
        return -1
    return 1 if len(word) >= 6 and word.endswith(_ES_ENDINGS) and word not in _EN_ENDING_ALIKE else 0


#: English words with those endings (plurals of loans, names seen in the news)
_EN_ENDING_ALIKE = frozenset("tornados avocados desperados barbados libidos armados torpedos "
                             "casaba sharon charon macaron".split())


def detect_lang(text: str) -> str:
    """"es" when Spanish words and accents outnumber English words, else "en"."""
    return "es" if lang_evidence(text) > 0 else "en"


def lang_evidence(text: str) -> int:
    """Spanish words and accents less English words (``detect_lang``): 0 when the text says
    nothing of its language ("45.000 asistentes", a bare number).

    A name says nothing of the language around it: the words of a run of capitalised words not
    at the start of a sentence, and the small words inside one ("Migración Colombia counted more
    than 500 soldiers in Norte de Santander" is English), count only when the text has no other
    word of either language."""
    side = _word_side
    if text.isascii():
        return sum(side(word) for word in _WORD_RE.findall(text))
    score = named = 0
    words = list(_WORD_RE.finditer(text))
    capital = [w.group()[:1].isupper() for w in words]
    for k, match in enumerate(words):
        word = match.group()
        evidence = len(_ACCENTS_RE.findall(word)) + side(word)
        if k > 0 and not _SENTENCE_END.search(text, max(0, match.start() - 12), match.start()) and (
                capital[k] or 0 < k < len(words) - 1 and capital[k - 1] and capital[k + 1]
                and word in _NAME_JOINERS):
            named += evidence                      # part of a name: "Migración Colombia", "Norte de Santander"
            continue
        score += evidence
    return score if score or len(words) == 0 else named


#: the small words inside a name ("Norte de Santander", "Secretaría de Salud", "Fridays For Future")
_NAME_JOINERS = frozenset("de del la las los el y e of the for and da do dos das di".split())
#: where a sentence starts again: its capital is no name's ("El martes. Según la Policía")
_SENTENCE_END = re.compile(r"[.!?:]\s+[\"'“«¿¡(]*\Z")   # (looked for in the few characters before a word)


# --- assembling -------------------------------------------------------------------------------
def _add_ranks(toks, T, hits: list[Hit], lang: str) -> None:
    """Ordinals next to a range word, as numbers ("between the tenth and the fifteenth")."""
    ranks = RANKS[lang]
    taken = {k for h in hits for k in range(h.i0, h.i1)}
    for k, t in enumerate(T):
        v = ranks.get(t)
        if v is None or k in taken or k == 0 or T[k - 1] not in _RANK_BEFORE:
            continue
        hits.append(Hit(k, k + 1, "exact", v, v, points=[(v, k, k + 1, k, k + 1)], form=NumberForm.RANK))
    hits.sort(key=lambda h: h.i0)


_RANK_BEFORE = frozenset({"the", "el", "la", "entre", "between", "y", "and", "than", "que"})


def _hits(text: str, lang: str, ranks: bool = False, names: bool = False, stated: bool = False):
    """Tokens and hits of ``text``. ``names``: keep the numbers glued to letters on their
    left ("SCP-173"), which are names, not quantities, but numbers all the same. ``stated``: ``text`` is a
    stated value, whose "500-500" is the range [500, 500] (``try_range``)."""
    lg = lang[:2]
    toks = tokenize(text, lang)   # a regional tag: its region's figures ("es-MX": 1,200.5)
    if "://" in text or "www." in text:
        spans = [(m.start(), m.end()) for m in URL_RE.finditer(text)]
        toks = [t for t in toks if not any(a <= t.start < b for a, b in spans)]
    n = len(toks)
    nums = scan_numbers(toks, lg)
    slips = misspellings(toks, lg)
    if slips:                         # "cuatrocienos mil" is not 1,000: a number with a misspelt word is no number
        nums = [num for num in nums if not any(s.i0 < num.i1 and num.i0 < s.i1 for s in slips)]
    kept: list[Hit] = []
    for num in nums:
        i0 = num.i0
        if i0 and toks[i0 - 1].end == toks[i0].start and not names \
                and glued_to_word(toks, i0, lg):
            continue                  # "x500", "A12", "COVID-19": a name, not a quantity
        h = attach_unit(toks, num, n, lg, kept[-1].i1 if kept else 0)
        if num.det and h.unit is None:
            continue                  # "that one", "the one you mentioned"
        if num.weak and h.unit_kind is None:
            if num.i1 < n and toks[num.i1].kind == "n":
                continue              # "un 90%": the article of the figure after it
            if num.i1 + 2 < n and toks[num.i1].t in _MEASURE_NOUNS and toks[num.i1 + 1].t in ("de", "del") \
                    and toks[num.i1 + 2].kind == "n":
                continue              # "hasta una altura de 40 pies", "un total de 500": the article of a measure
            if not _one_more(toks, num.i1, n):
                h.form = NumberForm.WEAK
        if num.i1 - num.i0 == 1 and toks[num.i0].attached is not None:
            h.glued = True            # "4th", "180ml": digits glued to a word
            if h.unit is None:
                h.form = NumberForm.GLUED
        if not kept or h.i0 >= kept[-1].i1:   # "35 por ciento": "ciento" is the unit's
            kept.append(h)
    hits = kept
    merge_compounds(toks, hits)
    T = [t.t for t in toks]
    if ranks:
        _add_ranks(toks, T, kept, lg)
        hits = kept
    by_start = {num.i0: num for num in nums}
    ranges = functools.partial(try_range, equal_ends=True) if stated else try_range
    hits = join_hits(toks, T, hits, by_start, lg, ranges)
    share_percent_back(T, hits, lg)
    apply_operators(toks, T, hits, n, lg)
    for h in hits:
        couple = by_start.get(h.num_i0)
        if couple is not None and couple.approx and h.op == "exact" and len(h.points) == 1:
            h.op = "approx"           # "a couple hundred": about 200 (a comparative before it stays: "more than ...")
    hits = join_hits(toks, T, hits, by_start, lg, try_join)
    owner: list = [None] * n
    for h in hits:
        for k in range(h.i0, h.i1):
            owner[k] = h
    vague = find_vague(T, owner, lg)
    if vague:
        bound_vague(toks, T, vague, lg)
        for h in vague:
            attach_band_unit(toks, h, lg)
        hits = sorted([h for h in hits if h.op != "dropped"] + vague, key=lambda h: h.i0)
    return toks, hits


def _approx_prefix(toks, T, h: Hit, lang: str) -> None:
    if h.op in ("exact", "approx"):
        pre = prefix_op(toks, T, h.i0, lang)
        if pre is not None and pre[1] in NEAR_OPS:
            h.i0, h.op = pre[0], pre[1] if h.op == "exact" else h.op


def _finite(h: Hit) -> bool:
    """False for quantities too large for a float ("1e400", 400 nines): they are dropped."""
    try:
        return all(math.isfinite(float(x)) for x in (h.lo, h.hi, *(p[0] for p in h.points))
                   if x is not None)
    except OverflowError:
        return False


def _odd_step(value: float) -> float:
    """What "-odd" and "y pico" add at most: the place of the number's last non-zero digit, ten at
    least (40 -> 10, 500 -> 100, 2,000 -> 1,000, 45 -> 10)."""
    step = 1.0
    v = abs(value)
    while v >= 10 and v % (step * 10) == 0:
        step *= 10
    return max(step, 10.0)


def _clean(value: float | None) -> float | None:
    """A bound worked out by arithmetic without the float's noise in its last digits: 15
    significant digits, all a double holds for sure."""
    return value if value is None or not math.isfinite(value) else float(f"{value:.15g}")


def _bound_band(op: str, lo: float, hi: float | None, tolerance: float) -> tuple:
    """A band [lo, hi] under a comparison or "nearly", read as widely as the words allow (the band
    says little, so the bound stays true whichever of its figures was meant): "more than hundreds"
    is above 200, "at least hundreds" from 200, "fewer than thousands" below 9,999, "up to thousands"
    to 9,999, "nearly thousands" [2,000 - t, 9,999). (lower, upper, lower inclusive, upper inclusive)."""
    if op in ("gt", "ge"):
        return lo, None, op == "ge", False
    if op in ("lt", "le"):
        return None, hi, False, op == "le"
    return lo - abs(lo) * tolerance, hi, True, False


def _mention(text, toks, h: Hit, lang: str, config: QuantityConfig) -> Mention:
    start, end = toks[h.i0].start, toks[h.i1 - 1].end
    return Mention(*_interval(h, config), text[start:end], lang, h.unit, start, end)


#: the qualifier of a hit's operator, where the two differ
_QUALIFIERS = {"gt": "more-than", "ge": "at-least", "lt": "less-than", "le": "at-most", "eq": "exact",
               "approx": "approximate", "justover": "just-over", "odd": "just-over"}


def _interval(h: Hit, config: QuantityConfig) -> tuple[float | None, float | None, bool, bool, str]:
    """The interval a hit states, under the project's settings: (lower, upper, lower inclusive, upper
    inclusive, qualifier), as a mention and a stated value have it (``_mention``, ``_qualified_figure``)."""
    lo, hi, li, ui = h.lo, h.hi, h.lo_inc, h.hi_inc
    op = h.op
    if op == "approx" or op == "nearly":
        t = abs(lo) * config.tolerance
        lo, hi = lo - t, (hi + t if op == "approx" else hi)
        ui = op == "approx"
    elif op == "justover":                        # "just over 500": (500, 500 + t]
        hi = hi + abs(hi) * config.tolerance
        li, ui = False, True
    elif op == "odd":                             # "40-odd", "cuarenta y tantos": (40, 50); "500 y pico" (500, 600)
        if hi is None:                            # "más de 500 y pico", "more than 500-odd": above (500, 600)
            op = "gt"
        else:
            hi = hi + _odd_step(hi)
            if lo is None:                        # "less than 40-odd", "hasta 500 y pico": below (40, 50)
                op = "lt"
        li, ui = False, False
    elif op == "vague":
        lo, hi = config.band(h.band)
        if h.band_op is not None:
            lo, hi, li, ui = _bound_band(h.band_op, lo, hi, config.tolerance)
            op = h.band_op
    elif h.loose_lo or h.loose_hi:                # "more than about 500", "up to about 500"
        if h.loose_lo:
            lo -= abs(lo) * config.tolerance
        if h.loose_hi:
            hi += abs(hi) * config.tolerance
    # a bound worked out: "about 0.3" is [0.27, 0.33], not 0.32999999999999996 (a stated bound is kept as it is:
    # "nearly a third" ends at 1/3 itself)
    if lo != h.lo:
        lo = _clean(lo)
    if hi != h.hi:
        hi = _clean(hi)
    qualifier = _QUALIFIERS.get(op, op)
    return None if lo is None else float(lo), None if hi is None else float(hi), bool(li), bool(ui), qualifier


_DEFAULT_CONFIG = QuantityConfig()


def checked_lang(lang: object, what: str) -> str | None:
    """``lang`` as the parsers read it (``lexicon.language_tag``: "es_mx" is "es-MX"), or None to
    detect it; any other value is a ValueError that states the rule, the same for every parser and
    for ``reconcile parse --lang``."""
    if lang is None or lang in LANGS:
        return lang
    tag = language_tag(lang) if isinstance(lang, str) else None
    if tag is None:
        raise ValueError(f"{what}: lang must be one of {LANG_RULE}, not {lang!r}")
    return tag


def _checked_config(config: object, what: str) -> QuantityConfig:
    """``config`` itself, the default settings for None; anything else is a TypeError that says what to pass."""
    if config is None:
        return _DEFAULT_CONFIG
    if not isinstance(config, QuantityConfig):
        raise TypeError(f"{what}: config must be a QuantityConfig (for example `project.quantity_config`) or "
                        f"None for the default settings, not {type(config).__name__}")
    return config


def _check_arguments(text: object, lang: object, config: object, what: str) -> tuple[str | None, QuantityConfig]:
    """A programming mistake is a TypeError or ValueError that says so, not a KeyError or an
    AttributeError from inside the parser; the language and the settings as the parser reads them."""
    if not isinstance(text, str):
        raise TypeError(f"{what}: text must be a str, not {type(text).__name__}")
    return checked_lang(lang, what), _checked_config(config, what)


def find_quantities(text: str, lang: str | None = None, config: QuantityConfig | None = None,
                    *, model: str | None = None) -> list[Mention]:
    """Every quantity mention in ``text``, in order, with its span (end exclusive).

    ``model`` picks a narrower view, as the Recognizers-Text models do: ``"number"``
    (every number as a point, also those inside ranges), ``"numberrange"`` (comparatives
    and ranges only), ``"percent"``, ``"currency"``, ``"dimension"`` (those units only, as
    points), ``"ordinal"``, ``"age"``. The default (None) gives each quantity once, as an interval.
    ``config``: the project's settings (``project.quantity_config``); None for the defaults.
    """
    lang, config = _check_arguments(text, lang, config, "find_quantities")
    if model is not None and model not in MODELS:
        raise (ValueError if isinstance(model, str) else TypeError)(
            f"find_quantities: unknown model {model!r}; use one of: {', '.join(MODELS)} (or None: every quantity "
            "once, as an interval)")
    return _scan(text, lang, config, model, contradictions=False)


@dataclass(frozen=True)
class _Contradiction(Mention):
    """A comparator before a number and its opposite after it ("less than 1,000+"): no
    quantity. ``find_quantities`` leaves it out; as a stated value it is an error."""

    reason: str = ""
    hint: str = ""


def _contradiction(text, toks, h: Hit, lang: str) -> _Contradiction:
    p0, n0, n1, p1 = h.contra

    def words(a, b):
        return text[toks[a].start:toks[b - 1].end]

    return _Contradiction(
        None, None, False, False, "contradiction", words(p0, p1), lang, None,
        toks[p0].start, toks[p1 - 1].end,
        reason=f"{words(p0, n0)!r} and {words(n1, p1)!r} contradict each other: one bounds the "
               f"value from above, the other from below",
        hint=f"keep one of them: {words(p0, n1)!r} or {words(n0, p1)!r}")


def _scan(text: str, lang: str | None, config: QuantityConfig, model: str | None,
          contradictions: bool, stated: bool = False) -> list[Mention]:
    """``find_quantities``; ``contradictions``: list them too, as ``_Contradiction``; ``stated``: ``text`` is a
    stated value (``_hits``)."""
    lang = lang or detect_lang(text)
    lg = lang[:2]
    toks, hits = _hits(text, lang, ranks=model == "numberrange", names=model == "number", stated=stated)
    out: list[Mention] = []
    if model in _CLOSED_VIEWS:
        want = None if model == "number" else model
        for h in hits:
            if not _finite(h):
                continue
            if h.op == "vague" or h.glued and model == "number":
                continue
            if want is not None and h.unit_kind != want:
                continue
            for p, i0, i1, u0, u1 in h.points:
                if model != "number":             # the number with its unit ("$ 75 million")
                    i0, i1 = u0, u1
                start, end = toks[i0].start, toks[i1 - 1].end
                p = float(p)
                out.append(Mention(p, p, True, True, "exact", text[start:end], lang, h.unit,
                                   start, end))
        return out
    T = [t.t for t in toks]
    for h in hits:
        if h.op == "contradiction":
            if contradictions:
                out.append(_contradiction(text, toks, h, lang))
            continue
        if h.form in (NumberForm.WEAK, NumberForm.GLUED) and h.op == "exact" or not _finite(h):
            continue
        _approx_prefix(toks, T, h, lg)
        if model == "numberrange" and h.op in ("exact", "vague", *NEAR_OPS):
            continue
        out.append(_mention(text, toks, h, lang, config))
    return out


#: the words that may follow "one more" / "una más" when it counts one more of a list ("41 corresponden a civiles y
#: una más a un agente", "and one more in Lyon"), not when it qualifies a noun or opens a comparison ("one more
#: march", "una más grande"): a preposition, an article, a conjunction, a verb of being
AFTER_ONE_MORE = frozenset("a al de del en y e o con por para segun según que fue son es "
                           "an the to in at on of and or was were is are".split())


def _one_more(toks, i: int, n: int) -> bool:
    """Whether the Spanish "un"/"una" ending before ``i`` is "one more" of a count: "más" after it, then the end,
    a sign or a word of ``AFTER_ONE_MORE``."""
    return i < n and toks[i].t in ("mas", "más") and (
        i + 1 == n or toks[i + 1].kind == "s" or toks[i + 1].t in AFTER_ONE_MORE)


_OPENER = re.compile(r"\b(?:between|from|entre|desde)\s*$", re.I)
_DASH = re.compile(r"\s*[-\u2010-\u2015]\s*|\s+(?:to|a|or|o|u)\s+", re.I)   # "20-10", "600 to 500", "600 a 500"


def _backwards_dash(text: str, found: list[Mention]) -> bool:
    """"20-10", "20 – 10", "600 to 500": two plain numbers joined by a dash or a range's word, read as a
    range written backwards (not "2019-03", a month, nor "about 20-10")."""
    first, second = found
    return (first.qualifier == second.qualifier == "exact" and not second.text.startswith("0")
            and _DASH.fullmatch(text, first.end, second.start) is not None)


_LANG_NAMES = {"en": "English", "es": "Spanish"}
#: control characters other than white space (an ANSI escape, a NUL) in a stated value
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: characters that show nothing (zero-width space and joiners, word joiner, BOM, soft hyphen)
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")
# words for zero, as a whole stated value (SPEC §4): [0, 0], exact
_ZERO = {**dict.fromkeys(("none", "no one", "nobody", "not one", "not a single one"), "en"),
         **dict.fromkeys(("ninguno", "ninguna", "nadie", "ni uno", "ni una", "cero"), "es")}
_GLUED = re.compile(r"[^\W\d_][-\u2013]?\d")     # "x500", "over-500": see glued_to_word
#: a word for none and what there was none of ("no soldiers", "ningún muerto", "ninguna persona"), as a whole
#: stated value: [0, 0], as "zero deaths" is (folded words, a few of them, no figure)
_NONE_OF = re.compile(r"(?:(no)|ningun|ninguna|ninguno)((?:\s+[^\W\d_]+){1,3})\.?")
#: words that say a figure is missing, not that there were none: "no data", "ningún dato", "no official figure"
_NO_FIGURE = frozenset(
    "data figure figures number numbers estimate estimates count information info report reports record records "
    "comment answer reply idea change changes more less fewer than one body "
    "dato datos cifra cifras numero numeros estimacion estimaciones informacion registro registros comentario "
    "respuesta idea cambio cambios mas menos".split())


def _none_of(text: str, lang: str | None) -> str | None:
    """The language of a stated value that says there were none of something ("no soldiers",
    "ningún soldado"), or None for any other value."""
    match = _NONE_OF.fullmatch(fold_word(text))
    words = match.group(2).split() if match else ()
    if match is None or _NO_FIGURE.intersection(words) or any(w in WORDS["en"] or w in WORDS["es"] for w in words):
        return None                             # "no data", "no two": not none of something
    said = (lang or detect_lang(text)) if match.group(1) else "es"
    return said if lang is None or lang[:2] == said else None


def _glued(text: str) -> str | None:
    """The first word of ``text`` with a number glued to its letters ("over500"), or None. Word by
    word, so that a long run of letters costs its length, not its square (the pattern "\\S*x\\d\\S*"
    searched from every position: 40,000 letters took a minute)."""
    for word in text.split():
        if _GLUED.search(word):
            return word
    return None


_YEAR = r"(?<![\d.,])(?:1\d{3}|20\d{2})(?![.,]?\d)"
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th|º|°)?)"
_MONTH = "(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + ")"
#: a date in a stated value (folded text): a month next to a year, with or without its day ("March 2019", "marzo de
#: 2019", "7 March 2019", "March 7, 2019", "7 de marzo de 2019"), a date in figures ("2019-03-07", "2019-03",
#: "07/03/2019"), or "in"/"en" and a year as the whole value ("in 2019")
_DATE = re.compile(
    rf"(?:\b{_DAY}\s+(?:de\s+|of\s+)?)?\b{_MONTH}\b\.?(?:\s+{_DAY}\b)?,?\s+(?:(?:de|del|of)\s+)?{_YEAR}"
    rf"|{_YEAR}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![.,]?\d)"
    rf"|(?<![\d.,])[0-3]?\d/[01]?\d/{_YEAR}"
    rf"|^(?:in|en)(?:\s+el)?\s+{_YEAR}\.?$")


def _check_dates(text: str, found: list[Mention]) -> None:
    """An error for a figure of a stated value that is part of a date ("March 2019" had been the count 2,019,
    "2019-03-07" three quantities): the day, month or year a count refers to is its as_of (SPEC §2), not its
    value. A count with its noun ("2019 soldiers", "2,019 people") is no date."""
    for date in _DATE.finditer(fold_word(text)):
        if any(isinstance(m, Mention) and date.start() <= m.start < date.end() for m in found):
            if text[:date.start()].strip() or text[date.end():].strip():
                raise QuantityError(text, f"{text[date.start():date.end()]!r} is a date, not an amount: put it in "
                                          "as_of", hint="keep only the figure in value")
            raise QuantityError(text, "a date, not an amount: put it in as_of",
                                hint="value holds the figure stated; the day, month or year it counts to goes in as_of")


def _mentions(text: str, lang: str, config: QuantityConfig) -> list[Mention]:
    try:
        return _scan(text, lang, config, None, contradictions=True, stated=True)
    except ValueError as exc:
        if "digits" in str(exc):   # Python's guard against converting a huge integer string
            raise QuantityError(text, "a number of thousands of digits",
                                hint="numbers beyond 10^308 cannot be compared; check the value") from exc
        raise QuantityError(text, f"cannot parse stated value ({exc})") from exc
    except (OverflowError, ZeroDivisionError) as exc:
        raise QuantityError(text, f"cannot parse stated value ({exc})") from exc


#: a negation just before a stated value's figure ("not 500", "never 500", "nunca 500"); "not more than" and
#: "ni siquiera" are operators of their own (``modifiers``)
_NEGATED = re.compile(r"(?:^|\s)(?:not|never|no|nunca|jam[aá]s)\s*$", re.I)


def _coverage(found: list[Mention]) -> int:
    return found[0].end - found[0].start if len(found) == 1 else 0


_FULLWIDTH = re.compile("[\uff01-\uff5e\u3000]")
_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _suggest(word: str, lang: str, given: str | None) -> tuple[str, str, str] | None:
    """The number word ``word`` is a slip of, with its language: in either language when none was given."""
    hit = suggest_either(word, lang)
    return hit if hit is not None and (given is None or hit[2] == lang) else None


def _check_words(text: str, toks: list[Tok], lang: str, given: str | None, config: QuantityConfig) -> None:
    """Errors for a word of a stated value that the reader skipped and that changes its number.
    A misspelt number word away from a number ("between fiev and ten", "entre quinientso y mil") is
    one when, spelt right, it would be part of a quantity: the value read without it is another."""
    for t in toks:
        hit = _suggest(t.t, lang, given) if t.kind == "w" else None
        if hit is None:
            continue
        fixed = text[:t.start] + hit[0] + text[t.end:]
        if any(isinstance(m, Mention) and m.start <= t.start < m.end for m in _mentions(fixed, hit[2], config)):
            raise QuantityError(text, f"misspelt number word {t.raw!r} (did you mean {hit[1]!r}?)",
                                hint="correct the spelling, or write the number in figures")
    _check_qualifier_words(text, toks, lang, config)
    stray = stray_before_scale(toks)
    if stray is not None:           # "xyz hundred" read as 100: the word before the scale was dropped
        hit = _suggest(stray.t, lang, given)
        mean = f" (did you mean {hit[1]!r}?)" if hit is not None else ""
        raise QuantityError(text, f"{stray.raw!r} is no number word{mean}",
                            hint="correct the word before the scale word, or write the number in figures")


def _reading(m: Mention) -> tuple:
    return m.lower, m.upper, m.lower_inclusive, m.upper_inclusive, m.qualifier


def _check_qualifier_words(text: str, toks: list[Tok], lang: str, config: QuantityConfig) -> None:
    """An error for a word the reader skipped that, read as the qualifier word it looks like, would
    change the interval: "abut 110" read as exactly 110, "at leats 500" as 500, "fewer then 50" as 50,
    "cerca 500" as 500 (SPEC §4: never a silent wrong value). Only a value read as exact: one with a
    qualifier read has its words. "maybe 500" or "a total of 500", like no qualifier, stay as read."""
    found = None
    for k, t in enumerate(toks):
        fixes = qualifier_fixes(t.t, lang) if t.kind == "w" else ()
        if fixes and fixes[0] == f"{t.t} de":   # a qualifier's word without its "de": only right before the number
            if k + 1 == len(toks) or toks[k + 1].kind != "n":
                continue
            fixes = (f"{t.raw} de",)
        for fix in fixes:
            if found is None:
                found = _mentions(text, lang, config)
                if len(found) != 1 or found[0].qualifier != "exact":   # a qualifier read: the word is not one
                    return
            fixed = _mentions(text[:t.start] + fix + text[t.end:], lang, config)
            if len(fixed) == 1 and _reading(fixed[0]) != _reading(found[0]):
                raise QuantityError(text, f"{t.raw!r} looks like a slip: the value reads as exactly {found[0].text}, "
                                          f"and with {fix!r} it would read as {fixed[0].qualifier}",
                                    hint=f"write {fix!r} if that is what the source says, or drop {t.raw!r}")


def _check_counted_noun(text: str, lang: str, other: str) -> None:
    """An error when the words after the figure (the counted noun: "1.200 muertos", "1,200 dead")
    are of the other language than the one given, and that language reads the digits otherwise:
    "1.200 muertos" with lang: en had been 1.2 people, silently."""
    figures = [t for t in tokenize(text, lang) if t.kind == "n"]
    theirs = [t for t in tokenize(text, other) if t.kind == "n"]
    if not figures or [t.value for t in figures] == [t.value for t in theirs]:
        return                                  # "500 muertos": the same number in either language
    after = text[figures[-1].end:]
    evidence = lang_evidence(after)
    if evidence == 0 or (evidence > 0) == (other == "en"):
        return
    noun = next((w for w in _WORD_RE.findall(after) if _word_side(w)), after.strip())
    mine, yours = next((a, b) for a, b in zip(figures, theirs) if a.value != b.value) \
        if len(figures) == len(theirs) else (figures[-1], theirs[-1])
    raise QuantityError(text, f"reads as {_LANG_NAMES[other]}: {noun!r} is {_LANG_NAMES[other]}, and {mine.raw!r} is "
                              f"{format_number(yours.value)} in {_LANG_NAMES[other]}, "
                              f"{format_number(mine.value)} in {_LANG_NAMES[lang]} as given",
                        hint=f"set lang: {other} in the claim (reconcile parse: --lang {other}), or write the "
                             f"value in {_LANG_NAMES[lang]}")


#: a figure with a dot before three digits, and no scale word after it: "1.200" is 1.2 in English, 1,200 in Spanish
_DOT_THREE = re.compile(r"(?<![\d.,])([1-9]\d{0,2})\.(\d{3})(?![\d.,])(?!\s*(?:thousand|million|billion|trillion|"
                        r"bn|mn|m|k)\b)", re.I)


def _check_dot_thousands(text: str, m: Mention) -> None:
    """An error for a count read in English, no language given, whose figure has a dot before three digits ("more
    than 1.200"): English words, Spanish thousands. A count is never written to three decimals, so "1.2" is not
    what was meant, and 1,200 is a guess (SPEC §4: "1,200" is English, "1.200" Spanish). A decimal of one or two
    digits ("more than 1.5"), a scaled figure ("1.250 million") and a measure ("3.500 hectares") are no count."""
    match = _DOT_THREE.search(m.text)
    if match is None:
        return
    whole, point = match.group(1) + "," + match.group(2), match.group(1) + "." + match.group(2).rstrip("0")
    spanish = "set lang: es (reconcile parse: --lang es) if the value is Spanish, or " if lang_evidence(text) >= 0 \
        else ""
    raise QuantityError(text, f"{match.group()!r} reads as {point.rstrip('.')} in English and as {whole} in Spanish, "
                              f"and no language was given",
                        hint=f"{spanish}write the figure as {whole!r} (a count, in English) or {point.rstrip('.')!r} "
                             f"(a decimal)")


def _comma_thousands(text: str, m: Mention, config: QuantityConfig) -> Mention:
    """``m``, a count read in Spanish of no region, read as the regions that write thousands with a comma read it
    (es-MX) when its figure has a comma before three digits ("90,000 personas"): Spain writes a decimal comma, but
    no count is written to three decimals, so 90 is no reading of it (SPEC §4: never a silent wrong value). A
    measure ("1,250 mm") and a scaled figure ("1,500 millones") keep the decimal; ``es-ES`` keeps it for a count."""
    if COMMA_THREE.search(m.text) is None:
        return m
    regional = _mentions(text, "es-MX", config)
    return regional[0] if len(regional) == 1 and (regional[0].start, regional[0].end) == (m.start, m.end) else m


#: the error values a spreadsheet's formula cell shows (Excel, LibreOffice, Google Sheets); a table cell or a value
#: copied from a sheet may hold one
_SHEET_ERROR = re.compile(r"#(?:DIV/0!|N/A|NAME\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|"
                          r"UNKNOWN!|GETTING_DATA|ERROR!?)", re.I)


def _plain_figure(text: str, lang: str | None, likely: str | None) -> Quantity | None:
    """The exact point a plain figure in a given language states ("4818", "4,517" in English, "4.517" or
    "12,5" in Spanish), as ``_read_text`` reads it, without the reader's passes over words (half the values
    of a data desk's tables are such figures; ``plain``); None for any other text."""
    return None if likely is not None else plain_figure(text, lang)


def _qualified_figure(text: str, lang: str | None, config: QuantityConfig, likely: str | None) -> Quantity | None:
    """The interval of a qualifier phrase and a plain figure in a given language ("about 4818", "más de 4.517",
    "between 1423 and 1571"), as ``_read_text`` reads it: the reader's hit (``plain.qualified_shape``) under
    the reader's arithmetic (``_interval``), without its passes over words (the other half of a data
    desk's values); None for any other text."""
    if likely is not None or lang is None:
        return None
    shape = qualified_shape(text, lang)
    if shape is None:
        return None
    op, lower, upper, lower_inclusive, upper_inclusive = shape
    hit = Hit(0, 1, op, lower, upper)
    hit.lo_inc, hit.hi_inc = lower_inclusive, upper_inclusive
    return Quantity(*_interval(hit, config), text, lang)


@functools.lru_cache(maxsize=65536)
def _parse_text(text: str, lang: str | None, config: QuantityConfig, likely: str | None = None) -> Quantity:
    return (_plain_figure(text, lang, likely) or _qualified_figure(text, lang, config, likely)
            or _read_text(text, lang, config, likely))


def _read_text(text: str, lang: str | None, config: QuantityConfig, likely: str | None = None) -> Quantity:
    """A stated value, stripped, as an interval (``parse_quantity``; ``likely``: ``parse_in_likely``'s)."""
    if not text:
        raise QuantityError(text, "empty stated value")
    if _CONTROL.search(text):   # an escape sequence ("más de \x1b[1m500") is no part of a value
        raise QuantityError(text, "a control character in the stated value",
                            hint="delete it (a copied terminal colour or a stray character), then run again")
    if _SHEET_ERROR.fullmatch(text):   # "#DIV/0!" had read as 0 ("/0"), a silent number where the sheet has none
        raise QuantityError(text, "a spreadsheet's error value, not a number",
                            hint="fix the cell's formula in the spreadsheet, or write the value it should hold")
    if INVISIBLE.search(text):  # a zero-width space between "more than" and 500 must not drop "more than"
        text = INVISIBLE.sub("", text).strip()
    if _FULLWIDTH.search(text):  # "ＭＯＲＥ than ５００" (East Asian input): the ASCII it stands for
        text = text.translate(_TO_ASCII)
    zero = _ZERO.get(fold_word(text).rstrip(". "))
    if zero is not None and (lang is None or lang[:2] == zero):
        return Quantity(0.0, 0.0, True, True, "exact", text, zero if lang is None else lang)
    if zero is not None and lang is not None:   # "nadie" with lang: en had been "no quantity" (N1 D6): set the language
        raise QuantityError(text, f"reads as {_LANG_NAMES[zero]} (zero), not as {_LANG_NAMES[lang[:2]]} as given",
                            hint=f"set lang: {zero} in the claim (reconcile parse: --lang {zero}), or write the "
                                 f"value in {_LANG_NAMES[lang[:2]]}")
    none_of = _none_of(text, lang)
    if none_of is not None:
        return Quantity(0.0, 0.0, True, True, "exact", text, none_of if lang is None else lang)
    if fold_word(text).rstrip(". ") in ("un", "una") and (lang is None or lang[:2] == "es"):
        # the whole value "Un" ("Un manifestante murió"): one. In running text "un"/"una" alone is
        # read as an article (NumberForm.WEAK), but a stated value holds a quantity by definition
        return Quantity(1.0, 1.0, True, True, "exact", text, lang or "es")
    given = lang
    lang = lang or likely or detect_lang(text)
    found = _mentions(text, lang, config)
    # The other language reading more of the text ("más de 500" read as English finds only
    # "500") means the language is wrong: an error when it was given, a switch when detected.
    other = "es" if lang[:2] == "en" else "en"
    other_found = _mentions(text, other, config) if _coverage(found) < len(text) else []
    if _coverage(other_found) > _coverage(found) and len(other_found) == 1:
        if given:
            m = other_found[0]
            raise QuantityError(text, f"reads as {_LANG_NAMES[other]} ({m.qualifier}), not as "
                                      f"{_LANG_NAMES[lang[:2]]} as given",
                                hint=f"set lang: {other} in the claim (reconcile parse: --lang {other}), or write the "
                                     f"value in {_LANG_NAMES[lang[:2]]}")
        lang, found = other, other_found
    if given in LANGS and len(found) == 1:
        _check_counted_noun(text, given, other)
    lg = lang[:2]
    toks = tokenize(text, lang)
    slips = misspellings(toks, lg)
    if slips:
        raise QuantityError(text, f"misspelt number word {slips[0].word!r} (did you mean {slips[0].suggestion!r}?)",
                            hint="correct the spelling, or write the number in figures")
    if found:
        _check_words(text, toks, lg, given, config)
    for m in found:
        if isinstance(m, _Contradiction):
            raise QuantityError(text, m.reason, hint=m.hint)
    _check_dates(text, found)
    if not found:
        if any(not _finite(h) for h in _hits(text, lang)[1]):
            raise QuantityError(text, "a number too large to compute with",
                                hint="numbers beyond 10^308 cannot be compared; check the value")
        glued = _glued(text)
        if glued:
            raise QuantityError(text, f"no quantity in stated value ({glued!r}: a number "
                                      f"glued to letters is a name or a code, not a quantity)",
                                hint="put a space between the word and the number "
                                     "(\"over 500\") or drop the letters")
        near = [(t.raw, hit[1]) for t in toks if t.kind == "w" and (hit := _suggest(t.t, lg, given)) is not None]
        if near:                # "fourty" alone: no number next to it, but a misspelt one all the same
            raise QuantityError(text, f"no quantity in stated value (misspelt number word {near[0][0]!r}: "
                                      f"did you mean {near[0][1]!r}?)",
                                hint="correct the spelling, or write the number in figures")
        raise QuantityError(text, "no quantity in stated value")
    if (len(found) == 2 and (_OPENER.search(text, 0, found[0].start) or _backwards_dash(text, found))
            and found[0].lower is not None and found[1].upper is not None and found[0].lower > found[1].upper):
        raise QuantityError(text, "a range whose first bound is above its second",
                            hint=f"write the lower bound first: {found[1].text} {'a' if lg == 'es' else 'to'} "
                                 f"{found[0].text}")
    if len(found) > 1:
        shown = ", ".join(repr(m.text) for m in found[:5]) + (f" and {len(found) - 5:,} more" if len(found) > 5 else "")
        raise QuantityError(text, f"{len(found):,} quantities in one stated value ({shown})")
    m = found[0]
    if m.qualifier == "exact" and _OPENER.search(text, 0, m.start):
        raise QuantityError(text, "incomplete range (one bound only)")
    if _NEGATED.search(text, 0, m.start):   # "not 500" had been read as exactly 500
        raise QuantityError(text, "a negation says what the figure is not",
                            hint=f"write what it is: \"fewer than {m.text}\", \"more than {m.text}\" or a range")
    if given is None and likely != "en" and lg == "en" and m.unit in (None, "people"):
        _check_dot_thousands(text, m)
    if lang == "es" and m.unit in (None, "people"):
        m = _comma_thousands(text, m, config)
    return Quantity(m.lower, m.upper, m.lower_inclusive, m.upper_inclusive, m.qualifier,
                    text, lang, m.unit)


def parse_quantity(text: str | int | float, lang: str | None = None,
                   config: QuantityConfig | None = None) -> Quantity:
    """One stated value as an interval (SPEC §6: ``parse_quantity(text, lang=None)``); raises
    QuantityError when it holds no single quantity, TypeError or ValueError for a programming
    mistake (a value that is neither text nor a number, a language the parser does not read), as
    SPEC §6 says of the Python API. ``text`` may be any real number but a bool (a NumPy or pandas
    integer too); ``config``: the project's settings (``project.quantity_config``), None for the defaults."""
    if isinstance(text, numbers.Real) and not isinstance(text, bool):
        lang, _ = _check_arguments("", lang, config, "parse_quantity")
        try:
            v = float(text)
        except OverflowError:   # an int past 10^308 (10**400): as the same number written as text
            bits = int(text).bit_length()   # only a whole number overflows a float
            raise QuantityError(str(text) if bits < 4000 else f"an integer of {bits:,} bits",
                                "a number too large to compute with",
                                hint="numbers beyond 10^308 cannot be compared; check the value") from None
        if v != v or v in (float("inf"), float("-inf")):
            raise QuantityError(str(text), "not a finite number")
        return Quantity(v, v, True, True, "exact", str(text), lang or "en")
    if not isinstance(text, str):
        raise TypeError(f"parse_quantity: text must be a str, int or float, not {type(text).__name__}")
    lang, config = _check_arguments(text, lang, config, "parse_quantity")
    stripped = text.strip()
    if not stripped:   # the value as given ("   "), not as stripped
        raise QuantityError(text, "empty stated value")
    return _parse_text(stripped, lang, config)


def parse_in_likely(value: str, likely: str, config: QuantityConfig = _DEFAULT_CONFIG) -> Quantity:
    """``parse_quantity(value)`` with no language given, the value's words aside read in ``likely``
    (a claim with no ``lang``: its quote's language tells how "1.200" reads). Not a given
    language: "about 500" with a Spanish quote is English, as its words say."""
    return _parse_text(value.strip(), None, config, likely)
