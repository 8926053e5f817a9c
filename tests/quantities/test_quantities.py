"""Stated values -> intervals (SPEC.md §4), in English and Spanish."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.errors import QuantityError
from reconcile.model.records import QUALIFIERS, QuantityConfig
from reconcile.quantities.parse import detect_lang, find_quantities, parse_quantity

INF = None  # unbounded

# text, lang, lower, upper, lower_inclusive, upper_inclusive, qualifier
SPEC_ROWS = [
    # exact
    ("109", "en", 109, 109, True, True, "exact"),
    ("ciento nueve", "es", 109, 109, True, True, "exact"),
    ("1,200", "en", 1200, 1200, True, True, "exact"),
    ("1.200", "es", 1200, 1200, True, True, "exact"),
    ("1.5 million", "en", 1_500_000, 1_500_000, True, True, "exact"),
    ("1,5 millones", "es", 1_500_000, 1_500_000, True, True, "exact"),
    ("medio millón", "es", 500_000, 500_000, True, True, "exact"),
    ("one hundred and nine", "en", 109, 109, True, True, "exact"),
    ("a dozen", "en", 12, 12, True, True, "exact"),
    ("tres mil cuatrocientos", "es", 3400, 3400, True, True, "exact"),
    ("1,500,000", "en", 1_500_000, 1_500_000, True, True, "exact"),
    ("1,500,000", "es", 1_500_000, 1_500_000, True, True, "exact"),
    ("1.500", "es", 1500, 1500, True, True, "exact"),
    ("1.5", "es", 1.5, 1.5, True, True, "exact"),
    ("1,5", "es", 1.5, 1.5, True, True, "exact"),
    ("2,5 millones", "es", 2_500_000, 2_500_000, True, True, "exact"),
    ("40k", "en", 40_000, 40_000, True, True, "exact"),
    ("3 mil 500", "es", 3500, 3500, True, True, "exact"),
    ("1.5bn", "en", 1.5e9, 1.5e9, True, True, "exact"),
    ("two and a half", "en", 2.5, 2.5, True, True, "exact"),
    ("3/4", "en", 0.75, 0.75, True, True, "exact"),
    ("95,000 soldiers", "en", 95_000, 95_000, True, True, "exact"),
    # more-than
    ("more than 500", "en", 500, INF, False, False, "more-than"),
    ("over 500", "en", 500, INF, False, False, "more-than"),
    ("more than 500 soldiers", "en", 500, INF, False, False, "more-than"),
    ("más de 500", "es", 500, INF, False, False, "more-than"),
    ("más de quinientos soldados", "es", 500, INF, False, False, "more-than"),
    # at-least
    ("at least 30", "en", 30, INF, True, False, "at-least"),
    ("no fewer than 30", "en", 30, INF, True, False, "at-least"),
    ("500+", "en", 500, INF, True, False, "at-least"),
    ("al menos 30", "es", 30, INF, True, False, "at-least"),
    ("por lo menos 30", "es", 30, INF, True, False, "at-least"),
    # less-than
    ("fewer than 100", "en", INF, 100, False, False, "less-than"),
    ("less than 100", "en", INF, 100, False, False, "less-than"),
    ("under 100", "en", INF, 100, False, False, "less-than"),
    ("menos de 100", "es", INF, 100, False, False, "less-than"),
    # at-most
    ("up to 700", "en", INF, 700, False, True, "at-most"),
    ("at most 700", "en", INF, 700, False, True, "at-most"),
    ("as many as 700", "en", INF, 700, False, True, "at-most"),
    ("hasta 700", "es", INF, 700, False, True, "at-most"),
    ("hasta setecientos soldados", "es", INF, 700, False, True, "at-most"),
    # range
    ("between 95,000 and 150,000", "en", 95_000, 150_000, True, True, "range"),
    ("95,000 to 150,000", "en", 95_000, 150_000, True, True, "range"),
    ("42 to 8,377", "en", 42, 8377, True, True, "range"),
    ("95,000-150,000", "en", 95_000, 150_000, True, True, "range"),
    ("between 1.5 and 2 million", "en", 1_500_000, 2_000_000, True, True, "range"),
    ("entre 95.000 y 150.000", "es", 95_000, 150_000, True, True, "range"),
    ("de 20 a 30", "es", 20, 30, True, True, "range"),
    ("desde 20 hasta 30", "es", 20, 30, True, True, "range"),
    ("20 a 30 mil", "es", 20_000, 30_000, True, True, "range"),
    ("$1-2 million", "en", 1_000_000, 2_000_000, True, True, "range"),
    ("más del 50%", "es", 50, INF, False, False, "more-than"),
    ("cerca del 40%", "es", 36, 44, True, True, "approximate"),
    # approximate (t = 10%)
    ("about 100", "en", 90, 110, True, True, "approximate"),
    ("around 100", "en", 90, 110, True, True, "approximate"),
    ("some 100", "en", 90, 110, True, True, "approximate"),
    ("roughly 100", "en", 90, 110, True, True, "approximate"),
    ("unos 100", "es", 90, 110, True, True, "approximate"),
    ("cerca de 100", "es", 90, 110, True, True, "approximate"),
    ("alrededor de 100", "es", 90, 110, True, True, "approximate"),
    ("aproximadamente 100", "es", 90, 110, True, True, "approximate"),
    ("500 or so", "en", 450, 550, True, True, "approximate"),
    ("500-odd", "en", 500, 600, False, False, "just-over"),   # above 500, below 600: test_odd_bound.py
    ("unos 500 aproximadamente", "es", 450, 550, True, True, "approximate"),
    # nearly
    ("nearly 100", "en", 90, 100, True, False, "nearly"),
    ("almost 100", "en", 90, 100, True, False, "nearly"),
    ("casi 100", "es", 90, 100, True, False, "nearly"),
    # vague
    ("dozens", "en", 24, 99, True, True, "vague"),
    ("hundreds", "en", 200, 999, True, True, "vague"),
    ("thousands of", "en", 2000, 9999, True, True, "vague"),
    ("hundreds of thousands", "en", 200_000, 999_999, True, True, "vague"),
    ("decenas", "es", 20, 99, True, True, "vague"),   # tens (session 39: had been dozens' 24)
    ("cientos de", "es", 200, 999, True, True, "vague"),
    ("miles de", "es", 2000, 9999, True, True, "vague"),
    ("cientos de miles", "es", 200_000, 999_999, True, True, "vague"),
    ("millones de", "es", 2_000_000, 9_999_999, True, True, "vague"),
    ("several hundred", "en", 200, 999, True, True, "vague"),
    ("a few thousand soldiers", "en", 2000, 9999, True, True, "vague"),
    ("varios miles de personas", "es", 2000, 9999, True, True, "vague"),
    # a comparator before an approximation wins; "about" loosens its bound by t
    ("more than about 500", "en", 450, INF, False, False, "more-than"),
    ("at least about 500", "en", 450, INF, True, False, "at-least"),
    ("less than around 500", "en", INF, 550, False, False, "less-than"),
    ("fewer than some 500", "en", INF, 550, False, False, "less-than"),
    ("up to about 500", "en", INF, 550, False, True, "at-most"),
    ("at most about 500", "en", INF, 550, False, True, "at-most"),
    ("no more than roughly 500", "en", INF, 550, False, True, "at-most"),
    ("más de unos 500", "es", 450, INF, False, False, "more-than"),
    ("menos de unos 500", "es", INF, 550, False, False, "less-than"),
    ("más de cerca de 500", "es", 450, INF, False, False, "more-than"),
    ("al menos unos 500", "es", 450, INF, True, False, "at-least"),
    ("hasta unos 500", "es", INF, 550, False, True, "at-most"),
    # "nearly N" is [N-t, N): a comparator before it keeps N as the upper end, excluded
    # even after "up to" (every value it admits is below N), and N-t as the lower end
    ("more than nearly 500", "en", 450, INF, False, False, "more-than"),
    ("less than almost 500", "en", INF, 500, False, False, "less-than"),
    ("más de casi 500", "es", 450, INF, False, False, "more-than"),
    ("up to nearly 1,000", "en", INF, 1000, False, False, "at-most"),
    ("at most nearly 1,000", "en", INF, 1000, False, False, "at-most"),
    ("no more than almost 500", "en", INF, 500, False, False, "at-most"),
    ("hasta casi 1.000", "es", INF, 1000, False, False, "at-most"),
    ("como máximo casi 500", "es", INF, 500, False, False, "at-most"),
    ("at least nearly 500", "en", 450, INF, True, False, "at-least"),
    # "+" (or "or more") after a lower bound: the word before the number wins
    ("more than 500+", "en", 500, INF, False, False, "more-than"),
    ("more than 500 +", "en", 500, INF, False, False, "more-than"),
    ("at least 500 +", "en", 500, INF, True, False, "at-least"),
    ("más de 500 +", "es", 500, INF, False, False, "more-than"),
    ("more than about 500+", "en", 450, INF, False, False, "more-than"),
    ("less than 500 or fewer", "en", INF, 500, False, False, "less-than"),
    ("at most 500 or equal", "en", INF, 500, False, True, "at-most"),
    # "+" after an approximation: at least about N, as "at least about 500"
    ("about 500+", "en", 450, INF, True, False, "at-least"),
    ("about 500 +", "en", 450, INF, True, False, "at-least"),
    ("around 1,000+", "en", 900, INF, True, False, "at-least"),
    ("unos 500 +", "es", 450, INF, True, False, "at-least"),
    ("nearly 500+", "en", 450, INF, True, False, "at-least"),
    # two loosened comparators joined make a range
    ("more than about 10 and less than about 20", "en", 9, 22, False, False, "range"),
    # a scale word after a range applies to both ends
    ("two to three thousand", "en", 2000, 3000, True, True, "range"),
    ("between six and ten million", "en", 6_000_000, 10_000_000, True, True, "range"),
    ("entre dos y tres mil", "es", 2000, 3000, True, True, "range"),
    ("de dos a tres mil", "es", 2000, 3000, True, True, "range"),
    ("twenty to three thousand", "en", 20, 3000, True, True, "range"),
    # words for zero
    ("none", "en", 0, 0, True, True, "exact"),
    ("no one", "en", 0, 0, True, True, "exact"),
    ("ninguno", "es", 0, 0, True, True, "exact"),
    ("nadie", "es", 0, 0, True, True, "exact"),
    # just under N is nearly N; just over N is (N, N + t]
    ("just under 500", "en", 450, 500, True, False, "nearly"),
    ("poco menos de 500", "es", 450, 500, True, False, "nearly"),
    ("just over 500", "en", 500, 550, False, True, "just-over"),
    ("slightly more than 500", "en", 500, 550, False, True, "just-over"),
    ("poco más de 500", "es", 500, 550, False, True, "just-over"),
    ("more than 500", "en", 500, INF, False, False, "more-than"),
    # a Spanish indefinite article before a figure in digits is no number one
    ("hasta un 90%", "es", INF, 90, False, True, "at-most"),
    ("más de un 50%", "es", 50, INF, False, False, "more-than"),
    ("menos de un 10 %", "es", INF, 10, False, False, "less-than"),
    ("al menos un 60%", "es", 60, INF, True, False, "at-least"),
    ("cerca de un 40%", "es", 36, 44, True, True, "approximate"),
    ("casi un 20%", "es", 18, 20, True, False, "nearly"),
    ("poco más de un 30%", "es", 30, 33, False, True, "just-over"),
    ("un 20%", "es", 20, 20, True, True, "exact"),
    ("más de un millón", "es", 1_000_000, INF, False, False, "more-than"),
    ("casi un millón", "es", 900_000, 1_000_000, True, False, "nearly"),
    # idioms of comparison and approximation are read, not dropped into an exact figure
    ("north of 500", "en", 500, INF, False, False, "more-than"),
    ("upward of 500", "en", 500, INF, False, False, "more-than"),
    ("arriba de 500", "es", 500, INF, False, False, "more-than"),
    ("as much as 30%", "en", INF, 30, False, True, "at-most"),
    ("just shy of 300", "en", 270, 300, True, False, "nearly"),
    ("nigh on 500", "en", 450, 500, True, False, "nearly"),
    ("in the neighbourhood of 500", "en", 450, 550, True, True, "approximate"),
    ("on the order of 500", "en", 450, 550, True, True, "approximate"),
    ("500, give or take", "en", 450, 550, True, True, "approximate"),
    ("rondan los 300", "es", 270, 330, True, True, "approximate"),
    ("en el entorno de 500", "es", 450, 550, True, True, "approximate"),
    # past the figure: "pasados los", "superadas las" before an article only
    ("bien pasados los 2.000", "es", 2000, INF, False, False, "more-than"),
    ("superadas las 300", "es", 300, INF, False, False, "more-than"),
]


def _same(a, b):
    return (a is None and b is None) or (a is not None and b is not None and math.isclose(a, b))


@pytest.mark.parametrize("text, lang, lower, upper, lo_inc, hi_inc, qualifier", SPEC_ROWS,
                         ids=[f"{r[1]}:{r[0]}" for r in SPEC_ROWS])
def test_stated_value_becomes_the_spec_interval(text, lang, lower, upper, lo_inc, hi_inc,
                                                qualifier):
    q = parse_quantity(text, lang)
    assert q.qualifier == qualifier
    assert _same(q.lower, lower) and _same(q.upper, upper), (q.lower, q.upper)
    d = q.to_dict()
    assert (d["lower_inclusive"], d["upper_inclusive"]) == (lo_inc, hi_inc)
    assert q.lang == lang and q.text == text


# --- running text -------------------------------------------------------------------------------

def test_find_quantities_reads_the_seed_article_carefully():
    text = ("More than 500 Venezuelan soldiers have fled. There, 415 soldiers crossed. "
            "Padrino López referred to the 109 soldiers. The military employs between 95,000 "
            "and 150,000 active soldiers. Hundreds of thousands of Venezuelans protested.")
    found = find_quantities(text, "en")
    assert [(m.text, m.qualifier) for m in found] == [
        ("More than 500", "more-than"), ("415", "exact"), ("109", "exact"),
        ("between 95,000 and 150,000", "range"), ("Hundreds of thousands", "vague")]
    for m in found:
        assert text[m.start:m.end] == m.text


def test_find_quantities_reads_spanish_running_text():
    text = ("Más de 500 militares cruzaron a Colombia; el ministro habló de ciento nueve "
            "soldados y de unos 300 policías, con un costo de US$ 1,6 millones.")
    found = find_quantities(text, "es")
    assert [(m.text, m.qualifier, m.lower, m.unit) for m in found] == [
        ("Más de 500", "more-than", 500, None), ("ciento nueve", "exact", 109, None),
        ("unos 300", "approximate", 270, None), ("US$ 1,6 millones", "exact", 1_600_000, "USD")]


@pytest.mark.parametrize("text, lang, unit, value", [
    ("35%", "en", "percent", 35), ("35 por ciento", "es", "percent", 35),
    ("US$ 1,6 millones", "es", "USD", 1_600_000), ("$2.3bn", "en", "USD", 2.3e9),
    ("48.000 millones de dólares", "es", "USD", 48e9), ("325 km", "en", "km", 325),
    ("5,000 people", "en", "people", 5000), ("COP 20.000", "es", "COP", 20_000),
])
def test_units_are_reported_next_to_the_value(text, lang, unit, value):
    q = parse_quantity(text, lang)
    assert q.unit == unit and math.isclose(q.lower, value)


def test_spanish_article_un_is_not_a_quantity_in_running_text():
    found = find_quantities("un total de 500 soldados", "es")
    assert [m.text for m in found] == ["500"]
    assert parse_quantity("un total de 500 soldados", "es").lower == 500


def test_phone_numbers_dates_and_urls_are_not_ranges():
    assert all(m.qualifier != "range" for m in find_quantities("call +1-222-2222-2222", "en"))
    assert find_quantities("see https://example.org/?q=30%25 for 20 more", "en")[0].text == "20"


# --- numbers, errors, settings ------------------------------------------------------------------

@pytest.mark.parametrize("value", [109, 109.0, 0, -3, 1.5])
def test_numbers_are_exact(value):
    q = parse_quantity(value)
    assert q.lower == q.upper == float(value) and q.qualifier == "exact"


@pytest.mark.parametrize("text", ["", "   ", "many soldiers", "muchos soldados", "n/a",
                                  "500 soldiers and 3 tanks", "between 20 and", "unknown",
                                  "1e400", "9" * 400])
def test_text_without_exactly_one_quantity_is_an_error_naming_the_text(text):
    with pytest.raises(QuantityError) as info:
        parse_quantity(text, "en")
    assert repr(text) in str(info.value)   # as given: "   " is quoted '   ', not '' (SPEC §4 names the text)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_numbers_that_are_not_finite_are_quantity_errors(value):
    with pytest.raises(QuantityError, match="not a finite number"):
        parse_quantity(value)


@pytest.mark.parametrize("value, kind", [(None, "NoneType"), (True, "bool"), ([1], "list"),
                                         (b"500", "bytes"), ({"value": 5}, "dict")])
def test_a_value_that_is_neither_text_nor_a_number_is_a_type_error(value, kind):
    """A programming mistake, as Python reports one (SPEC §6: bad arguments raise TypeError),
    not a QuantityError, which means "this stated value holds no single quantity"."""
    with pytest.raises(TypeError, match=f"text must be a str, int or float, not {kind}$"):
        parse_quantity(value)
    with pytest.raises(TypeError):
        parse_quantity(value, "en")


def test_a_number_with_a_language_the_parser_does_not_read_is_a_value_error():
    with pytest.raises(ValueError, match="lang must be one of"):
        parse_quantity(500, "fr")


def test_tolerance_and_bands_come_from_the_config():
    config = QuantityConfig(tolerance=0.2, bands=(("hundreds", 100, 999),))
    assert (parse_quantity("about 100", "en", config).lower,
            parse_quantity("about 100", "en", config).upper) == (80, 120)
    assert parse_quantity("hundreds", "en", config).lower == 100


def test_language_is_detected_when_not_given():
    assert detect_lang("más de 500 soldados") == "es"
    assert detect_lang("more than 500 soldiers") == "en"
    assert detect_lang("quinientos") == "es"
    assert parse_quantity("quinientos").lower == 500
    assert parse_quantity("entre 95.000 y 150.000 soldados").lang == "es"
    assert parse_quantity("entre 95.000 y 150.000 soldados").upper == 150_000


def test_repeated_values_are_served_from_the_cache():
    assert parse_quantity("about 250", "en") is parse_quantity("about 250", "en")


# --- properties ---------------------------------------------------------------------------------

_ALPHABET = st.sampled_from(list("0123456789 .,-–/%$+<>=~") + [
    " more than ", " between ", " and ", " to ", " about ", " hundred ", " thousand ",
    " million ", " half ", " a ", " one ", " twenty ", " fifths ", " over ", " out of ",
    " más de ", " entre ", " y ", " mil ", " millones ", " ciento ", " un ", " medio ",
    " con ", " unos ", " hasta ", " de ", " dólares ", " km ", " por ciento ", " or more ",
    " dozens ", " cientos de miles ", " point ", " coma ", " quintos ", " minus "])
_TEXT = st.lists(_ALPHABET, max_size=30).map("".join)


def _well_formed(lower, upper, lo_inc, hi_inc, qualifier):
    assert qualifier in QUALIFIERS
    for b in (lower, upper):
        assert b is None or (isinstance(b, float) and math.isfinite(b))
    if lower is not None and upper is not None:
        assert lower <= upper


@settings(max_examples=400, deadline=None)
@given(_TEXT, st.sampled_from(["en", "es"]))
def test_find_quantities_returns_well_formed_mentions_for_any_text(text, lang):
    for m in find_quantities(text, lang):
        _well_formed(m.lower, m.upper, m.lower_inclusive, m.upper_inclusive, m.qualifier)
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text


@settings(max_examples=400, deadline=None)
@given(st.one_of(_TEXT, st.text(max_size=40)), st.sampled_from(["en", "es", None]))
def test_parse_quantity_returns_an_interval_or_raises_its_own_error(text, lang):
    try:
        q = parse_quantity(text, lang)
    except QuantityError:
        return
    _well_formed(q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier)


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=0, max_value=10**12))
def test_integers_written_with_separators_read_back_in_both_languages(n):
    assert parse_quantity(f"{n:,}", "en").lower == n
    if n >= 1000:
        assert parse_quantity(f"{n:,}".replace(",", "."), "es").lower == n


def test_a_megabyte_of_text_is_read_in_one_pass():
    chunk = ("More than 500 soldiers crossed; between 95,000 and 150,000 remain, about 3.5% "
             "of them, costing $1.6 million. ")
    text = chunk * (1_000_000 // len(chunk))
    found = find_quantities(text, "en")
    assert len(found) == 4 * (1_000_000 // len(chunk))
    assert found[-1].end <= len(text) and found[-1].unit == "USD"


ROUND_TRIP = [
    ("More than 500 Venezuelan soldiers fled; 415 crossed in Norte de Santander, about 3.5% of "
     "them officers; the army has between 95,000 and 150,000 soldiers and costs $1.6 million. "
     "Hundreds of thousands protested; nearly 100 were detained, up to 700 may be fired.", "en"),
    ("Más de 500 militares cruzaron; unos 300 policías, entre 95.000 y 150.000 soldados, "
     "US$ 1,6 millones, casi 100 detenidos, hasta 700 despidos y cientos de miles de personas.",
     "es"),
]


@pytest.mark.parametrize("text, lang", ROUND_TRIP)
def test_every_mention_parses_back_to_the_same_quantity(text, lang):
    """`reconcile extract` writes each mention's text as a claim value: it must read back."""
    found = find_quantities(text, lang)
    assert len(found) >= 7
    for m in found:
        q = parse_quantity(m.text, lang)
        assert (q.lower, q.upper, q.qualifier, q.unit) == (m.lower, m.upper, m.qualifier, m.unit)


