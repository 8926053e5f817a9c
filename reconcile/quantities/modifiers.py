"""Words around numbers: comparatives, ranges, approximations, vague amounts.

Private to ``reconcile.quantities.parse``. A ``Hit`` is a quantity mention under construction
(a token span, an operator and its numbers); the functions here widen hits with the words
before and after them and join neighbouring hits into ranges.
"""
from __future__ import annotations

import re
from enum import Enum

from reconcile.quantities.lexicon import MONTHS, WORDS, times

# --- operators around a number ----------------------------------------------------------------
# op: gt (N,∞)  ge [N,∞)  lt (-∞,N)  le (-∞,N]  eq [N,N]  approx [N-t,N+t]  nearly [N-t,N)
#     justover (N,N+t]
_PREFIX_EN = {
    "gt": ["more than", "over", "above", "greater than", "larger than", "bigger than",
           "higher than", "exceeding", "exceeded", "exceeds", "exceed", "surpass",
           "surpassed", "surpasses", "surpassing", "in excess of", "upwards of", ">",
           "well over", "more then", "north of", "upward of",
           # verbs of passing a mark, as "exceeded": "the toll tops 18,000", "cases topped 5,000"; "passed" and
           # "crossed" only where no noun follows the figure ("passed 12 bills": ``_PASSING``)
           "topped", "tops", "topping", "passed", "passes", "passing", "crossed", "crosses", "crossing"],
    "ge": ["at the least", "at the very least", "as a minimum",
           "not under", "not below", "never less than", "never fewer than",
           "at least", "no less than", "not less than", "no fewer than", "not fewer than",
           "a minimum of", "minimum of", "minimum", "min", "min .", "greater than or equal to", "more than or equal to",
           "greater or equal than", "greater or equal to", "bigger or equal than",
           "higher or equal than", "larger or equal than", "more or equal than",
           "at least or equal to", "equal to or more than", "equal to or greater than",
           "equal or greater than", "equal or more than", "> =", ">=", "≥", "no lower than",
           # "estimates as low as 300", "as few as 40 people": a floor the figure may sit on
           "as low as", "as few as", "as little as"],
    "lt": ["not even", "not as many as", "not as much as",
           "less than", "fewer than", "under", "below", "smaller than", "lower than", "<",
           "beneath"],
    "le": ["at the most", "at the very most",
           "not over", "not above", "not exceeding", "not in excess of", "never more than",
           "up to", "at most", "as many as", "no more than", "not more than",
           "no greater than", "a maximum of", "maximum of", "maximum", "max", "max .", "less than or equal to",
           "less or equal than", "less or equal to", "smaller or equal than",
           "smaller than or equal to", "lower or equal than", "equal to or less than",
           "equal or less than", "equal to or fewer than", "fewer than or equal to", "< =",
           "<=", "≤", "no higher than", "as much as",
           # "that number may be as high as one million": a top it may reach, as "as many as" (it had been exact)
           "as high as", "as large as"],
    "eq": ["equal to", "equals", "equals to", "equaling to", "equaling", "equalling"],
    "approx": ["c .",
           "about", "around", "some", "roughly", "approximately", "circa", "ca .",
               "an estimated", "estimated", "close to", "approx .", "approx", "~", "≈",
               "more or less", "an approximate", "in the region of", "in the neighbourhood of",
               "in the neighborhood of", "in the order of", "on the order of",
               # "near" is to a figure what "cerca de" is: "near 100 dead", "somewhere near 40%"
               # (not before a name or a month: _PLACE_NEAR)
               "near", "near to", "somewhere near", "in the vicinity of"],
    "nearly": ["nearly", "almost", "just short of", "not quite", "just under", "just below",
               "slightly less than", "slightly fewer than", "slightly under", "a little under",
               "a little less than", "just less than", "just fewer than",
               # a tally that approaches a figure: "the toll is approaching 2,000"
               "approaching", "approaches", "approached", "nearing", "nears", "neared",
               "just shy of", "shy of", "nigh on", "getting on for",
               "barely under", "barely below", "barely less than", "barely fewer than"],
    "justover": ["just over", "just above", "slightly more than", "slightly over",
                 "slightly above", "a little over", "a little more than", "just more than",
                 "barely over", "barely above", "barely more than"],
}
_PREFIX_ES = {
    "gt": ["mas de", "mas que", "mayor que", "mayor de", "mayor a", "mayores que",
           "mayores de", "mayores a", "mas alto que", "mas alta que", "mas altos que",
           "superior a", "superiores a", "por encima de", ">", "sobrepasa", "supera",
           "superan", "supero", "excede", "exceden", "superaba", "superaban", "superaron",
           "sobrepasaba", "sobrepasaban", "sobrepasaron", "sobrepaso", "rebasa", "rebasan",
           "rebasaba", "rebasaban", "rebasaron", "rebaso", "excederia", "excederian", "superaria",
           "superarian", "arriba de", "por arriba de", "sobrepasan", "sobrepasaria", "sobrepasarian", "rebasaria",
           "rebasarian", "excedia", "excedian", "excedieron", "excedio",
           # "hasta bien pasados los 2.000", "superados los 300": past the figure
           "pasados", "pasadas", "bien pasados", "bien pasadas", "superados", "superadas",
           # "+ de 500 muertos", "+de 1.000": shorthand for "más de" in headlines and posts (a bare "+500" stays 500)
           "+ de"],
    "ge": ["no baja de", "no bajan de", "no bajaba de", "no bajaban de", "no inferior a",
           "al menos", "por lo menos", "al menos a", "por lo menos a", "como minimo", "no menos de", "no menos que",
           "un minimo de", "minimo de", "minimo", "min", "min .", "mayor o igual a", "mayor o igual que",
           "mayores o iguales a", "mayores o iguales que", "igual o mayor que",
           "igual o mayor a", "igual a o mayor que", "igual o superior a", "> =", ">=", "≥"],
    "lt": ["ni siquiera", "no llega a", "no llegan a", "no llegaba a", "no llegaban a", "no alcanza", "no alcanzan",
           "no alcanzaba", "no alcanzaban", "no alcanza a", "no alcanzan a",
           "menos de", "menos que", "menor que", "menor de", "menor a", "menores que",
           "menores a", "menores de", "mas bajo que", "mas baja que", "inferior a",
           "inferiores a", "por debajo de", "<"],
    "le": ["a lo sumo", "como mucho", "a lo mas",
           "no supera", "no superan", "no superaba", "no superaban", "no excede", "no exceden", "no pasa de",
           "no pasan de", "no sobrepasa", "no sobrepasan", "no mas alto que",
           "hasta", "como maximo", "no mas de", "no mas que", "un maximo de", "maximo de", "maximo", "max", "max .",
           "menor o igual a", "menor o igual que", "menores o iguales a",
           "menores o iguales que", "igual o menor que", "igual o menor a",
           "igual a o menor que", "inferior o igual a", "inferiores o iguales a", "< =", "<=",
           "≤"],
    "eq": ["igual a", "equivale a", "equivalente a", "equivalen a"],
    "approx": ["unos", "unas", "cerca de", "alrededor de", "aproximadamente", "aprox .",
               "aprox", "mas o menos", "en torno a", "del orden de", "unos aproximadamente",
               "~", "≈", "en el entorno de", "en el orden de",
               # circa, as in English: "c. 1.200" is about 1,200 as "~1.200" is
               "c .", "ca .", "circa",
               # adjectives of nearness, as "cerca de": "una cifra cercana al 40%", "próximo a 500"
               "cercano a", "cercana a", "cercanos a", "cercanas a", "proximo a", "proxima a",
               "proximos a", "proximas a", "en torno de", "entorno a", "un aproximado de", "aproximado de",
               "aproximada de",
               "en los alrededores de", "en las cercanias de",
               # "los muertos rondan los 300"
               "ronda", "rondan", "rondaba", "rondaban", "rondo", "rondaron"],
    "nearly": ["casi", "poco menos de", "apenas menos de", "un poco menos de", "algo menos de",
               "ligeramente menos de", "ligeramente inferior a",
               # "los muertos se acercan a los 2.000", "rozan los 300"
               "se acerca a", "se acercan a", "se acercaba a", "se acercaban a", "se acerco a",
               "se acercaron a", "roza", "rozan", "rozaba", "rozaban", "rozo", "rozaron"],
    "justover": ["poco mas de", "un poco mas de", "apenas mas de", "algo mas de",
                 "ligeramente mas de", "ligeramente superior a"],
}
_POSTFIX_EN = {
    "ge": ["as a minimum", "at the least",
           "or more", "and more", "or greater", "or above", "or higher", "or over",
           "and above", "and over", "or more than", "or greater than", "+", "at least",
           "or equal to", "or equal", "plus", "- plus",      # "500-plus", "500 plus" as "500+"
           "minimum"],                                       # not "min.": "500 min." is minutes
    # "40-odd": more than 40, below 50 (``parse._mention``); not "about 40"
    "odd": ["- odd", "odd"],
    "approx": ["or so", ", give or take", "give or take", "( approx . )", "( approx )", "approx .",
               "( approximately )", "( estimated )", "( est . )", "or thereabouts"],
    "le": ["at the most", "as a maximum", "maximum", "max .",
           "or less", "or fewer", "or below", "or lower", "and less", "and below",
           "and under", "or under", "or less than", "or fewer than", "at most"],
}
_POSTFIX_ES = {
    "ge": ["o mas", "o mayor", "y mas", "como minimo", "minimo", "al menos", "por lo menos",
           "o superior", "o mas de", "o igual", "o igual a", "+"],
    "approx": ["aproximadamente", "( aprox . )", "( aprox )", "aprox .", "mas o menos"],
    "odd": ["y pico", "y tantos", "y tantas"],     # "cuarenta y tantos", "500 y pico": as "40-odd"
    "le": ["a lo sumo", "como mucho", "como maximo", "maximo", "max .",
           "o menos", "o menor", "como maximo", "o inferior", "o igual", "o igual a"],
}
# "A .. B" ranges: (word before A or None, words between A and B)
_RANGE_EN = [("between", ("and",)), ("from", ("to",)), ("from", ("through",)),
             ("from", ("till",)), ("from", ("until",)), ("from", ("-",)), ("between", ("-",)),
             (None, ("to",)), (None, ("through",)), (None, ("thru",)), (None, ("-",)),
             (None, ("–",)), (None, ("—",)), (None, ("~",)), ("between", ("to",))]
