"""Session 49 (XP4): the criteria of the GUIDE's news annotations that extract left empty or took from another clause:
`sheltered` (people in shelters) and `open` (the shelters they are in), `entered`, `returned`. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str, title: str = "Storm") -> dict[str, str | None]:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: 2031-03-23\n\n{body}\n"
    return {p.value: p.criterion for p in propose(parse_article(text, "a.txt"))}


@pytest.mark.parametrize("body, expected", [
    ("The agency said 4,100 people were in 210 shelters.", {"4,100 people": "sheltered", "210": "open"}),
    ("La agencia dijo que 5.300 personas permanecen en 97 albergues y que 12 puentes resultaron dañados.",
     {"5.300 personas": "sheltered", "97": "open", "12": "damaged"}),
    ("Some 900 families remain sheltered in schools, the mayor said.", {"Some 900": "sheltered"}),
])
def test_people_in_shelters_are_sheltered_and_their_shelters_open(body, expected):
    got = _criteria(body)
    assert {value: got.get(value) for value in expected} == expected


@pytest.mark.parametrize("body, value, criterion", [
    ("Only 41 aid trucks entered the territory on Monday, the agency said.", "41", "entered"),
    ("Según Migración, 3.400 migrantes hicieron el viaje de vuelta en mayo.", "3.400", "returned"),
    ("Officials said 1,700 migrants returned home in May.", "1,700", "returned"),
])
def test_entered_and_returned(body, value, criterion):
    assert _criteria(body, "Migrants")[value] == criterion


def test_a_crowd_back_in_the_streets_has_not_returned():
    assert _criteria("Some 20,000 protesters returned to the streets of Lyon on Monday.", "Protests")[
        "Some 20,000"] != "returned"


def test_a_movement_of_another_clause_is_not_the_figures():
    assert _criteria("Según el censo, más de 300 mil peruanos vivían en Chile, sin contar los miles de inmigrantes que "
                     "ingresaron al país de forma irregular.", "Migración")["más de 300 mil"] != "entered"


def test_going_into_action_is_not_entering():
    assert _criteria("Durante el ataque entraron en acción más de 300 aviones.", "Bombardeo")["más de 300"] != "entered"
