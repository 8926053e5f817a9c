"""A figure's criterion is its own clause's (U2 D3): not the verb of another figure's clause ("raised to 94
with one person reported missing": the 94 are dead), not a word of a relative clause ("two others who had
been aboard the ship were evacuated": evacuated), not the words after a partitive's auxiliaries ("90 of those
aboard had been rescued": rescued), not a word of a clause of purpose ("police are on duty to ensure the march
runs smoothly": on duty, not protested)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str) -> dict[str, str | None]:
    article = parse_article(f"url: https://example.org/a\noutlet: AP\ndate: 2016-04-17\n\n{body}\n", "article.txt")
    return {p.value: p.criterion for p in propose(article)}


@pytest.mark.parametrize("body, value, expected", [
    ("The death toll from the landslide was raised to 61 with three people still missing, state media reported.",
     "61", "dead"),
    ("The official toll of the dead in the province was revised to 212 with 40 people reported injured, the "
     "governor said.", "212", "dead"),
    ("Deaths from the storm across the southern provinces totalled 37 with 12 people injured, officials said.",
     "37", "dead"),
])
def test_the_words_after_another_figure_are_that_figures(body, value, expected):
    assert _criteria(body)[value] == expected


@pytest.mark.parametrize("body, value, expected", [
    ("On Sunday, three others who had been aboard the ferry were evacuated by helicopter to Crete, the coast guard "
     "said.", "three", "evacuated"),
    ("The navy said 45 migrants who had been on board the dinghy drowned off Libya.", "45", "dead"),
    ("Firefighters said 14 residents who had been trapped in the building were rescued on Monday.", "14", "rescued"),
])
def test_the_verb_after_a_relative_clause_is_the_counts(body, value, expected):
    assert _criteria(body)[value] == expected


@pytest.mark.parametrize("body, value, expected", [
    ("The charity said that 80 of those aboard had been rescued from a sinking boat.", "80", "rescued"),
    ("The army said 30 of those aboard have been evacuated to the mainland.", "30", "evacuated"),
])
def test_the_participle_after_a_partitives_auxiliaries_is_the_counts(body, value, expected):
    assert _criteria(body)[value] == expected


def test_the_figure_after_with_and_its_own_verb_is_not_the_figure_befores():
    criteria = _criteria("The jail held 800 inmates, and only four guards were on duty inside, with 19 more posted "
                         "outside.")
    assert criteria["four"] == "on-duty"
    assert criteria["19"] != "on-duty"
    # a figure with no verb of its own after "with" counts what the sentence before it counts
    criteria = _criteria("Protests were held in 90 cities across the country on Monday, with 200,000 people in "
                         "Chicago, police said.")
    assert criteria["200,000 people"] == "protested"


def test_officers_on_duty_are_on_duty_not_marchers():
    criteria = _criteria("About 3,000 police officers are on duty in the city to make sure the rally passes off "
                         "peacefully, police said.")
    assert criteria["About 3,000"] == "on-duty"


@pytest.mark.parametrize("body, value, expected", [
    # what the old reading got right stays right
    ("The ferry was carrying 300 people who had boarded in Dakar.", "300 people", "on-board"),
    ("The storm killed 12 people, with two children among the dead.", "12 people", "dead"),
    ("Three of the injured later died in hospital.", "Three", "dead"),
])
def test_a_counts_own_clause_still_says_what_it_counts(body, value, expected):
    assert _criteria(body)[value] == expected
