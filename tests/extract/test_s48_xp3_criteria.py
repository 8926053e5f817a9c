"""Session 48 (XP3), criteria a word of another figure or of the event's time gave (N4 D10, N3 D11): things counted
"during the protests" (killings, complaints) did not protest, and the cases a count rose to are people infected like
those it rose from, not the deaths told after them. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(body: str, lang: str | None = None) -> list[tuple[str, list[str], str | None]]:
    text = f"url: https://example.org/a\ntitle: Paro\noutlet: Wire\ndate: 2031-05-11\n\n{body}\n"
    return [(p.value, p.population, p.criterion) for p in propose(parse_article(text, "a.txt"), lang)]


@pytest.mark.parametrize("body, lang", [
    ("Según la ONG, durante las protestas han ocurrido 40 casos de violencia homicida en Colombia.", "es"),
    ("La Defensoría recibió 42 denuncias de abusos durante las protestas.", "es"),
    ("During the protests the ombudsman received 42 complaints of abuse.", "en"),
])
def test_things_counted_during_a_protest_did_not_protest(body, lang):
    assert all(crit != "protested" for _, _, crit in _fields(body, lang))


@pytest.mark.parametrize("body, lang, expected", [
    ("Unas 150 marchas recorrieron el país durante las protestas.", "es", ("Unas 150", ["marches"], "held")),
    ("Some 5,000 people joined the protests in Lima.", "en", ("Some 5,000 people", ["people"], "protested")),
])
def test_gatherings_and_crowds_of_a_protest_keep_their_criterion(body, lang, expected):
    assert _fields(body, lang)[0] == expected


def test_the_cases_a_count_rose_to_are_people_infected_not_the_deaths_after_them():
    assert _fields("The cholera outbreak has spread. The number of cases has risen from 546 recorded in January to "
                   "718, with a total of 19 deaths.") == [
        ("546", ["people"], "infected"), ("718", ["people"], "infected"), ("19", ["people"], "dead")]
