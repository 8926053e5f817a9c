"""A vague band keeps the unit written after it, as an exact figure does ("$5 million" is in USD):
"millions of dollars" is a band of dollars, not of whatever its topic counts (SPEC §4)."""
import pytest

from reconcile import find_quantities, parse_quantity, quantities_in_text


@pytest.mark.parametrize("text, lang, unit, lower", [
    ("millions of dollars", "en", "USD", 2e6),
    ("thousands of dollars", "en", "USD", 2e3),
    ("hundreds of millions of dollars", "en", "USD", 2e8),
    ("hundreds of km", "en", "km", 200),
    ("dozens of percent", "en", "percent", 24),
    ("millones de dólares", "es", "USD", 2e6),
    ("cientos de millones de dólares", "es", "USD", 2e8),
    ("miles de millones de dólares", "es", "USD", 2e9),
    ("miles de euros", "es", "EUR", 2e3),
    ("decenas de miles de euros", "es", "EUR", 2e4),
])
def test_a_vague_band_keeps_its_unit(text, lang, unit, lower):
    q = parse_quantity(text, lang)
    assert (q.unit, q.lower, q.qualifier) == (unit, lower, "vague")


@pytest.mark.parametrize("text, lang, unit, qualifier", [
    ("more than millions of dollars", "en", "USD", "more-than"),
    ("más de cientos de miles de euros", "es", "EUR", "more-than"),
])
def test_a_bounded_band_keeps_its_unit(text, lang, unit, qualifier):
    q = parse_quantity(text, lang)
    assert (q.unit, q.qualifier) == (unit, qualifier)


def test_a_band_with_no_unit_after_it_has_none():
    assert parse_quantity("thousands", "en").unit is None
    assert parse_quantity("miles de soldados", "es").unit is None
    assert parse_quantity("hundreds of people", "en").unit is None    # a counted noun, no unit (SPEC §4)


def test_the_band_and_its_unit_are_one_mention_in_running_text():
    text = "El gobierno gastó millones de dólares en la obra."
    assert [(m.text, m.unit) for m in find_quantities(text, "es")] == [("millones de dólares", "USD")]
    assert [(d["text"], d["unit"]) for d in quantities_in_text(text, "es")] == [("millones de dólares", "USD")]
