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
])
def test_the_day_a_count_was_said_is_not_the_day_it_is_counted_to(body, value, day):
    assert _as_of("2020-09-28", body)[value] == day


@pytest.mark.parametrize("body, value, day", [
    ("The ministry said on Sunday that 4,120 people had died of cholera.", "4,120 people", "2020-09-27"),
    ("El ministerio informó el domingo que murieron 4.120 personas por el cólera.", "4.120 personas", "2020-09-27"),
])
def test_one_day_said_is_still_the_day(body, value, day):
    assert _as_of("2020-09-28", body)[value] == day
