"""Misspelt number words next to a number: "cuatrocienos mil", "twenty-fiv thousand", "fifteeen hundred".

Private to ``reconcile.quantities.parse``. The number reader skips a word it does not know, so
"cuatrocienos mil" read as 1,000 and "twenty-fiv thousand" as 20: another number, silently. A slip
is a word the lexicons do not know, next to a number (a space or a hyphen between them), that is
close to a number word and that would be part of that number if it were that word. A stated value
with a slip is an error with a did-you-mean (SPEC §4: never a silent wrong value); running text
drops the number, which it cannot read.
"""
from __future__ import annotations

import difflib
import functools
from dataclasses import dataclass

from reconcile.quantities.lexicon import ARTICLE, EN_ORD, HUNDRED, MONTHS, RANKS, SCALE, WORDS, Tok, ordinal
from reconcile.quantities.modifiers import PHRASE_WORDS, PREFIX_PHRASES
from reconcile.quantities.numbers import HALF, PROPORTION_WORDS, scan_numbers
from reconcile.quantities.units import TABLES

__all__ = ["Slip", "misspellings", "qualifier_fixes", "stray_before_scale", "suggest", "suggest_either"]

#: how close a word must be to a number word to be its slip (difflib's ratio: "fiv" and "five" 0.86,
#: "cuatrocienos" and "cuatrocientos" 0.96; "trees" and "three" 0.8 is left out)
_CUTOFF = 0.85
#: the abbreviations among the number words: too short to tell a slip from another word
_ABBREVIATIONS = frozenset({"dz", "dzs", "doz", "dozs"})

#: real words close to a number word that may stand next to a number ("for hundreds of years", "then
#: thousands fled", "four score", "treinta nuevos casos"): words, not slips
_REAL_WORDS = {
    "en": frozenset(
        "for our hour tour fort then than these there tree trees even event seen gone done none "
        "bone tone zone lone score scores core weight height eights fight night right sight "
        "might tight went want wont tent tents teen teens tens men nines mine fine line wine fives live give "
        "hive dive fire fifth sixth sevens elven twin twins nice nil mill mills couple".split()),
    "es": frozenset(
        "nuevo nueva nuevos nuevas mueve mueven cuenta cuentan cuento cuentos centro centros cuanto cuantos "
        "cuantas cuanta cuarto cuarta cuartos cuartas quinto quinta quintos quintas bien dios tras venta ventas "
        "milla millas mis mal miel sus cerro cerros acero cena centena centenas".split()),
}


@functools.lru_cache(maxsize=2)
def _known(lang: str) -> frozenset[str]:
    """Every word the parser reads in ``lang``: number words of both languages, the words of
    comparatives, ranges, proportions and vague amounts, units, months, ordinals, and the real words above."""
    units = {w for table in TABLES[lang] for phrase in table for w in phrase.split()}
    return frozenset(WORDS["en"]) | frozenset(WORDS["es"]) | PHRASE_WORDS[lang] | units | MONTHS | \
        frozenset(RANKS[lang]) | frozenset(EN_ORD) | frozenset(HALF[lang]) | PROPORTION_WORDS[lang] \
        | _REAL_WORDS[lang]


@functools.lru_cache(maxsize=2)
def _targets(lang: str) -> tuple[str, ...]:
    return tuple(w for w, (kind, _) in WORDS[lang].items()
                 if kind != ARTICLE and len(w) >= 3 and w not in _ABBREVIATIONS)


@functools.lru_cache(maxsize=2)
def _longest(lang: str) -> int:
    """The length past which a word is a slip of no number word: difflib's ratio, 2 * matches / (both lengths),
    stays under ``_CUTOFF`` however many letters match, and a transposition keeps the length. A longer word
    ("x" * 200,000) is not compared at all: comparing it costs the square of its length."""
    longest = max(len(w) for w in _targets(lang))
    return max(int(longest * (2 / _CUTOFF - 1)), longest + len("ish"))


