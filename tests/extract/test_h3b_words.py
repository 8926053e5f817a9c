"""Criteria said by a verb or a phrase the lexicon lacked: carried on a vehicle (on-board),
treated by a clinic (treated), left without power (without-power).

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str) -> dict[str, str | None]:
    raw = f"title: Storm\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: p.criterion for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, criterion", [
    ("The bus was carrying 45 passengers when it left the road near Tarnby.", "45", "on-board"),
    ("El autobús transportaba a 45 pasajeros cuando se salió de la vía cerca de Tarnby.", "45", "on-board"),
    ("The clinic in Tarnby treated 730 people for heat stroke.", "730 people", "treated"),
    ("El hospital de Tarnby atendió a 730 personas en urgencias.", "730 personas", "treated"),
    ("The utility said 3,500 customers in Tarnby lost power.", "3,500", "without-power"),
    ("La empresa dijo que 3.500 clientes de Tarnby quedaron sin luz.", "3.500", "without-power"),
])
def test_criteria_of_a_verb_or_a_phrase(body, value, criterion):
    assert _criteria(body)[value] == criterion


def test_a_load_measured_in_litres_is_not_on_board():
    assert _criteria("El camión transportaba 49.500 litros de gas hacia Tarnby.")["49.500 litros"] is None
