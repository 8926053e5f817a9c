"""Session 18, place on encyclopedic leads: a town reconcile does not know before its country or
its region in brackets ("recorded at X, Portugal", "en X (Córdoba)"), a measure's place after
"recorded at", a title that names the first words of a longer town, an event the opening lists
several countries or a continent for, or whose infobox lists several countries affected, where a
ship was built, a route's end, the opening's province over the title's town, where people went
("6,000 went to Canada"), a count of other cities or countries, of the world, a table's total row
under rows of countries, a country left out ("outside the United States"), another source's figure
in its own clause ("whilst other sources"), "the city" after a city, the places of "most of them in
X and Y", a person's office, a navy's country, and "This resulted in" after a sentence about a
place. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.scene import article_place
from reconcile.quantities.running import sentences


def _places(title: str, body: str, date: str = "2005-07-14") -> dict[str, str | None]:
    raw = f"title: {title}\ndate: {date}\n\n{body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "lead.txt"))}


def _where(title: str, body: str, date: str = "2005-07-14") -> tuple[str, str] | None:
    article = parse_article(f"title: {title}\ndate: {date}\n\n{body}\n", "lead.txt")
    return article_place(article, sentences(article.text, None))


@pytest.mark.parametrize("title, body, value, place", [
    ("2005 Iberian heat wave",
     "Peak temp.: 46.2 °C (115.2 °F), recorded at Alcaracejos, Spain on 14 July 2005\n\n"
     "The 2005 Iberian heat wave was a period of heat in Spain.", "46.2", "Alcaracejos"),
    ("Ola de calor ibérica de 2005",
     "Temperatura máxima: 46,2 °C, registrada en Alcaracejos, España el 14 de julio de 2005\n\n"
     "La ola de calor ibérica de 2005 fue un periodo de calor en España.", "46,2", "Alcaracejos"),
    ("2005 Iberian heat wave",
     "The 2005 Iberian heat wave hit Spain. Some 120 people died in Alcaracejos, Spain, the town said.",
     "Some 120 people", "Alcaracejos"),
    ("Andalusia heat wave",
     "A heat wave hit Andalusia in July. The weather agency recorded 46.2 degrees in Alcaracejos (Córdoba) on "
     "Monday.", "46.2 degrees", "Alcaracejos"),
    ("Ola de calor en Andalucía",
     "Una ola de calor azotó Andalucía en julio. La Aemet registró 46,2 grados en Alcaracejos (Córdoba) el "
     "lunes.", "46,2 grados", "Alcaracejos"),
])
def test_a_town_reconcile_does_not_know_before_its_country_is_the_place(title, body, value, place):
    assert _places(title, body)[value] == place


@pytest.mark.parametrize("title, body", [
    ("San Pedro Xalostoc Gas Plant Explosion",
     "The explosion occurred at a gas plant in San Pedro Xalostoc, Ecatepec, State of Mexico, on 14 July "
     "2005.\n\nDeaths: 40"),
    ("Explosión de San Pedro Xalostoc de 2005",
     "La explosión de San Pedro Xalostoc ocurrió en una planta de gas en San Pedro Xalostoc, Ecatepec, "
     "Estado de México, el 14 de julio de 2005.\n\nFallecidos: 40"),
])
def test_a_title_naming_the_first_words_of_a_longer_town_takes_the_longer_town(title, body):
    assert _places(title, body)["40"] == "San Pedro Xalostoc"


@pytest.mark.parametrize("title, body", [
    ("2006 European cold wave",
     "Deaths: 800\n\nThe 2006 European cold wave brought the coldest winter recorded in Europe since 1963. "
     "Poland was hit especially hard."),
    ("Ola de frío europea de 2006",
     "Fallecidos: 800\n\nLa ola de frío europea de 2006 provocó temperaturas muy bajas en toda Europa. "
     "Polonia fue la más castigada."),
    ("Storm Helga",
     "Deaths: 800\n\nStorm Helga was a strong extratropical cyclone. Forming on 4 March, the storm affected "
     "Portugal, Spain, and France with heavy flooding."),
    ("Tormenta Helga",
     "Fallecidos: 800\n\nLa tormenta Helga fue un ciclón extratropical. Formada el 4 de marzo, la tormenta "
     "afectó a Portugal, España y Francia con inundaciones."),
])
def test_an_event_of_a_continent_or_of_several_countries_listed_has_no_one_place(title, body):
    assert _places(title, body)["800"] is None


@pytest.mark.parametrize("title, body, value, place", [
    ("Storm Helga",
     "Storm Helga struck Portugal on 3 March. Spain was hit the hardest, with rains causing a dam near the "
     "town of Vernoux to fail. This resulted in 90 deaths.", "90", "ES"),
    ("Tormenta Helga",
     "La tormenta Helga azotó Portugal el 3 de marzo. España fue el país más castigado, con lluvias que "
     "rompieron una presa cerca del pueblo de Vernoux. Esto provocó 90 muertes.", "90", "ES"),
])
def test_this_resulted_in_takes_the_main_clause_place_of_the_sentence_before(title, body, value, place):
    assert _places(title, body)[value] == place


@pytest.mark.parametrize("title, body", [
    ("MV Sea Pearl",
     "MV Sea Pearl was a Korean-built ferry that sank on 3 May 1995. Built by Hanjin Heavy of Busan, South "
     "Korea, the ship was sold in 1980. Sailing from Cebu to the capital, Manila, the ferry sank with 900 "
     "people aboard."),
    ("MV Sea Pearl",
     "El MV Sea Pearl fue un ferri de construcción coreana que se hundió el 3 de mayo de 1995. Construido "
     "por Hanjin Heavy en Busan, Corea del Sur, el barco fue vendido en 1980. Navegando desde Cebú hasta la "
     "capital, Manila, el ferri se hundió con 900 personas a bordo."),
])
def test_where_a_ship_was_built_is_not_the_event_s_place(title, body):
    where = _where(title, body)
    assert where is not None and where[0].split("-")[0] == "PH"


@pytest.mark.parametrize("title, body, value", [
    ("MV Sea Pearl",
     "The MV Sea Pearl sank off Mindoro, Philippines, on 3 May 1995. Sailing from Cebu to the capital, "
     "Manila, the ferry was overcrowded, with at least 900 passengers aboard.", "at least 900"),
    ("MV Sea Pearl",
     "El MV Sea Pearl se hundió frente a Mindoro, Filipinas, el 3 de mayo de 1995. Navegando desde Cebú "
     "hasta la capital, Manila, el ferri iba sobrecargado, con al menos 900 pasajeros a bordo.", "al menos 900"),
])
def test_a_route_s_end_is_not_where_a_count_was_made(title, body, value):
    assert _places(title, body)[value] != "Manila"


@pytest.mark.parametrize("title, body", [
    ("1995 Gebze earthquake",
     "The 1995 Gebze earthquake had a magnitude of 6.1 and struck Kocaeli Province, Turkey on 3 May. "
     "About 40 people died."),
    ("Terremoto de Gebze de 1995",
     "El terremoto de Gebze de 1995 tuvo una magnitud de 6,1 y sacudió la provincia de Kocaeli, "
     "Turquía, el 3 de mayo. Murieron unas 40 personas."),
])
def test_the_province_the_opening_says_was_struck_is_the_event_s_place_over_the_title_s_town(title, body):
    assert _where(title, body) == ("TR-41", "Kocaeli")


@pytest.mark.parametrize("title, body, expected", [
    # where people went is where they were counted
    ("Expulsion of the Tamils",
     "The Tamils were expelled from Ruritania in 1975. Of the refugees, 5,000 went to Canada, 3,000 refugees "
     "ended up in Australia and 1,000 went to Norway or to Sweden.",
     {"5,000": "CA", "3,000": "AU", "1,000": None}),
    ("Expulsión de los tamiles",
     "Los tamiles fueron expulsados de Ruritania en 1975. De los refugiados, 5.000 emigraron a Canadá, "
     "3.000 refugiados acabaron en Australia y 1.000 se fueron a Noruega o a Suecia.",
     {"5.000": "CA", "3.000": "AU", "1.000": None}),
    # a count of other cities than the one named before, or of other countries
    ("2010 Tarnovia rally",
     "The 2010 Tarnovia rally was held in Sofia, Bulgaria. In addition to the main rally at Sofia, smaller "
     "rallies were held in 12 other cities in Bulgaria, as well as in 20 other countries.",
     {"12": "BG", "20": None}),
    ("Marcha de Tarnovia de 2010",
     "La marcha de Tarnovia de 2010 se realizó en Sofía, Bulgaria. Además de la marcha principal en Sofía, "
     "hubo marchas en otras 12 ciudades de Bulgaria y en otros 20 países.",
     {"12": "BG", "20": None}),
])
def test_where_people_went_and_other_cities_or_countries_are_each_figure_s_own(title, body, expected):
    got = _places(title, body)
    assert {value: got[value] for value in expected} == expected


@pytest.mark.parametrize("title, body, value, place", [
    # the places most of a total is of are the part's, not the total's
    ("Plague of 1610",
     "The plague of 1610 struck Spain. In all, some 90,000 people died, most of them in Valencia and in "
     "Zaragoza.", "some 90,000 people", "ES"),
    ("Expulsión de los vándalos",
     "La expulsión de los vándalos fue ordenada por el rey de España en 1610. En total fueron expulsadas unas "
     "90 000 personas, la mayoría de ellas de los reinos de Castilla y de Navarra.", "unas 90 000 personas", "ES"),
    # the place of a person's office
    ("Tarlac massacre",
     "The Tarlac massacre occurred in the town of Capas, Tarlac, Philippines. The 30 victims were travelling "
     "with Juan Santos, vice mayor of Angeles, when they were killed.", "30", "Capas"),
    ("Masacre de Tarlac",
     "La masacre de Tarlac ocurrió en el pueblo de Capas, Tarlac, Filipinas. Las 30 víctimas viajaban con "
     "Juan Santos, vicealcalde de Angeles, cuando fueron asesinadas.", "30", "Capas"),
    # the country of a navy that acted
    ("Bombardeo de la plaza Mayor",
     "El bombardeo de la plaza Mayor fue un ataque realizado en la ciudad de Lima (Perú) el 3 de mayo de 1950. "
     "El ataque fue realizado por un sector de la marina de guerra de Perú, y murieron al menos 90 personas.",
     "al menos 90 personas", "Lima"),
])
def test_a_place_named_beside_a_count_that_is_not_where_it_was_made(title, body, value, place):
    assert _places(title, body)[value] == place


@pytest.mark.parametrize("title, body, expected", [
    # a figure of the whole world
    ("2010 Tarnovia rally",
     "The 2010 Tarnovia rally was held in Sofia, Bulgaria.\n\nOrganisers' estimate: 90,000 worldwide",
     {"90,000": None}),
    ("Marcha de Tarnovia de 2010",
     "La marcha de Tarnovia de 2010 se realizó en Sofía, Bulgaria.\n\nEstimación de los organizadores: "
     "90 000 en todo el mundo", {"90 000": None}),
    # a storm whose infobox lists several countries struck: a count that names no place is of none
    ("Hurricane Lorna",
     "Areas affected: Jamaica, Honduras, Belize and Guatemala\n\nDeaths: 900\n\nHurricane Lorna was the "
     "deadliest storm of 1976. In Honduras, 700 people died.", {"900": None, "700 people": "HN"}),
    ("Huracán Lorna",
     "Áreas afectadas: Jamaica, Honduras, Belice y Guatemala.\n\nFallecidos: 900\n\nEl huracán Lorna fue la "
     "tormenta más mortífera de 1976. En Honduras murieron 700 personas.", {"900": None, "700 personas": "HN"}),
    # a table's total row under rows of several countries
    ("2021 Ruvuma cholera outbreak",
     "The 2021 Ruvuma cholera outbreak began in Tanzania.\n\nCountry Cases Deaths\n\nTanzania 2,100 310\n\n"
     "Mozambique 400 52\n\nTotal 2,500 362", {"2,500": None, "2,100": "TZ", "400": "MZ"}),
    ("Brote de cólera de Ruvuma de 2021",
     "El brote de cólera de Ruvuma de 2021 comenzó en Tanzania.\n\nPaís Casos Muertes\n\nTanzania 2.100 310\n\n"
     "Mozambique 400 52\n\nTotal 2.500 362", {"2.500": None, "2.100": "TZ", "400": "MZ"}),
    # "the city" after a city named in the sentence before
    ("2012 Nigeria attacks",
     "A wave of attacks struck Maiduguri, Nigeria in 2012. Later, gunmen attacked a market in Kano. Some "
     "3,000 homes in the city were left without power.", {"Some 3,000": "Kano"}),
    ("Ataques en Nigeria de 2012",
     "Una ola de ataques sacudió Maiduguri, Nigeria, en 2012. Después, hombres armados atacaron un mercado "
     "en Kano. Unas 3.000 viviendas de la ciudad quedaron sin luz.", {"Unas 3.000": "Kano"}),
    # a place left out of a count
    ("Hurricane Lorna",
     "Hurricane Lorna struck Honduras in 1976. It was the first storm to cause $2 billion in damage outside "
     "the United States.", {"$2 billion": "HN"}),
    ("Huracán Lorna",
     "El huracán Lorna azotó Honduras en 1976. Fue la primera tormenta en causar 2000 millones de dólares en "
     "daños fuera de Estados Unidos.", {"2000 millones de dólares": "HN"}),
    # another source's figure set against the one before in its own clause
    ("1990 Tarnovia riots",
     "The 1990 Tarnovia riots took place in Bulgaria. Officials say 300 were killed in Sofia and 900 "
     "nationwide, whilst other sources estimate the deaths at 2,000.", {"300": "Sofia", "2,000": "BG"}),
    ("Disturbios de Tarnovia de 1990",
     "Los disturbios de Tarnovia de 1990 ocurrieron en Bulgaria. Las autoridades dicen que 300 murieron en "
     "Sofía y 900 en todo el país, mientras que otras fuentes estiman los muertos en unos 2.000.",
     {"300": "Sofía", "unos 2.000": "BG"}),
])
def test_a_count_of_the_world_of_several_countries_or_of_its_own_clause(title, body, expected):
    got = _places(title, body)
    assert {value: got[value] for value in expected} == expected


@pytest.mark.parametrize("title, body, value, place", [
    # a continent named beside the country struck: the country's
    ("Storm Xynthia", "Storm Xynthia was a windstorm that struck western France, one of the worst in Europe in a "
     "decade. It killed 51 people.", "51 people", "FR"),
    # "This resulted in" after a sentence of two places: the article's; a route's end is none of them
    ("Floods in Pakistan", "Rains that began in India moved into Pakistan on Monday. This left 200 dead.", "200", "PK"),
    ("Riobamba bus crash", "A bus travelling from Quito to Guayaquil overturned in the city of Riobamba. This "
     "resulted in 24 deaths.", "24", "Riobamba"),
    # "the city" is not where help came from
    ("Dhaka factory fire", "A fire at a garment factory in Dhaka killed 40 people. Firefighters were sent from "
     "Chittagong to help. The city reported 300 injured.", "300", "Dhaka"),
    # an infobox's areas of one country and one of its states: one country
    ("Hurricane Alex", "Areas affected: Mexico, Texas\n\nHurricane Alex struck northern Mexico. The storm killed 52 "
     "people.", "52 people", "MX"),
])
def test_review_narrowings_keep_the_events_place(title, body, value, place):
    assert _places(title, body)[value] == place
