"""A figure in a clause of what happened in a year the sentence names ("the deadliest since 1949,
when 5,050 people died", "desde 1949, cuando murieron 5.050 personas") is of that year; and a place
in an aside of where a speaker was (", speaking in Rome,") is not where the count was made.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(opening: str, body: str) -> dict[str, tuple[str | None, str | None]]:
    raw = f"title: Earthquake\ndate: 2016-04-17\n\n{opening}\n\n{body}\n"
    return {p.value: (p.place, p.as_of) for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("opening, body, value, year", [
    ("An earthquake struck Ecuador on Saturday.",
     "It was the deadliest quake in Ecuador since 1949, when 5,050 people died in Ambato.", "5,050 people", "1949"),
    ("Un sismo sacudió Ecuador el sábado.",
     "Fue el sismo más mortífero en Ecuador desde 1949, cuando murieron 5.050 personas en Ambato.", "5.050 personas",
     "1949"),
    ("An earthquake struck Ecuador on Saturday.",
     "The coast had not seen such damage since 1998, in which floods destroyed 2,000 homes.", "2,000", "1998"),
    # an aside inside the clause does not close it
    ("Un sismo sacudió Ecuador el sábado.",
     "Fue el peor desde 1998, cuando el huracán Mitch, de categoría 5, mató a 10.000 personas.", "10.000 personas",
     "1998"),
    ("An earthquake struck Ecuador on Saturday.",
     "It was the worst since 1998, when Hurricane Mitch, a category 5 storm, killed 10,000 people.", "10,000 people",
     "1998"),
])
def test_a_figure_of_what_happened_in_a_named_year_is_of_that_year(opening, body, value, year):
    assert _fields(opening, body)[value][1] == year


@pytest.mark.parametrize("opening, body, value", [
    ("An earthquake struck Ecuador on Saturday.", "President Correa, speaking in Rome, said 233 people had died.",
     "233 people"),
    ("Un sismo sacudió Ecuador el sábado.", "El presidente, hablando desde Madrid, dijo que murieron 233 personas.",
     "233 personas"),
])
def test_where_a_speaker_was_is_not_where_the_count_was_made(opening, body, value):
    assert _fields(opening, body)[value][0] == "EC"


@pytest.mark.parametrize("opening, body, value", [
    # the figure after the when-clause, in a present perfect: a count up to the article's day
    ("Fighting went on in Yemen on Saturday.",
     "Since 2012, when the fighting began, more than 7,000 people have been killed.", "more than 7,000 people"),
    ("Los combates siguieron en Yemen el sábado.",
     "Desde 2012, cuando comenzaron los combates, más de 7.000 personas han muerto.", "más de 7.000 personas"),
    # inside the clause, but a present perfect after "since": up to now too
    ("Fighting went on in Yemen on Saturday.",
     "It is the worst week since 2012, when more than 7,000 people have died.", "more than 7,000 people"),
    ("Los combates siguieron en Yemen el sábado.",
     "Es la peor semana desde 2012, cuando han muerto más de 7.000 personas.", "más de 7.000 personas"),
    # the same after an event named with its year and a which-clause
    ("An earthquake struck Ecuador on Saturday.",
     "Since the 1998 flood, which destroyed the port, 2,000 families have left the coast.", "2,000"),
    ("Un sismo sacudió Ecuador el sábado.",
     "Desde la inundación de 1998, que destruyó el puerto, 2.000 familias han dejado la costa.", "2.000"),
])
def test_a_figure_after_since_a_year_counts_up_to_now(opening, body, value):
    assert _fields(opening, body)[value][1] == "2016-04-17"
