"""A group counted by the text's own noun: "officers" and "agentes" are officers (police only when
"police" or a force says so: "police officers", "agentes antidisturbios"), "menores" are minors.

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _population(body: str) -> dict[str, list[str]]:
    raw = f"title: March\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: p.population for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, population", [
    ("The ministry said 2,000 officers were deployed in Tarnby.", "2,000", ["officers"]),
    ("El ministerio dijo que 12 agentes resultaron heridos en Tarnby.", "12", ["officers"]),
    ("Two police officers were hurt in Tarnby.", "Two", ["police"]),
    ("Llegaron a Tarnby 300 agentes antidisturbios.", "300", ["police"]),
    ("Among the dead in Tarnby were 12 minors.", "12", ["minors"]),
    ("Entre los muertos en Tarnby hay 12 menores.", "12", ["minors"]),
])
def test_the_text_s_own_noun_of_a_group(body, value, population):
    assert _population(body)[value] == population
