"""Mechanisms found on the texts of the seventh and eighth rounds of fresh reviews of extract
(session 26, issue 14): each test is an invented sentence of the kind the reviewed articles hold,
and fails before its fix."""
from __future__ import annotations

import pytest

from reconcile.extract.article import outlet_of
from reconcile.extract.project import claimant_slug
from tests.extract.test_s21_review import _by_value, _proposals

_HAIL = ("Más de la mitad de los 90 heridos por el granizo en la provincia de Alicante, según el último "
         "balance oficial, se concentran en tres municipios: Elche (30), Alicante capital (12) y Orihuela (9).")


# --- place: a list of towns, each with its figure, inside the region the sentence names ----------
def test_the_region_a_sentence_names_holds_the_towns_its_list_names():
    found = _by_value(_HAIL, lang="es", date="2024-05-10")
    assert found["90"].place == "Alicante"            # not Spain: the province named holds the towns


def test_a_town_named_capital_is_the_part_of_its_figure():
    found = _by_value(_HAIL, lang="es", date="2024-05-10")
    assert found["12"].place == "Alicante"            # "Alicante capital (12)", not the next town
    assert found["9"].place == "Orihuela"


# --- criterion: a part in brackets counts what its total counts ----------------------------------
def test_a_part_in_brackets_counts_what_its_total_counts_not_the_sentence_verb():
    found = _by_value(_HAIL, lang="es", date="2024-05-10")
    # "se concentran" is no protest, and "tres municipios" is no total of the towns' figures
    assert [found[v].criterion for v in ("30", "12", "9")] == ["injured"] * 3
    assert {found[v].part_of for v in ("30", "12", "9")} == {0}


# --- place: a title that lists places, each with its figure, names no one article place ----------
def test_a_title_that_lists_towns_with_their_figures_names_no_article_place():
    proposals = _proposals("Más de la mitad de los 90 heridos por el granizo en la provincia de Alicante, según el "
                           "último balance oficial, se concentran en tres municipios.\n\n"
                           "Del total de heridos, 14 eran menores de edad.", "es",
                           title="Elche (30), Orihuela (12) y Torrevieja (9) suman la mayoría de los heridos",
                           date="2024-05-10")
    minors = next(p for p in proposals if p.value == "14")
    assert minors.place not in ("Elche", "Orihuela", "Torrevieja")


# --- source: an "according to" frame of no one named still binds its figure -----------------------
def test_a_frame_of_the_authorities_is_its_figures_not_the_next_frames():
    found = _by_value("In Nantes, 10,000 people marched, according to the authorities, and 25,000, according "
                      "to the unions.", date="2023-03-08")
    assert found["10,000 people"].claimant is None      # the outlet's word, not the unions'
    assert found["25,000"].claimant == "unions"
    found = _by_value("En Nantes, 10.000 personas marcharon, según las autoridades, y 25.000, según los "
                      "sindicatos.", lang="es", date="2023-03-08")
    assert found["10.000 personas"].claimant is None
    assert found["25.000"].claimant == "sindicatos"


def test_specified_is_a_word_of_speech():
    found = _by_value("In Metz, 7,000 people marched according to the prefecture, while the CGT has specified "
                      "that 20,000 took part.", date="2023-03-08")
    assert found["7,000 people"].claimant == "prefecture"
    assert found["20,000"].claimant == "CGT"


# --- place: the opening's town is read whole, and a plural names no one town ---------------------
def test_the_opening_town_at_the_edge_of_its_window_is_read_whole():
    pad = "de gran extensión " * 6                     # the name straddles 160 characters after "incendios"
    text = f"Los incendios forestales afectaron a las zonas {pad}de la región de Coquimbo, en Chile. Hubo 30 detenidos."
    found = _by_value(text, lang="es", title="Incendios forestales en Chile de 2017", date="2017-01-18")
    assert found["30"].place in ("Coquimbo", "CL")   # never a cut name such as "Coq"