@functools.lru_cache(maxsize=4096)
def suggest(word: str, lang: str) -> tuple[str, str] | None:
    """The number word ``word`` (folded) looks like a slip of, as (that word, what to write), or None
    for a word the parser knows or one close to no number word. "fourish" (English's "about four")
    is a slip of "four" too: the parser reads no "-ish"."""
    if len(word) < 3 or len(word) > _longest(lang) or word in _known(lang) or ordinal(word, lang) is not None:
        return None
    if lang == "en" and word.endswith("ish") and word[:-3] in WORDS["en"]:
        return word[:-3], f"about {word[:-3]}"
    close = difflib.get_close_matches(word, _targets(lang), n=1, cutoff=_CUTOFF)
    if close:
        return close[0], close[0]
    swapped = _transposition(word, lang)
    return (swapped, swapped) if swapped else None


def _transposition(word: str, lang: str) -> str | None:
    """The number word ``word`` is with two adjacent letters swapped ("fiev", "nien", "twnety"). One
    swap is one slip of the fingers, but difflib's ratio counts it as two edits: "fiev" and "five"
    are 0.75. Four letters at least: a swap in a shorter word makes too many real words."""
    if len(word) < 4:
        return None
    targets = frozenset(_targets(lang))
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        if swapped in targets:
            return swapped
    return None


def suggest_either(word: str, lang: str) -> tuple[str, str, str] | None:
    """As ``suggest``, in ``lang`` and then in the other language for a word neither knows, with the
    language of the hit: a value given with no language ("quinientso") may be in either."""
    hit = suggest(word, lang)
    if hit is not None:
        return hit[0], hit[1], lang
    other = "es" if lang == "en" else "en"
    hit = suggest(word, other) if word not in _known(lang) else None
    return (hit[0], hit[1], other) if hit is not None else None


def stray_before_scale(toks: list[Tok]) -> Tok | None:
    """A word no lexicon knows right before a scale word ("xyz hundred", "fiev thousand"): the reader
    skips it and keeps the scale word alone, 100 or 1,000, another number. A word the parser knows
    ("a hundred", "several hundred", "unos cientos") is no stray."""
    known_en, known_es = _known("en"), _known("es")   # (their union was a new set of thousands of words per call)
    for k in range(1, len(toks)):
        prev, tok = toks[k - 1], toks[k]
        if prev.kind != "w" or prev.t in known_en or prev.t in known_es or prev.end == tok.start \
                or not prev.t.isalpha():
            continue
        if any((entry := WORDS[lg].get(tok.t)) is not None and entry[0][0] in (HUNDRED, SCALE)
               for lg in ("en", "es")):
            if ordinal(prev.t, "en") is None and ordinal(prev.t, "es") is None:
                return prev
    return None


#: real words a letter away from a qualifier's word ("early": nearly, "cover": over): words, not slips
_NEAR_QUALIFIERS = {
    "en": frozenset("early ever every cover covers hover lover lovers clover mover movers nearby neatly thunder "
                    "wonder blunder plunder lease leash beast feast yeast home come dome tome sore bore core lore "
                    "pore wore".split()),
    "es": frozenset("casa caso cosa cerda cerco cerdo menor menores mesa masa misa asta".split()),
}


@functools.lru_cache(maxsize=2)
def _qualifier_targets(lang: str) -> tuple[str, ...]:
    """The words of the qualifier phrases ("about", "least", "alrededor") a slip is compared with: four
    letters at least, as a shorter one has too many neighbours among real words."""
    return tuple(sorted(w for w in PHRASE_WORDS[lang] if len(w) >= 4 and w.isalpha()))


@functools.lru_cache(maxsize=2)
def _wanting_de(lang: str) -> frozenset[str]:
    """Spanish qualifiers' first words that a phrase follows with "de" ("cerca de", "más de", "alrededor de")."""
    return frozenset(phrase[0] for phrase in PREFIX_PHRASES[lang] if len(phrase) == 2 and phrase[1] == "de")


