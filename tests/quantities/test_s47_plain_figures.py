"""A plain figure ("6831", "4,517", "12.5"; "4.517", "12,5" in Spanish) is read at once (``quantities.plain``),
as a stated value and as a quote that is the figure alone: the same quantity as the whole reader's, on figures
of every length, with leading zeros, signs, separators, decimals and every year-like value, in English and
Spanish (issue 15: the same results, less CPU)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.conflicts.quotes import QuoteReader, _key
from reconcile.model.records import QuantityConfig
from reconcile.quantities import parse, running
from reconcile.quantities.plain import figure_value

CONFIG = QuantityConfig()
DIGITS = st.integers(1, 20).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))


def _grouped(digits: str, mark: str) -> str:
    return f"{int(digits):,}".replace(",", mark)


def _decimal(pair: tuple[str, str], point: str) -> str:
    return pair[0] + point + pair[1]


FIGURES = st.one_of(
    DIGITS,                                                                 # leading zeros too
    st.integers(0, 10 ** 20).map(str),
    st.integers(900, 2200).map(str),                                        # every year-like value, and around
    st.integers(0, 10 ** 18).map(lambda v: _grouped(str(v), ",")),
    st.integers(0, 10 ** 18).map(lambda v: _grouped(str(v), ".")),
    st.integers(0, 10 ** 18).map(lambda v: _grouped(str(v), " ")),
    st.tuples(DIGITS, DIGITS).map(lambda p: _decimal(p, ".")),
    st.tuples(DIGITS, DIGITS).map(lambda p: _decimal(p, ",")),
    st.tuples(st.integers(0, 10 ** 9), DIGITS).map(lambda p: _grouped(str(p[0]), ",") + "." + p[1]),
    st.tuples(st.integers(0, 10 ** 9), DIGITS).map(lambda p: _grouped(str(p[0]), ".") + "," + p[1]),
    st.tuples(st.integers(0, 30), st.integers(0, 99)).map(lambda p: f"{p[0]}.{p[1]:02d}"),   # clock-like
    st.tuples(st.sampled_from(["-", "+", "−"]), DIGITS).map("".join),      # signs
)
LANGS = st.sampled_from(["en", "es", "es-MX", "en-GB", None])


def _read(text: str, lang: str | None):
    try:
        return parse._read_text(text, lang, CONFIG)
    except Exception as exc:   # the reader's error: the fast path must not take such a text
        return type(exc)


@settings(max_examples=1500, deadline=None)
@given(FIGURES, LANGS)
def test_a_plain_stated_figure_is_the_quantity_the_whole_reader_gives(text, lang):
    fast = parse._plain_figure(text, lang, None)
    if fast is not None:
        assert fast == _read(text, lang)
        assert type(fast.lower) is float and type(fast.upper) is float


def _readings(quote: str, lang: str) -> set[tuple]:
    return {_key(*interval) for _, interval in running.stated_readings(quote, lang, CONFIG)}


@settings(max_examples=1500, deadline=None)
@given(FIGURES, st.sampled_from(["en", "es"]))
def test_a_quote_that_is_a_plain_figure_reads_as_the_whole_reader_reads_it(quote, lang):
    alone = running.plain_reading(quote, lang)
    if alone is not None:
        assert {alone} == _readings(quote, lang)


@settings(max_examples=800, deadline=None)
@given(FIGURES, st.sampled_from(["en", "es"]), st.one_of(FIGURES, st.none()), st.booleans())
def test_the_quote_check_of_a_plain_figure_is_the_long_way_s(quote, lang, other, unambiguous):
    value = figure_value(quote, lang)
    stated_values = [value] if value is not None else []
    if other is not None and (v := figure_value(other, lang)) is not None:
        stated_values.append(v)
    for v in stated_values:
        stated = (v, v, True, True)
        fast = QuoteReader(CONFIG)._states(quote, lang, stated, unambiguous)
        long_way = any(_key(*interval) == stated and not (unambiguous and quotes_grouped(text))
                       for text, interval in running.stated_readings(quote, lang, CONFIG))
        assert fast == long_way


def quotes_grouped(text: str) -> bool:
    from reconcile.conflicts.quotes import _GROUPED

    return _GROUPED.search(text) is not None


@pytest.mark.parametrize("text, lang, value", [
    ("6831", "en", 6831.0), ("4,517", "en", 4517.0), ("12.5", "en", 12.5), ("0.25", "en", 0.25),
    ("1,234.5", "en", 1234.5), ("4.517", "es", 4517.0), ("12,5", "es", 12.5), ("1.234,5", "es", 1234.5),
])
def test_the_common_shapes_of_a_stated_figure_take_the_short_way(text, lang, value):
    fast = parse._plain_figure(text, lang, None)
    assert fast is not None and fast.lower == fast.upper == value
    assert fast == parse._read_text(text, lang, CONFIG)


@pytest.mark.parametrize("text, lang", [("0012", "en"), ("-5", "en"), ("4,517", "es"), ("4.517", "en"), ("0,125", "es"),
                                        ("1 200", "es"), ("3.403", "es-MX"), ("4818", None),
                                        ("1234567890123456", "en")])
def test_other_shapes_are_the_readers(text, lang):
    assert parse._plain_figure(text, lang, None) is None


def test_a_quote_that_is_a_figure_alone_is_not_read_the_long_way(monkeypatch):
    def no_scan(*args, **kwargs):
        raise AssertionError("read the long way")

    monkeypatch.setattr(running, "scan", no_scan)
    reader = QuoteReader(CONFIG)
    assert reader.holds("6831", "6831", "en", (6831.0, 6831.0, True, True))
    assert reader.holds("4.517", "4.517", "es", (4517.0, 4517.0, True, True))
    assert not reader.holds("6831", "6832", "en", (6832.0, 6832.0, True, True))


@pytest.mark.parametrize("quote", ["1999", "1061", "2100", "20.40", "7.05"])
def test_a_year_or_a_clock_alone_is_judged_the_long_way(quote):
    assert running.plain_reading(quote, "en") is None
    value = float(quote)
    assert not QuoteReader(CONFIG)._states(quote, "en", (value, value, True, True))