def test_regions_between_two_names_are_no_town_of_the_event():
    text = ("Los incendios forestales en Chile de 2017 fueron una serie de incendios generados en las zonas centro "
            "y sur de Chile, entre las regiones de Coquimbo y Los Lagos.\n\nHacia fines de enero había 43 detenidos.")
    found = _by_value(text, lang="es", title="Incendios forestales en Chile de 2017", date="2017-01-18")
    assert found["43"].place == "CL"


# --- place: the tail of a saint's town's name is no town of its own -------------------------------
def test_the_tail_of_a_saints_town_is_not_a_town_named_with_its_article():
    text = "El alud de Santa Rita del Monte ocurrió el 2 de octubre de 1985 en Colombia.\n\nMurieron 45 personas."
    found = _by_value(text, lang="es", title="Alud de Santa Rita del Monte", date="1985-10-02")
    assert found["45 personas"].place != "Monte"        # not El Monte, California
    assert found["45 personas"].place in ("CO", "Santa Rita del Monte")


# --- part_of: a list of parts by place right after its total, with no word of inclusion -----------
def test_parts_by_place_after_a_total_are_its_parts_and_leave_it_their_places():
    found = _proposals("El temporal afectó el norte de Chile en marzo de 2015. El 10 de abril se informaba de 20 "
                       "fallecidos, 5 en la Región de Antofagasta y 15 en la Región de Atacama, y 9 desaparecidos.",
                       "es", title="Temporal de lluvias", date="2015-03-25")
    total, first, second, missing = found
    assert (total.value, total.place) == ("20", "CL")   # not the first part's region
    assert (first.part_of, first.place) == (0, "Antofagasta")
    assert (second.part_of, second.place, second.criterion) == (0, "Atacama", "dead")   # not "desaparecidos"
    assert (missing.part_of, missing.criterion) == (None, "missing")


def test_a_second_part_with_its_own_place_after_an_including_is_a_part_too():
    found = _proposals("Mitch killed 11,000 people in Central America, including about 7,000 in Honduras and 3,800 "
                       "in Nicaragua.", title="Hurricane Mitch", date="1998-10-29")
    assert [p.part_of for p in found] == [None, 0, 0]


# --- place: a town, then the division it lies in ------------------------------------------------
@pytest.mark.parametrize("text, value, town", [
    ("El 5 de mayo, 9 campesinos fueron asesinados en Los Naranjos, municipio de Santa Lucía, departamento de "
     "Cortés, Honduras.", "9", "Los Naranjos"),
    ("La masacre dejó 22 civiles asesinados en San Pedro Limón, municipio de Tlatlaya, Estado de México.", "22",
     "San Pedro Limón"),
    ("En el alud murieron 40 vecinos de Valdeprado (Cantabria, España).", "40", "Valdeprado"),
])
def test_a_town_before_the_division_it_lies_in_is_the_place(text, value, town):
    assert _by_value(text, lang="es", date="2010-05-05")[value].place == town


# --- source: an archived, cached or proxied copy is the outlet's ----------------------------------
@pytest.mark.parametrize("url, outlet", [
    ("https://elpais-com.nproxy.org/espana/2023-11-13/x.html", "Elpais"),
    ("https://www-bbc-co-uk.cdn.ampproject.org/c/s/www.bbc.co.uk/news/x", "BBC"),
    ("https://eluniverso-el-universo-prod.cdn.arcpublishing.com/noticias/x/", "El Universo"),
    ("https://web.archive.org/web/20190101000000/https://elpais.com/x", "Elpais"),
    ("https://es-us.noticias.yahoo.com/x", "Yahoo"),            # a language's subdomain is the site's own
    ("https://politica.elpais.com/x", "Elpais"),
])
def test_the_outlet_of_a_copy_is_the_original_outlet(url, outlet):
    assert outlet_of(url) == outlet


