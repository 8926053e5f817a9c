"""Stated values a Spanish newsroom writes (session 37): "y pico" and "-odd" under a comparative
(a TypeError traceback in parse, report and extract), and Spanish count nouns beside "1.200"."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, lang, lower, upper, qualifier", [
    ("más de 500 y pico", "es", 500, None, "more-than"),       # above (500, 600): above 500
    ("más de mil y pico", "es", 1000, None, "more-than"),
    ("more than 500-odd", "en", 500, None, "more-than"),
    ("at least 40-odd", "en", 40, None, "more-than"),
    ("menos de 500 y pico", "es", None, 600, "less-than"),     # below (500, 600): below 600
    ("less than 40-odd", "en", None, 50, "less-than"),
    ("500 y pico", "es", 500, 600, "just-over"),               # unchanged
])
def test_odd_under_a_comparative(text, lang, lower, upper, qualifier):
    q = reconcile.parse_quantity(text, lang)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier) == (lower, upper, False, False,
                                                                                      qualifier)


def test_odd_under_a_comparative_in_running_text():
    [found] = reconcile.quantities_in_text("Más de 500 y pico militares desertaron, según el Gobierno.", "es")
    assert (found["lower"], found["upper"], found["counted"]) == (500, None, "militares")
    [mention] = reconcile.find_quantities("Son más de 500 y pico, dijo.")
    assert mention.text == "más de 500 y pico"


@pytest.mark.parametrize("text, value", [
    ("1.200 manifestantes", 1200), ("12.000 detenidos", 12000), ("500.000 desplazados", 500000),
    ("7.000 casos", 7000), ("45.000 votos", 45000), ("200.000 migrantes", 200000),
])
def test_a_spanish_count_noun_tells_the_thousands_dot(text, value):
    """With no lang, "1.200 manifestantes" was English: 1.2, a value-conflict of ratio 1,000 with 1,200."""
    q = reconcile.parse_quantity(text)
    assert (q.lang, q.lower, q.upper) == ("es", value, value)


@pytest.mark.parametrize("text, value", [("1,200 tornados", 1200), ("1.5 million people", 1_500_000),
                                         ("3.500 hectares", 3.5)])
def test_english_words_with_those_endings_stay_english(text, value):
    q = reconcile.parse_quantity(text)
    assert (q.lang, q.lower) == ("en", value)


@pytest.mark.parametrize("text, lower, upper, qualifier", [
    ("not even 500", None, 500, "less-than"), ("ni siquiera 500", None, 500, "less-than"),
    ("no llega a 500", None, 500, "less-than"),
    ("not over 500", None, 500, "at-most"),    # was "more than 500": "over" read, "not" dropped
    ("no supera los 500", None, 500, "at-most"), ("no pasa de 500", None, 500, "at-most"),
    ("not under 500", 500, None, "at-least"), ("no baja de 500", 500, None, "at-least"),
])
def test_a_negated_comparative_is_its_opposite(text, lower, upper, qualifier):
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)


@pytest.mark.parametrize("text", ["not 500", "never 500", "nunca 500"])
def test_a_bare_negation_is_an_error_not_the_figure_it_denies(text):
    """"not 500" was exactly 500."""
    with pytest.raises(reconcile.ReconcileError, match="a negation says what the figure is not"):
        reconcile.parse_quantity(text)


@pytest.mark.parametrize("value, lang, unit", [
    ("500 soles", "es", "PEN"), ("500 reales", "es", "BRL"), ("500 quetzales", "es", "GTQ"),
    ("500 colones", "es", "CRC"), ("500 lempiras", "es", "HNL"), ("500 córdobas", "es", "NIO"),
    ("500 guaraníes", "es", "PYG"), ("500 Peruvian soles", "en", "PEN"), ("500 reais", "en", "BRL"),
    ("12 puntos porcentuales", "es", "percent"),
])
def test_latin_american_currencies_and_percentage_points_are_units(value, lang, unit):
    """Each was a bare 500 (or 12), so a topic of people took it as a count, silently (SPEC §5)."""
    assert reconcile.parse_quantity(value, lang).unit == unit


@pytest.mark.parametrize("text, lower, upper", [
    ("entre mil y dos mil millones", 1e9, 2e9),                   # was [1,000, 2e9]
    ("de mil a dos mil millones de dólares", 1e9, 2e9),
    ("between a hundred and two hundred thousand", 100_000, 200_000),   # was [100, 200,000]
    ("between 2 thousand and 3 million", 2_000, 3_000_000),       # a low end with its own number and scale: as written
    ("between 500 thousand and 1 million", 500_000, 1_000_000),
    ("between a thousand and two thousand", 1_000, 2_000),
])
def test_a_low_end_that_is_a_scale_word_alone_takes_the_high_ends_scale(text, lower, upper):
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper) == (lower, upper)


@pytest.mark.parametrize("text, lower, upper", [
    ("tens of millions", 20e6, 99_999_999), ("decenas de millones", 20e6, 99_999_999),   # was "millions": [2e6, 9.99e6]
    ("hundreds of millions", 200e6, 999_999_999), ("cientos de millones", 200e6, 999_999_999),
    ("billions", 2e9, 9_999_999_999), ("miles de millones", 2e9, 9_999_999_999),   # were errors
    ("tens of thousands", 20_000, 99_999),
])
def test_bands_above_millions(text, lower, upper):
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, "vague")


@pytest.mark.parametrize("text, lang, unit", [("medio millón de dólares", "es", "USD"),
                                              ("medio millón de euros", "es", "EUR")])
def test_half_a_million_keeps_its_currency_in_spanish(text, lang, unit):
    """It was 500,000 with no unit: a value-agreement with 500,000 people."""
    q = reconcile.parse_quantity(text, lang)
    assert (q.lower, q.unit) == (500_000, unit)


@pytest.mark.parametrize("text, lower, upper, qualifier", [
    ("a lo sumo 500", None, 500, "at-most"), ("500 a lo sumo", None, 500, "at-most"),
    ("como mucho 500", None, 500, "at-most"), ("500 at the most", None, 500, "at-most"),
    ("at the most 500", None, 500, "at-most"), ("500 as a minimum", 500, None, "at-least"),
    ("at the very least 40", 40, None, "at-least"), ("c. 500", 450, 550, "approximate"),
])
def test_more_comparatives_and_circa(text, lower, upper, qualifier):
    """Each was exactly the number (a value-conflict of "a lo sumo 500" with 300)."""
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)


@pytest.mark.parametrize("text, lower", [("1.2m people", 1_200_000), ("more than 1.2m refugees", 1_200_000),
                                         ("2m votes", 2_000_000), ("a 1.2m wall", 1.2)])
def test_the_wires_m_for_millions_before_a_counted_noun(text, lower):
    """"1.2m people" was 1.2 metres (exit 2: "move the claim to a topic whose unit is m")."""
    assert reconcile.parse_quantity(text, "en").lower == lower


@pytest.mark.parametrize("text, lower, upper, lower_inclusive, upper_inclusive, qualifier", [
    ("up to 2-3 thousand", None, 3000, False, True, "at-most"),        # was the range [2,000, 3,000]
    ("more than two to three thousand", 2000, None, False, False, "more-than"),
    ("at least 2 to 3 million", 2e6, None, True, False, "at-least"),
    ("less than 5 to 10", None, 10, False, False, "less-than"),
    ("as many as 500 - 1,000", 500, 1000, True, True, "range"),         # stress, not a bound
    ("más de dos a tres mil", 2000, None, False, False, "more-than"),   # "de ... a" had taken the "de" of "más de"
    ("menos de 5 a 10", None, 10, False, False, "less-than"),
])
def test_a_comparative_before_a_range_bounds_it(text, lower, upper, lower_inclusive, upper_inclusive, qualifier):
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)
    # the inclusivity of each finite bound (an infinite one has none)
    assert [q.lower_inclusive if lower is not None else None, q.upper_inclusive if upper is not None else None] == [
        lower_inclusive if lower is not None else None, upper_inclusive if upper is not None else None]


@pytest.mark.parametrize("text, lang, unit", [("5 km²", "en", "km2"), ("5 km²", "es", "km2"), ("5 m²", "en", "m2"),
                                              ("500 ha", "en", "ha"), ("2 GW", "en", "GW"), ("40 kWh", "es", "kWh")])
def test_unit_symbols_are_units(text, lang, unit):
    """Each had passed for a count (accepted in a topic of people)."""
    assert reconcile.parse_quantity(text, lang).unit == unit