def test_number_view_lists_every_number_as_a_point_with_its_own_span():
    text = "between 95,000 and 150,000 soldiers, more than 500 of them"
    found = find_quantities(text, "en", model="number")
    assert [(m.lower, m.text) for m in found] == [(95_000, "95,000"), (150_000, "150,000"),
                                                 (500, "500")]
    assert all(m.qualifier == "exact" for m in found)


def test_range_view_keeps_comparatives_and_ranges_only():
    text = "about 20 came, 415 crossed, more than 500 fled, between 20 and 30 stayed"
    found = find_quantities(text, "en", model="numberrange")
    assert [m.qualifier for m in found] == ["more-than", "range"]


@pytest.mark.parametrize("model, texts", [
    ("currency", ["$ 75 million"]), ("percent", ["27 %"]), ("dimension", ["10 km"])])
def test_unit_views_keep_their_unit_only(model, texts):
    text = "sales fell 27 % to $ 75 million over 10 km in 1989"
    assert [m.text for m in find_quantities(text, "en", model=model)] == texts


TEMPLATES = [
    ("{a}", "en", "exact"), ("more than {a}", "en", "more-than"), ("over {a}", "en", "more-than"),
    ("at least {a}", "en", "at-least"), ("{a}+", "en", "at-least"),
    ("fewer than {a}", "en", "less-than"), ("up to {a}", "en", "at-most"),
    ("between {a} and {b}", "en", "range"), ("{a} to {b}", "en", "range"),
    ("{a}-{b}", "en", "range"), ("about {a}", "en", "approximate"),
    ("nearly {a}", "en", "nearly"), ("{a}", "es", "exact"), ("más de {a}", "es", "more-than"),
    ("al menos {a}", "es", "at-least"), ("menos de {a}", "es", "less-than"),
    ("hasta {a}", "es", "at-most"), ("entre {a} y {b}", "es", "range"),
    ("de {a} a {b}", "es", "range"), ("unos {a}", "es", "approximate"),
    ("casi {a}", "es", "nearly"),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(TEMPLATES), st.integers(1, 10**9), st.integers(1, 10**9))
