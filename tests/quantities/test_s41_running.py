"""quantities_in_text on running text: a new user's report (session 41, U4 items 2-6, U5 item 1)."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text
from reconcile.quantities.running import sentences


def _items(text: str, lang: str | None = None) -> list[tuple]:
    return [(q["text"], q["lower"], q["upper"], q["qualifier"], q["unit"]) for q in quantities_in_text(text, lang)]


@pytest.mark.parametrize("text, figure, unit", [
    ("Interest rates stayed at 5% for the year.", "5%", "percent"),
    ("AT&T said Friday it will slash its payroll by 1.5%.", "1.5%", "percent"),
    ("Output fell by 8 per cent.", "8 per cent", "percent"),
    ("The river rose by 2 metres overnight.", "2 metres", "m"),
    ("The car was travelling at 20 mph when it hit the wall.", "20 mph", "mph"),
    ("Prices were cut by $5.", "$5", "USD"),
])
def test_a_figure_with_a_unit_after_at_or_by_is_no_time_of_day(text, figure, unit):
    assert [(q["text"], q["unit"]) for q in quantities_in_text(text)] == [(figure, unit)]


@pytest.mark.parametrize("text", ["The meeting starts at 5 and ends by 7.", "They met at 10 on Tuesday."])
def test_a_bare_small_figure_after_at_or_by_is_still_a_time_of_day(text):
    assert quantities_in_text(text) == []


def test_a_short_sentence_takes_the_language_of_its_paragraph():
    text = "La caravana salió de San Pedro Sula el lunes. Recorrieron 1.200 km. Llegaron agotados."
    assert _items(text) == [("1.200 km", 1200, 1200, "exact", "km")]


def test_a_short_sentence_in_the_other_paragraph_takes_that_one_s_language():
    text = ("Los migrantes salieron de San Pedro Sula el lunes y caminaron durante toda la noche.\n\n"
            "The convoy left on Monday and the migrants walked through the night. Total: 1.200 km.")
    # (no sign of its language: "Recorrieron 1.200 km." has one since session 42, a Spanish verb's past)
    assert _items(text)[-1] == ("1.200 km", 1.2, 1.2, "exact", "km")


@pytest.mark.parametrize("text, found", [
    ("Winds reached 93 miles per hour.", [("93 miles per hour", 93, 93, "exact", "mph")]),
    ("He walked 12 miles home.", [("12 miles", 12, 12, "exact", "mi")]),
    # inside a Spanish paragraph too: a distance in miles says English clearly
    ("El huracán dejó cientos de damnificados en la provincia. Winds reached 93 miles per hour. Las autoridades "
     "evacuaron a 3.000 personas.", [("cientos", 200, 999, "vague", None),
                                     ("93 miles per hour", 93, 93, "exact", "mph"),
                                     ("3.000 personas", 3000, 3000, "exact", None)]),
])
def test_miles_after_a_figure_are_english(text, found):
    assert _items(text) == found


def test_spanish_miles_de_after_a_figure_stay_spanish():
    assert [s.lang for s in sentences("Se perdieron 3 miles de millones de dólares.")] == ["es"]


@pytest.mark.parametrize("text, figure, value", [
    ("Madrid (EFE).- Miles de personas -120.000 según la Delegación del Gobierno y 500.000 según los sindicatos- "
     "marcharon este domingo.", "120.000", 120000),
    ("Unas 5.000 personas -3.000 según la Policía Local- se manifestaron en Bilbao.", "3.000", 3000),
])
def test_a_dash_that_opens_an_aside_is_no_minus(text, figure, value):
    assert (figure, value, value, "exact", None) in _items(text)
    assert all(q["lower"] is None or q["lower"] >= 0 for q in quantities_in_text(text))


@pytest.mark.parametrize("text, figure, value, unit", [
    ("La temperatura bajó a -3 grados.", "-3 grados", -3, "deg"),
    ("Profits fell to −5% in May.", "−5%", -5, "percent"),
    ("The fund lost -$2 million.", "-$2 million", -2e6, "USD"),
])
def test_a_minus_glued_to_a_value_stays_a_minus(text, figure, value, unit):
    assert _items(text) == [(figure, value, value, "exact", unit)]


def test_extract_reads_the_aside_s_figure_as_positive():
    from reconcile.extract import parse_article, propose
    raw = ("title: x\ndate: 2024-03-06\n\nUnas 5.000 personas -3.000 según la Policía Local- se manifestaron "
           "en Bilbao.\n")
    assert "3.000" in [p.value for p in propose(parse_article(raw, "news.txt"))]


@pytest.mark.parametrize("text, found", [
    ("The death toll rose by 12 to 87 on Tuesday", [("12", 12, 12, "exact", None), ("87", 87, 87, "exact", None)]),
    ("The number of cases increased by 1,250 to 15,300.",
     [("1,250", 1250, 1250, "exact", None), ("15,300", 15300, 15300, "exact", None)]),
    ("El número de casos subió en 1.250 hasta los 15.300.",
     [("1.250", 1250, 1250, "exact", None), ("15.300", 15300, 15300, "exact", None)]),
    ("La gasolina subió 5 céntimos hasta 1,65 euros.",
     [("5 céntimos", 5, 5, "exact", "cents"), ("1,65 euros", 1.65, 1.65, "exact", "EUR")]),
    ("El balance subió hasta los 87 muertos.", [("87", 87, 87, "exact", None)]),
    ("The death toll rose from 100 to 150.", [("100", 100, 100, "exact", None), ("150", 150, 150, "exact", None)]),
])
def test_a_change_and_the_level_it_reached_are_two_exact_figures(text, found):
    assert _items(text) == found


@pytest.mark.parametrize("text, found", [
    ("Prices rose by 2 to 3 percent.", [("2 to 3 percent", 2, 3, "range", "percent")]),
    ("Unemployment rose by 2-3 million.", [("2-3 million", 2e6, 3e6, "range", None)]),
    ("Hasta 300 personas podrían morir.", [("Hasta 300 personas", None, 300, "at-most", None)]),
])
def test_a_range_of_a_change_and_a_plain_ceiling_stay(text, found):
    assert _items(text) == found


def _counted(text: str) -> list[tuple]:
    return [(q["text"], q["counted"]) for q in quantities_in_text(text)]


@pytest.mark.parametrize("text, figure, noun", [
    ("Employers have announced 333,000 planned layoffs so far this year.", "333,000", "layoffs"),
    ("More than 500 last week.", "More than 500", None),
    ("Police arrested slightly more than 900 last year.", "slightly more than 900", None),
    ("Just 10 companies alone account for half of it.", "10", "companies"),
    ("About 1 in 5 adults lives alone.", "About 1 in 5", "adults"),
    ("Sales were 14.6% lower.", "14.6%", None),
    ("The vaccine is 95 per cent effective.", "95 per cent", None),
    ("Se registraron 3.128 nuevos casos positivos.", "3.128", "casos"),
    ("Hay 300 mil nuevos desempleados.", "300 mil", "desempleados"),
    ("Está en paro 1 de cada 5 jóvenes.", "1 de cada 5", "jóvenes"),   # one proportion, as "1 in 5 adults"
    # the noun is still found where it was
    ("Some 500 Venezuelan soldiers have fled.", "Some 500", "soldiers"),
    ("About 300 Marines landed.", "About 300", "marines"),
    ("Windows 10 still runs on about 70% of PCs.", "about 70%", "pcs"),
    ("At least two dozen smaller aftershocks have struck.", "At least two dozen", "aftershocks"),
    ("Six news outlets reported it.", "Six", "outlets"),
])
def test_the_counted_noun_stops_at_the_noun(text, figure, noun):
    assert _counted(text) == [(figure, noun)]


def test_a_place_after_a_figure_is_no_counted_noun():
    assert _counted("The dead were 18 (8 U.S., 10 Cuba).") == [("18", None), ("8", None), ("10", None)]


def test_two_bounds_of_two_nouns_are_two_items():
    text = "No fewer than 400 people and no more than 600 workers were there."
    assert [(q["text"], q["lower"], q["upper"], q["qualifier"], q["counted"]) for q in quantities_in_text(text)] == [
        ("No fewer than 400 people", 400, None, "at-least", "people"),
        ("no more than 600", None, 600, "at-most", "workers")]


@pytest.mark.parametrize("text", ["No fewer than 400 people and no more than 600 people were there.",
                                  "Between 400 people and 600 people were there."])
def test_two_bounds_of_one_noun_stay_a_range(text):
    assert [q["qualifier"] for q in quantities_in_text(text)] == ["range"]


@pytest.mark.parametrize("text", [
    "Call 555-1234 now.", "For reservations: +1 212 555 1234.", "Dial 1-800-621-3362 for help.",
    "Llame al 900 101 112.", "La sede está en la calle Mayor 5, 28014 Madrid.",
])
def test_a_phone_number_or_a_postcode_is_no_quantity(text):
    assert quantities_in_text(text) == []


def test_find_quantities_still_reads_the_digits_of_a_phone_number():
    from reconcile import find_quantities
    assert [m.text for m in find_quantities("Call 503-555-0147.", "en")] != []


@pytest.mark.parametrize("text", [
    "Chelsea were trailing 0-2 at half-time.", "El Atlético perdía 0-1 al descanso.",
    "Liverpool led 2-1 at the break.", "The hosts were beating United 2–0.", "A 3-1 victory sent them top.",
    "Nadal won 6-4, 6-3, 7-5.",
])
def test_a_match_score_is_no_quantity(text):
    assert quantities_in_text(text) == []


@pytest.mark.parametrize("text", [
    "A 7-Eleven store was robbed.", "The Formula 1 race was cancelled.", "Title 42 was lifted.",
    "The Group of 7 met in Japan.", "El Grupo de los 20 se reunió.", "P5+1 negotiators met in Vienna.",
    "The Building 7 collapse was studied.", "Bus 38 was hit.", "Canal 13 y Radio 10 informaron.",
])
def test_a_name_with_digits_is_no_quantity(text):
    assert quantities_in_text(text) == []


@pytest.mark.parametrize("text, found", [
    ("Unemployment rose to 2-3 million.", [("2-3 million", 2e6, 3e6, "range", None)]),
    ("Some 28014 people marched in Madrid.", [("Some 28014 people", 25212.6, 30815.4, "approximate", None)]),
    ("Protesters numbered 12000 Sunday.", [("12000", 12000, 12000, "exact", None)]),
    ("Bus 38 passengers were hurt.", [("38", 38, 38, "exact", None)]),
    ("The hotline received 1,200 calls.", [("1,200", 1200, 1200, "exact", None)]),
])
def test_counts_like_them_stay(text, found):
    assert _items(text) == found
