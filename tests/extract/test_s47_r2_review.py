"""R2's review of this session's extract changes (invented sentences):

1. "la misma cifra que el año pasado, según la Policía": last year's figure, no second proposal for the police
   (a false corroboration); "la misma cifra que da la Policía" still is;
2. "citing the Public Order Act" after the figures: a law states nothing, the ministry keeps its figure;
3. a short sentence with a subject of its own ("El consumo eléctrico cayó un 16%") is no row of a list going on
   with the strike's share before it;
4. "(organiser estimate)" on a line about something else ("Ticket sales:") is no crowd.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claims(body: str, title: str | None = None) -> list:
    head = f"title: {title}\n" if title else ""
    return propose(parse_article(f"{head}date: 2024-03-03\n\n{body}\n", "a.txt"))


@pytest.mark.parametrize("body", [
    "Los convocantes cifraron en 60.000 los asistentes, la misma cifra que el año pasado, según la Policía.",
    "Organisers said 45,000 attended, the same number as last year, police said.",
])
def test_the_same_figure_as_another_year_is_no_second_claimant(body):
    assert len(_claims(body)) == 1


def test_the_same_figure_that_a_body_gives_is_proposed_for_it():
    claims = _claims("La Delegación del Gobierno cifró en 60.000 los asistentes, la misma cifra que da la Policía.")
    assert [c.claimant for c in claims] == ["Delegación del Gobierno", "Policía"]


@pytest.mark.parametrize("body, claimant", [
    ("The interior ministry said 35 people were detained, citing the Public Safety Act.", "interior ministry"),
    ("El ministerio informó de 35 detenidos, citando la Ley de Orden Público.", "ministerio"),
    ("Reuters reported 35 deaths, citing the Health Ministry.", "Health Ministry"),
])
def test_a_law_cited_after_the_figures_states_nothing(body, claimant):
    assert _claims(body)[0].claimant == claimant


def test_a_short_sentence_with_its_own_subject_is_no_row_of_the_strike():
    claims = _claims("La huelga general fue secundada por el 70% de los trabajadores. En el transporte paró el 90%. "
                     "El consumo eléctrico cayó un 12%.")
    last = claims[-1]
    assert last.value == "12%" and last.criterion is None and not last.population


def test_an_estimate_bracket_on_a_line_of_something_else_is_no_crowd():
    claims = _claims("Ticket sales: 9,000 (organiser estimate) for the concert on Friday.\n\n9,000 (Police estimate)",
                     title="2023 pension protests")
    assert [(c.population, c.criterion) for c in claims] == [([], None), (["people"], "protested")]


@pytest.mark.parametrize("body, criterion", [
    ("Cyclone Nargis sent a storm surge of 3.5 meters into coastal Myanmar.", "storm-surge-height"),
    ("Authorities said the storm surge reached 25 kilometers from the coast.", "storm-surge-reach"),
    ("The cyclone sent a storm surge 35 kilometres up the delta.", "storm-surge-reach"),
])
def test_a_surges_height_and_reach_by_unit(body, criterion):
    assert _claims(body)[0].criterion == criterion


def test_more_than_a_day_after_is_no_difference():
    import reconcile
    found = reconcile.quantities_in_text("Rescuers pulled 14 more than a day after the storm hit.", "en")
    assert [q["text"] if isinstance(q, dict) else q.text for q in found] == ["14"]
    assert not reconcile.quantities_in_text("Police arrested 40 more than a year ago.", "en")


@pytest.mark.parametrize("body, value, claimant", [
    # R3: what a verb of raising moved is no speaker: the claimant is who the sentence credits
    ("El brote suma 380 casos, cifra que eleva a 410 el total de víctimas mortales, según el Ministerio de Salud.",
     "410", "Ministerio de Salud"),
    ("La Policía detuvo a 25 personas, cifra que eleva a 90 el número de detenidos, según Interior.", "90", "Interior"),
])
def test_what_a_verb_of_raising_moved_is_no_claimant(body, value, claimant):
    assert {c.value: c.claimant for c in _claims(body)}[value] == claimant


@pytest.mark.parametrize("body, place", [
    # R3: a division name several countries share, none ten times the others' size, stays unread
    ("At least 35 people died in Punjab, officials said.", None),
    ("Unas 25 personas murieron en Colón, según la policía.", None),
    ("At least 35 people died in Florida, officials said.", "US-FL"),
])
def test_a_shared_division_name_is_read_only_where_one_country_dwarfs_the_others(body, place):
    assert _claims(body)[0].place == place