_RANGE_ES = [("entre", ("y",)), ("entre", ("e",)), ("de", ("a",)), ("del", ("al",)),
             ("desde", ("hasta",)),
             ("desde", ("a",)), ("de", ("hasta",)), (None, ("-",)), (None, ("–",)),
             (None, ("~",)), (None, ("a",)), (None, ("—",))]
#: "6 or 7", "two or three thousand", "seis o siete": in a stated value the span of both
#: (``try_range``'s ``equal_ends``); in running text two figures, as a list ("Routes 5 or 7")
_OR_RANGE = {"en": [(None, ("or",))], "es": [(None, ("o",)), (None, ("u",))]}
_JOIN = {"en": [("and",), (",",), ("but",), (",", "and"), (",", "but")],
         "es": [("y",), ("e",), (",",), ("pero",), (",", "y")]}
#: bounds joined as a range only lower first: "over 40,000 to under 200,000", "de más de 40 a menos de 200"
_JOIN_LOW_FIRST = {"en": [("to",)], "es": [("a",)]}
_VAGUE_EN = {
    "tens": "tens", "dozens": "dozens", "hundreds": "hundreds", "thousands": "thousands",
    "tens of thousands": "tens-of-thousands", "hundreds of thousands": "hundreds-of-thousands",
    "millions": "millions", "several dozen": "dozens", "a few dozen": "dozens",
    "several hundred": "hundreds", "a few hundred": "hundreds", "few hundred": "hundreds",
    "several thousand": "thousands", "a few thousand": "thousands",
    "few thousand": "thousands", "several million": "millions", "a few million": "millions",
    "tens of millions": "tens-of-millions", "hundreds of millions": "hundreds-of-millions", "billions": "billions",
    "several billion": "billions", "a few billion": "billions",
}
_VAGUE_ES = {
    "decenas": "tens", "docenas": "dozens", "cientos": "hundreds", "centenares": "hundreds",
    "miles": "thousands", "millares": "thousands", "decenas de miles": "tens-of-thousands",
    "cientos de miles": "hundreds-of-thousands",
    "centenares de miles": "hundreds-of-thousands", "millones": "millions",
    "varias decenas": "tens", "varios cientos": "hundreds", "unos cientos": "hundreds",
    "unos cuantos cientos": "hundreds", "varios miles": "thousands",
    "unos miles": "thousands", "unos cuantos miles": "thousands",
    "varios millones": "millions",
    "decenas de millones": "tens-of-millions", "cientos de millones": "hundreds-of-millions",
    "centenares de millones": "hundreds-of-millions", "miles de millones": "billions",
    "varios miles de millones": "billions",
}
_VAGUE = {lang: {tuple(p.split()): name for p, name in table.items()}
          for lang, table in (("en", _VAGUE_EN), ("es", _VAGUE_ES))}
