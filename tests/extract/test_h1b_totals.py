"""A total whose parts lie in several countries is of no one country ("11.374 muertes, incluidas
7.000 en Honduras y 3.800 en Nicaragua"); parts in the article's place leave it the article's. A
region no ISO code has, named by its kind ("la región de Los Altos"), is its name; a country that
records a count ("Tonga recorded 612 cases") is its place.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(body: str, title: str) -> dict[str, str | None]:
    raw = f"title: {title}\ndate: 2024-05-08\n\n{body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "a.txt"))}


@pytest.mark.parametrize("title, body, value, place", [
    ("Hurricane Irma (1990)", "Hurricane Irma was one of the deadliest hurricanes of 1990. It caused 2,400 deaths "
     "that year, including about 1,500 in Honduras and 900 in Nicaragua.", "2,400", None),
    ("Huracán Irma (1990)", "El huracán Irma fue uno de los huracanes más mortíferos de 1990. Causó 2.400 muertes "
     "ese año, incluidas unas 1.500 en Honduras y 900 en Nicaragua.", "2.400", None),
    # guards: the parts lie in the article's place
    ("2015 Lima floods", "The 2015 Lima floods struck the city of Lima in March. 40 people died, including 12 in "
     "the Chosica district.", "40 people", "Lima"),
    ("Inundaciones de Lima de 2015", "Las inundaciones de Lima de 2015 afectaron a la ciudad de Lima en marzo. "
     "Murieron 40 personas, incluidas 12 en el distrito de Chosica.", "40 personas", "Lima"),
])
def test_a_total_with_parts_in_several_countries(title, body, value, place):
    assert _places(body, title)[value] == place


@pytest.mark.parametrize("title, body, value, place", [
    # a region no ISO code has, named by its kind: its name, declared inside its country
    ("Masacre de Tzajalá", "La masacre de Tzajalá ocurrió en 1997 en Chiapas, México. Unas 8.000 personas fueron "
     "desplazadas en la región de Los Altos.", "Unas 8.000 personas", "Los Altos"),
    ("Tzajala massacre", "The Tzajala massacre took place in 1997 in Chiapas, Mexico. Some 8,000 people were "
     "displaced in the region of Los Altos.", "Some 8,000 people", "Los Altos"),
    # a country that records a count: its own, wherever the article's event is
    ("2019 Samoa measles outbreak", "The 2019 Samoa measles outbreak began in September 2019. By December, over "
     "5,700 cases had been recorded. Neighbouring Tonga recorded 612 cases.", "612", "TO"),
    # (Spanish: read so before, the country not being taken for the claimant)
    ("Epidemia de sarampión de Samoa de 2019", "La epidemia de sarampión de Samoa de 2019 comenzó en septiembre "
     "de 2019. En diciembre se habían registrado más de 5.700 casos. La vecina Tonga registró 612 casos.", "612",
     "TO"),
    # guard: a country that speaks of the event is not its place
    ("2019 Samoa measles outbreak", "The 2019 Samoa measles outbreak began in September 2019. Australia said 83 "
     "people had died.", "83 people", "WS"),
])
def test_a_region_no_code_has_and_a_country_that_records(title, body, value, place):
    assert _places(body, title)[value] == place
