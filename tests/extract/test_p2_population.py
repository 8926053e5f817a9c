"""What a count counts, in news copy: a verb that puts its object at the figure names what is
counted ("Organisers put the crowd at 150,000", "los organizadores cifraron la multitud en
150.000": the people of the crowd).

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _population(body: str) -> dict[str, list[str]]:
    raw = f"title: March\ndate: 2019-11-20\n\n{body}\n"
    return {p.value: p.population for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, population", [
    ("Thousands of teachers marched in Asunción on Monday. Organisers put the crowd at 150,000.", "150,000",
     ["people"]),
    ("Farmers blocked the avenue on Monday. Police estimated the crowd at about 9,000.", "about 9,000",
     ["people"]),
    ("Miles de docentes marcharon el lunes en Asunción. Los organizadores cifraron la multitud en 150.000.",
     "150.000", ["people"]),
    ("Los campesinos bloquearon la avenida el lunes. La policía situó la concurrencia en unos 9.000.",
     "unos 9.000", ["people"]),
])
def test_the_object_a_verb_puts_at_the_figure_is_what_it_counts(body, value, population):
    assert _population(body)[value] == population


@pytest.mark.parametrize("body, value", [
    # money and measures have no population, whatever the verb
    ("The insurers put the damage at 3 million dollars.", "3 million dollars"),
    ("Las aseguradoras cifraron los daños en 3 millones de dólares.", "3 millones de dólares"),
])
def test_a_measure_put_at_a_figure_has_no_population(body, value):
    assert _population(body)[value] == []


@pytest.mark.parametrize("body, value, population", [
    # a possessive is never what is counted: the whole after it is ("of the city's 40,000 taxi drivers")
    ("Only 12,000 of the country's 320,000 public school teachers stopped work.", "12,000", ["teachers"]),
    ("Some 5,000 of the city's 40,000 taxi drivers joined the strike.", "Some 5,000", ["drivers"]),
    # Spanish has no such possessive: the whole reads as it stands (a guard)
    ("Solo 12.000 de los 320.000 docentes del país dejaron de trabajar.", "12.000", ["teachers"]),
])
def test_a_part_of_a_whole_after_a_possessive_counts_the_whole(body, value, population):
    assert _population(body)[value] == population


@pytest.mark.parametrize("body, value", [
    # members of a family are people, as kin ("members of the community" stays unguessed)
    ("Twelve members of the same family were killed when the roof fell.", "Twelve"),
    ("The landslide buried 7 members of a family in Cusco.", "7"),
    ("Murieron 12 miembros de una misma familia al caer el techo.", "12"),
    ("El alud sepultó a 7 integrantes de una familia en Cusco.", "7"),
])
def test_members_of_a_family_are_people(body, value):
    assert _population(body)[value] == ["people"]