# --- source: how Spanish news names who gives a figure --------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    # a perfect tense and a day between "según" and the name
    ("Al menos 9 reclusos murieron en un motín, según ha informado este jueves el Ministerio de Justicia.",
     "Al menos 9", "Ministerio de Justicia"),
    ("Según ha informado hoy la Policía, 4 personas siguen desaparecidas.", "4 personas", "Policía"),
    # the data a body gathered, reckoned, estimated
    ("En Alicante acudieron 5.000 personas, según los datos recopilados por la Policía Local.", "5.000 personas",
     "Policía Local"),
    ("En Elche marcharon 3.000 personas, según el cálculo de las fuerzas de seguridad.", "3.000 personas",
     "fuerzas de seguridad"),
    ("En Elda marcharon 2.000 personas, según la estimación de la Guardia Civil.", "2.000 personas", "Guardia Civil"),
    ("Unas 9.000 personas marcharon en Elche, según las estimaciones policiales.", "Unas 9.000 personas", "Policía"),
    # the official named before, by the word for one who holds office; what he told of is no name
    ("El alcalde de Tumaco, Jorge Rivas, informó del desastre. Según el funcionario, 40 viviendas quedaron "
     "destruidas.", "40", "Jorge Rivas"),
])
def test_who_spanish_news_credits(text, value, claimant):
    assert _by_value(text, lang="es", date="2025-03-12")[value].claimant == claimant


def test_the_day_of_a_report_is_no_name():
    text = ("El Ministerio de Salud informó el martes de 3.000 casos de dengue. Tacna (1.200) y Puno (900), todos "
            "departamentos del sur, según el reporte oficial del lunes pasado.")
    found = _by_value(text, lang="es", date="2025-03-12")
    assert found["1.200"].claimant != "pasado" and found["900"].claimant != "pasado"


# --- source: the claimant's name without the words around it ---------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("A police statement said 3 people were missing.", "3 people", "police"),
    ("Transit operator MTA told reporters that 200,000 people rode the trains.", "200,000 people", "MTA"),
    ("Anna Berg for the UNHCR said 5,000 refugees had arrived.", "5,000", "Anna Berg"),
    ('"Over 300 mm of rain fell," R.K. Mishra, Director of Cuttack meteorological centre told IANS.', "Over 300 mm",
     "R.K. Mishra"),
    ("In Lima, Director of the agency said 30 people died.", "30 people", "Director of the agency"),   # no person
])
def test_the_claimant_is_the_name_not_the_words_around_it(text, value, claimant):
    assert _by_value(text, date="2023-03-08")[value].claimant == claimant


def test_a_possessive_is_left_out_of_a_claimants_id():
    assert claimant_slug("Leyte's provincial government") == "leyte-provincial-government"
    assert claimant_slug("U.N. observers") == "un-observers"


# --- place: the clause's place after a part's own words, and an address's first town ----------------
def test_a_place_after_a_parts_words_and_a_comma_is_the_whole_clauses():
    found = _by_value("Al menos 11 presos han muerto y otros 20 han resultado heridos, cinco de ellos de gravedad, en "
                      "el penal de Cadereyta, en el estado de Nuevo León (México), según las autoridades.", lang="es",
                      date="2017-10-11")
    assert [found[v].place for v in ("Al menos 11", "20", "cinco")] == ["Cadereyta"] * 3


def test_an_address_of_three_names_is_its_first_town():
    found = _by_value("A fire at the Puttingal temple in Paravur, Kollam, Kerala, killed 111 people on 10 April 2016.",
                      date="2016-04-10")
    assert found["111 people"].place == "Paravur"


def test_parts_in_brackets_of_a_later_sentence_keep_what_their_own_sentence_counts():
    text = ("El dengue ha causado 114 muertes en el país. Las regiones con el mayor número de casos son La Libertad "
            "(23.115) y Lima (22.360).")
    found = _by_value(text, lang="es", date="2024-04-10")
    assert found["23.115"].criterion != "dead" and found["22.360"].criterion != "dead"


# --- as_of: a riot of one stadium is of one day --------------------------------------------------
def test_a_stadium_riots_toll_is_of_its_day_and_riots_of_weeks_of_their_year():
    text = ("The Port Elgin Stadium riot occurred on 3 May 2014 at the stadium in Port Elgin, Canada, after a football "
            "match. Thirty-one people were killed and more than 300 injured in the riot.")
    found = _by_value(text, title="Port Elgin Stadium riot", date="2014-05-03")
    assert found["Thirty-one people"].as_of == "2014-05-03"
    text = "The 2014 Port Elgin riots were a series of riots in Canada. Thirty-one people were killed in the riots."
    found = _by_value(text, title="2014 Port Elgin riots", date="2014-05-03")
    assert found["Thirty-one people"].as_of == "2014"


