"""A plain-text article with no ``date:`` header dates itself by its opening dateline (relative days
such as "on Thursday", "el jueves" are then resolved against it), and "Washington" alone in news copy
is the capital, not the state.

Invented articles, English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.article import _dateline_date


@pytest.mark.parametrize("opening, day", [
    ("CARACAS, March 8, 2019 (Reuters) - The minister said", "2019-03-08"),
    ("Bogotá, 12 de marzo de 2019. El ministro dijo", "2019-03-12"),
    ("Friday, March 8, 2019\n\nThe minister said", "2019-03-08"),
    ("Viernes, 8 de marzo del 2019\n\nEl ministro", "2019-03-08"),
    ("SAN JUAN DE LOS MORROS, Venezuela, Mar. 8, 2019 - The", "2019-03-08"),
    ("2019-03-08 - The minister said", "2019-03-08"),
])
def test_an_opening_dateline_gives_the_day(opening, day):
    assert _dateline_date(opening) == day


@pytest.mark.parametrize("opening", [
    "Caracas, 8 mar (EFE).- 500 soldiers",           # no year: no day to take
    "The 500 soldiers who crossed on March 8, 2019",  # a day in the text, not a dateline
    "Rio, 31 de febrero de 2019. El",                 # no such day
    "In March 8, 2019 style",
    "January 5, 2019 was the day the first soldiers crossed.",   # a day the text tells (R1)
    "5 de enero de 2019 fue el día en que cruzaron.",
    "12 June 2018, the day 3,000 soldiers crossed.",
])
def test_no_dateline_no_day(opening):
    assert _dateline_date(opening) is None


@pytest.mark.parametrize("raw, value, as_of, stated_on", [
    ("CARACAS, March 8, 2019. The defence minister said on Thursday that 109 soldiers had defected.\n",
     "109", "2019-03-07", "2019-03-07"),
    ("Caracas, 8 de marzo de 2019.\n\nEl ministro de Defensa dijo el jueves que 109 soldados desertaron.\n",
     "109", "2019-03-07", "2019-03-07"),
])
def test_relative_days_are_resolved_against_the_dateline(raw, value, as_of, stated_on):
    article = parse_article(raw, "a.txt")
    assert article.date == "2019-03-08"
    found = {p.value: p for p in propose(article)}
    assert (found[value].as_of, found[value].stated_on) == (as_of, stated_on)


def test_a_header_date_wins_over_the_dateline():
    raw = "date: 2019-03-10\n\nCARACAS, March 8, 2019. The minister said 109 soldiers had defected.\n"
    assert parse_article(raw, "a.txt").date == "2019-03-10"


def _places(body: str) -> dict[str, tuple[str | None, str | None]]:
    """value -> (place, the id of the city it names)"""
    raw = f"date: 2019-03-09\n\n{body}\n"
    return {p.value: (p.place, p.city) for p in propose(parse_article(raw, "w.txt"))}


@pytest.mark.parametrize("body, value", [
    ("About 5,000 people rallied in Washington on Saturday, police said.", "About 5,000 people"),
    ("Unas 3.000 personas marcharon en Washington el sábado, según la policía.", "Unas 3.000 personas"),
])
def test_washington_alone_is_the_capital(body, value):
    assert _places(body)[value] == ("Washington", "US-WASHINGTON")


@pytest.mark.parametrize("body, value", [
    ("Some 200 people protested in Washington state on Saturday, police said.", "Some 200 people"),
    ("Forty people died in fires in eastern Washington, officials said.", "Forty people"),
    ("Cuarenta personas murieron en el estado de Washington, según las autoridades.", "Cuarenta personas"),
    # a town before it, another state beside it, the state named after it (R1)
    ("In King County, Washington, 3,000 people were tested, officials said.", "3,000 people"),
    ("More than 200 people died in Washington and Oregon during the heat wave, officials said.",
     "More than 200 people"),
    ("Unas 200 personas murieron en el estado norteamericano de Washington, según las autoridades.",
     "Unas 200 personas"),
    ("Governor Jay Inslee said 40 people died in Washington, the state's worst fire season.", "40 people"),
])
def test_the_state_of_washington_stays_the_state(body, value):
    assert _places(body)[value][1] != "US-WASHINGTON"


def test_a_town_before_washington_keeps_its_american_town():
    assert _places("Some 300 people were evacuated in Aberdeen, Washington, officials said.")["Some 300 people"] \
        == ("Aberdeen", "US-ABERDEEN")
