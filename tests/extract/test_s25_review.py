"""Mechanisms the seventh round of fresh reviews of extract found (session 25, issue 14): each test
is an invented sentence of the kind the reviewed articles hold, and fails before its fix."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


# --- source: a quote of several sentences is the tag's after it closes ---------------------------
def test_a_quote_of_several_sentences_is_spoken_by_the_tag_after_it():
    text = ('PESHAWAR, Pakistan (Reuters) - A suicide bomber struck a mosque on Friday.\n\n'
            '"The death toll is now 32. Ninety people have been wounded," Jameel Shah, a spokesman for '
            'Lady Reading Hospital, told Reuters.\n\n'
            '"We estimate that 30,000 people attended. The crowd was peaceful," General Sally de Beer told News24.')
    found = _by_value(text, date="2023-03-03")
    assert found["32"].claimant == "Jameel Shah"
    assert found["Ninety people"].claimant == "Jameel Shah"
    assert found["30,000 people"].claimant == "Sally de Beer"     # not the speaker of the quote before


def test_a_spanish_quote_of_several_sentences_is_spoken_by_the_tag_after_it():
    text = ("«Tenemos 32 muertos. Hay 90 heridos en los hospitales», dijo el ministro de Salud, Juan Pérez.")
    found = _by_value(text, lang="es", date="2023-03-03")
    assert found["32"].claimant == "Juan Pérez"
    assert found["90"].claimant == "Juan Pérez"


def test_a_quote_that_no_tag_closes_lends_no_speaker():
    text = ('"The death toll is now 32. The rescue goes on." The army sent 400 soldiers to the area.')
    found = _by_value(text, date="2023-03-03")
    assert found["32"].claimant is None


# --- as_of: news of an earthquake is no encyclopedia's account ------------------------------------
def test_news_of_an_earthquake_dates_its_toll_by_the_day_not_the_year():
    text = ("The death toll from a strong earthquake that struck northeast Afghanistan on Tuesday could rise, "
            "authorities warned Wednesday, after tremors were felt in several major Pakistani cities.\n\n"
            "In Afghanistan, at least four people were killed and 70 others injured, according to a spokesman "
            "for the Ministry of Public Health.")
    found = _by_value(text, title="Earthquake kills at least 13 people in Afghanistan and Pakistan",
                      date="2023-03-22")
    assert found["at least four people"].as_of == "2023-03-22"      # "were felt" defines no event


def test_an_encyclopedia_that_defines_an_earthquake_dates_its_toll_by_the_year():
    text = ("The 2023 Jurm earthquake was a magnitude 6.5 earthquake that struck Afghanistan on 21 March 2023.\n\n"
            "At least four people were killed in Afghanistan.")
    found = _by_value(text, title="2023 Jurm earthquake", date="2023-03-21")
    assert found["At least four people"].as_of == "2023"


def test_a_magnitude_before_residents_is_no_population():
    text = "The 6.5-magnitude quake sent residents fleeing from their homes across northern Afghanistan."
    found = _by_value(text, title="Earthquake in Afghanistan", date="2023-03-22")
    assert found["6.5"].as_of == "2023-03-22"                     # not the year of a stock
    town = _by_value("Jurm, a town of 40,000 inhabitants, was hit.", date="2023-03-22")
    assert town["40,000"].as_of == "2023"                         # a stock still is


@pytest.mark.parametrize("opening", [
    "Los terremotos en El Salvador de 2001 fueron dos fuertes movimientos telúricos que se registraron el 13 de enero.",
    "The 2001 El Salvador earthquakes were two strong earthquakes that struck on 13 January.",
])
def test_an_opening_that_defines_events_by_their_number_is_an_encyclopedias(opening):
    lang = "es" if "fueron" in opening else "en"
    text = opening + ("\n\nMurieron 944 personas." if lang == "es" else "\n\n944 people died.")
    found = _by_value(text, lang=lang, title="2001 El Salvador earthquakes", date="2001-01-13")
    assert [p.as_of for v, p in found.items() if "944" in v] == ["2001"]
