"""A qualifier phrase and a plain figure ("about 4818", "más de 4.517", "between 1423 and 1571") is read at once
(``plain.qualified_shape`` under the reader's own arithmetic, ``parse._interval``): the same quantity, or the
same refusal to take the short way, as the whole reader's, on every phrase of either language before figures of
every length and shape, in every language setting and under any tolerance (issue 15: the same results, less
CPU)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.errors import QuantityError
from reconcile.model.records import QuantityConfig
from reconcile.quantities import parse
from reconcile.quantities.plain import _BEFORE, _BETWEEN

DIGITS = st.integers(1, 20).flatmap(lambda n: st.text("0123456789", min_size=n, max_size=n))


def _grouped(value: int, mark: str) -> str:
    return f"{value:,}".replace(",", mark)


FIGURES = st.one_of(
    DIGITS,                                                                 # leading zeros too
    st.integers(0, 10 ** 20).map(str),
    st.integers(0, 30).map(str),
    st.integers(900, 2200).map(str),                                        # every year-like value, and around
    st.integers(0, 10 ** 18).map(lambda v: _grouped(v, ",")),
    st.integers(0, 10 ** 18).map(lambda v: _grouped(v, ".")),
    st.integers(0, 10 ** 9).map(lambda v: _grouped(v, " ")),
    st.tuples(DIGITS, DIGITS).map(".".join),
    st.tuples(DIGITS, DIGITS).map(",".join),
    st.tuples(st.integers(0, 10 ** 9), DIGITS).map(lambda p: _grouped(p[0], ",") + "." + p[1]),
    st.tuples(st.integers(0, 10 ** 9), DIGITS).map(lambda p: _grouped(p[0], ".") + "," + p[1]),
    st.tuples(st.integers(0, 30), st.integers(0, 99)).map(lambda p: f"{p[0]}.{p[1]:02d}"),   # clock-like
    st.tuples(st.sampled_from(["-", "+", "−"]), DIGITS).map("".join),      # signs
)
PHRASES = sorted({phrase for table in _BEFORE.values() for phrase in table}
                 | {"more  than", "More than", "MÁS DE", "mas de", "about about", "not more than", "cerca", "at"})
#: a figure after a phrase, and two figures between a range's words (either language's, in either order)
TEXTS = st.one_of(
    st.tuples(st.sampled_from(PHRASES), FIGURES).map(" ".join),
    st.tuples(st.sampled_from(sorted(_BETWEEN.values())), FIGURES, FIGURES).map(
        lambda p: p[0][0] + p[1] + p[0][1] + p[2]),
    st.tuples(st.sampled_from(sorted(_BETWEEN.values())), st.integers(0, 10 ** 6), st.integers(0, 10 ** 6)).map(
        lambda p: f"{p[0][0]}{min(p[1:])}{p[0][1]}{max(p[1:])}"),
)
LANGS = st.sampled_from(["en", "es", "es-MX", "en-GB", "es-ES", None])
LIKELY = st.sampled_from([None, "en", "es"])
CONFIGS = st.one_of(st.just(QuantityConfig()), st.floats(0, 1).map(lambda t: QuantityConfig(tolerance=t)),
                    st.sampled_from([QuantityConfig(tolerance=t) for t in (0.0, 0.05, 0.25, 1 / 3, 1.0)]))


def _read(text: str, lang: str | None, config: QuantityConfig, likely: str | None):
    try:
        return repr(parse._read_text(text, lang, config, likely))
    except QuantityError as exc:   # the reader's error: the short way must not take such a text
        return f"error: {exc}"


@settings(max_examples=3000, deadline=None)
@given(TEXTS, LANGS, CONFIGS, LIKELY)
def test_a_qualified_figure_is_the_quantity_the_whole_reader_gives(text, lang, config, likely):
    fast = parse._qualified_figure(text, lang, config, likely)
    if fast is not None:
        assert repr(fast) == _read(text, lang, config, likely)


#: the texts the short way takes, mostly: a phrase of the language given, before figures of every shape
OWN = st.sampled_from(["en", "es"]).flatmap(lambda lang: st.tuples(st.one_of(
    st.tuples(st.sampled_from(sorted(_BEFORE[lang])), FIGURES).map(" ".join),
    st.tuples(FIGURES, FIGURES).map(lambda p: _BETWEEN[lang][0] + p[0] + _BETWEEN[lang][1] + p[1]),
    st.tuples(st.integers(0, 10 ** 7), st.integers(0, 10 ** 7)).map(
        lambda p: f"{_BETWEEN[lang][0]}{min(p)}{_BETWEEN[lang][1]}{max(p)}"),
), st.just(lang)))


@settings(max_examples=3000, deadline=None)
@given(OWN, CONFIGS)
def test_a_phrase_and_figure_of_the_language_given_is_the_quantity_the_whole_reader_gives(text_lang, config):
    text, lang = text_lang
    fast = parse._qualified_figure(text, lang, config, None)
    if fast is not None:
        assert repr(fast) == _read(text, lang, config, None)


@pytest.mark.parametrize("text, lang, interval", [
    ("about 4818", "en", (4336.2, 5299.8, True, True, "approximate")),
    ("around 0.3", "en", (0.27, 0.33, True, True, "approximate")),
    ("nearly 5,022", "en", (4519.8, 5022.0, True, False, "nearly")),
    ("at least 4950", "en", (4950.0, None, True, False, "at-least")),
    ("more than 1,200.5", "en", (1200.5, None, False, False, "more-than")),
    ("up to 4853", "en", (None, 4853.0, False, True, "at-most")),
    ("just over 500", "en", (500.0, 550.0, False, True, "just-over")),
    ("between 1423 and 1571", "en", (1423.0, 1571.0, True, True, "range")),
    ("unos 4.943", "es", (4448.7, 5437.3, True, True, "approximate")),
    ("más de 4925", "es", (4925.0, None, False, False, "more-than")),
    ("casi 12,5", "es", (11.25, 12.5, True, False, "nearly")),
    ("entre 95.000 y 150.000", "es", (95000.0, 150000.0, True, True, "range")),
])
def test_the_common_shapes_take_the_short_way(monkeypatch, text, lang, interval):
    config = QuantityConfig()
    read = parse._read_text(text, lang, config)

    def no_reader(*args, **kwargs):
        raise AssertionError("read the long way")

    monkeypatch.setattr(parse, "_read_text", no_reader)
    q = parse._parse_text.__wrapped__(text, lang, config)
    assert repr(q) == repr(read)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier) == interval
    assert (q.text, q.lang, q.unit) == (text, lang, None)


@pytest.mark.parametrize("text, lang", [
    ("unos 500", "en"), ("about 500", "es"), ("about 500", None), ("about 500", "es-MX"), ("About 500", "en"),
    ("about  500", "en"), ("about 0500", "en"), ("about 4,517", "es"), ("between 600 and 500", "en"),
    ("between 500 and 500", "en"), ("entre 5 and 7", "es"), ("more than 500 soldiers", "en"), ("maybe 500", "en"),
    ("between 2019 and 2,020", "en"), ("entre 1800 y 1.801", "es"),
])
def test_other_shapes_are_the_readers(text, lang):
    assert parse._qualified_figure(text, lang, QuantityConfig(), None) is None


def test_a_value_whose_language_comes_from_its_quote_is_the_readers():
    assert parse._qualified_figure("about 500", None, QuantityConfig(), "en") is None