_VAGUE_FIRST = {lang: {p[0] for p in table} for lang, table in _VAGUE.items()}


def _phrases(table):
    out = {}
    for op, phrases in table.items():
        for p in phrases:
            out.setdefault(tuple(p.split()), op)
    return out


#: the mark a figure is named as between a verb of passing and the figure: "superaron la barrera de los 5.000",
#: "exceeded the threshold of 5,000" (the verb's comparison holds across it)
_MARKS = {"en": ("the mark of", "the threshold of", "the barrier of", "the milestone of"),
          "es": ("la barrera de", "el umbral de", "la cota de", "la marca de", "el liston de")}
#: verbs of passing a mark whose figure may be what they act on ("the House passed 12 bills", "crossed 3
#: borders"): a comparison only where no noun follows the figure, or the noun is a mark ("the 1,000 mark")
_PASSING = frozenset("passed passes passing crossed crosses crossing".split())
_MARK_NOUNS = frozenset("mark threshold milestone barrier level line figure marca barrera umbral cota cifra "
                        "liston".split())


def _with_marks(table: dict, lang: str) -> dict:
    """``table`` (prefix phrases), each verb of a comparison ("gt", one word) also before a mark
    (``_MARKS``): "superaron la barrera de"."""
    verbs = [p for p, op in table.items() if op == "gt" and len(p) == 1 and p[0].isalpha() and len(p[0]) > 4]
    for verb in verbs:
        for mark in _MARKS[lang]:
            table.setdefault(verb + tuple(mark.split()), "gt")
    return table


_PREFIX = {"en": _with_marks(_phrases(_PREFIX_EN), "en"), "es": _with_marks(_phrases(_PREFIX_ES), "es")}
#: every word of the phrases above, by language (``spelling``: a word the parser reads is no slip)
PHRASE_WORDS = {lang: frozenset(w for table in tables for phrases in table.values() for p in phrases for w in p.split())
                | frozenset(w for _, between in ranges for w in between) | {w for w, _ in ranges if w}
                | frozenset(w for p in vague for w in p.split())
                for lang, tables, ranges, vague in (("en", (_PREFIX_EN, _POSTFIX_EN), _RANGE_EN, _VAGUE_EN),
                                                    ("es", (_PREFIX_ES, _POSTFIX_ES), _RANGE_ES, _VAGUE_ES))}
_POSTFIX = {"en": _phrases(_POSTFIX_EN), "es": _phrases(_POSTFIX_ES)}
#: the qualifier phrases written before a number, as word tuples (``spelling``: "cerca 500" wants its "de")
PREFIX_PHRASES = {lang: frozenset(table) for lang, table in _PREFIX.items()}
_PREFIX_LENS = {lg: sorted({len(p) for p in t}, reverse=True) for lg, t in _PREFIX.items()}
_POSTFIX_LENS = {lg: sorted({len(p) for p in t}, reverse=True) for lg, t in _POSTFIX.items()}
_THAN = frozenset({"than", "que", "de", "a", "to", "-", "or", "o", "equal", "igual", "alto",
                   "alta", "altos", "altas", "bajo", "baja", "bajos", "bajas", "grande"})


