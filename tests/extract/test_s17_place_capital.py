"""Session 17, place on encyclopedic text: "the capital", "la capital" (with a demonym, or "del
país") is the capital city of the country named last before it, else of the article's; not a
region's capital ("the state capital", "la capital de Chiapas", "la capital provincial"), nor
money ("capital flight"). Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import places_in


@pytest.mark.parametrize("text, country, code", [
    ("Some 4,000 homes were destroyed in the capital.", "PE", "PE-LIMA"),
    ("Unas 4.000 viviendas fueron destruidas en la capital.", "PE", "PE-LIMA"),
    ("Thousands marched in the Honduran capital on Sunday.", "HN", "HN-TEGUCIGALPA"),
    ("Miles de personas marcharon en la capital hondureña el domingo.", "HN", "HN-TEGUCIGALPA"),
    ("Unas 3.000 personas marcharon en la capital del país.", "CL", "CL-SANTIAGO"),
    # the country named last before it, not the article's
    ("The quake was felt in Ecuador, and 12 people died in the capital.", "PE", "EC-QUITO"),
])
def test_the_capital_is_the_capital_city_of_the_country(text, country, code):
    assert code in {c for c, _, _ in places_in(text, country)}


@pytest.mark.parametrize("text, country", [
    ("Some 300 people died in the state capital.", "MX"),
    ("Unas 300 personas murieron en la capital de Chiapas.", "MX"),
    ("Unas 300 personas murieron en la capital provincial.", "AR"),
    ("Capital flight reached 3 billion dollars in the capital markets.", "AR"),
    ("La fuga de capital alcanzó 3.000 millones.", "AR"),
])
def test_a_region_s_capital_or_money_is_no_capital_city(text, country):
    assert not any(c.endswith(("-MEXICO-CITY", "-BUENOS-AIRES")) for c, _, _ in places_in(text, country))


@pytest.mark.parametrize("body, value", [
    ("Un sismo sacudió el centro de Perú el lunes. Unas 4.000 viviendas fueron destruidas en la capital.",
     "Unas 4.000"),
    ("An earthquake struck central Peru on Monday. Some 4,000 homes were destroyed in the capital.",
     "Some 4,000"),
])
def test_a_count_in_the_capital_is_the_capital_s(body, value):
    raw = f"title: Sismo en Perú\ndate: 2021-03-14\n\n{body}\n"
    places = {p.value: p.place for p in propose(parse_article(raw, "lead.txt"))}
    assert places[value] == "Lima"
