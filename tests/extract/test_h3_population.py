"""What a count of news copy counts: the group a copula after a bare figure names ("Of those,
8,500 were children", "De ellos, 8.500 eran niños"), and Spanish nouns of who uses, buys or makes
something ("usuarios", "productores": users, producers, as English copy's own plurals are).

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _population(body: str) -> dict[str, list[str]]:
    raw = f"title: Crossing\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: p.population for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, population", [
    ("Officials said 30,000 migrants crossed the border at Tacna. Of those, 8,500 were children.", "8,500",
     ["children"]),
    ("Las autoridades dijeron que 30.000 migrantes cruzaron la frontera en Tacna. Del total, 8.500 eran "
     "menores de edad.", "8.500", ["minors"]),      # the text's noun, "menores": minors
    ("La policía dijo que 300 personas fueron detenidas en Tacna. De ellas, 40 eran estudiantes.", "40",
     ["students"]),
])
def test_the_group_a_copula_names_is_what_a_bare_figure_counts(body, value, population):
    assert _population(body)[value] == population


@pytest.mark.parametrize("body, value", [
    # a participle after the copula names what befell them, no group: the count keeps its reading
    ("Officials said 300 people were held in Tacna. Of those, 40 were released.", "40"),
    ("La policía dijo que 300 personas fueron detenidas en Tacna. De ellas, 40 fueron liberadas.", "40"),
])
def test_a_participle_after_the_copula_names_no_group(body, value):
    assert _population(body)[value] != ["released"]
    assert _population(body)[value] != ["liberadas"]


@pytest.mark.parametrize("body, value, population", [
    ("Unos 4.200 productores solicitaron ayuda en Salto.", "Unos 4.200", ["producers"]),
    ("El alcalde dijo que 1,5 millones de usuarios se vieron afectados en Bogotá.", "1,5 millones", ["users"]),
    ("Unos 300 viajeros quedaron varados en el aeropuerto de Lima.", "Unos 300", ["travellers"]),
    # English copy's plurals are their own slugs, as before
    ("Some 4,200 producers asked for aid in Salto.", "Some 4,200", ["producers"]),
])
def test_spanish_nouns_of_users_and_producers_are_counted(body, value, population):
    assert _population(body)[value] == population