def test_spec_shapes_read_any_numbers(template, a, b):
    text, lang, qualifier = template
    a, b = min(a, b), max(a, b) + 1
    sep = "," if lang == "en" else "."
    q = parse_quantity(text.format(a=f"{a:,}".replace(",", sep), b=f"{b:,}".replace(",", sep)),
                       lang)
    assert q.qualifier == qualifier
    bounds = [x for x in (q.lower, q.upper) if x is not None]
    if qualifier in ("exact", "more-than", "at-least", "less-than", "at-most"):
        assert bounds == [a] * len(bounds)
    elif qualifier == "range":
        assert (q.lower, q.upper) == (a, b)


@pytest.mark.parametrize("text, given, reads_as", [
    ("more than 500", "es", "English"), ("más de 500", "en", "Spanish"),
    ("1,5 millones", "en", "Spanish"), ("1.5 million", "es", "English"),
])
def test_a_value_in_the_other_language_is_an_error_not_a_misreading(text, given, reads_as):
    with pytest.raises(QuantityError, match=f"reads as {reads_as}"):
        parse_quantity(text, given)


def test_a_detected_language_yields_to_the_reading_that_covers_more():
    assert parse_quantity("más de 500").qualifier == "more-than"
    assert parse_quantity("1,5 millones").lower == 1_500_000


