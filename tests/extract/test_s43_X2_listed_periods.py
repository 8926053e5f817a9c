"""Figures of one sentence that each name their own year or month (session 43, a new user's report U3, D1: a
statistics wire's "las 3.082 de 2015, las 2.784 de 2016", "En 2021 ... 133.653, mientras que en 2022 ... 248.284",
"en febrero la cifra alcanzó 37.166 y en marzo suman 24.551" all got one date, and false value-conflicts). The
sentences are made up."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(body: str, lang: str, date: str) -> list[tuple[str, str | None]]:
    text = f"url: https://example.org/a\noutlet: Diario\nlang: {lang}\ndate: {date}\n\n{body}"
    return [(p.value, p.as_of) for p in propose(parse_article(text, "a.txt"))]


@pytest.mark.parametrize("body, lang, expected", [
    ("La Jefatura registró 2.310 accidentes en 2016, los 2.145 de 2017 y los 1.980 de 2018.", "es",
     [("2.310", "2016"), ("2.145", "2017"), ("1.980", "2018")]),
    # after a semicolon, the items of a list keep their own years, not the clause's first
    ("Atrás quedan los datos de 2012, con 5.120 accidentes; los 4.870 de 2014, los 4.410 de 2015 o los 4.002 de 2016.",
     "es", [("5.120", "2012"), ("4.870", "2014"), ("4.410", "2015"), ("4.002", "2016")]),
])
def test_a_listed_figure_of_its_year_with_de_is_of_that_year(body, lang, expected):
    assert _as_of(body, lang, "2021-05-30") == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("En 2019 el registro fue de 41.200 solicitudes, mientras que en 2020 se tramitaron 56.870 solicitudes.", "es",
     [("41.200", "2019"), ("56.870", "2020")]),
    ("In 2019 the office logged 41,200 requests, while in 2020 it handled 56,870 requests.", "en",
     [("41,200", "2019"), ("56,870", "2020")]),
    ("En enero se tramitaron 3.100 solicitudes, en febrero la cifra llegó a 3.480 solicitudes y en marzo suman "
     "2.950 solicitudes.", "es", [("3.100", "2024-01"), ("3.480", "2024-02"), ("2.950", "2024-03")]),
])
def test_a_period_that_opens_the_figures_clause_is_its_own(body, lang, expected):
    assert _as_of(body, lang, "2024-03-22") == expected


def test_a_period_that_closes_the_item_before_is_not_the_next_items():
    found = _as_of("The attacks killed 120 people in January, 95 civilians and soldiers in February and 80 in March.",
                   "en", "2024-04-10")
    assert [as_of for _, as_of in found] == ["2024-01", "2024-02", "2024-03"]
