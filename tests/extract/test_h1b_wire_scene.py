"""The event's place in wire copy: a dateline's town is where the report was filed, and the first
sentence says where the event happened (a country or region a storm, a quake or a drought struck,
named as the verb's object in the past or the present; a wreck near or off a town; a town the text
calls a village; a region a country's possessive leads to; the only place it names); a dateline
in another country than the one the title and opening name is only the filing desk; a national
strike is the country's; a byline is no opening.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(body: str, title: str = "Report") -> dict[str, str | None]:
    raw = f"title: {title}\ndate: 2024-05-08\n\n{body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}


# a later sentence that names no place: its count takes the article's place
_EN = " Rescuers said 40 homes were damaged."
_ES = " Los bomberos dijeron que 40 viviendas resultaron dañadas."


@pytest.mark.parametrize("body, place", [
    # the verb's object is the place struck, past or present
    ("LIMA (Reuters) - A magnitude 6.1 earthquake shook southern Peru on Monday, officials said." + _EN, "PE"),
    ("QUITO (EFE).- Las lluvias que azotan Ecuador desde enero han causado graves daños, informó la Secretaría "
     "de Riesgos." + _ES, "EC"),
    ("ASUNCIÓN (EFE).- La sequía que afecta a Paraguay desde el verano ha arruinado cosechas, según la "
     "Gobernación." + _ES, "PY"),
    # a wreck near a town, a plunge into a region a country's possessive leads to
    ("MADRID, 3 may (EFE).- Un tren de cercanías descarriló el lunes al chocar cerca de Mieres (Asturias), "
     "según los bomberos." + _ES, "Mieres"),
    ("MADRID (EFE).- Tres personas murieron al descarrilar un tren cerca de Mieres (Asturias)." + _ES, "Mieres"),
    ("QUITO, June 9 (Reuters) - A truck plunged into a gorge in Ecuador's central province of Tungurahua on "
     "Tuesday, police said." + _EN, "Tungurahua"),
    ("MANILA (Reuters) - A fishing boat collided with a tanker off the coast of Palawan on Sunday, the navy "
     "said." + _EN, "Palawan"),
    # a town the text calls a village, before the region it lies in
    ("GUATEMALA (AP) — Un alud sepultó el lunes varias viviendas en la aldea Xolbé, en el departamento "
     "de Quiché, informaron los bomberos." + _ES, "Xolbé"),
    # no verb of happening: the one place of the dateline's country the sentence names
    ("PANAMÁ (AP) — Miles de migrantes cruzaron la provincia de Chiriquí en marzo, informó el Servicio de "
     "Migración." + _ES, "Chiriquí"),
    ("LIMA (AP) - Thousands of miners marched through Arequipa on Monday, demanding higher wages." + _EN,
     "Arequipa"),
    # a strike of the whole country
    ("SANTIAGO.- Miles de médicos iniciaron este lunes un paro nacional, según el Colegio Médico." + _ES, "CL"),
    ("LIMA (AP) - Thousands of nurses began a nationwide strike on Monday, their union said." + _EN, "PE"),
])
def test_the_dateline_yields_to_the_place_the_opening_gives(body, place):
    assert _places(body)["40"] == place


@pytest.mark.parametrize("body, place", [
    # guards: the dateline's own town, named again, stays the place; so does a dateline with no other place
    ("LIMA (Reuters) - A fire tore through a market in Lima on Monday, police said." + _EN, "Lima"),
    ("LIMA (EFE).- Un incendio en un mercado del centro de Lima causó graves daños, informó la policía." + _ES,
     "Lima"),
    ("LIMA (Reuters) - Thousands of people marched on Monday against the new law." + _EN, "Lima"),
    ("LIMA (EFE).- Miles de personas marcharon el lunes contra la nueva ley." + _ES, "Lima"),
    # English names the village "of": read so before
    ("MEXICO CITY (AP) — A mudslide buried homes in the village of Xolbé, in the state of Oaxaca, on Monday, "
     "officials said." + _EN, "Xolbé"),
])
def test_the_dateline_town_stays_when_no_other_place_is_the_events(body, place):
    assert _places(body)["40"] == place


@pytest.mark.parametrize("body, title, place", [
    ("GENEVA (Reuters) - Haiti has recorded a sharp rise in suspected cholera cases since March, the World "
     "Health Organization said." + _EN, "Cholera spreads in Haiti", "HT"),
    ("GINEBRA (EFE).- Haití ha registrado un fuerte aumento de casos sospechosos de cólera desde marzo, informó "
     "la Organización Mundial de la Salud." + _ES, "El cólera se extiende en Haití", "HT"),
])
def test_a_dateline_abroad_is_only_the_filing_desk(body, title, place):
    assert _places(body, title)["40"] == place


@pytest.mark.parametrize("body, place", [
    ("By Jane Doe, Staff Writer\n\nGunmen killed 12 people in Ratnapura on Monday, Sri Lanka's disaster agency "
     "said." + _EN, "Ratnapura"),
    ("Por Ana Pérez\n\nHombres armados mataron a 12 personas en Cusco el lunes, informó la policía." + _ES,
     "Cusco"),
])
def test_a_byline_is_no_opening(body, place):
    assert _places(body)["40"] == place