def test_a_reversed_range_says_which_bound_comes_first():
    with pytest.raises(QuantityError, match="first bound is above") as info:
        parse_quantity("between 500 and 100", "en")
    assert "100 to 500" in info.value.hint


@pytest.mark.parametrize("text, message", [
    ("20-10", "a range whose first bound is above its second"),
    ("20 – 10", "a range whose first bound is above its second"),
    ("1e400", "a number too large to compute with"),
    ("9" * 400, "a number too large to compute with"),
])
def test_errors_that_say_what_is_wrong(text, message):
    with pytest.raises(QuantityError, match=message):
        parse_quantity(text)


# --- a comparator before an approximation -------------------------------------------------------

def test_the_loosening_of_a_comparator_follows_the_configured_tolerance():
    config = QuantityConfig(tolerance=0.2)
    assert parse_quantity("more than about 500", "en", config).lower == 400
    assert parse_quantity("up to about 500", "en", config).upper == 600


def test_a_comparator_before_an_approximation_is_one_mention_in_running_text():
    found = find_quantities("Less than around 500 soldiers crossed; 415 stayed.", "en")
    assert [(m.text, m.qualifier, m.upper) for m in found] == [
        ("Less than around 500", "less-than", 550), ("415", "exact", 415)]


# --- numbers glued to words ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["x500", "0x10", "abc123", "over-500", "COVID-19", "A12",
                                  "F-16", "top10", "BS5750", "xBs500", "Q-500"])
