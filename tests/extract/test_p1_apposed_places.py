"""A place set off by a comma after another, as what that one lies near or in, is no place of the
count: the place before it is the more specific ("killed 40 in Soacha, on the outskirts of Bogotá":
Soacha; "en Irapuato, en el estado de Guanajuato": Irapuato) (places.origins).

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


@pytest.mark.parametrize("title, body, value, place", [
    ("Collapse in Colombia", "A building collapsed on Monday in Soacha, on the outskirts of Bogotá, killing 14 "
     "people, officials said.", "14", "Soacha"),
    ("Derrumbe en Colombia", "Un edificio se derrumbó el lunes en Soacha, en las afueras de Bogotá, y mató a 14 "
     "personas, dijeron las autoridades.", "14", "Soacha"),
    ("Shooting in Mexico", "Gunmen stormed a bar in Irapuato, in the state of Guanajuato, on Saturday and "
     "killed 12 people, police said.", "12", "Irapuato"),
    ("Tiroteo en México", "Hombres armados irrumpieron el sábado en un bar de Irapuato, en el estado de "
     "Guanajuato, y mataron a 12 personas, según la policía.", "12", "Irapuato"),
])
def test_the_place_before_is_the_counts(title, body, value, place):
    article = parse_article(f"title: {title}\ndate: 2026-03-02\n\n{body}\n", "apposed.txt")
    found = [p for p in propose(article) if p.value.startswith(value)]
    assert found and found[0].place == place
