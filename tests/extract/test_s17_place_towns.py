"""Session 17, place on encyclopedic text: the village a lead names by its kind ("la comunidad
de X", "el caserío X", "the hamlet of X"), a town's own name before another city's other name
("Salem", "Cancún"), a town read in the country of the region named beside it, a country's name
inside a town's longer name, a place a relative clause opens on after a direction ("fled toward
X, where"), a bridge named by its town. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import places_in


def _places(title: str, date: str, body: str) -> dict[str, str | None]:
    raw = f"title: {title}\ndate: {date}\n\n{body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "lead.txt"))}


@pytest.mark.parametrize("title, body, value, place", [
    ("Masacre de Tzajalchén",
     "La masacre de Tzajalchén fue el asesinato de 12 campesinos ocurrido en la comunidad de Tzajalchén, "
     "municipio de Chenalhó, en el estado de Chiapas.\n\nMuertos: 12", "12", "Tzajalchén"),
    ("Masacre de Tzajalchén",
     "La masacre de Tzajalchén ocurrió en la comunidad campesina de Tzajalchén, en el estado de Chiapas, "
     "donde murieron 12 personas.", "12 personas", "Tzajalchén"),
    ("Alud de Pampachaca",
     "El alud de Pampachaca sepultó el caserío Pampachaca, en el departamento de Áncash, y dejó 30 muertos.",
     "30", "Pampachaca"),
    ("Dunmore Cross fire",
     "The Dunmore Cross fire destroyed most of the hamlet of Dunmore Cross in County Kerry, Ireland, "
     "and killed 14 people.", "14 people", "Dunmore Cross"),
])
def test_a_village_a_lead_names_by_its_kind_is_the_place(title, body, value, place):
    assert _places(title, "1990-05-04", body)[value] == place


@pytest.mark.parametrize("text, code", [
    ("A fire in Salem killed four people.", "IN-SALEM"),            # a city of the name, not Jerusalem
    ("Un incendio en Salem dejó cuatro muertos.", "IN-SALEM"),
    ("Unos 300 turistas quedaron varados en Cancún.", "MX-CANCUN"),  # not Changchun
    ("Some 300 tourists were stranded in Cancún.", "MX-CANCUN"),
    ("Unas 2.000 personas marcharon en Zaragoza.", "ES-Z"),        # not Tijuana
])
def test_a_town_s_own_name_comes_before_another_city_s_other_name(text, code):
    assert places_in(text)[0][0] == code


@pytest.mark.parametrize("text, code", [
    ("The storm killed three people in Salem, Oregon.", "US-SALEM"),
    ("La tormenta mató a tres personas en Salem, Oregón.", "US-SALEM"),
])
def test_a_town_is_read_in_the_country_of_the_region_named_beside_it(text, code):
    assert places_in(text)[0][0] == code


@pytest.mark.parametrize("text", [
    "El alud sepultó la localidad de Villa Santa Lucía, en la comuna de Chaitén.",
    "The mudslide buried the village of Villa Santa Lucía, in the commune of Chaitén.",
])
def test_a_country_s_name_inside_a_town_s_name_is_no_country(text):
    assert "LC" not in {code for code, _, _ in places_in(text)}
    assert "CL-VILLA-SANTA-LUCIA" in {code for code, _, _ in places_in(text, "CL")}


@pytest.mark.parametrize("body, value, place", [
    ("Floods hit the state of Tamaulipas on Monday. Thousands of families fled toward Monterrey, where "
     "12,000 people were housed in shelters.", "12,000 people", "Monterrey"),
    ("Las inundaciones azotaron el estado de Tamaulipas el lunes. Miles de familias huyeron hacia Monterrey, "
     "donde 12.000 personas fueron alojadas en albergues.", "12.000 personas", "Monterrey"),
])
def test_a_direction_that_opens_a_relative_clause_is_the_clause_s_place(body, value, place):
    assert _places("Inundaciones en Tamaulipas", "2020-09-14", body)[value] == place


@pytest.mark.parametrize("body, value", [
    ("Floods hit the state of Tamaulipas on Monday. Some 700 people fled toward Monterrey on Tuesday.",
     "Some 700 people"),
    ("Las inundaciones azotaron el estado de Tamaulipas el lunes. Unas 700 personas huyeron hacia Monterrey "
     "el martes.", "Unas 700 personas"),
])
def test_a_direction_alone_is_still_no_place_of_the_count(body, value):
    assert _places("Inundaciones en Tamaulipas", "2020-09-14", body)[value] != "Monterrey"


@pytest.mark.parametrize("text, name, kept", [
    ("El colapso del puente de Mostar dejó 12 heridos.", "Mostar", True),
    ("The collapse of the bridge of Mostar left 12 injured.", "Mostar", True),
    # the text places the bridge in another town right after: the bridge's name is no place
    ("Un camión cayó del puente de Tlalpan, en Coyoacán, y murieron tres personas.", "Tlalpan", False),
    ("A truck fell from the bridge of Tlalpan, in Coyoacán, and three people died.", "Tlalpan", False),
])
def test_a_bridge_named_by_its_town_lies_in_that_town(text, name, kept):
    from reconcile.extract.places import origins
    found = places_in(text, "MX" if "Tlalpan" in text else "BA")
    at = next(at for _, written, at in found if written == name)
    assert (at not in origins(text, found)) is kept


def test_hawai_is_hawaii():
    assert places_in("Los incendios de Maui, en Hawái, dejaron 97 muertos.")[-1][0] == "US-HI"


@pytest.mark.parametrize("text, country, code", [
    ("La matanza ocurrió en el municipio de San Fernando, en el estado de Tamaulipas.", "MX", "MX-SAN-FERNANDO"),
    ("The killings took place in the municipality of San Fernando, in the state of Tamaulipas.", "MX",
     "MX-SAN-FERNANDO"),
    ("Murieron 9 personas en el municipio de Trujillo, en el Valle del Cauca.", "CO", "CO-TRUJILLO"),
])
def test_a_called_town_placed_in_a_region_of_another_country_is_that_country_s(text, country, code):
    assert code in {c for c, _, _ in places_in(text, country)}


@pytest.mark.parametrize("text, country, code", [
    # the region is the town's own country's: the known town stays
    ("Murieron 9 personas en la ciudad de Valencia, en el estado Carabobo.", "VE", "VE-VALENCIA"),
    ("Nine people died in the town of Santiago, in the province of Veraguas.", "PA", "PA-SANTIAGO-DE-VERAGUAS"),
])
def test_a_called_town_in_its_own_country_s_region_stays_the_known_town(text, country, code):
    assert code in {c for c, _, _ in places_in(text, country)}
