"""quantities_in_text: the quantities a reader takes from news prose (SPEC §6)."""
from __future__ import annotations

import subprocess
import sys

import pytest

import reconcile.quantities as quantities
from reconcile.quantities import quantities_in_text

KEYS = {"start", "end", "text", "lower", "upper", "lower_inclusive", "upper_inclusive",
        "qualifier", "unit", "counted"}


def _texts(text, lang=None):
    return [item["text"] for item in quantities_in_text(text, lang)]


def test_each_item_has_the_spec_keys_and_its_span_in_the_text():
    text = "Officials said on Monday that more than 500 Venezuelan soldiers had crossed."
    [item] = quantities_in_text(text)
    assert set(item) == KEYS
    assert text[item["start"]:item["end"]] == item["text"] == "more than 500"
    assert (item["lower"], item["upper"], item["qualifier"]) == (500, None, "more-than")
    assert (item["lower_inclusive"], item["upper_inclusive"]) == (False, False)
    assert item["counted"] == "soldiers" and item["unit"] is None


@pytest.mark.parametrize("text, lang", [
    ("The protest began at 3 p.m. and ended at 17:30.", "en"),
    ("La marcha empezó a las 17 horas.", "es"),
    ("On 2 Jul 2019 the office closed; on 2019-03-07 and 7/3/2019 it opened.", "en"),
    ("El 24 de septiembre de 2015 se cerró la frontera.", "es"),
    ("The storm of 2008 was the worst since 1991.", "en"),
    ("He was the 4th speaker, the 1st to arrive.", "en"),
    ("Some 30 seconds later, two days after the event, the talks lasted 48 hours.", "en"),
    ("Dos días después la reunión duró tres horas.", "es"),
    ("The S&P 500 fell while 5G masts and a Category 4 storm hit streets 204 and 223.", "en"),
    ("The toll was disputed.[12] It was revised.[13]", "en"),
    ("The march exceeded the 2003 march in size.", "en"),
    ("People marched over the weekend of 15 and 16 February.", "en"),
    ("The quake struck at 13:24.[3] It lasted 3 min 30 s.[nota 1]", "en"),
    ("El local estaba en la calle Bartolomé Mitre 3060-3066-3070 del barrio.", "es"),
    ("The 2010 floods in Pakistan and the 2019 Hong Kong protests, between 1960 and 1996.", "en"),
    ("Half of the city was dark and one of the bridges fell.", "en"),
])
def test_what_a_reader_does_not_take_as_a_quantity_is_left_out(text, lang):
    assert _texts(text, lang) == []


def test_units_and_counted_nouns():
    text = ("Unemployment rose to 12%, the damage reached $10 million, and 2,411 people and "
            "934 injured were counted, with 13,000 workers on strike.")
    got = {i["text"]: (i["unit"], i["counted"]) for i in quantities_in_text(text, "en")}
    assert got["12%"] == ("percent", None)
    assert got["$10 million"] == ("USD", None)
    assert got["2,411 people"] == (None, "people")
    assert got["934"] == (None, "injured")
    assert got["13,000"] == (None, "workers")


def test_spanish_counted_noun_is_the_noun_before_its_adjectives():
    items = quantities_in_text("Unos 300 soldados venezolanos y 12 muertos, según la policía.", "es")
    assert [(i["text"], i["counted"]) for i in items] == [("Unos 300", "soldados"), ("12", "muertos")]
    assert items[0]["qualifier"] == "approximate"


def test_a_comparison_with_an_earlier_figure_gives_that_figure_not_a_bound():
    [item] = quantities_in_text("The toll is lower than the 20,000 reported in 2010.", "en")
    assert (item["text"], item["lower"], item["upper"], item["qualifier"]) == ("20,000", 20000, 20000, "exact")


def test_numbers_in_parentheses_after_names_are_kept_as_parts():
    assert _texts("Orinoquía (46), Guajira (30) y Arauca (12).", "es") == ["46", "30", "12"]


def test_language_is_read_per_sentence():
    items = quantities_in_text("About 500 people marched. Asistieron 430.000 personas.")
    assert [(i["text"], i["lower"]) for i in items] == [("About 500 people", 450), ("430.000 personas", 430000)]


def test_bad_arguments_are_rejected_clearly():
    with pytest.raises(TypeError):
        quantities_in_text(b"500")
    with pytest.raises(ValueError, match="lang"):
        quantities_in_text("500", "fr")


def test_exported_from_the_package():
    assert quantities.quantities_in_text is quantities_in_text


def test_long_runs_of_capitalised_words_do_not_backtrack():
    code = ("from reconcile.quantities import quantities_in_text\n"
            "text = ' '.join(['The U.N. Colombian Migration Authority Of New York S&P'] * 2000)[:100_000]\n"
            "assert quantities_in_text(text) == []\n")
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_spanish_verbs_of_excess_and_al_menos_a_bound_the_value():
    items = quantities_in_text("Los cuerpos superaban los ciento cincuenta mil; mató al menos a 22.000 personas.", "es")
    assert [(i["lower"], i["upper"], i["qualifier"]) for i in items] == [
        (150_000, None, "more-than"), (22_000, None, "at-least")]


