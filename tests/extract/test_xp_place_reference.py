"""A town a distance is measured from is no place of the other counts of its sentence, whatever
the distance's digits ("a 100 km de Johannesburgo", "60 miles north of Kabul": the rule read one
digit only); and a place in brackets after a town of its country locates that town ("Marikana
(Rustenburg)"): the count is the town's.

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import origins, places_in


@pytest.mark.parametrize("text, reference", [
    ("El choque ocurrió en Tlalpan, a 100 km de Puebla, y dejó 12 muertos.", "Puebla"),
    ("The blast hit Charikar, 60 miles north of Kabul, killing 12.", "Kabul"),
    ("The fire broke out 1.5 km from Valparaíso.", "Valparaíso"),
])
def test_a_distances_reference_is_no_place_of_a_count(text, reference):
    found = places_in(text)
    assert [p[1] for p in found if p[2] in origins(text, found)] == [reference]


@pytest.mark.parametrize("title, body, value, place", [
    ("Matanza de Ventersdorp", "La matanza ocurrió en Ventersdorp (Rustenburg), a 100 km de Johannesburgo, y dejó 34 "
     "muertos.", "34", "Ventersdorp"),
    ("Ventersdorp shooting", "The shooting took place in Ventersdorp (Rustenburg), 100 km from Johannesburg, and left "
     "34 dead.", "34", "Ventersdorp"),
])
def test_a_place_in_brackets_locates_the_town_before_it(title, body, value, place):
    raw = f"title: {title}\ndate: 2012-08-16\n\n{body}\n"
    assert {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}[value] == place


@pytest.mark.parametrize("title, body, value, place", [
    ("Incendio en Arica", "Un incendio arrasó Arica. Las estimaciones sitúan el número de muertos entre 30 y 40. "
     "[1][2] Aunque es una cifra inferior a la de otros incendios, como Lima (291), marcó a la ciudad.",
     "entre 30 y 40", "Arica"),
    ("Arica fire", "A fire swept through Arica. Estimates put the dead between 30 and 40. [1][2] Though lower than "
     "other fires, such as Lima (291), it marked the city.", "between 30 and 40", "Arica"),
])
def test_a_sentence_end_hidden_by_reference_marks_ends_the_clause(title, body, value, place):
    raw = f"title: {title}\ndate: 2012-08-16\n\n{body}\n"
    assert {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}[value] == place
