"""What befell a count, from its own verb and adjective: the verb after a part of a group or after
a noun that names a criterion itself ("3 of the injured died", "12 protesters died": dead), and
how badly the injured are hurt ("ten suffered serious injuries": injured-seriously).

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(body: str) -> dict[str, tuple[list[str], str | None]]:
    raw = f"title: Flood\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: (p.population, p.criterion) for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value", [
    ("The flood in Tarn left 80 dead and 40 injured. Officials said 3 of the injured later died.", "3"),
    ("La inundación en Tarn dejó 80 muertos y 40 heridos. Las autoridades dijeron que 3 de los heridos "
     "murieron después.", "3"),
    ("Police in Tarn said 12 protesters died in the clashes.", "12"),
    ("La policía de Tarn dijo que 12 manifestantes murieron en los choques.", "12"),
])
def test_the_verb_after_a_part_or_its_noun_says_what_befell_it(body, value):
    # the population is people, or the crowd's group for its noun ("12 protesters": test_s17_pop_counts)
    assert _fields(body)[value][1] == "dead"


@pytest.mark.parametrize("body, value, criterion", [
    ("Fifteen people were killed in Tarn and 10 suffered serious injuries.", "10", "injured-seriously"),
    ("Quince personas murieron en Tarn. De los lesionados, 14 siguen en estado grave.", "14",
     "injured-seriously"),
    ("Injured: 7 serious, 300 slight", "300", "injured-slightly"),
    ("Heridos: 10 graves, 500 leves", "500", "injured-slightly"),
    ("Heridos: 10 graves, 500 leves", "10", "injured-seriously"),
])
def test_how_badly_the_injured_are_hurt_qualifies_the_criterion(body, value, criterion):
    assert _fields(body)[value] == (["people"], criterion)


@pytest.mark.parametrize("body, value", [
    # the severity of a part, in its own clause, is not the whole's
    ("The crash in Tarn left 12 injured, 3 of them seriously.", "12"),
    ("El choque en Tarn dejó 12 heridos, 3 de ellos graves.", "12"),
])
def test_a_part_s_severity_is_not_the_whole_s(body, value):
    assert _fields(body)[value][1] == "injured"
