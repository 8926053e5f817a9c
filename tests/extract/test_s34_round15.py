"""Session 34's round of fresh texts (news and encyclopedia, English and Spanish): the mechanisms
it showed, each on invented sentences of the same kind (the texts are not in the repository)."""
from __future__ import annotations

import pytest

from reconcile.model.names import slugify
from tests.extract.test_s21_review import _by_value


def _source(proposal) -> str | None:
    return slugify(proposal.claimant) if proposal.claimant else None


# --- claimant: a listener's pronoun after "según", and "según dicen" -----------------------------------------------
@pytest.mark.parametrize("text, value, source", [
    ("Según le dijo la Policía a este diario, 200 personas resultaron heridas.", "200 personas", "policia"),
    ("Según nos informó el alcalde Juan Pérez, 100 personas fueron evacuadas.", "100 personas", "juan-perez"),
    ("Según lo informó la Cruz Roja, 40 personas murieron.", "40 personas", "cruz-roja"),
    # (and as before, with no pronoun)
    ("Según informó la Policía a este diario, 300 personas resultaron heridas.", "300 personas", "policia"),
])
def test_a_listeners_pronoun_after_segun_is_no_claimant(text, value, source):
    assert _source(_by_value(text, "es", date="2021-05-11")[value]) == source


def test_segun_dicen_names_no_one():
    found = _by_value("Los nativos perdieron, según dicen, 30 casas en la crecida.", "es", date="2021-05-11")
    assert found["30"].claimant is None


# --- claimant: a conjunction that opens the sentence is no part of the name ----------------------------------------
@pytest.mark.parametrize("text, value, source, lang", [
    ("Y la OIM calcula que más de 34 mil migrantes llegaron a Italia.", "más de 34 mil", "oim", "es"),
    ("Y Médicos Sin Fronteras informó que 20 personas murieron.", "20 personas", "medicos-sin-fronteras", "es"),
    ("And the UN said that 300 people were killed in the attack.", "300 people", "un", "en"),
    ("And Doctors Without Borders said 20 died.", "20", "doctors-without-borders", "en"),
])
def test_an_opening_conjunction_is_no_part_of_the_claimants_name(text, value, source, lang):
    assert _source(_by_value(text, lang, date="2021-05-11")[value]) == source


# --- place: a region wider than a country where the count is made is not the dateline's town ----------------------
@pytest.mark.parametrize("text, value, lang, title", [
    ("LONDON: More than one million migrants and refugees reached Europe this year, the UN refugee agency said.",
     "More than one million", "en", "Migrants reach Europe"),
    ("NEW DELHI (AFP) - The death toll from floods sweeping South Asia has climbed above 1,000, officials said.",
     "above 1,000", "en", "South Asia floods"),
    ("MADRID.- Un millón de migrantes llegaron a Europa en 2015, según la OIM.", "Un millón", "es",
     "Migrantes en Europa"),
])
def test_a_region_wider_than_a_country_leaves_the_place_empty_not_the_datelines(text, value, lang, title):
    found = _by_value(text, lang, title=title, date="2015-12-23")[value]
    assert found.place is None
    assert any("a region wider than a country" in check for check in found.checks)


def test_a_town_in_the_clause_is_still_the_place_beside_a_region_named_elsewhere():
    found = _by_value("LONDON: In London, 200 people marched in support of refugees who reached Europe.", "en",
                      title="March", date="2015-12-23")
    assert found["200 people"].place == "London"


def test_a_body_named_after_a_region_is_no_region_of_the_count():
    found = _by_value("The European Union said 300 people were evacuated to the Asia Development Bank's "
                      "offices in Manila.", "en", title="Floods", date="2015-12-23")["300 people"]
    assert not any("a region wider" in check for check in found.checks)


# --- criterion: people who arrived somewhere, people who crossed ------------------------------------------------------
@pytest.mark.parametrize("text, value, criterion, lang", [
    ("Un millón de migrantes llegaron a Europa en 2015, según la OIM.", "Un millón", "arrived", "es"),
    ("More than one million migrants reached Europe this year.", "More than one million", "arrived", "en"),
    ("Some 2,000 migrants arrived in Lampedusa on Sunday.", "Some 2,000", "arrived", "en"),
    ("Más de 219 mil personas habían cruzado el mar Mediterráneo.", "Más de 219 mil personas", "crossed", "es"),
    # a toll that reaches a number is no arrival
    ("Las muertes llegaron a 80 en la región.", "80", "dead", "es"),
    ("The death toll reached 100 on Monday.", "100", "dead", "en"),
])
def test_people_who_arrived_or_crossed(text, value, criterion, lang):
    assert _by_value(text, lang, date="2015-12-23")[value].criterion == criterion


# --- as_of: communal violence lasts weeks (the year), a stadium's is of its day ---------------------------------------
def test_an_undated_toll_of_communal_violence_is_dated_by_the_year():
    found = _by_value("The 2002 Gujarat violence was a period of inter-communal violence in the state of Gujarat. "
                      "In the riots 790 Muslims and 254 Hindus were killed.", title="2002 Gujarat violence",
                      date="2002-02-27")
    assert (found["790"].as_of, found["254"].as_of) == ("2002", "2002")


# --- population: the faithful are people ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, lang", [
    ("In total 27,901 Hindus and 7,651 Muslims were arrested.", "27,901", "en"),
    ("Some 300 Sikhs were killed in Delhi.", "Some 300", "en"),
    ("Unos 300 hindúes murieron en los disturbios.", "Unos 300", "es"),
])
def test_the_faithful_are_people(text, value, lang):
    assert _by_value(text, lang, date="2002-02-27")[value].population == ["people"]
