"""The quote check stops reading a quote at the sentence that states the claim's value (issue 15: the
same results, less CPU): ``QuoteReader.holds`` against the plain reading of every sentence."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.conflicts import quotes
from reconcile.model.records import QuantityConfig
from reconcile.quantities import running

CONFIG = QuantityConfig()


def _plain_holds(quote: str, text: str, lang: str | None, stated: tuple) -> bool:
    """``QuoteReader.holds`` read the long way: every reading of every figure of the quote (no figure
    passed over as not the one wanted), then the interval looked up."""
    reader = quotes.QuoteReader(CONFIG)
    if stated == quotes._NONE and (quotes._NO_ONE.search(quote) or quotes._NO_NOUN.search(quote)
                                   and not quotes._DIGIT.search(quote)):
        return True
    quote_lang = quotes.quote_language(quote, lang)
    if (not quotes._BARE_NUMBER.fullmatch(text) and text.lower() in quote.lower()
            and (lang == quote_lang or reader.reading(text, quote_lang) == stated)):
        return True
    def intervals(read_as: str, unambiguous: bool) -> set:
        return {quotes._key(*interval) for said, interval in running.stated_readings(quote, read_as, CONFIG)
                if not (unambiguous and quotes._GROUPED.search(said))}

    if stated in intervals(quote_lang, False):
        return True
    return bool(lang) and lang != quote_lang and stated in intervals(lang, True)


def test_a_quote_that_states_the_value_in_its_first_sentence_is_not_read_further(monkeypatch):
    read: list[str] = []
    scan = running.scan

    def counting(sentence, *args, **kwargs):
        read.append(sentence.text)
        return scan(sentence, *args, **kwargs)

    monkeypatch.setattr(running, "scan", counting)
    quote = "More than 500 soldiers crossed. Officials counted 109 more. The army has 95,000 men."
    reader = quotes.QuoteReader(CONFIG)
    assert reader.holds(quote, "over 500", "en", (500.0, None, False, False))   # (not verbatim: read)
    assert read == ["More than 500 soldiers crossed."]
    read.clear()
    assert reader.holds(quote, "109", "en", (109.0, 109.0, True, True))
    assert read == ["More than 500 soldiers crossed.", "Officials counted 109 more."]


def test_an_unquoted_value_is_still_looked_for_in_every_sentence_and_both_languages():
    quote = "Hubo 11.000 heridos. Otros 300 huyeron."
    reader = quotes.QuoteReader(CONFIG)
    assert not reader.holds(quote, "11", "en", (11.0, 11.0, True, True))
    assert reader.holds(quote, "300", "en", (300.0, 300.0, True, True))
    assert [reader.holds(quote, "11,000", lang, (11000.0, 11000.0, True, True)) for lang in ("en", "es")] == [True] * 2


_NUMBERS = st.sampled_from(["7", "12", "31", "109", "500", "1,200", "1.200", "2019", "95,000", "11.000", "3.5",
                            "ciento nueve", "two thousand", "dos mil", "five", "veinte", "1.5 million",
                            "medio millón", "0"])
_BEFORE = st.sampled_from(["", "more than ", "más de ", "at least ", "al menos ", "up to ", "hasta ", "about ",
                           "unos ", "nearly ", "casi ", "just over ", "fewer than ", "between 40 and ", "entre 40 y ",
                           "on March ", "el ", "in ", "at ", "Route ", "aged ", "Flight ", "from 148 to ",
                           "Routes 5, ", "Routes 5, 6 and ", "los días 15 y ", "aged 19, 23 and ", "tenían 19 y "])
_AFTER = st.sampled_from(["", " soldiers", " personas", " de marzo", " p.m.", " people died", " heridos", "-600",
                          " to 700", " y 800", " years", " km", "%", " crossed", ", officials said"])
_FILLER = st.sampled_from(["The minister said", "Según el informe", "Quote 8583:", "Police counted", "Nadie murió,",
                           "No one was hurt and", "On Tuesday", ""])
_SENTENCE = st.builds(lambda f, b, n, a, end: " ".join(p for p in (f, b + n + a) if p) + end,
                      _FILLER, _BEFORE, _NUMBERS, _AFTER, st.sampled_from([".", "!", "?", ";", ""]))


@settings(max_examples=150, deadline=None)
@given(st.lists(_SENTENCE, min_size=1, max_size=4), st.sampled_from([None, "en", "es"]), st.data())
def test_the_check_stopping_early_finds_what_reading_every_sentence_finds(sentences, lang, data):
    quote = " ".join(sentences)
    said = running.stated_readings(quote, quotes.quote_language(quote, lang), CONFIG)
    candidates = [(text, quotes._key(*interval)) for text, interval in said]
    candidates += [("500", (500.0, 500.0, True, True)), ("more than 500", (500.0, None, False, False)),
                   ("0", quotes._NONE), ("1,200", (1200.0, 1200.0, True, True)), ("11", (11.0, 11.0, True, True))]
    text, stated = data.draw(st.sampled_from(candidates))
    assert quotes.QuoteReader(CONFIG).holds(quote, text, lang, stated) == _plain_holds(quote, text, lang, stated)


def test_a_figure_in_a_list_of_names_with_digits_is_no_count_in_the_quote_check_either():
    """"Routes 5, 7 and 9": 7 is a route, as the full reading says; looking for the value 7 alone had
    passed over the 5 and lost the list, so a claim of 7 quoted that way was no unquoted-value."""
    reader = quotes.QuoteReader(CONFIG)
    assert not reader.holds("Buses ran on Routes 5, 7 and 9 today.", "7", "en", (7.0, 7.0, True, True))
    assert not reader.holds("Los días 15 y 16 hubo marchas.", "16", "es", (16.0, 16.0, True, True))
    assert reader.holds("Buses ran on Routes 5, 7 and 9; 7 people were hurt.", "7", "en", (7.0, 7.0, True, True))
