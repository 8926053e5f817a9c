"""Session 45, X9: who states a figure and the day it is of, in sentences of wire copy (issue 14).

Sentences written for these tests (none copied from the data set): a comparison's relative clause names who gave
the figure it is set against, not the sentence's own figure; a name that ends in a word of digits and capitals
("Coordinadora Feminista 8M") is read whole; a figure told as days before the sentence's ("from 21 a day earlier",
"frente a los 21 del día anterior") is dated that many days before.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, date: str = "2024-05-08", title: str = "Bus crash") -> dict:
    raw = f"title: {title}\ndate: {date}\n\n{body}\n"
    return {p.value: p for p in propose(parse_article(raw, "wire.txt"))}


@pytest.mark.parametrize("body, own, other, who", [
    ("At least 40 people died, up from the 30 the health ministry reported on Tuesday.",
     "At least 40 people", "30", "health ministry"),
    ("Some 2,000 people marched, fewer than the 5,000 police counted at last year's march.",
     "Some 2,000 people", "5,000", "police"),
])
def test_a_comparisons_relative_clause_credits_only_the_figure_it_tells_of(body, own, other, who):
    got = _proposals(body)
    assert got[own].claimant is None
    assert got[other].claimant == who


def test_a_comparisons_day_is_not_the_sentences_own_figures():
    got = _proposals("At least 40 people died, up from the 30 the health ministry reported on Tuesday.")
    assert got["30"].as_of == "2024-05-07"
    assert got["At least 40 people"].as_of == "2024-05-08"
    got = _proposals("Some 2,000 people marched, fewer than the 5,000 police counted at last year's march.")
    assert got["Some 2,000 people"].as_of == "2024-05-08"


@pytest.mark.parametrize("body, value", [
    ("Thousands marched, the Coordinadora Feminista 8M said, putting the crowd at 120,000.", "120,000"),
    ("La Coordinadora Feminista 8M cifró en 120.000 los asistentes.", "120.000"),
    ("Unas 120.000 personas marcharon, según la Coordinadora Feminista 8M.", "Unas 120.000 personas"),
])
def test_a_name_that_ends_in_digits_and_capitals_is_read_whole(body, value):
    assert _proposals(body, title="Marcha del 8M")[value].claimant == "Coordinadora Feminista 8M"


@pytest.mark.parametrize("body, later, earlier, days", [
    ("The toll rose to 27 on Wednesday from 21 a day earlier.", "27", "21", ("2024-05-08", "2024-05-07")),
    ("El balance subió a 27 el miércoles, frente a los 21 del día anterior.", "27", "21",
     ("2024-05-08", "2024-05-07")),
    ("Police said 40 people were arrested on Tuesday, up from 25 two days earlier.", "40 people", "25",
     ("2024-05-07", "2024-05-05")),
    ("The toll rose to 27 from 21 the day before.", "27", "21", ("2024-05-08", "2024-05-07")),
    ("El saldo subió a 27, frente a los 21 de la víspera.", "27", "21", ("2024-05-08", "2024-05-07")),
])
def test_a_figure_told_as_days_before_is_dated_so(body, later, earlier, days):
    got = _proposals(body)
    assert (got[later].as_of, got[earlier].as_of) == days
