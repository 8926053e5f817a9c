"""Population and criterion from Spanish word order: an adjective before the counted noun, a
line of facts labelled with several words, the verb before the number ("Fueron detenidos 45
manifestantes"), a count the tally approaches. Invented sentences, one construction each."""
from __future__ import annotations

import pytest

from reconcile.extract.fields import criterion, population, subject_population
from reconcile.quantities import quantities_in_text


def _item(sentence: str, lang: str = "es") -> dict:
    return quantities_in_text(sentence, lang)[0]


def _population(sentence: str, lang: str = "es") -> list[str]:
    item = _item(sentence, lang)
    return population(item["counted"], sentence[item["end"]:item["end"] + 60], lang) or subject_population(
        sentence[:item["start"]], lang, item["text"])


def _criterion(sentence: str, lang: str = "es") -> str | None:
    item = _item(sentence, lang)
    return criterion(sentence, item["start"], item["end"], item["counted"], lang)


@pytest.mark.parametrize("sentence, tags", [
    ("Cerca de 2.000 pequeños comercios cerraron sus puertas.", ["shops"]),
    ("Unas 40 antiguas iglesias sufrieron daños.", ["churches"]),
    ("Hay 300 nuevos casos en la provincia.", ["cases"]),
    ("Llegaron 4.000 migrantes venezolanos.", ["migrants"]),
])
def test_the_counted_noun_after_an_adjective_is_the_population(sentence, tags):
    assert _population(sentence) == tags


def test_an_adjective_that_looks_like_a_demonym_is_not_people():
    # "pequeños" ends as "salvadoreños" does: the noun after it counts
    assert _population("Se cerraron 300 pequeños talleres y 40 pequeñas escuelas.") != ["people"]


@pytest.mark.parametrize("sentence, tags", [
    ("Viviendas destruidas: 1.200", ["houses"]),
    ("Personas evacuadas: 3.500", ["people"]),
    ("Víctimas mortales: 45", ["people"]),
    ("Heridos: 120", ["people"]),
])
def test_a_line_of_facts_counts_the_noun_of_its_label(sentence, tags):
    assert _population(sentence) == tags


def test_a_label_that_names_no_population_gives_none():
    assert _population("Pérdidas económicas estimadas: 300") == []


@pytest.mark.parametrize("sentence, slug", [
    ("Fueron detenidos 45 manifestantes frente al Congreso.", "arrested"),
    ("La policía detuvo a 45 manifestantes.", "arrested"),
    ("Rescataron a 33 mineros con vida.", "rescued"),
    ("Los bomberos evacuaron a 300 vecinos.", "evacuated"),
    ("Perdieron la vida 45 personas en el incendio.", "dead"),
])
def test_the_verb_before_the_number_is_the_criterion(sentence, slug):
    assert _criterion(sentence) == slug


def test_rescuers_are_counted_not_rescued():
    assert _criterion("Llegaron 300 rescatistas al lugar.") != "rescued"


@pytest.mark.parametrize("sentence, lang", [
    ("Los muertos se acercan a los 2.000.", "es"),
    ("Las víctimas se acercan a 2000.", "es"),
    ("The death toll is approaching 2,000.", "en"),
])
def test_a_tally_that_approaches_a_figure_has_that_population(sentence, lang):
    assert _population(sentence, lang) == ["people"]


@pytest.mark.parametrize("sentence, tags", [
    ("Hay 40 hospitalizados en la capital.", ["people"]),
    ("Se confirmaron 120 fallecimientos.", ["people"]),
    ("Quedan 15 atrapadas en la mina.", ["people"]),
    ("Llegaron 2.000 marchistas a la plaza.", ["people"]),
    ("Regresaron 300 connacionales.", ["people"]),
    ("Se entregaron 40 guerrilleros.", ["rebels"]),
])
def test_nouns_of_what_befell_people_count_people(sentence, tags):
    assert _population(sentence) == tags



def _proposed(text: str, lang: str = "es") -> dict:
    from reconcile.extract import parse_article, propose
    return {p.value: p for p in propose(parse_article(text, "a.txt"), lang)}


@pytest.mark.parametrize("text, value, slug", [
    ("Otros 300 fueron rescatados con vida.", "300", "rescued"),
    ("Unas 300 quedaron sin hogar tras la riada.", "Unas 300", "homeless"),
    ("At least 40 were hospitalized overnight.", "At least 40", "hospitalised"),
])
def test_a_number_with_no_noun_counts_people_when_its_criterion_befalls_people(text, value, slug):
    found = _proposed(text, "en" if text.startswith("At") else "es")[value]
    assert (found.population, found.criterion) == (["people"], slug)


def test_a_thing_with_a_criterion_of_people_is_not_people():
    # "dos templos dañados": a noun reconcile does not know keeps its population empty
    assert _proposed("Quedaron atrapados dos remolques en la carretera.")["dos"].population == []