def test_a_number_glued_to_letters_on_its_left_is_not_a_quantity(text):
    with pytest.raises(QuantityError, match="no quantity") as info:
        parse_quantity(text, "en")
    assert "glued to letters" in str(info.value) and "over 500" in info.value.hint


def test_running_text_skips_numbers_glued_to_letters_on_their_left():
    text = "The A12 engine, COVID-19 and x500: 500 soldiers crossed"
    assert [m.text for m in find_quantities(text, "en")] == ["500"]
    # the number view lists every number, as Recognizers-Text's number model does ("SCP-173")
    assert [m.text for m in find_quantities(text, "en", model="number")] == [
        "12", "19", "500", "500"]


@pytest.mark.parametrize("text, lang, lower, upper, qualifier, unit", [
    ("$500", "en", 500, 500, "exact", "USD"), ("US$500", "en", 500, 500, "exact", "USD"),
    ("€500", "es", 500, 500, "exact", "EUR"), ("USD115", "en", 115, 115, "exact", "USD"),
    ("500km", "en", 500, 500, "exact", "km"), ("190 km2", "en", 190, 190, "exact", "km2"),
    ("more than 500 soldiers crossed", "en", 500, INF, "more-than", None),
    ("ten-20", "en", 10, 20, "range", None), ("1000-5000", "en", 1000, 5000, "range", None),
])
def test_currency_symbols_units_and_ranges_next_to_numbers_still_read(text, lang, lower, upper,
                                                                      qualifier, unit):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier, q.unit) == (lower, upper, qualifier, unit)