@functools.lru_cache(maxsize=4096)
def qualifier_fixes(word: str, lang: str) -> tuple[str, ...]:
    """What a word of a stated value may have been meant as among the qualifiers' words, for
    ``parse`` to try (it keeps a fix only when the value would read otherwise): a slip ("abut":
    about, "arround": around, "leats": least, "mroe": more), two words run together ("upto": up to,
    "atleast": at least), a Spanish qualifier's first word without its "de" ("cerca 500": cerca de;
    ``parse`` tries it only right before the number) and English's "then" for "than" ("fewer then 50")."""
    if lang == "en" and word == "then":
        return ("than",)
    if word in PHRASE_WORDS[lang]:
        return (f"{word} de",) if word in _wanting_de(lang) else ()
    if len(word) < 4 or len(word) > 24 or word in _known(lang) or not word.isalpha() or word in _NEAR_QUALIFIERS[lang]:
        return ()
    targets = _qualifier_targets(lang)
    fixes = difflib.get_close_matches(word, targets, n=2, cutoff=_CUTOFF)
    fixes += [word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)
              if word[:i] + word[i + 1] + word[i] + word[i + 2:] in targets]
    fixes += [f"{word[:i]} {word[i:]}" for i in range(2, len(word) - 1)   # ("caso" is no "ca so": not a phrase)
              if any(phrase[:2] == (word[:i], word[i:]) for phrase in PREFIX_PHRASES[lang])]
    return tuple(dict.fromkeys(fixes))


@dataclass(frozen=True)
class Slip:
    """A misspelt number word: token ``k``, the word as written, what to write instead, and the
    tokens [i0, i1) of the number it would be part of."""

    k: int
    word: str
    suggestion: str
    i0: int
    i1: int


_HYPHENS = frozenset("-–")


def _numeric(tok: Tok, lang: str) -> bool:
    """Digits or a number word other than an article."""
    if tok.kind == "n":
        return True
    entry = WORDS[lang].get(tok.t) if tok.kind == "w" else None
    return entry is not None and entry[0] != ARTICLE


def _neighbours(toks: list[Tok], k: int) -> list[int]:
    """The tokens next to token k, past a hyphen glued to both ("twenty-fiv")."""
    out = []
    for step in (-1, 1):
        j = k + step
        if 0 <= j < len(toks) and toks[j].t in _HYPHENS and 0 <= j + step < len(toks):
            a, b = sorted((k, j + step))
            if toks[a].end == toks[a + 1].start and toks[a + 1].end == toks[b].start:
                j += step
        if 0 <= j < len(toks):
            out.append(j)
    return out


def misspellings(toks: list[Tok], lang: str) -> list[Slip]:
    """Every slip in ``toks`` (see the module's docstring). Looked for from the numbers, which are
    fewer than the words: this runs on every sentence of an article."""
    out: list[Slip] = []
    looked: set[int] = set()
    for j, tok in enumerate(toks):
        if not _numeric(tok, lang):
            continue
        for k in _neighbours(toks, j):
            word = toks[k]
            if k in looked or word.kind != "w" or len(word.t) < 3 or word.t in WORDS[lang]:
                continue
            looked.add(k)
            hit = suggest(word.t, lang)
            if hit is not None:
                slip = _slip(toks, k, hit, lang)
                if slip is not None:
                    out.append(slip)
    return out


def _slip(toks: list[Tok], k: int, hit: tuple[str, str], lang: str) -> Slip | None:
    """The slip at token k if the number word it resembles, read in its place, joins a number beside it."""
    beside = [j for j in _neighbours(toks, k) if _numeric(toks[j], lang)]
    lo, hi = max(0, k - 8), min(len(toks), k + 9)
    window = toks[lo:hi]
    word = toks[k]
    window[k - lo] = Tok("w", hit[0], word.raw, word.start, word.end)
    for num in scan_numbers(window, lang):
        i0, i1 = num.i0 + lo, num.i1 + lo
        if i0 <= k < i1 and any(i0 <= j < i1 for j in beside):
            return Slip(k, word.raw, hit[1], i0, i1)
    return None