class NumberForm(Enum):
    """How a number without a unit reads, where that decides what becomes of it (``Hit.form``)."""

    WEAK = "weak"     # Spanish "un"/"una" on its own: likely an article, not the number one
    GLUED = "glued"   # digits glued to a word ("A12", "4th"): a name or a code, not a quantity
    RANK = "rank"     # an ordinal beside a range word, read as a number ("between the tenth and ...")


class Hit:
    """A quantity mention under construction: tokens [i0, i1), an operator, its numbers.

    ``unit`` is the unit written with the number and ``unit_kind`` its kind ("percent",
    "currency", "dimension", "people"); ``form`` tells how a number without a unit reads
    (``NumberForm``, None for a plain number); ``band`` is, for op "vague", the name of its
    order-of-magnitude band ("hundreds"), which the project's settings bound."""

    __slots__ = ("i0", "i1", "op", "lo", "hi", "lo_inc", "hi_inc", "unit", "unit_kind", "form", "band",
                 "points", "glued", "pre", "pre_merged", "num_i0", "det", "loose_lo", "loose_hi",
                 "contra", "band_op")

    def __init__(self, i0, i1, op, lo, hi, unit=None, points=(), *, unit_kind=None, form=None, band=None):
        self.i0, self.i1, self.op = i0, i1, op
        self.lo, self.hi = lo, hi
        self.lo_inc = self.hi_inc = True
        self.unit, self.unit_kind = unit, unit_kind
        self.form = form            # a NumberForm, or None
        self.band = band
        self.points = list(points)
        self.glued = False        # digits glued to a word ("180ml", "4th")
        self.pre = False          # unit written before the number ("$ 20")
        self.pre_merged = False   # "3 dollars 50 cents" already joined
        self.num_i0 = i0          # where the number itself starts
        self.det = False          # "that one": a pronoun unless a unit follows
        # a bound to widen by the tolerance ("more than about 500": lower bound 500 - t)
        self.loose_lo = self.loose_hi = False
        # op "contradiction" ("less than 1,000+"): token spans of the comparator, the number
        # and the word after it, as (comparator start, number start, number end, word end)
        self.contra = None
        # for op "vague": a comparison or "nearly" before the band ("more than hundreds": gt), else None
        self.band_op = None

    @property
    def reading(self):
        """How the hit reads: its unit's kind, else its number's form, else None (a plain
        number). A hit has one or the other; two hits join into one only when they read alike."""
        return self.unit_kind or self.form


#: words that stress how large a figure is rather than bound it: "as many as 500 - 1,000 may have died" is the range
_EMPHASIS = frozenset({("as", w, "as") for w in ("many", "much", "high", "large", "low", "few", "little")})


def _joined(hit: Hit, a: Hit, b: Hit) -> Hit:
    """``hit``, made of ``a`` and ``b``, reads as the first of them that reads as something."""
    first = a if a.reading is not None else b
    hit.unit_kind, hit.form = first.unit_kind, first.form
    return hit


# --- operators ----------------------------------------------------------------------------------
ARTICLES = frozenset({"the", "el", "la", "los", "las"})
#: Spanish indefinite articles before a figure in digits ("más de un 50%", "cerca de un 40%"):
#: an article there, not the number one ("más de un millón" is one number, read before this)
_INDEFINITE = {"es": frozenset({"un", "una"})}
_CONTRACTED = {"del": "de", "al": "a"}


# the participles that say "past the figure" only before an article ("pasados los 2.000"; not
# "pasados 5 minutos", after five minutes)
_PAST_THE = frozenset({("pasados",), ("pasadas",), ("bien", "pasados"), ("bien", "pasadas"), ("superados",),
                       ("superadas",)})


#: approximating adverbs, which bound the figure of the verb's prepositional phrase across its
#: preposition: "subió casi al 40%", "bajó aproximadamente en un 8%", "rose almost to 40%",
#: "fell roughly by 8%"; the prepositions such a phrase opens with, by language
_ADVERBS = {"en": frozenset({("approximately",), ("roughly",), ("nearly",), ("almost",), ("approx",),
                             ("more", "or", "less")}),
            "es": frozenset({("aproximadamente",), ("casi",), ("aprox",), ("mas", "o", "menos")})}
_ADVERB_PREPOSITIONS = {"en": frozenset({"by", "to", "at"}),
                        "es": frozenset({"a", "al", "en", "de", "del"})}


def _adverb_across(T, i0: int, lang: str):
    """(start, op) for an approximating adverb before the preposition at ``i0 - 1``, or None."""
    if i0 < 2 or T[i0 - 1] not in _ADVERB_PREPOSITIONS[lang]:
        return None
    for phrase in _ADVERBS[lang]:
        start = i0 - 1 - len(phrase)
        if start >= 0 and tuple(T[start:i0 - 1]) == phrase:
            return start, _PREFIX[lang][phrase]
    return None


#: words that deny the comparison after them, across auxiliaries only: "there can hardly have been
#: less than 100,000" is at least 100,000, "no fueron menos de 500" at least 500, "it was not more
#: than 50" at most 50. "barely" is no denial ("barely more than 500" is just over it).
_NEGATORS = {"en": frozenset({"not", "never", "hardly", "scarcely"}), "es": frozenset({"no", "nunca", "jamas", "ni"})}
#: negators that deny only across an auxiliary: "hardly more than a child" is barely more, not at most
_DENY_ACROSS = frozenset({"hardly", "scarcely"})
_AUXILIARIES = {
    "en": frozenset("be been being was were is are am has have had having can could may might must shall should "
                    "will would do does did there it they".split()),
    "es": frozenset("es son fue fueron era eran sera seran seria serian ha han habia habian hubo habra habria "
                    "habrian haber sido hay se lo".split()),
}
_DENIED = {"gt": "le", "lt": "ge"}


