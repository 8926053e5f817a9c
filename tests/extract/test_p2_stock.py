"""The people who live in a place are a stock, known by the year (GUIDE: "a population"): also
when a relative clause says so ("2.000 personas que viven en la aldea") or the verb comes first
("En la ciudad viven unas 70.000 personas"); but people a clause of living describes and a verb
says what befell are counted by what befell them ("1,500 people living near the volcano were
evacuated", "1.500 personas que viven cerca del volcán fueron evacuadas").

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(body: str) -> dict[str, tuple[str | None, str | None]]:
    raw = f"title: Eruption\ndate: 2021-03-04\n\n{body}\n"
    return {p.value: (p.criterion, p.as_of) for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value", [
    ("Unas 1.500 de las 2.000 personas que viven en la aldea fueron evacuadas.", "2.000 personas"),
    ("En la ciudad de Ica viven unas 70.000 personas.", "unas 70.000 personas"),
    ("Some 1,500 of the 2,000 people who live in the village were evacuated.", "2,000 people"),
])
def test_the_people_who_live_in_a_place_are_a_stock(body, value):
    assert _fields(body)[value] == ("population", "2021")


@pytest.mark.parametrize("body, value", [
    ("Some 1,500 people living near the volcano were evacuated on Tuesday.", "Some 1,500 people"),
    ("Unas 1.500 personas que viven cerca del volcán fueron evacuadas el martes.", "Unas 1.500 personas"),
])
def test_what_befell_people_a_clause_of_living_describes_is_the_count(body, value):
    assert _fields(body)[value] == ("evacuated", "2021-03-02")
