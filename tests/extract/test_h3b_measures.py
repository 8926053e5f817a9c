"""What a measure measures, in the GUIDE's slugs: a distance from a named place
(distance-from-<place>), rain (rainfall), heat (temperature), an aftershock's size
(aftershock-magnitude), any wind's speed (peak-winds); and a count of quakes with no verb of its
own (occurred).

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str) -> dict[str, str | None]:
    raw = f"title: Storm\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: p.criterion for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, criterion", [
    ("The ferry sank 14 km from Tarnby, the coast guard said.", "14 km", "distance-from-tarnby"),
    ("The boat capsized about 3.5 kilometres (2.2 mi) north of Isla Brava.", "2.2 mi", "distance-from-isla-brava"),
    ("El barco se hundió a 14 km de Tarnby, dijo la guardia costera.", "14 km", "distance-from-tarnby"),
    # a place that is only a common noun is not named: a distance
    ("El barco se hundió a 14 km de la costa.", "14 km", "distance"),
])
def test_a_distance_from_a_named_place_names_it(body, value, criterion):
    assert _criteria(body)[value] == criterion


@pytest.mark.parametrize("body, value, criterion", [
    ("Up to 150 mm of rain fell on Tarnby overnight.", "Up to 150 mm", "rainfall"),
    ("El servicio meteorológico informó que 150 mm cayeron en Tarnby.", "150 mm", "rainfall"),
    ("Temperatures reached 44 degrees in Tarnby on Monday.", "44 degrees", "temperature"),
    ("El termómetro marcó 44 grados en Tarnby.", "44 grados", "temperature"),
    ("Winds reached 90 kilometres per hour in Tarnby.", "90 kilometres per hour", "peak-winds"),
    ("Se registraron vientos de 90 km/h en Tarnby.", "90 km/h", "peak-winds"),
])
def test_rain_heat_and_wind(body, value, criterion):
    assert _criteria(body)[value] == criterion


@pytest.mark.parametrize("body, values", [
    ("A magnitude 6.1 earthquake struck Tarnby; a small 4.2 aftershock followed an hour later.",
     {"6.1": "magnitude", "4.2": "aftershock-magnitude"}),
    ("Un sismo de magnitud 6,1 sacudió Tarnby. Las réplicas más fuertes fueron de 4,9 y 4,2.",
     {"6,1": "magnitude", "4,9": "aftershock-magnitude", "4,2": "aftershock-magnitude"}),
])
def test_the_size_of_an_aftershock(body, values):
    found = _criteria(body)
    assert {value: found[value] for value in values} == values


@pytest.mark.parametrize("body, value", [
    ("At least seven aftershocks were reported in Tarnby.", "At least seven"),
    ("Tarnby sufrió dos terremotos en 2001.", "dos"),
])
def test_a_count_of_quakes_with_no_verb_of_its_own_occurred(body, value):
    assert _criteria(body)[value] == "occurred"
