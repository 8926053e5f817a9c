"""Whether a claim's quote states its value (SPEC.md §5, unquoted-value): the reading, apart
from the conflicts stage (``reconcile.conflicts.quotes``), free of pandas.

A spawned helper process reads the quotes (``reconcile.runtime.parallel``): it imports the
module of the function it runs, and importing one of ``reconcile.conflicts`` imports pandas
(some 0.5 s CPU and 90 MB in the helper) that the reading never uses. Read here, the helper
imports the parser alone.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from reconcile.errors import QuantityError
from reconcile.model.records import QuantityConfig
from reconcile.quantities.parse import lang_evidence, parse_quantity
from reconcile.runtime.gcpause import gc_paused

_BARE_NUMBER = re.compile(r"[\d\s.,'’]+")
#: a separator before three digits: 11.000 is 11 in English and 11,000 in Spanish
_GROUPED = re.compile(r"\d[.,]\d{3}(?!\d)")


#: a quote that says none of something: SPEC §4's words for zero ("none", "no one", "ninguno", "nadie")
#: and the forms a sentence gives them ("nobody", "not a single", "no deaths", "ningún herido")
_NO_ONE = re.compile(r"\b(?:none|no[- ]one|nobody|not (?:a single|one)|zero|nadie|ningun[oa]?s?|"
                     r"ningún|ni (?:un[oa]?|siquiera)|cero)\b", re.IGNORECASE)
_NO_NOUN = re.compile(r"\bno (?=[^\W\d_]{3})", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _key(lower, upper, lower_inclusive, upper_inclusive) -> tuple:
    lower = None if lower is None or lower != lower or lower == -math.inf else float(lower)
    upper = None if upper is None or upper != upper or upper == math.inf else float(upper)
    return (lower, upper, bool(lower_inclusive) and lower is not None, bool(upper_inclusive) and upper is not None)


_NONE = (0.0, 0.0, True, True)
#: what may not follow the stated text where the quote holds it, for the quote to state that value: more
#: digits, or a scale or unit word ("más de 500" in "Más de 500 mil", "500" in "500.000", "entre dos y tres
#: mil" in "entre dos y tres millones"): there the quote states another figure (N7 D1, session 45)
_FIGURE_GOES_ON = re.compile(
    r"\d|[.,’']\d|\s*(?:mil|miles|mill[oó]n|millones|millardos?|billones?|thousands?|millions?|billions?|"
    r"trillions?|lakhs?|crores?|bn|mn|m|k|%|per\s?cent|por\s?ciento)\b|\s*%", re.IGNORECASE)


def _holds_text(quote: str, text: str) -> bool:
    """Whether the quote holds the stated text as a figure of its own: not inside a word or a longer
    number, and not followed by more of its figure (``_FIGURE_GOES_ON``)."""
    low, wanted = quote.lower(), text.lower()
    start = low.find(wanted)
    while start >= 0:
        end = start + len(wanted)
        if (start == 0 or not low[start - 1].isalnum()) and not _FIGURE_GOES_ON.match(low, end) and \
                (end == len(low) or not (low[end - 1].isalnum() and low[end].isalnum())):
            return True
        start = low.find(wanted, start + 1)
    return False


#: two alternatives joined in a quote: "six or seven", "6 o 7", "siete u ocho"
_OR_JOIN = re.compile(r"\s(?:or|o|u)\s", re.IGNORECASE)


class QuoteReader:
    """The intervals a quote holds, per language, cached."""

    def __init__(self, config: QuantityConfig) -> None:
        self.config = config
        self.states = lru_cache(maxsize=100_000)(self._states)
        self.reading = lru_cache(maxsize=100_000)(self._reading)
        # the parser's mentions of the quote being checked and their judgments (``running.scan``'s memo):
        # the quote of an unquoted claim is read again, for all it states (``stated_in``)
        self.memo: dict = {}

    def alternatives(self, quote: str, lang: str, stated: tuple) -> bool:
        """Whether two figures of the quote joined by "or" ("six or seven") read, as one stated value, as the
        range ``stated`` (SPEC §4 reads a value "6 or 7" as [6, 7]; running text reads them apart)."""
        from reconcile.quantities.parse import find_quantities

        found = find_quantities(quote, lang, self.config)
        for first, second in zip(found, found[1:]):
            if _OR_JOIN.fullmatch(quote, first.end, second.start) is None:
                continue
            try:
                joined = parse_quantity(quote[first.start:second.end], lang, self.config)
            except QuantityError:
                continue
            if _key(joined.lower, joined.upper, joined.lower_inclusive, joined.upper_inclusive) == stated:
                return True
        return False

    def _states(self, quote: str, lang: str, stated: tuple, unambiguous: bool = False) -> bool:
        """Whether the quote states the interval ``stated`` (as ``_key``) as running text
        (``running.stated_readings``): each quantity as §4 reads a stated value, and as a reader
        takes it ("organizers estimated 250,000 protesters" states 250,000: the verb says who
        counted, not "about"; "rose from 148 to 154" states 148 and 154); never a date, a time, a
        year, an ordinal or a name with digits ("on March 30", "at 17:00", "Flight 370": no count
        of 30, 17 or 370). ``unambiguous``: leaving out the numbers whose separators read
        differently in English and Spanish. The quote is read a sentence at a time up to the first
        reading of ``stated``; a plain figure is looked for alone (``running.scan``'s ``wanted``:
        other plain figures are passed over)."""
        from reconcile.quantities.running import iter_stated_readings, plain_reading

        alone = plain_reading(quote, lang)
        if alone is not None:   # a quote that is a figure alone ("6831"): its one reading, at once
            return alone == stated and not (unambiguous and _GROUPED.search(quote))
        wanted = stated if stated[0] is not None and stated[0] == stated[1] else None
        return any(_key(*interval) == stated and not (unambiguous and _GROUPED.search(text))
                   for text, interval in iter_stated_readings(quote, lang, self.config, wanted, self.memo))

    def _reading(self, text: str, lang: str) -> tuple | None:
        try:
            q = parse_quantity(text, lang, self.config)
        except QuantityError:  # read in the quote's language, the stated text may hold no quantity
            return None
        return _key(q.lower, q.upper, q.lower_inclusive, q.upper_inclusive)

    def holds(self, quote: str, text: str, lang: str | None, stated: tuple) -> bool:
        """Whether the quote holds a quantity with the stated interval."""
        if stated == _NONE and (_NO_ONE.search(quote) or _NO_NOUN.search(quote) and not _DIGIT.search(quote)):
            # "Nobody was killed", "Nadie murió": SPEC §4's words for zero, said in a sentence; "no" before a
            # word ("no deaths", "no hubo muertos") only in a quote that states no number ("no precisó la
            # fecha, pero dijo que 109 soldados desertaron" is no zero)
            return True
        quote_lang = quote_language(quote, lang)
        if (not _BARE_NUMBER.fullmatch(text) and _holds_text(quote, text)
                and (lang == quote_lang or self.reading(text, quote_lang) == stated)):
            return True
        if self.states(quote, quote_lang, stated):
            return True
        if stated[0] is not None and stated[1] is not None and stated[0] < stated[1] and stated[2] and stated[3] \
                and _OR_JOIN.search(quote) and self.alternatives(quote, quote_lang, stated):
            return True       # "6 or 7" stated, "six or seven soldiers" quoted: two figures in running text
        if not lang or lang == quote_lang:
            return False
        # read in the claim's language too ("más de 500" in a quote detected as English), but
        # not a number whose separators read differently in the two languages: "11.000" in a
        # Spanish quote is 11,000, even if the claim says lang: en
        return self.states(quote, lang, stated, True)


def quote_languages(items: list[tuple[str, str, str | None, tuple]], config: QuantityConfig,
                    shown: int) -> list[tuple[str, tuple[str, ...]] | None]:
    """For each (quote, stated text, lang, stated interval as ``_key``): None when the quote
    holds the stated value, else the quote's detected language and what quantities it does state
    (``stated_in``, ``shown``), wherever it runs: here, or a helper process. The cyclic garbage collector is
    paused meanwhile: it ran again and again over the readings cached (``QuoteReader``), none of
    them garbage (the 200k desk claims' quotes: 8.8 s CPU with it, 6.4 s paused)."""
    with gc_paused():
        reader = QuoteReader(config)
        # the items of one quote one after another, sharing the parser's reading of it (``memo``), and each
        # distinct (quote, value, lang) checked once: a quote that states several claims is read once
        of_quote: dict[str, list[int]] = {}
        for index, item in enumerate(items):
            of_quote.setdefault(item[0], []).append(index)
        out: list[tuple[str, tuple[str, ...]] | None] = [None] * len(items)
        for indices in of_quote.values():
            reader.memo = {}
            done: dict[tuple, tuple[str, tuple[str, ...]] | None] = {}
            for index in indices:
                item = items[index]
                if len(indices) > 1 and item in done:
                    out[index] = done[item]
                    continue
                quote, text, lang, stated = item
                if not reader.holds(quote, text, lang, stated):
                    read_as = quote_language(quote, lang)
                    out[index] = (read_as, stated_in(quote, read_as, config, shown, reader.memo))
                if len(indices) > 1:
                    done[item] = out[index]
        return out


def stated_in(quote: str, lang: str, config: QuantityConfig, shown: int,
              memo: dict | None = None) -> tuple[str, ...]:
    """The quantities the quote states as a reader takes them (``quantities_in_text``'s texts,
    the first ``shown``, and one more to tell that there are more): an unquoted-value finding
    says what the quote holds instead ("it states: more than 500"), so that a reader sees the
    word the value dropped. ``memo``: the
    one the quote was checked with (``QuoteReader.memo``), for the same ``config``."""
    from reconcile.quantities.running import stated_readings

    texts: list[str] = []
    for text, _ in stated_readings(quote, lang, config, memo=memo):
        text = " ".join(text.split())
        if text not in texts:
            texts.append(text)
    return tuple(texts[:shown + 1])


def quote_language(quote: str, lang: str | None) -> str:
    """The language a quote is read in: the one its words and accents tell, else (a quote that
    says nothing of its language: "45.000 asistentes") the claim's ``lang``, else English."""
    evidence = lang_evidence(quote)
    detected = "es" if evidence > 0 else "en" if evidence < 0 else None
    if lang is not None and lang[:2] in ("en", "es") and lang[:2] == (detected or lang[:2]):
        return lang     # the claim's own tag, a region's too ("es-MX": its quote writes "1,200" as Mexico does)
    return detected or "en"