@pytest.mark.parametrize("text, lang", [("500 +", "en"), ("500+", "en"), ("500 +", "es")])
def test_a_plus_after_a_number_is_at_least_with_or_without_a_space(text, lang):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier) == (500, None, "at-least")


def test_a_plus_minus_sign_is_not_at_least():
    assert [m.qualifier for m in find_quantities("10+/-2", "en")] == ["exact", "exact"]
    with pytest.raises(QuantityError, match="2 quantities"):
        parse_quantity("500 + 20", "en")


@pytest.mark.parametrize("text, lang, lower, upper, qualifier, unit", [
    # any ISO 4217 code, in capitals, glued to the digits
    ("KES500", "en", 500, 500, "exact", "KES"), ("XOF1000", "en", 1000, 1000, "exact", "XOF"),
    ("VES500", "es", 500, 500, "exact", "VES"),
    ("más de VES500", "es", 500, INF, "more-than", "VES"),
    # signs that are no ISO code; None where one sign names several currencies
    ("Bs500", "es", 500, 500, "exact", None), ("más de Bs500", "es", 500, INF, "more-than", None),
    ("Bs.S500", "es", 500, 500, "exact", "VES"), ("BsS500", "es", 500, 500, "exact", "VES"),
    ("Bs.F500", "es", 500, 500, "exact", "VEF"), ("BsF500", "es", 500, 500, "exact", "VEF"),
    ("Bs. 500", "es", 500, 500, "exact", None), ("Q500", "es", 500, 500, "exact", "GTQ"),
    ("L500", "es", 500, 500, "exact", None), ("Rs500", "en", 500, 500, "exact", None),
    ("Rs. 500", "en", 500, 500, "exact", None), ("Ksh500", "en", 500, 500, "exact", "KES"),
    ("KSh500", "en", 500, 500, "exact", "KES"), ("S/500", "es", 500, 500, "exact", "PEN"),
    ("S/.500", "es", 500, 500, "exact", "PEN"), ("R$500", "en", 500, 500, "exact", "BRL"),
    ("RD$500", "es", 500, 500, "exact", "DOP"), ("MX$500", "es", 500, 500, "exact", "MXN"),
    ("COL$500", "es", 500, 500, "exact", "COP"),
    # a comparator before the sign applies to the amount
    ("more than R$500", "en", 500, INF, "more-than", "BRL"),
    ("more than Rs 500", "en", 500, INF, "more-than", None),
    ("más de S/ 500", "es", 500, INF, "more-than", "PEN"),
    ("hasta Q500", "es", INF, 500, "at-most", "GTQ"),
    ("más de BsF 500", "es", 500, INF, "more-than", "VEF"),
])
def test_currency_codes_and_signs_before_the_amount_read(text, lang, lower, upper, qualifier,
                                                         unit):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier, q.unit) == (lower, upper, qualifier, unit)