def _denied(T, first: int, lang: str) -> int | None:
    """The token where a negation (``_NEGATORS``) stands before token ``first`` with only auxiliaries
    between ("not", "hardly", or "n't" written "wasn ' t"), or None."""
    j = first - 1
    while j >= 0 and first - j <= 5:
        word = T[j]
        if word in _NEGATORS.get(lang, ()):
            if word in _DENY_ACROSS and j == first - 1:
                return None                           # "hardly more than 50": just over it, not at most
            if j > 0 and T[j - 1] in ("or", "o"):
                return None                           # "whether or not there were more than 500": no denial
            return j
        if lang == "en" and word == "t" and j >= 2 and T[j - 1] in ("'", "’") and T[j - 2].endswith("n"):
            return j - 2                              # "wasn't", "isn’t", "can't"
        if word not in _AUXILIARIES.get(lang, ()):
            return None
        j -= 1
    return None


def prefix_op(toks, T, i0: int, lang: str):
    """(start, op) of the operator written before the number at token ``i0``, or None."""
    found = _prefix_op(toks, T, i0, lang)
    if found is not None and found[1] in _DENIED:
        negation = _denied(T, found[0], lang)
        if negation is not None:                      # "not (more than 50)": at most 50, the denial in its text
            return negation, _DENIED[found[1]]
    return found


def _prefix_op(toks, T, i0: int, lang: str):
    number = i0
    article = i0 > 0 and T[i0 - 1] in ARTICLES
    if i0 > 0 and T[i0 - 1] in ARTICLES:
        i0 -= 1                                       # "higher than the tenth", "casi el 50%"
    elif i0 > 0 and T[i0 - 1] in _INDEFINITE.get(lang, ()) and toks[i0].kind == "n":
        i0 -= 1                                       # "hasta un 90%", "casi un 20%"
    table = _PREFIX[lang]
    last = _CONTRACTED.get(T[i0 - 1]) if i0 > 0 and lang == "es" else None
    for length in _PREFIX_LENS[lang]:
        if length <= i0:
            phrase = tuple(T[i0 - length:i0])
            if last is not None:                      # "cerca del 40%", "más del 50%"
                phrase = phrase[:-1] + (last,)
            op = table.get(phrase) or (table.get(tuple(T[i0 - length:i0])) if last else None)
            if op is not None and not article and phrase in _PAST_THE:
                continue
            if op is not None and phrase[0] in ("max", "min") and not _an_abbreviated_bound(toks, i0 - length, phrase):
                continue
            if op == "approx" and not article and _names_or_dates(toks, T, phrase, i0):
                return None                           # "near 10 Downing Street", "near 5 March"
            if op == "gt" and phrase in _BASE_OF_CHANGE and i0 - length > 0 and T[i0 - length - 1] in _CHANGES:
                return None                           # "an increase over the 38,099 for March": that figure
            if op is not None and phrase[0] in _PASSING and _noun_after(toks, T, number, lang):
                return None                           # "the House passed 12 bills": what it passed, no mark
            if op is not None:
                first = i0 - length
                if T[first] in "<>=≤≥" and first > 0 and T[first - 1] in "<>=" \
                        and toks[first - 1].end == toks[first].start:
                    return None       # "<>30", "=>30": not a comparison we know
                return first, op
    return _adverb_across(T, i0, lang)


def _noun_after(toks, T, number: int, lang: str) -> bool:
    """Whether a word that may be a noun follows the figure at token ``number`` (its number words
    and scale words aside): a lower-case word that is no mark (``_MARK_NOUNS``) and no word of
    the parser's phrases ("on", "in", "and", "or more")."""
    k = number + 1
    words = WORDS[lang]
    while k < len(T) and (toks[k].kind == "n" or T[k] in words):
        k += 1
    if k == len(T) or toks[k].kind != "w" or not toks[k].raw.islower():
        return False
    return T[k] not in _MARK_NOUNS and T[k] not in _FUNCTION_WORDS[lang]


#: words after a figure that are no noun of it: "topped 5,000 on Friday", "passed 1,000 in March"
_FUNCTION_WORDS = {"en": frozenset("on in at by for and or as this last since after before with while across during "
                                   "to from of yesterday today overnight nationwide worldwide statewide so far "
                                   "already now again".split()),
                   "es": frozenset("el la los las en a al de del y o este esta desde tras con durante hasta por "
                                   "ayer hoy anoche ya ahora".split())}


def _an_abbreviated_bound(toks, first: int, phrase: tuple) -> bool:
    """Whether "max"/"min" at token ``first`` bounds the number after it ("max. 500", "min 500"): not in
    capitals ("737 MAX 8", a model), not a name ("Max 8"), not minutes after a number ("3 min 30 s")."""
    raw = toks[first].raw
    if raw.isupper() or len(phrase) == 1 and raw != raw.lower():
        return False
    return not (first > 0 and toks[first - 1].kind == "n")


#: "near" tells a place as often as a figure: before a number that begins a name or a date ("near
#: 10 Downing Street", "near 5th Avenue", "cerca del 5 de marzo", "near 5 March") it is the
#: preposition of place or time, and the number is the name's or the date's ("near 100 Marines" and
#: "cerca de 500 Carabineros" stay approximate: one capitalised word is a counted noun)
_PLACE_NEAR = frozenset({("near",), ("near", "to"), ("somewhere", "near"), ("in", "the", "vicinity", "of"),
                         ("cerca", "de"), ("cerca", "del")})