def test_a_percentage_then_a_plain_number_are_two_quantities_not_a_range():
    items = quantities_in_text("The index rose 1.2% to 2,900 points.", "en")
    assert [(i["text"], i["unit"], i["counted"]) for i in items] == [("1.2%", "percent", None),
                                                                      ("2,900", None, "points")]


@pytest.mark.parametrize("text, lang, lower, upper", [
    ("Los muertos se acercan a los 2.000.", "es", 1800, 2000),
    ("Las víctimas se acercan a 2000.", "es", 1800, 2000),   # a count the tally approaches, not a year
    ("Los heridos rozan los 300.", "es", 270, 300),
    ("The death toll is approaching 2,000.", "en", 1800, 2000),
    ("The toll neared 1,500 on Monday.", "en", 1350, 1500),
])
def test_a_tally_that_approaches_a_figure_is_nearly_that_figure(text, lang, lower, upper):
    [item] = quantities_in_text(text, lang)
    assert (item["qualifier"], item["lower"], item["upper"]) == ("nearly", lower, upper)
    assert item["upper_inclusive"] is False


def test_approaching_a_place_is_no_bound():
    [item] = quantities_in_text("Se acercan a la ciudad 300 soldados.", "es")
    assert (item["qualifier"], item["lower"]) == ("exact", 300)


@pytest.mark.parametrize("text, lang, kept", [
    ("Los días 15 y 16 hubo protestas con 300 detenidos.", "es", ["300"]),
    ("El 15 llegaron 300 soldados.", "es", ["300"]),
    ("On days 3 and 4 of the strike, 300 marched.", "en", ["300"]),
    ("La cifra de fallecidos ascendió a 1987.", "es", ["1987"]),
])
def test_days_of_the_month_are_dates_and_a_risen_count_is_no_year(text, lang, kept):
    assert _texts(text, lang) == kept


def test_a_count_after_el_is_kept_when_it_is_a_part():
    assert _texts("El 15 de los 40 heridos murió.", "es") == ["15", "40"]


def test_a_weekday_before_a_comma_does_not_make_the_number_a_name():
    assert _texts("On Tuesday, 3,000 more had crossed.", "en") == ["3,000"]
    assert _texts("En la calle Bartolomé Mitre 3060 murieron 194.", "es") == ["194"]


def test_a_participle_of_passing_bounds_a_figure_only_before_an_article():
    from reconcile.quantities.parse import find_quantities

    found = find_quantities("Se teme que los muertos lleguen hasta bien pasados los 500; pasados 20 días, 30 seguían "
                            "desaparecidos.", "es")
    assert [(m.text, m.lower, m.upper, m.qualifier) for m in found] == [
        ("bien pasados los 500", 500, None, "more-than"), ("20", 20, 20, "exact"), ("30", 30, 30, "exact")]


def test_a_range_of_hours_after_las_is_a_time_of_day():
    assert _texts("Cayeron 90 mm entre las 14 y las 17, según el servicio.", "es") == ["90 mm"]
    assert _texts("El corte de luz duró de las 8 a las 11 de la mañana en 40 barrios.", "es") == ["40"]
    # a range that counts something after "las" keeps its noun and is a count
    assert _texts("Murieron entre las 10 y las 12 personas que viajaban.", "es") == [
        "entre las 10 y las 12 personas"]


@pytest.mark.parametrize("text", [
    "During the storm's peak, visibility was only 500 m.\n\nThe heavy rainfall led to floods.",
    "La visibilidad era de apenas 500 m.\n\nLas lluvias causaron inundaciones.",
    "The wall was 3 ft.\nStorm\nThe rain fell.",
])
def test_a_line_break_ends_a_sentence_even_after_an_abbreviation(text):
    from reconcile.quantities.running import sentences
    split = sentences(text)
    assert split[0].text.endswith(" m.") or split[0].text.endswith(" ft.")
    assert "\n" not in split[0].text
    assert all("\n" not in s.text for s in split)


@pytest.mark.parametrize("text, lang, found", [
    ("Last Tuesday 5 died.", "en", ["5"]),
    ("El pasado Martes 5 murieron.", "es", ["5"]),
    ("By the end of May, 45 had died.", "en", ["45"]),
    ("A finales de Mayo, 45 habían muerto.", "es", ["45"]),
    # still dates
    ("It happened on May 5, 2021.", "en", []),
    ("Ocurrió el martes 5 de mayo.", "es", []),
])
def test_a_weekday_is_no_name_and_a_comma_after_a_month_ends_the_date(text, lang, found):
    assert _texts(text, lang) == found


@pytest.mark.parametrize("text, counted", [
    ("The fire killed 20 miners, and 14 suffered serious burns.", None),
    ("Two prison guards also suffered lesser injuries.", "guards"),
    ("Rescuers found dozens of collapsed buildings.", "buildings"),
])
def test_a_verb_or_an_adverb_after_a_count_is_no_counted_noun(text, counted):
    assert quantities_in_text(text, "en")[-1]["counted"] == counted
