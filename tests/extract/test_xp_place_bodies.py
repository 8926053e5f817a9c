"""A place that names whose a body is ("Syria's opposition bloc", "the UN Mission in Syria", "el
Ministerio de Salud de Perú", "the Pakistan Meteorological Department") is not where its count
was made: the count takes the event's place. A place where the body is ("police in Kabul") or where
the count was made ("died in Homs") stays the count's.

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.place_bodies import in_body_name


def _places(title: str, opening: str, body: str) -> dict[str, str | None]:
    raw = f"title: {title}\ndate: 2013-03-05\n\n{opening} {body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("title, opening, body, value, place", [
    ("Tellbiseh shelling", "The Tellbiseh shelling took place in Tellbiseh, a town in the Homs Governorate of Syria.",
     "Syria's main opposition bloc put the toll at 45.", "45", "Tellbiseh"),
    ("Tellbiseh shelling", "The Tellbiseh shelling took place in Tellbiseh, a town in the Homs Governorate of Syria.",
     "The United Nations Observer Mission in Syria counted 38 bodies.", "38", "Tellbiseh"),
    ("Kumasi market fire", "A fire broke out at a market in Kumasi, Ghana, on Tuesday.",
     "Ghana's national fire service said 4 people died.", "4 people", "Kumasi"),
    ("Sismo en Arequipa", "Un sismo ocurrió en Arequipa, Perú, el martes.",
     "El Ministerio de Salud de Perú informó de 12 heridos.", "12", "Arequipa"),
    ("Masacre de Tacueyó", "La masacre de Tacueyó ocurrió en Tacueyó, un pueblo del Cauca, Colombia.",
     "La Defensoría del Pueblo de Colombia contó 14 muertos.", "14", "Tacueyó"),
    ("Karachi rains", "Heavy rain fell in Karachi, Pakistan, on Monday.",
     "The Pakistan Meteorological Department recorded 120 mm of rain.", "120 mm", "Karachi"),
    ("Masacre de Tacueyó", "La masacre de Tacueyó ocurrió en Tacueyó, un pueblo del Cauca, Colombia.",
     "La Policía Nacional de Colombia halló 14 cuerpos.", "14", "Tacueyó"),
    ("Tellbiseh shelling", "The Tellbiseh shelling took place in Tellbiseh, a town in the Homs Governorate of Syria.",
     "Volunteers of Syria's civil defence service pulled 20 people from the rubble.", "20 people", "Tellbiseh"),
    ("Iquique earthquake", "An earthquake struck Iquique, Chile, on Monday.",
     "The United States Geological Survey measured a magnitude of 6.1.", "6.1", "Iquique"),
])
def test_a_place_that_owns_a_body_is_not_where_its_count_was_made(title, opening, body, value, place):
    assert _places(title, opening, body)[value] == place


@pytest.mark.parametrize("title, opening, body, value, place", [
    ("Homs shelling", "Shelling hit several towns of Syria on Monday.",
     "Activists said 30 people died in Homs.", "30 people", "Homs"),
    ("Sismo en Perú", "Un sismo sacudió el sur de Perú el martes.",
     "En Arequipa murieron 12 personas, según el gobierno.", "12 personas", "Arequipa"),
])
def test_a_place_where_the_count_was_made_stays(title, opening, body, value, place):
    assert _places(title, opening, body)[value] == place


@pytest.mark.parametrize("text, name, country, expected", [
    ("Syria's main opposition bloc said", "Syria", True, True),
    ("the UN Mission in Syria said", "Syria", True, True),
    ("la policía de Chile dijo", "Chile", True, True),
    ("el Ministerio de Salud de Perú informó", "Perú", True, True),
    ("the Pakistan Meteorological Department said", "Pakistan", True, True),
    ("the California Institute of Technology said", "California", False, True),
    ("police in Kabul said", "Kabul", False, False),
    ("el ejército bombardeó el centro de Homs", "Homs", False, False),
    ("40 people were killed in Syria", "Syria", True, False),
    ("el sismo de Chile dejó 500 muertos", "Chile", True, False),
    ("the Cauca Department flooded", "Cauca", False, False),
])
def test_in_body_name(text, name, country, expected):
    assert in_body_name(text, text.index(name), name, country) is expected