def _names_or_dates(toks, T, phrase: tuple, number: int) -> bool:
    """Whether ``phrase`` before the number token at ``number`` is "near" of a place or a date."""
    after = number + 1
    if phrase not in _PLACE_NEAR or after >= len(toks):
        return toks[number].attached is not None and phrase in _PLACE_NEAR   # "near 5th Avenue"
    if T[after] == "de" and after + 1 < len(toks):
        after += 1                                                  # "cerca del 5 de marzo"
    if T[after] in MONTHS:
        return True
    # a name of two capitalised words: "10 Downing Street", "40 Wall Street" (not "100 Marines")
    return all(k < len(toks) and toks[k].kind == "w" and toks[k].raw[:1].isupper()
               for k in (after, after + 1))


#: a change set against a figure: "a slight increase over the 38,099 for March", "a rise above last year's 40" (the
#: figure is the one compared with, exact, not a bound of this one)
_CHANGES = frozenset("increase increases rise jump gain growth decrease decline drop fall aumento incremento alza "
                     "subida crecimiento".split())
_BASE_OF_CHANGE = frozenset({("over",), ("above",), ("por", "encima", "de")})


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
            if phrase == ("+",) and end < n and T[end] == "/":
                continue                              # "10+/-2": plus or minus ("+-": _THAN)
            if _starts_number(toks, end, n, lang) or (end < n and T[end] in _THAN):
                continue
            return end, op
    if i1 + 2 < n and T[i1] == "," and tuple(T[i1 + 1:i1 + 3]) in _AFTER_A_COMMA:
        # "del orden del 30 por ciento, o más", "30%, or more": the bound set off by a comma is the figure's own
        end = i1 + 3
        if not (_starts_number(toks, end, n, lang) or (end < n and T[end] in _THAN)):
            return end, _AFTER_A_COMMA[tuple(T[i1 + 1:i1 + 3])]
    return None


#: the open ends a comma may set off after a figure (not "30, or 40": a number follows)
_AFTER_A_COMMA = {("or", "more"): "ge", ("or", "less"): "le", ("or", "fewer"): "le", ("o", "mas"): "ge",
                  ("o", "menos"): "le"}


def _apply(hit: Hit, op: str) -> None:
    """Make ``hit`` the comparison ``op`` with its number; an unbounded side is exclusive."""
    v = hit.hi if hit.lo is None else hit.lo
    hit.op = op
    if op == "gt":
        hit.lo, hit.hi, hit.lo_inc, hit.hi_inc = v, None, False, False
    elif op == "ge":
        hit.lo, hit.hi, hit.lo_inc, hit.hi_inc = v, None, True, False
    elif op == "lt":
        hit.lo, hit.hi, hit.lo_inc, hit.hi_inc = None, v, False, False
    elif op == "le":
        hit.lo, hit.hi, hit.lo_inc, hit.hi_inc = None, v, False, True


_COMPARISONS = frozenset({"gt", "ge", "lt", "le"})
#: operators that bound a number near it: "about N", "nearly N", "just over N"
NEAR_OPS = ("approx", "nearly", "justover")


def apply_operators(toks, T, hits: list[Hit], n: int, lang: str) -> None:
    for h in hits:
        if h.op != "exact":
            continue
        pre = prefix_op(toks, T, h.i0, lang)
        post = _postfix_op(toks, T, h.i1, n, lang)
        approx = None
        if pre is not None and pre[1] in NEAR_OPS:
            # "more than about 500", "menos de unos 500": the comparison wins, loosened
            outer = prefix_op(toks, T, pre[0], lang)
            approx = pre[1]
            if outer is not None and outer[1] in _COMPARISONS:
                pre = outer
            elif post is not None and T[h.i1] == "+" and post[0] == h.i1 + 1:
                pre, post = (pre[0], "ge"), (post[0], None)   # "about 500+": at least about
            else:
                pre = None
        if (pre is not None and post is not None and pre[1] in _COMPARISONS
                and post[1] in ("ge", "le")):
            lower = pre[1] in ("gt", "ge")
            if T[h.i1:h.i1 + 2] in (["or", "equal"], ["o", "igual"]):
                pre = (pre[0], "ge" if lower else "le")   # "less than 5000 or equal (to)"
            elif lower != (post[1] == "ge"):
                # "less than 1,000+", "more than 500 or less": no quantity, an error
                h.op, h.contra = "contradiction", (pre[0], h.i0, h.i1, post[0])
                h.i0, h.i1 = pre[0], post[0]
                continue
            post = (post[0], None)                    # "more than 500+": the word before wins
        if pre is not None:
            start, op = pre
            h.i0 = start
            if (post is None or post[1] is None
                    or op in _COMPARISONS and post[1] not in ("ge", "le")):
                if op == "eq":
                    h.op = "eq"
                else:
                    _apply(h, op)
        if post is not None:
            h.i1 = post[0]
            if post[1] == "approx":                   # "500 or so"
                if h.op == "exact":
                    h.op = "approx"
            elif post[1] is not None:
                _apply(h, post[1])
        if pre is not None and approx is not None:
            # The comparison holds for some value the approximation admits: "about 500" is
            # [500 - t, 500 + t], "nearly 500" is [500 - t, 500), so "up to nearly 1,000"
            # stays below 1,000 and "more than nearly 500" is above 500 - t.
            h.loose_lo = h.op in ("gt", "ge")
            h.loose_hi = h.op in ("lt", "le") and approx in ("approx", "justover")
            if approx == "nearly" and h.op == "le":
                h.hi_inc = False


