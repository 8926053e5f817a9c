"""The quote check's cheaper paths read as the plain ones (issue 15: the same results, less CPU).

``running.scan``'s memo lets the quote check read an unquoted claim's quote once for its value and
once for all it states without parsing or judging it twice; ``_junk`` compiles its patterns once;
``_word_before`` splits instead of stepping; ``lexicon.digit_segments`` reads digits alone at once.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reconcile.conflicts import quotes
from reconcile.model.records import QuantityConfig
from reconcile.quantities import lexicon, running

CONFIG = QuantityConfig()
DATA = Path(__file__).resolve().parents[1] / "data" / "extract"

# dates, times, years, names with digits, ages, phones, ranges and bounds, in English and Spanish
QUOTES = [
    ("On March 30, 2019, at 17:00, Flight 370 landed with 239 people aboard.", "en"),
    ("Quote 8583: 6399 crossed", "en"),
    ("Quote 22719: 1764 crossed", "en"),
    ("The 2003–04 season ended 3-1; Category 4 winds hit Route 5, 7 and 9.", "en"),
    ("Stephen Paddock, 64, fired on the crowd; 58 were killed and more than 400 wounded.", "en"),
    ("Call 614-645-4545 or the emergency number 911 for information on the 1,200 missing.", "en"),
    ("Organizers estimated 250,000 protesters; police said between 80,000 and 100,000.", "en"),
    ("The toll rose from 148 to 154 by 6 p.m., officials said [12].", "en"),
    ("El 15 de marzo, a las 17 horas, llegaron 300 soldados y unos 2.500 policías.", "es"),
    ("Del viernes 11 al domingo 13 fueron detenidas 45 personas, dos hombres de 41 y 45.", "es"),
    ("Más de 500 militares cruzaron; la cifra de muertos fue de 1500, según Canal 13.", "es"),
    ("Nadie murió en el sismo de magnitud 6,2, pero 1.432 resultaron heridas.", "es"),
]


def _values(quote: str, lang: str) -> list[tuple]:
    """Every interval the quote states, each as the one a claim would look for."""
    return sorted({interval for _, interval in running.stated_readings(quote, lang, CONFIG)}, key=repr)


@pytest.mark.parametrize("quote, lang", QUOTES)
def test_a_quote_read_for_a_value_then_for_all_reads_as_with_no_memo(quote, lang):
    plain = running.stated_readings(quote, lang, CONFIG)
    for wanted in [*_values(quote, lang), (7.0, 7.0, True, True)]:
        memo: dict = {}
        assert running.stated_readings(quote, lang, CONFIG, wanted, memo) == \
            running.stated_readings(quote, lang, CONFIG, wanted)
        assert running.stated_readings(quote, lang, CONFIG, memo=memo) == plain


def test_the_sentences_of_the_articles_scan_the_same_with_a_memo():
    texts = sorted(DATA.glob("dev*/*/*.txt"))
    assert texts, f"no articles under {DATA}"
    for path in texts:
        for sentence in running.sentences(path.read_text(encoding="utf-8")):
            mentions: list = []
            plain = running.scan(sentence, phones=True, mentions=mentions, config=CONFIG)
            memo: dict = {}
            for found in plain[:1]:        # read for one value first, as the quote check does
                running.scan(sentence, phones=True, mentions=[], config=CONFIG,
                             wanted=(found.lower, found.upper, found.lower_inclusive, found.upper_inclusive), memo=memo)
            again: list = []
            assert running.scan(sentence, phones=True, mentions=again, config=CONFIG, memo=memo) == plain, \
                (path.name, sentence.text)
            assert again == mentions


def test_an_unquoted_claims_quote_is_parsed_once(monkeypatch):
    parsed: list[str] = []
    parse = running.find_quantities

    def counting(text, *args, **kwargs):
        parsed.append(text)
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(running, "find_quantities", counting)
    quote = "Quote 22719: 1764 crossed"      # 1764 reads as a year: the claim's 1764 is not in it
    found = quotes.quote_languages([(quote, "1764", "en", (1764.0, 1764.0, True, True))], CONFIG)
    assert found == [("en", ("22719",))]
    assert parsed == [quote]


def test_junk_compiles_no_pattern_per_call(monkeypatch):
    compiled: list[str] = []
    compile_ = re._compile

    def counting(pattern, flags):
        compiled.append(pattern)
        return compile_(pattern, flags)

    sentences = [s for quote, lang in QUOTES for s in running.sentences(quote, lang)]
    monkeypatch.setattr(re, "_compile", counting)
    for sentence in sentences:
        running.scan(sentence, phones=True, config=CONFIG)
    assert compiled == []


def _word_before_by_steps(sentence: str, i: int) -> str:
    """``running._word_before`` as it was written, a character at a time."""
    j = i
    while j > 0 and sentence[j - 1] in " \u00a0":
        j -= 1
    k = j
    while k > 0 and not sentence[k - 1].isspace():
        k -= 1
    return sentence[k:j]


@given(st.text(alphabet=" \u00a0\n\t\u2003\u3000\x1c\x85aB1,(é.", max_size=14), st.integers(0, 14))
def test_the_word_before_a_figure_is_the_one_read_a_character_at_a_time(sentence, i):
    i = min(i, len(sentence))
    assert running._word_before(sentence, i) == _word_before_by_steps(sentence, i)


@pytest.mark.parametrize("raw", ["0", "007", "6399", "1" * 40, "٣٤", "१२", "6,399", "6.399", "1.234,5", "12 000",
                                 "2.5e3"])
def test_digits_alone_read_as_the_cached_path_reads_them(raw):
    for lang in ("en", "es"):
        assert lexicon.digit_segments(raw, lang) == lexicon._segments(raw, lang)


def test_plain_digits_leave_the_cache_of_digit_strings_alone():
    before = lexicon._segments.cache_info()
    running.quantities_in_text("Quote 8583: 6399 crossed; 987654 more waited.")
    after = lexicon._segments.cache_info()
    assert (after.hits, after.misses) == (before.hits, before.misses)
