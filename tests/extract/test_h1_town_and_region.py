"""A town named with the region it lies in gives the town, the most specific place the count was
made in (GUIDE § place): after a comma, however the region is introduced ("Acapulco, in Guerrero
state", "Acapulco, estado de Guerrero"), and before it as English writes it ("the Guerrero city
of Acapulco"; Spanish writes "la ciudad de Acapulco, Guerrero").

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(body: str, title: str) -> list[str | None]:
    raw = f"title: {title}\ndate: 2024-05-08\n\n{body}\n"
    return [p.place for p in propose(parse_article(raw, "news.txt"))]


@pytest.mark.parametrize("body, title, place", [
    ("Floods in Acapulco, in Guerrero state, killed 9 people on Tuesday.", "Floods in Mexico", "Acapulco"),
    ("Las inundaciones en Acapulco, estado de Guerrero, mataron a 9 personas el martes.", "Inundaciones en México",
     "Acapulco"),
    ("A landslide in Valencia, in Carabobo state, killed 9 people.", "Landslide in Venezuela", "Valencia"),
    ("Un deslave en Valencia, en el estado Carabobo, mató a 9 personas.", "Deslave en Venezuela", "Valencia"),
    ("Floods killed 9 people in the Guerrero city of Acapulco on Tuesday.", "Floods in Mexico", "Acapulco"),
    # guards: the town and region after a plain comma, as before; a region alone is the region
    ("Floods in Acapulco, Guerrero, killed 9 people on Tuesday.", "Floods in Mexico", "Acapulco"),
    ("Las inundaciones en Acapulco, Guerrero, mataron a 9 personas el martes.", "Inundaciones en México",
     "Acapulco"),
    ("Floods killed 9 people in the state of Guerrero on Tuesday.", "Floods in Mexico", "Guerrero"),
    ("Las inundaciones mataron a 9 personas en el estado de Guerrero el martes.", "Inundaciones en México",
     "Guerrero"),
])
def test_a_town_named_with_its_region_is_the_place(body, title, place):
    assert _places(body, title) == [place]


@pytest.mark.parametrize("body, title, place", [
    # a town reconcile does not know, set off before its region: the town, declared in _places.yaml
    ("A landslide killed 4 people in Juchitan, Oaxaca, on Tuesday.", "Landslide in Mexico", "Juchitan"),
    ("Un deslave mató a 4 personas en Tlacolula, Oaxaca, el martes.", "Deslave en México", "Tlacolula"),
    ("Floods killed 4 people near Mondomo, Cauca, on Tuesday.", "Floods in Colombia", "Mondomo"),
    ("Las inundaciones mataron a 4 personas cerca de Mondomo, Cauca, el martes.", "Inundaciones en Colombia",
     "Mondomo"),
    # guards: a known town before its region; a region alone
    ("A landslide killed 4 people in Ixtepec, Oaxaca, on Tuesday.", "Landslide in Mexico", "Ixtepec"),
    ("In Oaxaca, 4 people died on Tuesday.", "Landslide in Mexico", "Oaxaca"),
    ("En Oaxaca, murieron 4 personas el martes.", "Deslave en México", "Oaxaca"),
])
def test_a_town_reconcile_does_not_know_before_its_region_is_the_place(body, title, place):
    assert _places(body, title) == [place]


@pytest.mark.parametrize("body, title, places", [
    # a figure followed by "in" and its own places: not the place of the figure before it
    ("Floods killed 40 people in northern Guerrero and 12 in the states of Oaxaca and Chiapas.", "Floods in Mexico",
     ["Guerrero", "MX"]),
    ("Las inundaciones mataron a 40 personas en el norte de Guerrero y a 12 en los estados de Oaxaca y Chiapas.",
     "Inundaciones en México", ["Guerrero", "MX"]),
    # guards: each figure its own place, as before
    ("Floods killed 40 people in Guerrero and 12 in Oaxaca.", "Floods in Mexico", ["Guerrero", "Oaxaca"]),
    ("Las inundaciones mataron a 40 personas en Guerrero y a 12 en Oaxaca.", "Inundaciones en México",
     ["Guerrero", "Oaxaca"]),
])
def test_a_figure_with_its_own_places_after_it_leaves_the_ones_before(body, title, places):
    assert _places(body, title) == places


@pytest.mark.parametrize("body, title, places", [
    # a total opened by "of the" has none of its parts' places: the article's country
    ("Of the 40 dead, 12 were in Lima and 4 in Cusco.", "Floods in Peru", ["PE", "Lima", "Cusco"]),
    ("De los 40 muertos, 12 estaban en Lima y 4 en Cusco.", "Inundaciones en Perú", ["PE", "Lima", "Cusco"]),
    # the place a figure comes "with" is that figure's
    ("Piura was the worst hit region, with 20 dead, followed by Lambayeque with 8.", "Floods in Peru",
     ["Piura", "Lambayeque"]),
    ("Piura fue la región más afectada, con 20 muertos, seguida de Lambayeque con 8.", "Inundaciones en Perú",
     ["Piura", "Lambayeque"]),
    # a district named after its city, as English writes it (Spanish writes an adjective: "el distrito limeño")
    ("The floods destroyed 300 homes in the Lima district of Chosica.", "Floods in Peru", ["Chosica"]),
    # guards: a place's aside after a comma; a place two figures share
    ("Nearly 70,000 people live in Cusco, with thousands more in the villages around it.", "Floods in Peru",
     ["Cusco"]),
    ("Floods killed 9 people and injured 30 in Cusco.", "Floods in Peru", ["Cusco", "Cusco"]),
    ("Las inundaciones mataron a 9 personas e hirieron a 30 en Cusco.", "Inundaciones en Perú", ["Cusco", "Cusco"]),
])
def test_a_place_is_of_the_figure_it_comes_with(body, title, places):
    assert _places(body, title) == places
