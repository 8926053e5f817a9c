"""Stated values and running text met in encyclopedic copy (session 18): an em dash between two
figures, bounds joined by "to", "aproximado de", and a day of a month after "around"."""
from __future__ import annotations

import pytest

from reconcile import parse_quantity, quantities_in_text
from reconcile.errors import QuantityError


def _texts(text: str, lang: str = "en") -> list[str]:
    return [q["text"] for q in quantities_in_text(text, lang)]


@pytest.mark.parametrize("value, lang", [("3000—10000", "es"), ("3000—10000", "en"), ("1.200—1.500", "es")])
def test_an_em_dash_between_two_figures_is_a_range(value, lang):
    q = parse_quantity(value, lang=lang)
    assert q.qualifier == "range" and q.lower < q.upper


def test_a_spanish_em_dash_with_a_space_opens_an_aside_not_a_range():
    # "—30 según otras fuentes—" is an aside: two figures, not 10 to 30
    assert _texts("Murieron 10 —30 según otras fuentes— en la ciudad.", "es") == ["10", "30"]
    assert _texts("Fallecimientos: 3000—10000 (estimado)", "es") == ["3000—10000"]


@pytest.mark.parametrize("value, lang, lower, upper", [
    ("over 40,000 to under 200,000", "en", 40000, 200000),
    ("more than 5 to fewer than 12", "en", 5, 12),
    ("de más de 40.000 a menos de 200.000", "es", 40000, 200000),
])
def test_a_lower_then_an_upper_bound_joined_by_to_is_a_range(value, lang, lower, upper):
    q = parse_quantity(value, lang=lang)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive) == (lower, upper, False, False)


def test_bounds_joined_by_to_the_other_way_round_are_two_values():
    with pytest.raises(QuantityError):
        parse_quantity("under 200,000 to over 40,000", lang="en")


@pytest.mark.parametrize("value", ["aproximado de 2000", "un aproximado de 2000", "aproximada de 2000"])
def test_aproximado_de_is_an_approximation(value):
    q = parse_quantity(value, lang="es")
    assert q.qualifier == "approximate" and q.lower < 2000 < q.upper


@pytest.mark.parametrize("text, lang", [
    ("Forming as a low-pressure system around 4 September 2023, the storm hit Greece.", "en"),
    ("The storm formed on about 12 March 2021 off the coast.", "en"),
    ("La tormenta se formó alrededor del 4 de septiembre de 2023.", "es"),
])
def test_around_a_day_of_a_month_is_a_date(text, lang):
    assert _texts(text, lang) == []


def test_around_a_count_before_a_date_stays():
    assert _texts("About 30 people died on 2 May.") == ["About 30 people"]
    assert _texts("Unos 20 murieron el 2 de mayo.", "es") == ["Unos 20"]


@pytest.mark.parametrize("text, lang, found", [
    ("The Bersih 3.0 rally was endorsed by 84 NGOs.", "en", ["84"]),
    ("In addition, Bersih 3.0 was endorsed by 84 NGOs.", "en", ["84"]),
    ("La marcha Bersih 3.0 reunió a 100.000 personas.", "es", ["100.000 personas"]),
    ("Delegates of Industria 4.0 met 30 ministers.", "en", ["30"]),
])
def test_a_version_after_a_name_is_a_name_with_digits(text, lang, found):
    assert _texts(text, lang) == found


@pytest.mark.parametrize("text, found", [
    ("A Magnitude 7.0 quake struck.", ["7.0"]),
    ("The quake measured Mw 7.6 on the scale.", ["7.6"]),
    ("Peru reported 3.5 million cases.", ["3.5 million"]),
])
def test_a_measure_after_its_name_stays(text, found):
    assert _texts(text) == found


@pytest.mark.parametrize("text, lang, found", [
    ("DRC 3,231/118/519 2,211", "en", ["3,231", "118", "519", "2,211"]),
    ("UNHCR 12,500 refugees crossed.", "en", ["12,500"]),
    ("RDC 3.231 casos confirmados", "es", ["3.231"]),
])
def test_a_figure_grouped_in_thousands_after_capitals_is_a_count(text, lang, found):
    # a table row "DRC 3,231": the capitals are a country's or a body's, not a name with digits
    assert _texts(text, lang) == found


def test_the_number_of_a_name_after_capitals_is_still_no_count():
    assert _texts("The flight MH 370 had 239 people aboard.") == ["239 people"]
    assert _texts("ISO 9001 was met by 1,200 firms.") == ["1,200"]


@pytest.mark.parametrize("text, lang, found", [
    ("Damage: $11.1 billion 2025 USD.", "en", [("$11.1 billion", 11.1e9)]),
    ("Pérdidas fuera de Estados Unidos ($11.1 mil millones 2025 USD).", "es", [("$11.1 mil millones", 11.1e9)]),
    # a year is never a part of the amount before it; a count written "3 mil 500" still is
    ("Llegaron 3 mil 500 personas.", "es", [("3 mil 500 personas", 3500)]),
    ("Llegaron 2 millones 500 mil personas.", "es", [("2 millones 500 mil personas", 2.5e6)]),
    ("They paid 2013 USD for the car.", "en", [("2013 USD", 2013)]),
])
def test_a_year_after_an_amount_dates_its_money(text, lang, found):
    assert [(q["text"], q["lower"]) for q in quantities_in_text(text, lang)] == found


@pytest.mark.parametrize("text, lang, found", [
    ("Total 3,872 (see note 1) 2,215", "en", ["3,872", "2,215"]),
    ("Total: 3.872 (véase nota 2) casos", "es", ["3.872"]),
    ("The note 5 people signed was read.", "en", ["5 people"]),
])
def test_a_note_number_in_brackets_is_a_reference_mark(text, lang, found):
    assert _texts(text, lang) == found


@pytest.mark.parametrize("text, lang, found", [
    ("Fertility rates remain highest in Niger 6.0, Somalia 6.1 and Chad 5.6.", "en", ["6.0", "6.1", "5.6"]),
    ("La magnitud fue 6.2 según el USGS y Sismológico 6.0 según el servicio local.", "es", ["6.2", "6.0"]),
    ("Fertility rates remain highest in Niger 6.9 and Chad 5.6.", "en", ["6.9", "5.6"]),
])
def test_a_figure_of_a_list_after_a_name_is_no_version(text, lang, found):
    assert _texts(text, lang) == found


def test_a_standards_number_in_spaced_groups_is_no_count():
    assert _texts("The plant is certified under ISO 14 001 and employs 300 people.") == ["300 people"]


@pytest.mark.parametrize("text, lang, unit", [
    ("Las pérdidas sumaron 300 millones 2020 USD.", "es", "USD"),
    ("Losses reached 5 million (2015 MXN).", "en", "MXN"),
])
def test_the_money_of_a_base_year_is_the_amounts(text, lang, unit):
    (amount,) = quantities_in_text(text, lang)
    assert amount["unit"] == unit and amount["lower"] in (300e6, 5e6)


@pytest.mark.parametrize("text, lang", [
    ("Turnout rose from over 40% to under 50%.", "en"),
    ("La participación pasó de más de 40% a menos de 60%.", "es"),
])
def test_bounds_after_a_verb_of_change_are_two_figures(text, lang):
    assert len(_texts(text, lang)) == 2