# --- place: "en territorio nacional" is the whole country ---------------------------------------------
def test_in_the_national_territory_is_the_whole_country():
    text = ("Los incendios forestales en el sur de Chile comenzaron a inicios de enero. Los incendios han consumido "
            "12.000 hectáreas, con 8.000 en Maule y 4.000 en Ñuble. Hay 40 focos de incendios activos en territorio "
            "nacional.")
    found = _by_value(text, lang="es", title="Incendios forestales en Chile de 2025", date="2025-02-03")
    assert found["40"].place == "CL"


# --- place: a list of divisions each with its figure, the noun written once ---------------------------
def test_a_gapped_list_of_districts_gives_each_figure_its_district():
    found = _by_value("In Kerala, heavy rain killed 11 people on Monday. Kottayam district accounted for five deaths, "
                      "Idukki four and Wayanad two.", date="2024-07-12")
    assert [found[v].place for v in ("five", "four", "two")] == ["Kottayam", "Idukki", "Wayanad"]


def test_a_credit_after_a_figures_own_noun_is_that_figures():
    found = _proposals("The rally drew 90,000 participants according to organizers or 20,000 participants according "
                       "to the police.", date="2019-06-01")
    assert [p.claimant for p in found] == ["organizers", "police"]


def test_a_sentence_of_its_own_day_breaks_down_no_figure_of_the_sentence_before():
    found = _proposals("La inundación afectó a la ciudad de Copiapó en marzo de 2015. El 25 de marzo, la Oficina "
                       "Nacional de Emergencia informaba de 300 personas albergadas. El 2 de abril se informaba de 12 "
                       "fallecidos, 4 en la Región de Antofagasta y 8 en la Región de Atacama.", "es",
                       date="2015-03-25")
    assert [p.claimant for p in found] == ["Oficina Nacional de Emergencia", None, None, None]


# --- as_of: the month in another event's name dates no figure before it ---------------------------
def test_the_month_in_another_events_name_dates_no_figure_before_it():
    text = ("La masacre de noviembre ocurrió en la cárcel de Guayaquil el 12 de noviembre de 2021. La masacre dejó 50 "
            "reclusos muertos y ocurrió un mes después de la masacre de octubre de 2021, que había dejado 80 muertos.")
    found = _by_value(text, lang="es", title="Masacre de noviembre en Guayaquil", date="2021-11-12")
    assert found["50"].as_of == "2021-11-12"
    assert found["80"].as_of == "2021-10"


# --- source: a date in brackets, others unnamed, a study that shows ----------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("Aftershocks: 32 (As of 31 December 2018)", "32", None),                       # when, not who
    ("Other aid agencies have also estimated a death toll of up to 15,000.", "up to 15,000", None),
    ("The infographics from Ria Novosti shows that the square could provide room for a maximum of 101,000 people.",
     "a maximum of 101,000 people", "Ria Novosti"),
    ("An analysis by the Daily Planet shows that the square could hold 80,000 people.", "80,000 people",
     "Daily Planet"),
])
def test_who_gives_a_figure_of_an_encyclopedia(text, value, claimant):
    assert _by_value(text, date="2018-09-28")[value].claimant == claimant


def test_the_organisation_after_the_police_is_the_marchs_not_the_police():
    found = _by_value("La Policía Nacional contabilizó 15.000 asistentes, mientras que la organización calculó que "
                      "había 500.000 personas.\n\nAmnistía Internacional documentó 304 muertes. La organización dijo "
                      "que 40 eran niños.", lang="es", date="2019-12-06")
    assert found["500.000 personas"].claimant == "organización"
    assert found["40"].claimant == "Amnistía Internacional"      # the body named before, an organisation


def test_the_official_report_is_the_governments():
    found = _by_value("La marcha reunió a miles de personas. La organización calculó que había 500.000 personas.\n\n"
                      "De acuerdo con el reporte oficial, 30 personas murieron.", lang="es", date="2019-12-06")
    assert found["30 personas"].claimant == "Gobierno"       # as "las cifras oficiales", not the organisers


