"""Places that are not where a count was made, and places that are: a place's name in a vessel's
or a bridge's name ("the MV Santa Clara", "el puente de La Amistad") is no place; a port is
named by its town ("the port of Calapan", "el puerto de La Restinga"), also as a distance's point
("north of the port city of Antofagasta"); a measure taken in a place it names right after it
("106 degrees in Dallas", "400 milímetros en el departamento de Colón") is that place's.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(body: str, title: str = "Report") -> dict[str, str | None]:
    raw = f"title: {title}\ndate: 2024-05-08\n\n{body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, place", [
    ("A ferry sank near Bohol on Monday. The MV San Fernando was carrying 140 passengers, the coast guard said.",
     "140", "Bohol"),
    ("A ferry sank near Bohol on Monday. The ferry San Fernando was carrying 140 passengers.", "140", "Bohol"),
    ("Un ferri se hundió cerca de Bohol el lunes. El buque San Fernando llevaba 140 pasajeros, dijo la guardia "
     "costera.", "140", "Bohol"),
    ("Doce personas murieron tras el choque de un autobús en el puente de La Amistad, en Tlalpan, informó "
     "la policía.", "Doce personas", "Tlalpan"),
])
def test_a_vessels_or_a_bridges_name_is_no_place(body, value, place):
    assert _places(body)[value] == place


@pytest.mark.parametrize("body, value, place", [
    ("MANILA (Reuters) - A ferry capsized in the port of Kalibo on Monday, the coast guard said. Rescuers said "
     "40 people were missing.", "40 people", "Kalibo"),
    ("MADRID (EFE).- Un cayuco volcó el lunes en el puerto de Arguineguín, en Gran Canaria. Los bomberos "
     "dijeron que 40 personas seguían desaparecidas.", "40 personas", "Arguineguín"),
    ("SANTIAGO (AP) -- The quake struck 60 kilometers north of the port city of Antofagasta, the survey said.",
     "60 kilometers", "Antofagasta"),
    ("LIMA (EFE).- El sismo se localizó a 40 kilómetros al norte del puerto de Pisco, según el instituto.",
     "40 kilómetros", "Pisco"),
])
def test_a_port_is_its_town(body, value, place):
    assert _places(body)[value] == place


@pytest.mark.parametrize("body, value, place", [
    ("A heat wave killed 9 people in Texas this week. Temperatures reached 106 degrees in Dallas on Monday.",
     "106 degrees", "Dallas"),
    ("La tormenta dejó 11 muertos en Honduras. Las lluvias dejaron acumulados de 400 milímetros en el "
     "departamento de Colón.", "400 milímetros", "HN-CL"),
    # guard: a measure that names no place of its own is the event's
    ("A heat wave killed 9 people in Texas this week. Temperatures reached 106 degrees on Monday.",
     "106 degrees", "Texas"),
])
def test_a_measure_is_of_the_place_it_names(body, value, place):
    assert _places(body)[value] == place


@pytest.mark.parametrize("title, body, value, place", [
    # a place right after a later figure is that figure's, when the number names its own ("in the city")
    ("2021 Lahore floods", "The 2021 Lahore floods struck the city of Lahore, Pakistan, in August 2021. At least 30 "
     "people died in the city, and 9 more in the surrounding Punjab province.", "At least 30 people", "Lahore"),
    ("Inundaciones de Lahore de 2021", "Las inundaciones de Lahore de 2021 afectaron a la ciudad de Lahore, Pakistán, "
     "en agosto de 2021. Al menos 30 personas murieron en la ciudad, y otras 9 en la provincia de Punjab.",
     "Al menos 30 personas", "Lahore"),
    # the place of the most of a total is the part's, not the total's
    ("2016 Ecuador earthquake", "The 2016 Ecuador earthquake struck the coast of Ecuador on 16 April 2016. It "
     "left 670 dead, most of them in the province of Manabí.", "670", "EC"),
    ("Terremoto de Ecuador de 2016", "El terremoto de Ecuador de 2016 sacudió la costa de Ecuador el 16 de abril "
     "de 2016. Dejó 670 muertos, la mayoría en la provincia de Manabí.", "670", "EC"),
    # a direction people went is not where they were counted
    ("Masacre de La Granja", "La masacre de La Granja fue un ataque en el corregimiento de La Granja, municipio de "
     "Ituango, Colombia, en 1996. Unas 300 personas huyeron hacia Medellín.", "Unas 300 personas", "La Granja"),
    ("La Granja massacre", "The La Granja massacre was an attack in the village of La Granja, Colombia, in 1996. "
     "Some 300 people fled towards Medellín.", "Some 300 people", "La Granja"),
])
def test_a_place_that_is_another_figures_or_a_direction(title, body, value, place):
    assert _places(body, title)[value] == place


@pytest.mark.parametrize("title, body, value, place", [
    # a lake or a sea the opening names before the country is no town of it
    ("Sinking of MV Kalangala", "The sinking of MV Kalangala occurred on 3 May 2019 when the ferry capsized in Lake "
     "Kyoga, Uganda. At least 40 people died.", "At least 40 people", "UG"),
    ("Naufragio del Estrella", "El naufragio del Estrella ocurrió el 3 de mayo de 2019 cuando el barco se hundió en "
     "el Golfo Pérsico, Irán. Murieron al menos 40 personas.", "al menos 40 personas", "IR"),
])
def test_a_lake_or_a_sea_is_no_town(title, body, value, place):
    assert _places(body, title)[value] == place