def test_currency_signs_in_running_text_are_currency_mentions():
    text = "They paid KES500 in Nairobi and Bs.S500 in Caracas; the A12 road; Bs 500 and Rs 20"
    found = find_quantities(text, "en", model="currency")
    # two amounts in signs that name no one currency are not "3 dollars and 50 (cents)"
    assert [(m.text, m.unit) for m in found] == [("KES500", "KES"), ("Bs.S500", "VES"),
                                                 ("Bs 500", None), ("Rs 20", None)]


@pytest.mark.parametrize("text, lang, lower, upper, qualifier, unit", [
    # any ISO 4217 code in capitals, spaced from the amount: the comparator before it applies
    ("más de KES 500", "es", 500, INF, "more-than", "KES"),
    ("more than XOF 1,000", "en", 1000, INF, "more-than", "XOF"),
    ("about GTQ 300", "en", 270, 330, "approximate", "GTQ"),
    ("hasta DOP 200", "es", INF, 200, "at-most", "DOP"),
    ("at least NGN 2 million", "en", 2e6, INF, "at-least", "NGN"),
    ("cerca de PYG 50.000", "es", 45000, 55000, "approximate", "PYG"),
    ("casi GTQ 300", "es", 270, 300, "nearly", "GTQ"),
    ("menos de UYU 1.000", "es", INF, 1000, "less-than", "UYU"),
    ("entre HNL 500 y 1.000", "es", 500, 1000, "range", "HNL"),
    ("between XOF 500 and XOF 1,000", "en", 500, 1000, "range", "XOF"),
    ("KES 500", "en", 500, 500, "exact", "KES"), ("PEN 500", "es", 500, 500, "exact", "PEN"),
    # and after it
    ("more than 500 KES", "en", 500, INF, "more-than", "KES"),
    ("alrededor de 300 GTQ", "es", 270, 330, "approximate", "GTQ"),
    # the codes of the unit tables as before
    ("más de COP 500.000", "es", 500000, INF, "more-than", "COP"),
    ("more than USD 500", "en", 500, INF, "more-than", "USD"),
])
def test_a_spaced_iso_code_is_the_currency_of_the_amount(text, lang, lower, upper, qualifier,
                                                         unit):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier, q.unit) == (lower, upper, qualifier, unit)


@pytest.mark.parametrize("text, lang, lower, upper, qualifier", [
    # lower case: words ("all", "top", "try"), or codes not written as codes
    ("all 500 soldiers", "en", 500, 500, "exact"), ("top 10", "en", 10, 10, "exact"),
    ("more than all 500", "en", 500, 500, "exact"), ("más de kes 500", "es", 500, 500, "exact"),
    ("more than try 500", "en", 500, 500, "exact"), ("hasta mop 200", "es", 200, 200, "exact"),
    # codes that are also words or names in capitals count only glued ("TOP10")
    ("the TOP 10 list", "en", 10, 10, "exact"), ("more than ALL 500", "en", 500, 500, "exact"),
    ("WORLD CUP 2022", "en", 2022, 2022, "exact"), ("PHP 8", "en", 8, 8, "exact"),
    ("at most TRY 500", "en", 500, 500, "exact"), ("more than 500 XXX", "en", 500, INF, "more-than"),
    ("SDG 5", "en", 5, 5, "exact"), ("12 AWG", "en", 12, 12, "exact"),
    # a code glued to other letters or digits is no code
    ("5KES 500", "en", 500, 500, "exact"),
])
def test_a_spaced_code_that_is_a_word_is_not_a_currency(text, lang, lower, upper, qualifier):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier, q.unit) == (lower, upper, qualifier, None)


def test_a_spaced_code_before_a_model_name_is_no_amount():
    with pytest.raises(QuantityError, match="no quantity"):
        parse_quantity("AMD 7950X", "en")


def test_spaced_iso_codes_in_running_text_are_currency_mentions():
    text = "Fares rose from KES 500 to 700 KES; the TOP 10 list; all 500 soldiers; PHP 8"
    found = find_quantities(text, "en", model="currency")
    assert [(m.text, m.unit) for m in found] == [("KES 500", "KES"), ("700 KES", "KES")]


# --- a comparator before the number and "+" (or "or more") after it ----------------------------

@pytest.mark.parametrize("text, lang, before, after", [
    ("less than 1,000 +", "en", "less than", "+"), ("less than 1,000+", "en", "less than", "+"),
    ("up to 500+", "en", "up to", "+"), ("at most 500 +", "en", "at most", "+"),
    ("fewer than 20+", "en", "fewer than", "+"), ("menos de 500 +", "es", "menos de", "+"),
    ("hasta 500 +", "es", "hasta", "+"), ("menos de 500 +", None, "menos de", "+"),
    ("less than about 500+", "en", "less than about", "+"),
    ("less than 500 or more", "en", "less than", "or more"),
    ("more than 500 or less", "en", "more than", "or less"),
    ("menos de 500 o más", "es", "menos de", "o más"),
])
def test_opposite_bounds_before_and_after_the_number_are_a_contradiction(text, lang, before,
                                                                         after):
    with pytest.raises(QuantityError, match="contradict") as info:
        parse_quantity(text, lang)
    assert f"{before!r} and {after!r}" in str(info.value)
    assert "keep one" in info.value.hint