def test_a_count_outside_a_place_is_of_no_one_place():
    found = _by_value("BEIJING (AP) - China reported 98 more deaths on Tuesday. There are 620 confirmed cases outside "
                      "of China, the WHO said.", date="2020-02-18")
    assert found["98"].place == "CN" and found["620"].place is None


# --- place: a figure each of several places counts is a claim of each -----------------------------
@pytest.mark.parametrize("text, lang, value, places", [
    ("Four people were killed in Mahabubnagar and three each in Hyderabad, Kurnool and Chittoor.", "en", "three",
     ["Hyderabad", "Kurnool", "Chittoor"]),
    ("Las protestas más concurridas fueron las de Zaragoza y Sevilla (con 40.000 asistentes cada una).", "es",
     "40.000", ["Zaragoza", "Sevilla"]),
])
def test_a_figure_each_of_several_places_counts_is_a_claim_of_each(text, lang, value, places):
    found = [p for p in _proposals(text, lang, date="2013-10-27") if p.value == value]
    assert [p.place for p in found] == places


def test_a_figure_of_each_day_is_one_claim():
    assert len(_proposals("The storm killed 3 people each day in Hyderabad and Kurnool.", date="2013-10-27")) == 1


@pytest.mark.parametrize("text, value, claimant", [
    # a body's long name with "y", then a comma before its verb
    ("El Sindicato Nacional de Trabajadores Mineros y Metalúrgicos, expresó que los mineros atrapados eran 65.", "65",
     "Sindicato Nacional de Trabajadores Mineros y Metalúrgicos"),
    # an impersonal "se" names no one
    ("Según se pudo establecer, 30 personas murieron.", "30 personas", None),
])
def test_who_a_spanish_encyclopedia_credits(text, value, claimant):
    assert _by_value(text, lang="es", date="2006-02-19")[value].claimant == claimant


def test_the_one_media_cite_as_estimating_gives_the_figure():
    found = _by_value("And in Boston, local media cited Mayor Marty Walsh’s office as estimating the crowd between "
                      "135,000 and 150,000. The report cited poor maintenance as the cause of 40 deaths.",
                      date="2017-01-21")
    assert found["between 135,000 and 150,000"].claimant == "Marty Walsh"
    assert found["40"].claimant is None              # "cited" alone is no word of speech


def test_outside_a_building_is_no_count_outside_a_place():
    found = _by_value("KABUL, Afghanistan (AP) - A suicide bomber killed 12 people outside a ministry in Kabul on "
                      "Monday.", date="2018-05-14")
    assert found["12 people"].place == "Kabul"


def test_the_coasts_of_a_town_are_that_town():
    found = _proposals("La llegada de migrantes a España continúa. Otra lancha con 34 personas tocó tierra en las "
                       "costas de Haría, en Lanzarote, según Salvamento Marítimo.", "es",
                       title="Llegan 660 migrantes a Canarias", date="2023-10-02")
    assert found[0].place == "Haría"


def test_the_day_of_a_compared_figure_dates_neither_the_figure_nor_the_next_sentence():
    found = _by_value("Según el Ministerio del Interior, se han producido 142 detenciones, frente a las 196 "
                      "registradas durante la huelga general del 29 de marzo. Hay 74 heridos.", lang="es",
                      date="2012-11-14")
    assert found["142"].as_of == "2012-11-14" and found["74"].as_of == "2012-11-14"
    assert found["196"].as_of == "2012-03-29"


def test_the_organisers_of_an_event_named_with_its_place_count_at_that_place():
    found = _proposals("WASHINGTON (AFP) - Hundreds of thousands marched across the United States on Saturday. The Los "
                       "Angeles march’s organizers claimed a turnout of 750,000. March organizers in New York also "
                       "claimed a crowd count of half a million.", date="2017-01-21")
    # each city's organisers stay a claimant of their own (one "organizers" source would set Los Angeles's
    # count against New York's as one source's two figures), each counting at its city
    assert [p.place for p in found[1:]] == ["Los Angeles", "New York"]
    assert found[1].claimant == "Los Angeles march’s organizers"
