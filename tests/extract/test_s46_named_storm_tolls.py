"""A named cyclone or storm in the headline makes the article one of an event of weeks, whose undated tolls are known
by the year (N6 D12); in news, a toll named as it stands the day it is told ("the death toll was 870", "la cifra de
muertos asciende a 870") is of that day. A toll since the event began, a toll the storm "killed", and an
encyclopedia's account keep the year. The articles are made up; 2024-05-08 is a Wednesday."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose

WEDNESDAY = "2024-05-08"


def _as_of(title: str, body: str, value: str) -> str | None:
    found = {p.value: p for p in propose(parse_article(f"title: {title}\ndate: {WEDNESDAY}\n\n{body}", "a.txt"))}
    return found[value].as_of


@pytest.mark.parametrize("title, body", [
    ("Malta's death toll rises to 2,100 due to Cyclone Orla", "The Maltese Ministry of Health said the death toll was "
     "870."),
    ("Death toll in Malta rises due to Cyclone Orla", "The death toll in Malta due to the devastating Cyclone Orla "
     "increased to 870."),
    ("El ciclón Irma deja cientos de muertos en Cuba", "El Ministerio de Salud informó que la cifra de muertos "
     "asciende a 870."),
])
def test_a_toll_as_it_stands_in_news_of_a_storm_is_of_the_day(title, body):
    assert _as_of(title, body, "870") == WEDNESDAY


@pytest.mark.parametrize("title, body, value", [
    ("Malta's death toll rises to 2,100 due to Cyclone Orla", "The death toll since the cyclone struck has risen to "
     "870, officials said.", "870"),
    ("Malta's death toll rises to 2,100 due to Cyclone Orla", "Cyclone Orla killed at least 870 people, the ministry "
     "said.", "at least 870 people"),
    ("Cyclone Orla", "Cyclone Orla was a tropical cyclone that made landfall in Malta on 8 May 2024. The death toll "
     "was 870.", "870"),
])
def test_a_toll_since_the_storm_of_the_storm_or_of_an_account_is_of_the_year(title, body, value):
    assert _as_of(title, body, value) == "2024"
