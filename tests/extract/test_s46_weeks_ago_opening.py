""""A week ago" / "hace (apenas) una semana" dates a sentence it opens (N6 D5: "Hace apenas una semana, la Policía
Nacional contó 515.988" had the article's day), and nothing when it sits inside a clause of another figure (R2: an
earlier rule had dated "rose to 300 this week, up from a week ago" a week back, and a report then gave a false
conflict)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _days(body: str) -> dict[str, tuple[str | None, str | None]]:
    raw = f"date: 2024-01-20\n\n{body}\n"
    return {p.value: (p.as_of, p.stated_on) for p in propose(parse_article(raw, "x.txt"))}


@pytest.mark.parametrize("body, value, as_of, stated_on", [
    ("Hace apenas una semana, la Policía Nacional contó 515.988 asistentes en toda España.", "515.988",
     "2024-01-13", "2024-01-20"),
    ("A week ago, police counted 21,000 marchers in the capital.", "21,000", "2024-01-13", "2024-01-20"),
    ("Two weeks ago, the ministry said 40 people had died.", "40 people", "2024-01-06", "2024-01-06"),
    ("Hace dos semanas, el ministerio informó que 40 personas murieron.", "40 personas", "2024-01-06", "2024-01-06"),
])
def test_weeks_ago_opening_a_sentence_date_it(body, value, as_of, stated_on):
    assert _days(body)[value] == (as_of, stated_on)


@pytest.mark.parametrize("body, value", [
    ("Measles cases rose to 300 this week, up from a week ago, the WHO said.", "300"),
    ("The toll, which a week ago stood at 40, has risen to 120, officials said.", "120"),
    ("El balance, que hace una semana era de 40, asciende ya a 120, según las autoridades.", "120"),
])
def test_weeks_ago_inside_a_clause_leaves_todays_figure_today(body, value):
    assert _days(body)[value][0] == "2024-01-20"
