"""unquoted-value (SPEC.md §5): a claim whose quote holds no quantity with the stated interval.

The quote is read in its own detected language, then in the claim's ``lang`` (numbers whose
separators read differently in the two languages aside); a claim whose value was read in the
wrong language ("11.000" as 11 in English) or mistyped is then a
warning instead of a silently wrong number. Quotes are read once per distinct (quote, lang).
A stated text with words of its own ("more than 500") found verbatim in the quote, and read
the same way there, needs no second reading; a bare number always does (the words around it
in the quote may say "more than"). Read in the language its value was parsed in (the claim's
``lang``, which is the quote's when the claim names none), the stated text reads as the stated
interval by construction: it is parsed again only in another language.

Quotes are mostly distinct (each is one statement), so the check costs a reading of each
quote: ``unquoted(..., parallel=True)`` shares the claims with a helper process
(``reconcile.runtime.parallel``; the command line opts in), the results the same, in order.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Iterator

from reconcile.conflicts.wording import STATED_SHOWN
from reconcile.model.records import QuantityConfig
from reconcile.quantities import quotes as reading
# the reading of a quote, named here too (tests and benches import them from here)
from reconcile.quantities.quotes import (_BARE_NUMBER, _DIGIT, _GROUPED, _NO_NOUN, _NO_ONE,  # noqa: F401
                                         _NONE, QuoteReader, _key, quote_language, stated_in)

if TYPE_CHECKING:
    import pandas as pd


def unquoted(frame: pd.DataFrame, config: QuantityConfig | None = None, *,
             parallel: bool = False) -> Iterator[tuple[str, str, str]]:
    """(topic, claim id, the quote's language) for each claim whose quote lacks its stated value,
    by topic. ``parallel``: share the quotes with a helper process (a script that opts in must
    guard its entry point; ``reconcile.runtime.parallel``)."""
    with QuoteChecks(frame, config, parallel=parallel) as checks:
        for topic in checks.topics:
            for cid, (lang, _) in checks.of(topic).items():
                yield topic, cid, lang


#: chunks of the quotes a helper process reads (from the first topic on, ahead of the caller)
#: while the caller reconciles topics: fine enough that the caller seldom waits long for one
QUOTE_CHUNKS = 64


class QuoteChecks:
    """The quote check of every claim, begun at once, its results asked for topic by topic
    (``of``), in topic order. With ``parallel``, a helper process reads the quotes from the first
    topic on, ahead of the caller (begun before validation: ``pipeline.read_quotes_ahead``),
    while the caller does its own work (the reconciler's pairs); when the caller comes to a
    topic it takes the helper's reading, or reads itself the quotes the helper has not begun
    (the helper then goes on past them). From the first topic on, not from the last back: the
    helper's reading is then mostly done before the caller needs it, where from the last back
    the caller read every quote up to where the two met and the helper then idled while the
    caller reconciled the rest (at 1M desk claims: ~10 CPU-s of quotes off the caller, the
    process everything waits for). The results are those of reading every quote here, in any
    order."""

    def __init__(self, frame: pd.DataFrame, config: QuantityConfig | None = None, *,
                 parallel: bool = False) -> None:
        from reconcile.runtime.parallel import Chunks, start_chunks

        self.claims: list[str] = []
        self.spans: dict[str, tuple[int, int]] = {}   # topic -> its items, start and stop
        items: list[tuple] = []
        if not frame.empty:
            quoted = frame[frame["quote"].notna()]
            columns = [quoted[c].tolist() for c in ("topic", "id", "quote", "text", "lang", "lower", "upper",
                                                     "lower_inclusive", "upper_inclusive")]
            rows: dict[str, list[tuple]] = {}
            # one stated interval per distinct one, shared: a quarter of the claims' at the desk profile
            # (a tuple and two floats each: some 100 MB at a million claims, held to the end)
            stated: dict[tuple, tuple] = {}
            for topic, cid, quote, text, lang, lower, upper, lower_inclusive, upper_inclusive in zip(*columns):
                if not isinstance(quote, str) or not quote.strip():
                    continue
                key = _key(lower, upper, lower_inclusive, upper_inclusive)
                rows.setdefault(topic, []).append((cid, (quote, str(text), lang if isinstance(lang, str) else None,
                                                         stated.setdefault(key, key))))
            for topic in sorted(rows):
                self.spans[topic] = (len(items), len(items) + len(rows[topic]))
                self.claims.extend(cid for cid, _ in rows[topic])
                items.extend(item for _, item in rows[topic])
        check = functools.partial(reading.quote_languages, config=config or QuantityConfig(),
                                  shown=STATED_SHOWN)
        self.work = (start_chunks(check, items, chunks=QUOTE_CHUNKS, from_end=False) if parallel
                     else Chunks(check, items))

    @property
    def topics(self) -> list[str]:
        """The topics with quotes, in order."""
        return list(self.spans)

    def of(self, topic: str) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Claim id -> the quote's language and the quantities it states (``stated_in``), for each
        claim of ``topic`` whose quote lacks its stated value."""
        if topic not in self.spans:
            return {}
        start, stop = self.spans[topic]
        found = self.work.between(start, stop)
        return {cid: lang for cid, lang in zip(self.claims[start:stop], found, strict=True) if lang is not None}

    def close(self) -> None:
        """Stop the helper and let go of the quotes (a million claims' are some 200 MB)."""
        self.work.release()
        self.claims, self.spans = [], {}

    def __enter__(self) -> "QuoteChecks":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def quote_languages(items: list[tuple[str, str, str | None, tuple]],
                    config: QuantityConfig) -> list[tuple[str, tuple[str, ...]] | None]:
    """For each (quote, stated text, lang, stated interval as ``_key``): None when the quote
    holds the stated value, else the quote's detected language and what quantities it does state
    (``reconcile.quantities.quotes.quote_languages``, naming as many as the finding shows)."""
    return reading.quote_languages(items, config, STATED_SHOWN)
