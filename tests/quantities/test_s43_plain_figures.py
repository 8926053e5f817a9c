"""A plain figure ("4818", "4,517" in English) is read without the reader's passes over words
(``parse._plain_figure``): the quantity is the one the whole reader gives."""
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.model.records import QuantityConfig
from reconcile.quantities import parse

CONFIG = QuantityConfig()
FIGURES = st.one_of(st.from_regex(r"[1-9]\d{0,14}", fullmatch=True),
                    st.from_regex(r"[1-9]\d{0,2}(,\d{3}){1,4}", fullmatch=True),
                    st.integers(0, 10 ** 16).map(str), st.integers(0, 10 ** 16).map("{:,}".format),
                    st.from_regex(r"0\d{1,4}|\d{1,3}(\.\d{3}){1,3}|\d+,\d{1,2}|\d{16,18}", fullmatch=True))


def _read(text, lang, likely=None):
    try:
        return parse._read_text(text, lang, CONFIG, likely)
    except Exception as exc:   # the reader's error: the fast path must not take such a text
        return type(exc)


@settings(max_examples=400, deadline=None)
@given(FIGURES, st.sampled_from(["en", "es", None, "es-MX"]), st.sampled_from([None, "en", "es"]))
def test_a_plain_figure_is_the_quantity_the_whole_reader_gives(text, lang, likely):
    fast = parse._plain_figure(text, lang, likely)
    if fast is not None:
        assert fast == _read(text, lang, likely)
        assert type(fast.lower) is float and type(fast.upper) is float


def test_the_figures_a_data_desk_writes_take_the_short_way_in_their_language():
    assert parse._plain_figure("4818", "es", None) == parse._read_text("4818", "es", CONFIG)
    assert parse._plain_figure("4,517", "en", None) == parse._read_text("4,517", "en", CONFIG)
    assert parse._plain_figure("4,517", "es", None) is None   # 4.517 in Spanish: the reader's
    assert parse._plain_figure("4818", None, None) is None    # no language given: the reader detects it
    assert parse._plain_figure("1,00０", "en", None) is None   # a fullwidth digit: the reader's, as ASCII
    assert parse.parse_quantity("4,517", "en").lower == 4517.0
