"""Session 19, mechanisms found by running extract on fresh encyclopedic leads (not annotated, not
in the set) and grouping what went wrong: the event's place in a part of a city ("in central X",
"en el centro de X"), a quarter before a city a compass word leads ("in X, West London"), a town
"of" the title whose title names it inside a longer name ("the town of X" of the "X Flood"); and a
row of an infobox that names who was aboard ("Passengers: 166") is its own row, not one of the
count above it. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.scene import article_place
from reconcile.quantities.running import sentences


def _where(title: str, body: str, date: str = "2014-01-19") -> tuple[str, str] | None:
    article = parse_article(f"title: {title}\ndate: {date}\n\n{body}\n", "lead.txt")
    return article_place(article, sentences(article.text, None))


def _proposals(title: str, body: str, date: str = "2014-01-19") -> dict[str, object]:
    return {p.value: p for p in propose(parse_article(f"title: {title}\ndate: {date}\n\n{body}\n", "lead.txt"))}


@pytest.mark.parametrize("title, body, name", [
    ("Market Street riots", "A standoff began in Ukraine after a series of riots in central Kyiv on Market Street. "
     "Four protesters died.", "Kyiv"),
    ("Market Street fire", "A fire broke out in downtown Nairobi on Monday. Forty people died.", "Nairobi"),
    ("Disturbios de la calle Mayor", "Los disturbios en el centro de Bogotá, en Colombia, dejaron cuatro muertos.",
     "Bogotá"),
])
def test_a_part_of_a_city_is_the_city(title, body, name):
    assert _where(title, body)[1] == name


def test_the_country_stays_without_a_city_after_the_compass_word():
    # "in northern Chile": no city named, the country (not a wrong town)
    assert _where("2015 floods", "Floods in northern Chile killed 20 people in March.")[0] == "CL"


@pytest.mark.parametrize("title, body, name", [
    ("Elm Tower fire", "On 14 June 2017, a fire broke out in the Elm Tower block of flats in Dalston, West London. "
     "It caused 30 deaths.", "Dalston"),
    ("Elm Tower fire", "On 14 June 2017, a fire broke out in the tower in Dalston, London. It caused 30 deaths.",
     "Dalston"),
])
def test_a_quarter_before_its_city_is_the_place(title, body, name):
    assert _where(title, body)[1] == name


@pytest.mark.parametrize("title, body, name", [
    ("Johnstown Flood", "The Johnstown Flood occurred on May 31, 1889, after the failure of a dam located 14 miles "
     "upstream of the town of Johnstown, Pennsylvania. It killed 2,209 people.", "Johnstown"),
    ("Inundación de Johnstown", "La inundación de Johnstown ocurrió el 31 de mayo de 1889 tras la rotura de una "
     "presa situada a 23 km aguas arriba del pueblo de Johnstown, Pensilvania. Murieron 2209 personas.", "Johnstown"),
])
def test_the_titles_town_inside_a_longer_name_is_the_place(title, body, name):
    assert _where(title, body)[1] == name


@pytest.mark.parametrize("body, rows", [
    ("Deaths: 154\nInjuries: 18\nPassengers: 166\nCrew: 6\n\nFlight 22 crashed on take-off in Madrid.",
     {"166": (["passengers"], "on-board"), "6": (["crew"], "on-board"), "18": (["people"], "injured")}),
    ("Fallecidos: 154\nHeridos: 18\nPasajeros: 166\nTripulación: 6\n\nEl vuelo 22 se estrelló al despegar en Madrid.",
     {"166": (["passengers"], "on-board"), "6": (["crew"], "on-board"), "18": (["people"], "injured")}),
])
def test_rows_of_who_was_aboard_are_not_rows_of_the_count_above(body, rows):
    found = _proposals("Flight 22", body, "2008-08-20")
    for value, (population, criterion) in rows.items():
        assert (found[value].population, found[value].criterion) == (population, criterion)


def test_a_row_of_a_place_under_a_toll_is_still_the_tolls():
    # "Deaths: 72,000" then "Italy: ~20,000": the row of a place counts the heading's dead
    found = _proposals("2003 heat wave", "Deaths: 72,000\nItaly: ~20,000\n\nThe heat wave struck Europe.", "2003-08-01")
    assert found["~20,000"].criterion == "dead"


def test_a_town_the_opening_calls_so_is_the_titles_inside_a_longer_title_name():
    # the title's run of capitals is "Johnstown Flood"; "the town of Johnstown" is its town
    from reconcile.extract import scene

    article = parse_article("title: Johnstown Flood\ndate: 1889-05-31\n\nThe flood followed the failure of a dam "
                            "upstream of the town of Johnstown, Pennsylvania.\n", "lead.txt")
    opening = scene.prose_of(article.text, sentences(article.text, None))[:3]
    assert scene._title_town("Johnstown Flood", opening, "US")[1] == "Johnstown"


@pytest.mark.parametrize("title, body", [
    ("Vuelo 447 de Air France", "El vuelo 447 de Air France fue un vuelo entre Río de Janeiro y París. El 1 de junio "
     "de 2009 se estrelló en el océano Atlántico con 216 pasajeros y doce tripulantes a bordo."),
    ("Flight 447", "Flight 447 was a flight from Rio de Janeiro to Paris. On 1 June 2009 it crashed into the Atlantic "
     "Ocean with 216 passengers and 12 crew on board."),
    ("Sinking of the MV Star", "The MV Star was a ferry from Manila to Cebu. It sank in the South China Sea in 1999 "
     "with 300 people aboard."),
])
def test_a_wreck_in_open_sea_has_no_place(title, body):
    assert _where(title, body, "2009-06-01") is None


def test_a_wreck_at_sea_off_a_place_keeps_a_place():
    where = _where("Sinking of the MV Star", "The MV Star sank in the Mediterranean Sea off Lampedusa, Italy, with "
                   "300 people aboard.", "2009-06-01")
    assert where is not None and where[0].startswith("IT")


@pytest.mark.parametrize("title, body, name", [
    ("Vuelo 22", "El vuelo 22 se estrelló en el municipio de Sutatausa, en Colombia, con 40 personas a bordo.",
     "Sutatausa"),
])
def test_a_wreck_near_a_place_or_in_a_town_is_there(title, body, name):
    assert _where(title, body, "2009-06-01")[1] == name


def test_an_airline_named_after_a_country_is_no_place():
    from reconcile.extract.places import places_in
    assert places_in("El vuelo 447 de Air France cayó", None) == []
    assert places_in("Air India Flight 182 exploded off Ireland", None) == [("IE", "Ireland", 34)]


@pytest.mark.parametrize("text, lang, values", [
    ("Un avión Airbus A330-203, matrícula F-GZCP, cayó con 228 personas.", "es", ["228 personas"]),
    ("Se formó como la depresión tropical #12 de la temporada y mató a 300 personas.", "es", ["300 personas"]),
    ("El avión se elevó hasta una altura de 40 pies (12 metros) del suelo.", "es", ["40 pies", "12 metros"]),
    ("Murieron más de una decena de personas y un total de 500 quedaron heridas.", "es",
     ["más de una decena de personas", "500"]),
    ("Between 31-34 people died in the COVID-19 wave.", "en", ["Between 31-34"]),
])
def test_codes_ranks_and_articles_are_no_quantities(text, lang, values):
    import reconcile

    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)] == values


@pytest.mark.parametrize("title, date, body, value, as_of", [
    ("Great Mill Fire", "1871-10-08", "The Great Mill Fire was a conflagration that burned in the city of Lowell "
     "during October 8–10, 1871. The fire killed approximately 300 people.", "approximately 300 people", "1871-10"),
    ("Mill riots", "1921-06-01", "The Mill riots took place in Tulsa from June 1 to 3, 1921. The riots killed 36 "
     "people.", "36 people", "1921-06"),
    ("Huelga de Asturias", "1934-10-05", "La huelga fue un movimiento ocurrido en Asturias en el mes de octubre de "
     "1934. Fueron detenidas 15 000 personas.", "15 000 personas", "1934-10"),
    ("Protestas de 1968", "1968-05-02", "Las protestas se llevaron a cabo en Francia durante los meses de mayo y junio "
     "de 1968. La huelga fue secundada por más de nueve millones de trabajadores.", "más de nueve millones", "1968"),
    ("1968 protests", "1968-05-02", "The protests took place in France during the months of May and June 1968. "
     "More than nine million workers went on strike.", "More than nine million", "1968"),
])
def test_an_event_the_opening_spans_over_days_or_months_dates_its_counts(title, date, body, value, as_of):
    found = _proposals(title, body, date)
    assert found[value].as_of == as_of


def test_an_event_of_one_day_in_a_month_range_of_another_month_keeps_its_day():
    # the span is not the article's: "May 8-10" in an article of 2 June
    found = _proposals("Mill fire", "A fire destroyed the mill on 2 June 1871, after the strikes of May 8-10. "
                       "It killed 30 people.", "1871-06-02")
    assert found["30 people"].as_of == "1871-06-02"


@pytest.mark.parametrize("title, body, name", [
    ("Broad Street outbreak", "The outbreak occurred near Broad Street in Soho, London, during the 1846–1860 "
     "cholera pandemic happening worldwide. It killed 616 people.", "Soho"),
    ("Brote de la calle Mayor", "El brote ocurrió en Chinchón, Madrid, durante la pandemia de gripe que se extendió "
     "por todo el mundo. Murieron 61 personas.", "Chinchón"),
])
def test_a_local_event_during_a_worldwide_one_keeps_its_place(title, body, name):
    assert _where(title, body, "1854-08-31")[1] == name


def test_an_event_across_a_region_still_has_no_place():
    assert _where("Hurricane Mitch", "Hurricane Mitch killed 11,000 people during its passage across Central "
                  "America in 1998.", "1998-10-29") is None


@pytest.mark.parametrize("text, first, second", [
    ("The first two explosions occurred 33 seconds apart. [3] The second explosion was larger.",
     "The first two explosions occurred 33 seconds apart.", "The second explosion was larger."),
    ('It created a precarious situation."[6] Other areas were hit by famine.',
     "It created a precarious situation.", "Other areas were hit by famine."),
    ("Esto fue grave. [3][4] La segunda explosión fue mayor.", "Esto fue grave.", "La segunda explosión fue mayor."),
])
def test_a_sentence_ends_before_a_spaced_or_quoted_reference_mark(text, first, second):
    assert [s.text for s in sentences(text, None)] == [first, second]


def test_an_abbreviation_before_a_reference_mark_ends_nothing():
    assert len(sentences("See Fig. [3] for the details of 40 deaths.", None)) == 1


@pytest.mark.parametrize("title, date, body, value, as_of", [
    ("Mill rail disaster", "2013-07-06", "The derailment killed 47 people. The last rail accident with a higher death "
     "toll was the St-Hilaire train disaster in 1864, which killed 99.", "99", "1864"),
    ("Stadium crush", "2022-10-29", "The crush killed 159 people, surpassing a 1959 incident at the Busan stadium in "
     "which 67 people were crushed to death.", "67 people", "1959"),
    ("Tragedia de Tacoa", "1982-12-19", "El incendio mató a 180 personas, la peor tragedia desde el desastre de 1976, "
     "que dejó 50 muertos.", "50", "1976"),
    ("2013 attack", "2013-09-21", "The 2013 attack, which killed 67 people, shocked Nairobi.", "67 people",
     "2013-09-21"),
])
def test_a_toll_of_another_years_disaster_is_dated_by_its_year(title, date, body, value, as_of):
    assert _proposals(title, body, date)[value].as_of == as_of


@pytest.mark.parametrize("text, lang, values", [
    ("Los mineros del turno de las 22.00 hasta las 6.00 quedaron atrapados.", "es", []),
    ("Desde las 22.30 hubo 40 heridos.", "es", ["40"]),
    ("La sede estaba en los números 910 y 916 de la calle Arroyo.", "es", []),
    ("Murieron las 6.000 personas del pueblo.", "es", ["6.000 personas"]),
])
def test_clock_times_with_a_dot_and_street_numbers_are_no_quantities(text, lang, values):
    import reconcile

    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)] == values


@pytest.mark.parametrize("body, claimants", [
    ("El 13 de enero, la policía keniana admitía ya 575 muertes; mientras tanto la Agencia France-Presse elevaba el "
     "número a 693.", {"575": "policía keniana", "693": "Agencia France-Presse"}),
    ("El ministerio cifraba en 300 los desaparecidos.", {"300": "ministerio"}),
])
def test_a_narrations_imperfect_attributes(body, claimants):
    found = _proposals("Crisis", body, "2008-01-14")
    assert {value: found[value].claimant for value in claimants} == claimants


@pytest.mark.parametrize("body, places", [
    ("In all, around 100 people died in Indonesia, 200 in Malaysia and 10 in Thailand.",
     {"around 100 people": "ID", "200": "MY", "10": "TH"}),
    ("En total, alrededor de 100 personas murieron en Indonesia, otras 200 en Malasia y 10 en Tailandia.",
     {"alrededor de 100 personas": "ID", "200": "MY", "10": "TH"}),
])
def test_the_first_of_a_list_by_country_is_where_they_died(body, places):
    found = _proposals("Refugee crisis", body, "2015-05-10")
    assert {value: found[value].place for value in places} == places


def test_a_count_of_people_in_two_countries_has_no_one_place():
    found = _proposals("Refugee crisis", "Some 100 people died in Indonesia and Malaysia, 20 in Thailand and 5 in "
                       "Laos.", "2015-05-10")
    assert found["Some 100 people"].place is None


@pytest.mark.parametrize("title, body", [
    ("Vuelo 2933 de LaMia", "Fallecidos: 71\n\nEl vuelo 2933 de LaMia fue un vuelo chárter. Partió desde el Aeropuerto "
     "Internacional Viru Viru (Bolivia) hacia el Aeropuerto Internacional José María Córdova (Colombia) con 68 "
     "pasajeros y 9 tripulantes."),
])
def test_a_flights_ends_and_its_airline_are_not_its_place(title, body):
    assert _where(title, body, "2016-11-28") is None
    assert {p.place for p in _proposals(title, body, "2016-11-28").values()} == {None}


def test_a_count_bound_for_a_place_is_not_counted_there():
    found = _proposals("Naufragio", "Una lancha con destino a Lampedusa llevaba 300 migrantes cuando se hundió frente "
                       "a Libia.", "2015-04-18")
    assert found["300"].place == "LY"


@pytest.mark.parametrize("body, value, claimant", [
    ("Estimaciones posteriores elevaron la cifra a 200 fallecidos.", "200", None),
    ("Initial newspaper reports described a 1 km blast radius.", "1 km", None),
    ("The Guardian newspaper reported 40 dead.", "40", "Guardian newspaper"),
    ("El diario El País informó de 30 muertos.", "30", "El País"),
])
def test_documents_and_the_press_with_no_one_named_are_no_claimant(body, value, claimant):
    assert _proposals("Blast", body, "1944-01-03")[value].claimant == claimant


# --- what a reviewer's probe of this session's rules found over-broad (invented sentences) ---

@pytest.mark.parametrize("title, body, name", [
    ("Marikanala shooting", "A shooting occurred in Marikanala, South Africa, at a platinum mine. It killed 34 miners.",
     "Marikanala"),
    ("Typhoon Haiyan", "Typhoon Haiyan struck the Philippines. Several boats sank in the Pacific during the storm. It "
     "killed 6,300 people.", "PH"),
    ("Odessa ferry", "The ferry sank in the Black Sea port of Odessa, Ukraine, while docked. Twelve crew died.",
     "Odessa"),
    ("Derailment", "A train bound for Madrid derailed near Santiago de Compostela, killing 79 people.",
     "Santiago de Compostela"),
    ("Vuelo 1 de Madrid a Lima", "El vuelo 1 de Madrid a Lima se estrelló al despegar. Murieron 100 personas.",
     "Madrid"),
])
def test_the_new_place_rules_leave_these_alone(title, body, name):
    assert _where(title, body)[1] == name


def test_rows_of_groups_under_a_toll_keep_its_criterion():
    found = _proposals("Attack", "Deaths: 154\nPolice: 12\nCivilians: 142\n\nThe attack shocked the city.")
    assert [(found[v].population, found[v].criterion) for v in ("12", "142")] == [(["police"], "dead"),
                                                                                   (["civilians"], "dead")]


@pytest.mark.parametrize("body, value", [
    ("El cartel indicaba 40 km/h, pero el autobús iba a 90 km/h y murieron 12 pasajeros.", "12"),
    ("Un testigo aseguraba que vio el avión caer; murieron 60 personas.", "60 personas"),
])
def test_imperfects_of_showing_and_asserting_name_no_claimant(body, value):
    assert _proposals("Accidente", body)[value].claimant is None


def test_a_square_a_march_left_from_is_where_it_marched():
    found = _proposals("Marcha", "Un millón de personas marcharon desde la Plaza Baquedano (Santiago) hasta La Moneda.",
                       "2019-10-25")
    assert found["Un millón de personas"].place == "Santiago"


@pytest.mark.parametrize("title, date, body, value, as_of", [
    ("Memorial", "2021-09-11", "A memorial for the 2001 attacks, which now draws 3 million visitors a year, opened a "
     "new wing.", "3 million", "2021-09-11"),
    ("Mine", "2024-02-26", "The mine, closed after a 2010 accident that left 300 miners jobless, reopened on Monday "
     "with 500 workers.", "500", "2024-02-26"),
    ("Fire", "2019-10-14", "The fire broke out on 14 October 2019, the driest day in the month of October on record. "
     "It killed 12 people.", "12 people", "2019-10-14"),
    ("Bus crash", "2018-05-03", "A bus crashed on 3 May 2018 on a road closed for repairs during the months of May and "
     "June. It killed 20 people.", "20 people", "2018-05-03"),
])
def test_the_new_date_rules_leave_these_alone(title, date, body, value, as_of):
    assert _proposals(title, body, date)[value].as_of == as_of


def test_numbers_as_a_heading_keep_their_toll():
    assert "300" in _proposals("Sismo", "En números 300 muertos y 2000 heridos dejó el sismo.")


def test_a_country_before_air_force_is_still_a_place():
    from reconcile.extract.places import places_in
    assert [code for code, _, _ in places_in("Pakistan Air Force helicopters rescued 300 people.")] == ["PK"]


@pytest.mark.parametrize("title, body, name", [
    ("Blue Horse fire", "The Blue Horse fire occurred on 5 December 2009, around 01:00 local time (20:00 UTC) in "
     "the nightclub Blue Horse («Синяя лошадь») at 9 Lenin Street, Perm, Russia. The fire killed 158 people.",
     "Perm"),
    ("Incendio del Caballo", "El incendio ocurrió el 5 de diciembre de 2009, hacia la 01:00 hora local, en la "
     "discoteca Caballo Azul, situada en la calle Lenin número 9, Cuzco, Perú. Murieron 158 personas.", "Cuzco"),
    ("Red Saturday bushfires", "The Red Saturday bushfires were a series of bushfires that were burning across the "
     "Australian state of Victoria on Saturday, 7 February 2009. They killed 173 people.", "Victoria"),
])
def test_an_address_or_a_state_across_which_the_event_burned_is_its_place(title, body, name):
    assert _where(title, body, "2009-12-05")[1] == name


def test_a_town_named_once_on_a_ships_way_is_still_no_event_place():
    # "a place named once may be where a ship was going": only an address ending in the country counts
    where = _where("MV Star sinking", "The MV Star sank on its way to Cebu, in the Philippines, with 300 people "
                   "aboard.", "1999-01-01")
    assert where is None or where[1] != "Cebu"
