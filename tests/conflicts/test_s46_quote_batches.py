"""The quote check of a batch (``quotes.quote_languages``) checks each distinct (quote, value, lang)
once and reads a quote once for all the values it is checked for (issue 15: the same results, less
CPU): each claim's result is the one it has checked alone, with a reader of its own."""
from __future__ import annotations

from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.conflicts import quotes
from reconcile.errors import QuantityError
from reconcile.model.records import QuantityConfig
from reconcile.quantities.parse import parse_quantity
from reconcile.quantities import running

CONFIG = QuantityConfig()

_NUMBERS = ["7", "12", "31", "109", "500", "1,200", "1.200", "2019", "1061", "95,000", "11.000", "3.5",
            "ciento nueve", "two thousand", "dos mil", "five", "veinte", "1.5 million", "medio millón", "0"]
_BEFORE = ["", "more than ", "más de ", "at least ", "up to ", "hasta ", "about ", "unos ", "nearly ", "casi ",
           "between 40 and ", "entre 40 y ", "from 148 to ", "on March ", "Flight ", "aged ", "two to "]
_AFTER = ["", " soldiers", " personas", " thousand", " mil", " millones", " de marzo", " to 700", " y 800",
          " years", "%", " crossed"]
_FILLER = ["The minister said", "Según el informe", "Quote 8583:", "Nadie murió,", "No one was hurt and", ""]

_STATED = st.builds(lambda b, n, a: b + n + a, st.sampled_from(_BEFORE), st.sampled_from(_NUMBERS),
                    st.sampled_from(_AFTER))
_SENTENCE = st.builds(lambda f, stated, end: " ".join(p for p in (f, stated) if p) + end,
                      st.sampled_from(_FILLER), _STATED, st.sampled_from([".", ";", ""]))
_QUOTE = st.builds(" ".join, st.lists(_SENTENCE, min_size=1, max_size=3))


def _item(quote: str, text: str, lang: str | None) -> tuple | None:
    try:
        q = parse_quantity(text, lang or "en", CONFIG)
    except QuantityError:
        return None
    return quote, text, lang, quotes._key(q.lower, q.upper, q.lower_inclusive, q.upper_inclusive)


@settings(max_examples=120, deadline=None)
@given(st.lists(_QUOTE, min_size=1, max_size=3), st.lists(_STATED, min_size=1, max_size=4),
       st.lists(st.tuples(st.integers(0, 2), st.integers(0, 3), st.sampled_from([None, "en", "es"])),
                min_size=1, max_size=10))
def test_a_batch_of_quotes_finds_what_each_claim_checked_alone_finds(pool, texts, picks):
    items = [item for q, t, lang in picks
             if (item := _item(pool[q % len(pool)], texts[t % len(texts)], lang)) is not None]
    alone = [quotes.quote_languages([item], CONFIG)[0] for item in items]
    assert quotes.quote_languages(items, CONFIG) == alone


def test_a_quote_checked_for_several_values_is_read_once():
    quote = "Police counted 109 soldiers and 415 police."
    items = [_item(quote, "109", "en"), _item("Other 7.", "7", "en"), _item(quote, "415", "en"),
             _item(quote, "109", "en")]
    with mock.patch.object(running, "find_quantities", wraps=running.find_quantities) as find:
        assert quotes.quote_languages(items, CONFIG) == [None] * 4
    assert [call.args[0] for call in find.call_args_list].count(quote) == 1
