"""A count told as a week or weeks before the article's day ("Hace apenas una semana, la Policía contó ...", "a week
ago", N6 D5) is of the day that many weeks before, as "two days ago" is of the day two days before. The sentences are
made up; 2024-05-08 is a Wednesday."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in

WEDNESDAY = "2024-05-08"


@pytest.mark.parametrize("text, day", [
    ("Hace apenas una semana, la Guardia Urbana contó 41.200 manifestantes en toda Italia.", "2024-05-01"),
    ("Hace dos semanas murieron 12 personas en el mismo cruce.", "2024-04-24"),
    ("A week ago, police counted 41,200 protesters across the country.", "2024-05-01"),
    ("Two weeks ago 12 people died at the same crossing.", "2024-04-24"),
    # days, as before
    ("Hace tres días murieron 12 personas.", "2024-05-05"),
    ("Two days ago 12 people died.", "2024-05-06"),
])
def test_weeks_ago_is_the_day_that_many_weeks_before(text, day):
    assert dates_in(text, WEDNESDAY) == day


@pytest.mark.parametrize("body, value", [
    ("Hace apenas una semana, la Guardia Urbana contó 41.200 manifestantes en toda Italia.", "41.200"),
    ("A week ago, police counted 41,200 protesters across the country.", "41,200"),
])
def test_a_count_of_a_week_ago_is_dated_a_week_before(body, value):
    found = {p.value: p for p in propose(parse_article(f"date: {WEDNESDAY}\n\n{body}", "a.txt"))}
    assert found[value].as_of == "2024-05-01"
