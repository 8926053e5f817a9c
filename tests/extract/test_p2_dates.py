"""The day a count is of, in wire copy: the day in a wire's dateline is when the report was filed
("LIMA, March 3 (Reuters) -", "SANTIAGO, 20 nov (EFE).-"), not the day of what it reports ("on
Tuesday", "el martes"); and the day a count was said ("said on Sunday that", "informó el domingo
que") is not the day it is counted to ("as of Saturday", "hasta el sábado").

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(date: str, body: str) -> dict[str, str | None]:
    raw = f"title: Report\ndate: {date}\n\n{body}\n"
    return {p.value: p.as_of for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("date, body, value, day", [
    # 2021-03-03 is a Wednesday: "on Tuesday" is 2 March
    ("2021-03-03", "QUITO, March 3 (Reuters) - A fire destroyed a market in Quito on Tuesday, killing 9 vendors, "
                   "firefighters said.", "9", "2021-03-02"),
    ("2021-03-03", "QUITO, 3 mar (AFP) - A landslide buried a road in southern Ecuador on Tuesday and 9 people died.",
     "9 people", "2021-03-02"),
    ("2019-11-20", "CÓRDOBA, 20 nov (EFE).- Un incendio destruyó el lunes un mercado de Córdoba y murieron 9 "
                   "comerciantes, informaron los bomberos.", "9", "2019-11-18"),
    ("2019-11-20", "Córdoba, 20 de noviembre de 2019 (EFE) - Un alud sepultó el lunes una carretera y murieron "
                   "9 personas.", "9 personas", "2019-11-18"),
])
def test_a_wires_dateline_day_is_not_the_day_of_the_event(date, body, value, day):
    assert _as_of(date, body)[value] == day


@pytest.mark.parametrize("body, value, day", [
    # 2020-09-28 is a Monday: "on Sunday" is 27 September, "Saturday" 26 September
    ("The ministry said on Sunday that 4,120 people had died of cholera as of Saturday.", "4,120 people",
     "2020-09-26"),
    ("Health officials reported on Sunday that 4,120 people had been infected by Saturday.", "4,120 people",
     "2020-09-26"),
    ("El ministerio informó el domingo que hasta el sábado habían muerto 4.120 personas por el cólera.",
     "4.120 personas", "2020-09-26"),
    ("Las autoridades sanitarias dijeron el domingo que 4.120 personas habían muerto hasta el sábado.",
     "4.120 personas", "2020-09-26"),
    # the wires' "said Sunday", with no "on" (Spanish always writes "el": the row above)
    ("Health officials said Sunday that a cholera outbreak Saturday had killed 4,120 people.", "4,120 people",
     "2020-09-26"),
    ("Police said Sunday that 4,120 people died in the floods on Saturday.", "4,120 people", "2020-09-26"),
])
def test_the_day_a_count_was_said_is_not_the_day_it_is_counted_to(body, value, day):
    assert _as_of("2020-09-28", body)[value] == day


@pytest.mark.parametrize("body, value, day", [
    ("The ministry said on Sunday that 4,120 people had died of cholera.", "4,120 people", "2020-09-27"),
    ("El ministerio informó el domingo que murieron 4.120 personas por el cólera.", "4.120 personas", "2020-09-27"),
])
def test_one_day_said_is_still_the_day(body, value, day):
    assert _as_of("2020-09-28", body)[value] == day



@pytest.mark.parametrize("date, body, value, day", [
    # an article of Friday 3 January 2020 tells of the last days of December 2019
    ("2020-01-03", "A fire at a nightclub in Trujillo on Dec. 30 killed 12 people.", "12 people", "2019-12-30"),
    ("2020-01-03", "Un incendio en una discoteca de Trujillo el 30 de diciembre mató a 12 personas.", "12 personas",
     "2019-12-30"),
    # "days ago", "hace ... días": counted back from the article's day
    ("2020-01-03", "A landslide two days ago buried 14 people in Cusco.", "14 people", "2020-01-01"),
    ("2020-01-03", "Un alud sepultó hace dos días a 14 personas en Cusco.", "14 personas", "2020-01-01"),
    # a day weeks ahead is of the article's year (a plan): a guard
    ("2020-01-03", "Aid for 500 families will arrive by January 20.", "500", "2020-01-20"),
    ("2020-01-03", "La ayuda para 500 familias llegará el 20 de enero.", "500", "2020-01-20"),
    # 2021-03-04 is a Thursday; the quake of Tuesday 2 March, and the day before it
    ("2021-03-04", "The quake struck Ica on Tuesday. The day before, a foreshock had injured 3 people.", "3 people",
     "2021-03-01"),
    ("2021-03-04", "El sismo sacudió Ica el martes. El día anterior, un temblor previo hirió a 3 personas.",
     "3 personas", "2021-03-01"),
    ("2021-03-04", "El sismo sacudió Ica el martes. La víspera, un temblor previo hirió a 3 personas.", "3 personas",
     "2021-03-01"),
    # "last month" is February 2021, "last year" 2020
    ("2021-03-04", "Floods last month killed 45 people in Piura.", "45 people", "2021-02"),
    ("2021-03-04", "Las inundaciones del mes pasado mataron a 45 personas en Piura.", "45 personas", "2021-02"),
    ("2021-03-04", "A quake last year destroyed 300 homes in Ica.", "300", "2020"),
    ("2021-03-04", "Un sismo destruyó el año pasado 300 viviendas en Ica.", "300", "2020"),
    # a comparison with last year dates nothing: a guard
    ("2021-03-04", "The floods killed 45 people, more than last year.", "45 people", "2021-03-04"),
    ("2021-03-04", "Las lluvias mataron a 45 personas, más que el año pasado.", "45 personas", "2021-03-04"),
])
def test_a_day_the_article_counts_from_its_own(date, body, value, day):
    """A day named without its year, days ago, the day before, last month, last year."""
    assert _as_of(date, body)[value] == day