def test_a_contradiction_in_running_text_is_no_mention():
    found = find_quantities("Less than 1,000+ soldiers crossed; 415 stayed.", "en")
    assert [(m.text, m.qualifier) for m in found] == [("415", "exact")]


# --- unbounded sides ----------------------------------------------------------------------------

_UNBOUNDED = [r for r in SPEC_ROWS if r[2] is None or r[3] is None]


@pytest.mark.parametrize("text, lang", [r[:2] for r in _UNBOUNDED],
                         ids=[f"{r[1]}:{r[0]}" for r in _UNBOUNDED])
def test_an_unbounded_side_is_never_inclusive(text, lang):
    for m in (parse_quantity(text, lang), *find_quantities(text, lang)):
        if m.lower is None:
            assert m.lower_inclusive is False
        if m.upper is None:
            assert m.upper_inclusive is False


@pytest.mark.parametrize("text, word, name", [
    ("Niños", "niños", "ninos"),                 # the number tables hold the ñ ("años" is not "anos")
    ("CIENTO", "ciento", "ciento"),
    ("Migración_Colombia", "migracion_colombia", "migracion colombia"),
    ("  dos   mil ", "  dos   mil ", "dos mil"),
])
def test_a_number_word_and_a_name_fold_differently(text, word, name):
    """quantities.lexicon.fold_word keys the number-word tables (ñ kept, nothing else touched
    but case and vowel accents); model.names.fold_name keys names (every accent, underscores
    and spacing folded)."""
    from reconcile.model.names import fold_name
    from reconcile.quantities.lexicon import fold_word

    assert (fold_word(text), fold_name(text)) == (word, name)


@pytest.mark.parametrize("text, lang, lower, upper, qualifier", [
    ("un centenar", "es", 100, 100, "exact"),          # counts like "una docena" and "a hundred"
    ("una veintena", "es", 20, 20, "exact"),
    ("un millar", "es", 1_000, 1_000, "exact"),
    ("dos centenares", "es", 200, 200, "exact"),
    ("medio centenar", "es", 50, 50, "exact"),
    ("más de un centenar", "es", 100, None, "more-than"),  # was "more than 1"
    ("cerca de un millar", "es", 900, 1_100, "approximate"),
    ("millares", "es", 2_000, 9_999, "vague"),            # alone, a plural is a band
    ("centenares", "es", 200, 999, "vague"),
])
def test_spanish_collective_numerals_count_like_docena(text, lang, lower, upper, qualifier):
    q = parse_quantity(text, lang=lang)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)


@pytest.mark.parametrize("text, lang, value", [
    ("una docena y media", "es", 18),       # the half is of the dozen, not of one
    ("un centenar y medio", "es", 150),
    ("a dozen and a half", "en", 18),
    ("un millón y medio", "es", 1_500_000),
    ("one hundred and a half", "en", 100.5),  # "hundred" is a number word, not a collective
    ("tres y medio", "es", 3.5),
])
def test_and_a_half_after_a_collective_numeral_is_half_of_it(text, lang, value):
    q = parse_quantity(text, lang=lang)
    assert q.lower == q.upper == value


@pytest.mark.parametrize("text, lang, lower, upper", [
    ("two to three dozen", "en", 24, 36),
    ("entre dos y tres centenares", "es", 200, 300),
    ("between 10 and a dozen", "en", 10, 12),
])
def test_a_collective_numeral_after_a_range_applies_to_both_ends(text, lang, lower, upper):
    q = parse_quantity(text, lang=lang)
    assert (q.lower, q.upper) == (lower, upper)


def test_running_text_reads_a_collective_numeral_with_its_comparative():
    found = find_quantities("Más de un centenar de soldados cruzaron la frontera.", lang="es")
    assert [(m.lower, m.upper, m.qualifier) for m in found] == [(100, None, "more-than")]


@pytest.mark.parametrize("text, lang", [("approaching 2,000", "en"), ("nearing 2,000", "en"),
                                        ("se acercan a los 2.000", "es"), ("rozan los 2.000", "es")])
def test_a_verb_of_approach_reads_as_nearly(text, lang):
    q = parse_quantity(text, lang)
    assert (q.qualifier, q.lower, q.upper, q.upper_inclusive) == ("nearly", 1800, 2000, False)


def test_the_parsers_take_their_arguments_by_the_names_spec_gives():
    """SPEC §6: parse_quantity(text, lang=None), find_quantities(text, lang=None),
    quantities_in_text(text, lang=None)."""
    import reconcile

    assert reconcile.parse_quantity(text="más de 500", lang="es").lower == 500
    assert reconcile.find_quantities(text="unos 500", lang="es")[0].lower == 450
    assert reconcile.quantities_in_text(text="500 soldiers crossed.", lang="en")[0]["counted"] == "soldiers"