def join_hits(toks, T, hits: list[Hit], nums_by_start: dict, lang: str, rule) -> list[Hit]:
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


#: the last word of a difference of percentages ("3 percentage points", "2 puntos porcentuales")
_POINTS = frozenset({"point", "points", "porcentual", "porcentuales"})


def try_range(toks, T, a: Hit, b: Hit, pairs, nums_by_start, lang, equal_ends: bool = False):
    """Two numbers joined as a range [A, B] ("between 5 and 10", "5-10", "de 5 a 10"). ``equal_ends``: a stated value,
    where "500-500" and "500 to 500" are [500, 500] as "between 500 and 500" is; in running text a dash or "to"
    between equal numbers is no range ("a 5-5 draw")."""
    if not (a.op in ("exact", "eq") and b.op in ("exact", "eq")):
        return None
    if a.reading and b.reading and (a.reading != b.reading or a.unit != b.unit):
        return None                                   # "6.2 % to $ 1.45 billion"
    if a.unit_kind == b.unit_kind == "percent" and (T[a.i1 - 1] in _POINTS) != (T[b.i1 - 1] in _POINTS):
        return None                                   # "rose 2.5 percentage points to 40%": a change, then a level
    if a.unit_kind == "percent" and b.reading is None:
        return None                                   # "rose 1.2% to 2,900 points"
    gap = tuple(t for t in T[a.i1:b.i0] if t not in ARTICLES)
    if equal_ends:
        pairs = [*pairs, *_OR_RANGE[lang]]
    bnum = nums_by_start.get(b.i0)
    b_lo = b.lo
    if not gap and bnum is not None and bnum.sign_sym and toks[b.i0].t in "-–":
        gap, b_lo = ("-",), -b.lo                     # "1000-5000": not minus 5000
    for before, between in pairs:
        if gap != between:
            continue
        start = a.i0
        if start > 0 and T[start - 1] in ARTICLES and before is not None:
            start -= 1                                # "entre el diez y el quince"
        if before is not None:
            if start == 0 or T[start - 1] != before:
                continue
            if before == "de" and start >= 2 and T[start - 2] in ("mas", "menos"):
                continue                              # "más de dos a tres mil": "más de" bounds the range "dos a tres"
            start -= 1
        elif between[0] in "-–—~" and not _dash_range_ok(toks, a, b):
            continue
        elif between == ("—",) and lang == "es" and not _glued(toks, a.i1):
            continue                                  # "murieron 10 —30 según otros—": a dash of an aside
        lo, hi = a.lo, b_lo
        scale = nums_by_start.get(b.points[0][1])      # the number, after any sign before it ("$5 to $10 million")
        a_num = a.points[0][1:]
        first = nums_by_start.get(a_num[0])
        # what the high end's number is multiplied by, less what the low end's own scale word already says:
        # "mil y dos mil millones" (1,000 x 1,000,000), "a hundred and two hundred thousand" (100 x 1,000)
        own = first.tail_scale if first is not None and first.words and first.i1 == a_num[1] else 0
        # (only a low end that is its scale word alone: not "2 thousand" of "2 thousand to 3 million")
        by = (scale.tail_scale / own if lo == own and scale is not None and scale.tail_scale > own
              and (scale.tail_scale / own).is_integer() else 0) if own else (scale.tail_scale if scale else 0)
        if (scale is not None and by and times(lo, by) < hi
                and (a_num[1] - a_num[0] == 1 and toks[a_num[0]].kind == "n"
                     or first is not None and first.words and first.i1 == a_num[1])):
            lo = times(lo, by)                        # "between 1.5 and 2 million", "two to three thousand"
        if lo is None or hi is None or not (lo < hi or lo == hi and (before is not None or equal_ends)):
            return None                               # "between 5 and 5" is [5, 5]; not "a 5-5 draw"
        if between in (("or",), ("o",), ("u",)) and not lo < hi:
            return None                               # "7 or 6", "5 or 5": no span a person writes
        if before is None and between == ("a",) and (not (0 < lo < hi or equal_ends and 0 < lo == hi)
                                                     or hi > 100 * lo):
            return None                               # "enero 1.1990 a 1.015 francos"
        if _a_year_then_a_count(toks, a_num, b):
            return None                               # "the total for 2025 to 28,614", "la cifra de 2024 a 12.500"
        hit = _joined(Hit(start, b.i1, "range", lo, hi, a.unit or b.unit,
                          points=[(lo, *a.points[0][1:]), (hi, *b.points[-1][1:])]), a, b)
        pre = prefix_op(toks, T, start, lang)
        if pre is not None and pre[1] in ("approx", "nearly"):
            hit.i0 = pre[0]
        elif pre is not None and pre[1] in ("le", "lt", "gt", "ge") and tuple(T[pre[0]:start]) not in _EMPHASIS:
            # "up to 2-3 thousand" is at most 3,000, "more than two to three thousand" more than 2,000: the bound
            # the comparative gives, at the range's end it points to (it had been dropped: a closed range)
            hit.i0, hit.op = pre[0], pre[1]
            if pre[1] in ("le", "lt"):
                hit.lo, hit.hi_inc = None, pre[1] == "le"
            else:
                hit.hi, hit.lo_inc = None, pre[1] == "ge"
        return hit
    return None


