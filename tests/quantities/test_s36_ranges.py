"""SPEC §4 rows a new user checked literally (session 36): a scale after a range, "m" for million."""
from __future__ import annotations

import pytest

import reconcile
from reconcile.quantities.parse import parse_quantity


@pytest.mark.parametrize("text, lang, lower, upper", [
    ("between five and six hundred", "en", 500, 600),
    ("2 to 3 hundred", "en", 200, 300),
    ("5-6 hundred", "en", 500, 600),
    ("two to three hundred thousand", "en", 200_000, 300_000),
    ("entre dos y tres mil millones", "es", 2e9, 3e9),
    ("between two and three thousand million", "en", 2e9, 3e9),
    ("between 2 and 3 bn", "en", 2e9, 3e9),
    # SPEC's own rows stay as they were
    ("two to three thousand", "en", 2000, 3000),
    ("entre dos y tres mil", "es", 2000, 3000),
    ("between 1.5 and 2 million", "en", 1_500_000, 2_000_000),
    ("between 5 and 600", "en", 5, 600),
    ("between 100 and two hundred and fifty thousand", "en", 100_000, 250_000),
])
def test_a_scale_word_after_a_range_applies_to_both_ends(text, lang, lower, upper):
    """SPEC §4: "A scale word after a range applies to both ends". Only the last scale word
    reached the low end ("two to three hundred thousand" was [2,000, 300,000]), and "hundred"
    none ("between five and six hundred" was [5, 600])."""
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, "range")


@pytest.mark.parametrize("text, lang", [
    ("between 500 thousand and 1 million", "en"),
    ("entre 500 mil y 1 millón", "es"),
    ("entre 500 mil y un millón", "es"),
])
def test_a_range_whose_low_end_has_its_own_scale_word(text, lang):
    """Was "incomplete range": "500 thousand and 1 million" was read as one number."""
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier) == (500_000, 1_000_000, "range")


@pytest.mark.parametrize("text, lang, value", [
    ("cuatrocientos cincuenta y cinco mil millones", "es", 455e9),
    ("3 thousand and 500", "en", 3500),
    ("un millón y medio", "es", 1_500_000),
    ("one hundred and a half", "en", 100.5),
])
def test_numbers_with_and_between_their_words_stay_one_number(text, lang, value):
    q = parse_quantity(text, lang)
    assert q.lower == q.upper == value


@pytest.mark.parametrize("text, value, unit", [
    ("£500m", 500e6, "GBP"), ("$5m", 5e6, "USD"), ("€2.3m", 2.3e6, "EUR"),
    ("5 mln", 5e6, None), ("1.5 mn", 1.5e6, None), ("500m", 500, "m"),
])
def test_m_glued_to_money_and_mln_are_million(text, value, unit):
    """"£500m" was £500, a value-conflict of ratio 10,000,001 with "£500 million". Glued to a
    number that is no amount of money, "m" stays metres."""
    q = parse_quantity(text, "en")
    assert (q.lower, q.upper, q.unit) == (value, value, unit)


def test_running_text_reads_the_range_with_its_scale_too():
    [item] = reconcile.quantities_in_text("Two to three hundred soldiers crossed the border.", "en")
    assert (item["lower"], item["upper"]) == (200, 300)


@pytest.mark.parametrize("sentence, counted", [
    ("Medio millón miró el partido.", None), ("Decenas huyeron del pueblo.", None),
    ("Unos 300 vivían allí.", None), ("Unos 200 soldados cruzaron.", "soldados"), ("Hubo 45 muertos.", "muertos"),
])
def test_a_spanish_verb_after_a_count_is_not_its_counted_noun(sentence, counted):
    """SPEC §6: counted is "the counted noun". "miró" and "huyeron" were given as nouns."""
    [item] = reconcile.quantities_in_text(sentence, "es")
    assert item["counted"] == counted


@pytest.mark.parametrize("sentence, lang, texts", [
    ("Border crossings on 3/7 were 415, the agency said.", "en", ["415"]),
    ("Twenty years after 9/11, 3,000 died.", "en", ["3,000"]),
    ("The desk is open 24/7.", "en", []),
    ("About 1/3 of the 900 residents left.", "en", ["About 1/3", "900"]),
    ("Los 2/3 de los diputados votaron.", "es", ["2/3"]),
])
def test_a_day_written_with_a_slash_is_no_quantity_of_running_text(sentence, lang, texts):
    """SPEC §6: quantities_in_text leaves dates out. "on 3/7" was proposed as 0.43 and set against 415."""
    assert [item["text"] for item in reconcile.quantities_in_text(sentence, lang)] == texts
