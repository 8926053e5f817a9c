"""Verbs and nouns of harm and of what befell people, in English and Spanish, that name the
criterion of a count (invented sentences)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(text: str, lang: str) -> dict[str, str | None]:
    article = parse_article("title: t\ndate: 2021-03-04\n\n" + text, "a.txt")
    return {p.value: p.criterion for p in propose(article, lang)}


@pytest.mark.parametrize("text, lang, value, slug", [
    ("Perecieron 25 pescadores en el temporal.", "es", "25", "dead"),
    ("El derrumbe hirió a 80 personas en el mercado.", "es", "80 personas", "injured"),
    ("La policía apresó a 14 sospechosos.", "es", "14", "arrested"),
    ("Unas 30 comunidades quedaron aisladas por el río.", "es", "Unas 30", "isolated"),
    ("Más de 200 turistas quedaron varados en el aeropuerto.", "es", "Más de 200", "stranded"),
    ("About 300 passengers were stranded at the airport.", "en", "About 300", "stranded"),
    ("Twelve miners succumbed to the fumes.", "en", "Twelve", "dead"),
    ("The blast maimed 14 workers.", "en", "14", "injured"),
])
def test_a_word_of_harm_names_the_criterion(text, lang, value, slug):
    assert _criteria(text, lang)[value] == slug


def test_a_verb_that_opens_a_spanish_sentence_governs_the_count_after_it():
    # "Murieron" is capitalised only because it opens the sentence: it says what befell the 300
    found = _criteria("Murieron 300 animales y descarrilaron dos trenes.", "es")
    assert found == {"300": "dead", "dos": "derailed"}


def test_in_hospital_and_consumed_by_fire_name_a_criterion():
    assert _criteria("At least 15 people remain in hospital.", "en") == {"At least 15 people": "hospitalised"}
    assert _criteria("Unas 15 personas siguen en el hospital.", "es") == {"Unas 15 personas": "hospitalised"}
    assert _criteria("El fuego consumió 40 casas.", "es") == {"40": "destroyed"}


def test_phrases_of_lives_taken_and_homes_lost():
    assert _criteria("El accidente se cobró la vida de 40 personas.", "es") == {"40 personas": "dead"}
    assert _criteria("El sismo se cobró 40 vidas.", "es") == {"40": "dead"}
    assert _criteria("Unas 3.000 personas perdieron sus hogares.", "es") == {"Unas 3.000 personas": "homeless"}
    assert _criteria("About 3,000 people lost their homes.", "en") == {"About 3,000 people": "homeless"}
    # "cobró" of money names no death
    assert _criteria("El peaje cobró 40 pesos.", "es")["40 pesos"] != "dead"


def test_a_count_of_those_who_live_in_a_place_is_its_population():
    assert _criteria("The survey says nearly 70,000 people live in the valley.", "en") == {
        "nearly 70,000 people": "population"}
    assert _criteria("The storm hit Tainan, a city with about two million people.", "en") == {
        "about two million people": "population"}
    assert _criteria("El sismo sacudió Pisco, una ciudad de 60.000 habitantes.", "es") == {"60.000": "population"}
    # what befell them still names the criterion
    assert _criteria("Unos 300 habitantes fueron evacuados.", "es") == {"Unos 300": "evacuated"}