#: what joins the two shares of a result or a change written high first, the sign after the second alone: "Buhari
#: at 53.9 to 45 percent", "fell from 12 to 8%", "bajó de 12 a 8 por ciento"
_SHARE_TO = {"en": ("to",), "es": ("a",)}


def share_percent_back(T, hits: list[Hit], lang: str) -> None:
    """Give the first of two shares joined high first ("53.9 to 45 percent": no range, ``try_range``) the percent
    sign the second carries, as a range's ends share it: it had passed for a bare count of 53.9."""
    for a, b in zip(hits, hits[1:]):
        if (a.unit is None and a.op == "exact" and b.unit_kind == "percent" and b.op == "exact"
                and tuple(T[a.i1:b.i0]) == _SHARE_TO[lang] and T[b.i1 - 1] not in _POINTS
                and a.lo is not None and b.lo is not None and 100 >= a.lo > b.lo >= 0):
            a.unit, a.unit_kind = b.unit, b.unit_kind


_YEAR_DIGITS = re.compile(r"1[89]\d\d|20\d\d")
_THOUSANDS = re.compile(r"\d[,.]\d{3}(?!\d)")


def _a_year_then_a_count(toks, a_num, b: Hit) -> bool:
    """A first end written as a year ("2025", no separator) and a second written with a
    thousands separator ("28,614"): two numbers written two ways are a year and a count, not
    the two ends of one range (a range's ends are written alike: "1,500 to 2,000")."""
    first = toks[a_num[0]]
    if a_num[1] - a_num[0] != 1 or first.kind != "n" or not _YEAR_DIGITS.fullmatch(first.raw):
        return False
    last = toks[b.i1 - 1]
    return last.kind == "n" and _THOUSANDS.search(last.raw) is not None


#: verbs of change before "from ... to ...": a movement between two figures, not one range
_CHANGE = frozenset("rose risen rise rises fell fall falls fallen grew grow grows increased increase increases "
                    "decreased dropped drop drops climbed jumped went moved changed paso pasa subio sube bajo baja "
                    "crecio crece aumento aumenta disminuyo cayo cae descendio ascendio".split())


def _a_change_from(T, i: int) -> bool:
    """Whether "from"/"de" before token ``i`` follows a verb of change ("rose from over 40% to under
    50%", "pasó de más de 40% a menos de 60%")."""
    j = i - 1
    return j >= 1 and T[j] in ("from", "de", "desde") and T[j - 1] in _CHANGE


def _glued(toks, i: int) -> bool:
    """Whether token ``i`` touches the tokens on both sides ("3000—10000", not "10 —30")."""
    return 0 < i < len(toks) - 1 and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start


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


def try_join(toks, T, a: Hit, b: Hit, pairs, nums_by_start, lang: str):
    """"more than 10 and less than 20", "at most 100 and at least 20"."""
    if a.op not in ("gt", "ge", "lt", "le") or b.op not in ("gt", "ge", "lt", "le"):
        return None
    gap = tuple(t for t in T[a.i1:b.i0] if t not in ARTICLES)
    if gap not in _JOIN[lang] and (gap not in _JOIN_LOW_FIRST[lang] or a.op not in ("gt", "ge")
                                   or _a_change_from(T, a.i0)):
        return None
    low, high = (a, b) if a.op in ("gt", "ge") else (b, a)
    if low.op not in ("gt", "ge") or high.op not in ("lt", "le") or not low.lo < high.hi:
        return None
    hit = _joined(Hit(a.i0, b.i1, "range", low.lo, high.hi, a.unit or b.unit,
                      points=[(low.lo, *low.points[0][1:]), (high.hi, *high.points[-1][1:])]), a, b)
    hit.lo_inc, hit.hi_inc = low.op == "ge", high.op == "le"
    hit.loose_lo, hit.loose_hi = low.loose_lo, high.loose_hi
    return hit


def find_vague(T, owner: list, lang: str) -> list[Hit]:
    """Vague amounts ("hundreds", "several thousand", "cientos de miles").

    ``owner[k]`` is the hit covering token k (or None). A vague phrase may swallow exact
    numbers inside it ("several hundred" is not 100); those hits are marked "dropped".
    """
    out = []
    table = _VAGUE[lang]
    first = _VAGUE_FIRST[lang]
    n = len(T)
    k = 0
    while k < n:
        if T[k] in first:
            for length in (4, 3, 2, 1):
                if k + length > n:
                    continue
                name = table.get(tuple(T[k:k + length]))
                if name is None:
                    continue
                inside = {id(owner[x]): owner[x] for x in range(k, k + length)
                          if owner[x] is not None}
                if all(h.op == "exact" and k <= h.i0 and h.i1 <= k + length
                       for h in inside.values()):
                    for h in inside.values():
                        h.op = "dropped"
                    out.append(Hit(k, k + length, "vague", None, None, band=name))
                    k += length - 1
                    break
        k += 1
    return out


#: what a word before a vague band does to it: a comparison, or "nearly" ("about hundreds" is the band)
_BAND_OPS = frozenset({"gt", "ge", "lt", "le", "nearly"})


def bound_vague(toks, T, hits: list[Hit], lang: str) -> None:
    """A comparison or "nearly" before a vague band ("more than dozens", "al menos cientos",
    "nearly thousands"): the hit keeps the band and takes the operator (``Hit.band_op``); it had
    been dropped, leaving the bare band."""
    for h in hits:
        if h.op != "vague":
            continue
        pre = prefix_op(toks, T, h.i0, lang)
        if pre is not None and pre[1] in _BAND_OPS:
            h.i0, h.band_op = pre
