"""Mechanisms the seventh round of fresh reviews of extract found (session 25, issue 14): each test
is an invented sentence of the kind the reviewed articles hold, and fails before its fix."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


# --- source: a quote of several sentences is the tag's after it closes ---------------------------
def test_a_quote_of_several_sentences_is_spoken_by_the_tag_after_it():
    text = ('PESHAWAR, Pakistan (Reuters) - A suicide bomber struck a mosque on Friday.\n\n'
            '"The death toll is now 32. Ninety people have been wounded," Jameel Shah, a spokesman for '
            'Lady Reading Hospital, told Reuters.\n\n'
            '"We estimate that 30,000 people attended. The crowd was peaceful," General Sally de Beer told News24.')
    found = _by_value(text, date="2023-03-03")
    assert found["32"].claimant == "Jameel Shah"
    assert found["Ninety people"].claimant == "Jameel Shah"
    assert found["30,000 people"].claimant == "Sally de Beer"     # not the speaker of the quote before


def test_a_spanish_quote_of_several_sentences_is_spoken_by_the_tag_after_it():
    text = ("«Tenemos 32 muertos. Hay 90 heridos en los hospitales», dijo el ministro de Salud, Juan Pérez.")
    found = _by_value(text, lang="es", date="2023-03-03")
    assert found["32"].claimant == "Juan Pérez"
    assert found["90"].claimant == "Juan Pérez"


def test_a_quote_that_no_tag_closes_lends_no_speaker():
    text = ('"The death toll is now 32. The rescue goes on." The army sent 400 soldiers to the area.')
    found = _by_value(text, date="2023-03-03")
    assert found["32"].claimant is None


# --- as_of: news of an earthquake is no encyclopedia's account ------------------------------------
def test_news_of_an_earthquake_dates_its_toll_by_the_day_not_the_year():
    text = ("The death toll from a strong earthquake that struck northeast Afghanistan on Tuesday could rise, "
            "authorities warned Wednesday, after tremors were felt in several major Pakistani cities.\n\n"
            "In Afghanistan, at least four people were killed and 70 others injured, according to a spokesman "
            "for the Ministry of Public Health.")
    found = _by_value(text, title="Earthquake kills at least 13 people in Afghanistan and Pakistan",
                      date="2023-03-22")
    assert found["at least four people"].as_of == "2023-03-22"      # "were felt" defines no event


def test_an_encyclopedia_that_defines_an_earthquake_dates_its_toll_by_the_year():
    text = ("The 2023 Jurm earthquake was a magnitude 6.5 earthquake that struck Afghanistan on 21 March 2023.\n\n"
            "At least four people were killed in Afghanistan.")
    found = _by_value(text, title="2023 Jurm earthquake", date="2023-03-21")
    assert found["At least four people"].as_of == "2023"


def test_a_magnitude_before_residents_is_no_population():
    text = "The 6.5-magnitude quake sent residents fleeing from their homes across northern Afghanistan."
    found = _by_value(text, title="Earthquake in Afghanistan", date="2023-03-22")
    assert found["6.5"].as_of == "2023-03-22"                     # not the year of a stock
    town = _by_value("Jurm, a town of 40,000 inhabitants, was hit.", date="2023-03-22")
    assert town["40,000"].as_of == "2023"                         # a stock still is


@pytest.mark.parametrize("opening", [
    "Los terremotos en El Salvador de 2001 fueron dos fuertes movimientos telúricos que se registraron el 13 de enero.",
    "The 2001 El Salvador earthquakes were two strong earthquakes that struck on 13 January.",
])
def test_an_opening_that_defines_events_by_their_number_is_an_encyclopedias(opening):
    lang = "es" if "fueron" in opening else "en"
    text = opening + ("\n\nMurieron 944 personas." if lang == "es" else "\n\n944 people died.")
    found = _by_value(text, lang=lang, title="2001 El Salvador earthquakes", date="2001-01-13")
    assert [p.as_of for v, p in found.items() if "944" in v] == ["2001"]


# --- as_of and population: a list's items each of their own period --------------------------------
def test_a_list_of_counts_by_year_dates_each_by_its_own_year():
    found = _by_value("There were 143 deaths in 2013, 355 in 2014, 11 in 2015 and 7 in 2018.", date="2022-11-01")
    assert [found[v].as_of for v in ("143", "355", "11", "7")] == ["2013", "2014", "2015", "2018"]


def test_a_list_of_counts_by_month_dates_each_by_its_month_and_counts_what_the_first_counts():
    found = _by_value("The city recorded 23 dengue cases in January, 16 in February and 22 in March.",
                      date="2022-11-01")
    assert [found[v].as_of for v in ("23", "16", "22")] == ["2022-01", "2022-02", "2022-03"]
    assert found["16"].population == found["23"].population == ["people"]
    assert found["22"].criterion == found["23"].criterion == "infected"


def test_a_month_list_takes_the_year_the_sentence_names():
    found = _by_value("In 2015, the city recorded 40 cases in January and 10,600 in October.", date="2022-11-01")
    assert found["10,600"].as_of == "2015-10"


def test_a_spanish_list_of_counts_by_year():
    found = _by_value("Se registraron 143 casos en 2013, 355 en 2014 y 11 en 2015.", lang="es", date="2022-11-01")
    assert [found[v].as_of for v in ("143", "355", "11")] == ["2013", "2014", "2015"]
    assert found["355"].criterion == found["143"].criterion


def test_a_list_of_counts_by_country_counts_what_its_first_item_counts():
    found = _by_value("The virus caused 120 cases in Mozambique, 39 in Malawi and 13 in Zambia.", date="2022-11-01")
    assert found["39"].criterion == found["13"].criterion == found["120"].criterion == "infected"
    assert (found["39"].place, found["13"].place) == ("MW", "ZM")


def test_one_period_in_a_sentence_is_not_a_list():
    found = _by_value("In 2013, 143 people died in January and were buried in 2014.", date="2022-11-01")
    assert found["143 people"].as_of != "2014"


# --- place: the point a direction is measured from ---------------------------------------------------
@pytest.mark.parametrize("text, value, place", [
    ("The epicentre was approximately 150 kilometres (93 mi) west of the capital, Port-au-Prince.",
     "approximately 150 kilometres", "Port-au-Prince"),
    ("The stampede happened 80 km southwest of state capital Lucknow, killing 121 people.", "80 km", "Lucknow"),
])
def test_a_distance_is_measured_from_the_place_after_its_descriptor(text, value, place):
    assert _by_value(text, date="2022-11-01")[value].place == place


def test_a_town_called_by_a_demonym_and_its_kind_is_the_town():
    found = _by_value("The quake struck 40 kilometers southeast of the Afghan town of Jurm.", date="2022-11-01")
    assert found["40 kilometers"].place == "Jurm"                 # not a town called "Afghan"


@pytest.mark.parametrize("text, value, place", [
    ("El sismo golpeó la provincia de Tungurahua, al sureste de la capital, Ambato, matando a 6000 personas.",
     "6000 personas", "Tungurahua"),
    ("The stampede happened 80 km southwest of state capital Lucknow, killing 121 people.", "121 people", None),
])
def test_the_point_a_direction_is_measured_from_is_no_place_of_a_toll(text, value, place):
    lang = "es" if "sismo" in text else "en"
    found = _by_value(text, lang=lang, date="2022-11-01")
    assert found[value].place != ("Ambato" if lang == "es" else "Lucknow")
    if place:
        assert found[value].place == place


@pytest.mark.parametrize("text, value, place", [
    # the south of a town is inside it: "la zona sur de Rosario"
    ("Tres personas murieron en un bar de la zona sur de Rosario.", "Tres personas", "Rosario"),
    # an aside on the place describes it: Tainan's population is Tainan's
    ("The quake hit southeast of Tainan, a city with about two million people.", "about two million people", "Tainan"),
])
def test_a_place_inside_or_described_is_still_the_figures(text, value, place):
    lang = "es" if "personas" in text else "en"
    assert _by_value(text, lang=lang, date="2022-11-01")[value].place == place


# --- place: a division of a state is the division --------------------------------------------------
def test_a_district_of_a_state_is_the_district():
    text = ("Riots broke out in Muzaffarnagar district of Uttar Pradesh, India, in August 2013, resulting in at "
            "least 62 deaths.")
    assert _by_value(text, date="2013-08-27")["at least 62"].place == "Muzaffarnagar"


# --- source: the report named again is its author's --------------------------------------------------
@pytest.mark.parametrize("second", [
    "Altogether, 40,771 people are reeling under the impact of the deluge, the report said.",
    "According to the report, 40,771 people are reeling under the impact of the deluge.",
])
def test_the_report_named_again_is_its_authors(second):
    text = ("The flood claimed the life of a man in Nalbari district, taking the total toll to three so far, "
            "Assam State Disaster Management Authority (ASDMA) said in its report.\n\n" + second)
    found = _by_value(text, date="2023-06-24")
    assert [p.claimant for v, p in found.items() if "40,771" in v] == ["ASDMA"]


@pytest.mark.parametrize("second", [
    "El reporte oficial da cuenta que 135.773 personas fueron afectadas.",
    "Según el informe, 135.773 personas fueron afectadas.",
])
def test_el_reporte_named_again_is_its_authors(second):
    text = ("La Conred, en su último reporte oficial, señaló que la cifra de muertos se había elevado a 156.\n\n"
            + second)
    found = _by_value(text, lang="es", date="2010-05-31")
    assert found["135.773 personas"].claimant == "Conred"


def test_a_report_named_with_its_author_is_not_the_one_before():
    text = ("The ministry said 12 people died.\n\nA Red Cross report said 40 people were missing.")
    found = _by_value(text, date="2023-06-24")
    assert found["40 people"].claimant != "ministry"


# --- place: the names a region's own press gives it ----------------------------------------------------
@pytest.mark.parametrize("text, code", [
    ("En Balears, el 8,7% de los trabajadores secundó la huelga.", "ES-IB"),
    ("En la Comunitat Valenciana, el 12% de los trabajadores secundó la huelga.", "ES-VC"),
    ("En Euskadi, el 30% de los trabajadores secundó la huelga.", "ES-PV"),
])
def test_a_spanish_region_by_its_own_name(text, code):
    from reconcile.extract.fields import places_in
    assert [c for c, _, _ in places_in(text, "ES")] == [code]


def test_a_department_named_with_its_article_swallowed_by_del():
    from reconcile.extract.fields import places_in
    assert places_in("Los incendios arrasaron el departamento del Beni.", "BO")[0][0] == "BO-B"
    assert places_in("in Beni, North Kivu", None)[0][0] == "CD-BENI"      # the Congolese city keeps its name


# --- source: names and the words around them -----------------------------------------------------------
@pytest.mark.parametrize("text, value, who", [
    ("Ng Chau-pei, one of the organizers, said 200,000 people joined the march.", "200,000 people", "Ng Chau-pei"),
    ("Ana Ruiz, una de las organizadoras, dijo que 200.000 personas marcharon.", "200.000 personas", "Ana Ruiz"),
    ("Policeman Laal Agha told reporters that 12 people were killed.", "12 people", "Laal Agha"),
    ("El policía Juan Soto dijo que 40 personas murieron.", "40 personas", "Juan Soto"),
    ("De Beer did say that 3,001 officers were deployed.", "3,001", "De Beer"),
])
def test_the_speakers_name_without_what_surrounds_it(text, value, who):
    lang = "es" if "dij" in text else "en"
    assert _by_value(text, lang=lang, date="2022-11-01")[value].claimant == who


def test_a_pronoun_after_a_surname_is_the_one_named_in_full():
    text = ("Survivor Lawrence Drake said the boat sank quickly. Drake said he also saved two children. "
            "He said he saw at least seven bodies.")
    found = _by_value(text, date="2022-11-01")
    assert found["two"].claimant == found["at least seven"].claimant == "Lawrence Drake"


# --- place: a list of countries, each with its figure ------------------------------------------------
def test_a_list_of_countries_each_with_its_figure():
    text = ("Colombia tiene el mayor número de refugiados y migrantes venezolanos, más de un millón, seguido de "
            "Perú con medio millón, Ecuador, con más de 220.000, Argentina con 130.000 y Brasil con 85.000, según "
            "la ONU.")
    found = _by_value(text, lang="es", date="2018-09-05")
    assert [found[v].place for v in ("más de un millón", "medio millón", "más de 220.000", "130.000", "85.000")] \
        == ["CO", "PE", "EC", "AR", "BR"]


def test_a_count_of_several_countries_with_no_figure_of_each_stays_unplaced():
    text = "The storm killed 40 people across Guatemala, Honduras and El Salvador."
    assert _by_value(text, date="2022-11-01")["40 people"].place is None


# --- place: a division by its code in capitals -----------------------------------------------------------
def test_a_state_by_its_code_in_capitals_is_the_state():
    text = "SYDNEY (Reuters) - Fires have destroyed 1,588 homes in NSW this fire season, and 40 in QLD."
    found = _by_value(text, date="2020-01-07")
    assert (found["1,588"].place, found["40"].place) == ("AU-NSW", "AU-QLD")


def test_capitals_that_are_no_division_of_the_country_are_no_place():
    from reconcile.extract.fields import places_in
    assert places_in("Police and the SES rescued 12 people in the ACT.", "AU") == [("AU-ACT", "ACT", 44)]
    assert places_in("A MAN IN MAN", "GB") == []


# --- value: British spellings of units ------------------------------------------------------------------
def test_millimetres_of_rain_are_a_measure_of_rain():
    text = "Precipitation was intense in eastern Belgium, with 271.5 millimetres (10.69 in) of rain over 48 hours."
    found = _by_value(text, date="2021-07-14")
    assert found["271.5 millimetres"].criterion == "rainfall"


@pytest.mark.parametrize("text, unit", [("12 centimetres", "cm"), ("271.5 millimetres", "mm"),
                                        ("40 millilitres", "ml"), ("2,000 cubic metres", "m3")])
def test_british_spellings_of_units(text, unit):
    from reconcile.quantities.parse import parse_quantity
    assert parse_quantity(text, lang="en").unit == unit


# --- place: a currency's country is no place ---------------------------------------------------------------
@pytest.mark.parametrize("text", ["The damage was estimated at 1.5 billion US dollars.",
                                  "The fund gave 30 million Hong Kong dollars to the victims."])
def test_the_country_of_a_currency_is_no_place(text):
    found = _by_value(text, title="Earthquake in Haiti", date="2021-08-14")
    assert all(p.place not in ("US", "HK") for p in found.values())


# --- place: a dateline written as a city and a colon -------------------------------------------------------
def test_a_city_and_a_colon_before_prose_is_a_dateline():
    from reconcile.extract.scene import dateline
    text = ("Islamabad: The toll from an earthquake that rattled eastern Pakistan has risen to at least 22 dead, "
            "officials said.")
    assert dateline(text) == ("PK-ISLAMABAD", "Islamabad")
    assert _by_value(text, title="Quake", date="2019-09-25")["at least 22"].place == "PK"   # the sentence's


@pytest.mark.parametrize("text", ["Deaths: 40", "Lugar: Acteal, Chiapas", "Santiago: 40 muertos"])
def test_a_label_and_a_colon_is_no_dateline(text):
    from reconcile.extract.scene import dateline
    assert dateline(text) is None


# --- source: frames and roles of Spanish copy ----------------------------------------------------------------
def test_a_role_named_paragraphs_before_is_its_holder():
    text = ("El gobernador Alejandro Murat visitó la zona.\n\nHubo lluvias. El río creció. Las escuelas cerraron.\n\n"
            "«Tenemos 30 muertos», agregó el gobernador.")
    assert _by_value(text, lang="es", date="2017-09-08")["30"].claimant == "Alejandro Murat"


@pytest.mark.parametrize("text, value, who", [
    ("La huelga tuvo un seguimiento del 80%, en opinión de la Confederación Sindical.", "80%",
     "Confederación Sindical"),
    ("Marcharon 40.000 personas, según los cálculos de la Guardia Urbana.", "40.000 personas", "Guardia Urbana"),
])
def test_opinion_frames_and_calculations_name_their_author(text, value, who):
    assert _by_value(text, lang="es", date="2017-09-08")[value].claimant == who


# --- place: a list of a country's divisions -----------------------------------------------------------------
def test_a_list_of_states_reads_each_as_a_state_of_the_country():
    text = ("ABUJA (Reuters) - Floods have affected 441,251 people in Nigeria, NEMA said. Kogi has the highest "
            "number of people affected with 118,199 victims, followed by Kebbi (94,991), Niger (51,719), Delta "
            "(37,017) and Edo (31,113).")
    found = _by_value(text, date="2018-09-25")
    assert found["51,719"].place != "NE"                       # the state, not the country Niger
    assert [found[v].city for v in ("51,719", "37,017", "31,113")] == [None, None, None]   # none declared anew
    from reconcile.extract.places import division_named
    assert [division_named(n, "NG") for n in ("Niger", "Delta", "Edo")] == ["NG-NI", "NG-DE", "NG-ED"]


def test_azad_kashmir_is_pakistans_division():
    text = ("ISLAMABAD (AP) - The quake injured many. Gilgit-Baltistan, Azad Kashmir, and Islamabad recorded 52, 34, "
            "and 3 injuries, respectively.")
    found = _by_value(text, date="2022-11-01")
    assert [found[v].place for v in ("52", "34", "3")] == ["Gilgit-Baltistan", "PK-JK", "Islamabad"]


# --- source: where a body speaks from, and the writer's concession -------------------------------------------
@pytest.mark.parametrize("text, value, who", [
    ("Police in both cities said 3,000 people marched.", "3,000 people", "Police"),
    ("La policía de ambas ciudades dijo que 3.000 personas marcharon.", "3.000 personas", "policía"),
])
def test_the_body_that_speaks_from_several_places(text, value, who):
    lang = "es" if "dijo" in text else "en"
    assert _by_value(text, lang=lang, date="2022-11-01")[value].claimant == who


def test_a_concession_after_the_speakers_clause_is_the_writers():
    text = "Police claimed that only 55,000 people took part, though over 100,000 appeared to be present."
    found = _by_value(text, date="2022-11-01")
    assert (found["55,000 people"].claimant, found["over 100,000"].claimant) == ("Police", None)


def test_a_concession_inside_an_according_to_frame_is_the_framed_sources():
    text = ("According to Human Rights Watch, at least 200 Azerbaijanis were killed, though as many as 500 - 1,000 "
            "may have died.")
    assert _by_value(text, date="1992-02-26")["500 - 1,000"].claimant == "Human Rights Watch"


# --- place: an event spread over a region's districts ---------------------------------------------------------
def test_a_flood_across_a_regions_districts_is_the_regions():
    text = ("The flood situation in Assam remained grim on Saturday with the death toll rising to three and over "
            "40,000 people across 15 districts reeling under the deluge, an official bulletin said.\n\n"
            "Most of the rivers in the state continued to be in spate, it said.\n\n"
            "The flood waters claimed the life of a man in Nalbari district, taking the total toll to three so far.\n\n"
            "Altogether, 40,771 people are reeling under the impact of the deluge, the report said.")
    found = _by_value(text, title="Assam flood situation grim, death toll at 3", date="2023-06-24")
    assert found["over 40,000 people"].place == "Assam"         # not the country
    assert found["40,771 people"].place == "Assam"              # not the district one man died in


def test_an_outbreak_in_a_town_and_the_adjoining_districts_is_the_states():
    text = ("The 2019 Bihar encephalitis outbreak occurred in Muzaffarpur and the adjoining districts in Bihar state. "
            "More than 150 children died.")
    found = _by_value(text, title="2019 Bihar encephalitis outbreak", date="2019-06-01")
    assert found["More than 150"].place == "Bihar"


def test_where_riots_began_is_no_place_of_their_totals():
    text = ("The 2005 civil unrest in France was a series of riots between youths from poor suburbs and the police.\n\n"
            "The riots began on 27 October 2005 and originally focused in the banlieue of Paris. According to the "
            "official count, 8,973 vehicles were torched.")
    found = _by_value(text, title="2005 French riots", date="2005-10-27")
    assert found["8,973"].place == "FR"


def test_an_event_of_several_countries_has_no_one_place_for_its_totals():
    text = ("In July 2021, several European countries were affected by severe floods. The floods started in the "
            "United Kingdom as flash floods.\n\nThe floods are estimated to have cost up to €2.55 billion in insured "
            "losses.")
    found = _by_value(text, title="2021 European floods", date="2021-07-14")
    assert found["up to €2.55 billion"].place is None


def test_a_spanish_texts_conversion_in_brackets_keeps_its_unit():
    text = "El ciclón tocó tierra el 14 de marzo con vientos máximos de 215 km/h (130 mph), a 55 km (34 mi) de Beira."
    found = _by_value(text, lang="es", date="2019-03-14")
    assert "130 mph" in found and "34 mi" in found
    assert found["130 mph"].criterion == found["215 km/h"].criterion


@pytest.mark.parametrize("text, value, who", [
    ("In Arkansas, five people are dead, according to preliminary data from the National Weather Service.",
     "five people", "National Weather Service"),
    ("According to official data from the Health Ministry, 40 people died.", "40 people", "Health Ministry"),
    ("Según datos preliminares del Ministerio de Salud, 40 personas murieron.", "40 personas", "Ministerio de Salud"),
])
def test_the_data_of_a_body_are_the_bodys(text, value, who):
    lang = "es" if "Según" in text else "en"
    assert _by_value(text, lang=lang, date="2023-04-02")[value].claimant == who


def test_an_aside_between_dashes_does_not_split_its_clause():
    text = ("In Afghanistan, at least four people were killed.\n\nIn Pakistan, at least nine people died – including "
            "two children – as houses collapsed in the Khyber Pakhtunkhwa province.")
    found = _by_value(text, date="2023-03-22")
    assert found["at least nine people"].place == found["two"].place == "Khyber Pakhtunkhwa"


# --- as_of: the year in the event's name ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, lang", [
    ("En la elección presidencial de 2006 participaron ocho partidos políticos.", "ocho", "es"),
    ("The 2006 election drew 12 parties.", "12", "en"),
])
def test_the_year_in_the_events_name_dates_no_count(text, value, lang):
    assert _by_value(text, lang=lang, title="Elecciones", date="2006-07-02")[value].as_of == "2006-07-02"


def test_a_year_a_sentence_names_of_its_own_still_dates_it():
    found = _by_value("In 2006, 40 people died. Según el censo de 2010, la ciudad tiene 40.000 habitantes.",
                      lang="es", date="2006-07-02")
    assert found["40.000"].as_of == "2010"


@pytest.mark.parametrize("text, lang", [
    ("More than 4,000 people have died since November last year.", "en"),
    ("Más de 4.000 personas han muerto desde noviembre del año pasado.", "es"),
])
def test_a_count_since_a_month_of_last_year_is_of_its_day(text, lang):
    found = _by_value(text, lang=lang, date="2009-03-09")
    assert [p.as_of for p in found.values()] == ["2009-03-09"]


# --- place: a country an outbreak spread to counts its own ------------------------------------------------------
def test_a_country_an_outbreak_spread_to_reports_its_own_count():
    text = ("Zimbabwe has recorded 4,000 cholera deaths.\n\nCholera has spread to neighbouring countries, with South "
            "Africa having reported 59 deaths.\n\nThe outbreak spread to Uganda, which reported 12 deaths.\n\n"
            "Britain reported 40 of its citizens dead.")
    found = _by_value(text, title="Zimbabwe cholera death toll passes 4,000", date="2009-03-09")
    assert (found["59"].claimant, found["59"].place) == ("South Africa", "ZA")     # not "South Africa having"
    assert found["12"].place == "UG"
    assert found["40"].place == "ZW"          # a country that reports its citizens' deaths, no spread: the event's


def test_a_ranges_dash_opens_no_aside():
    from reconcile.extract.propose_place import _clause
    body = "The quake killed 100–200 people in Lima – the capital – and injured 3,000 in Cusco; 40 died in Ica."
    lo, hi = _clause(body, body.index("3,000"), body.index("3,000") + 5)
    # the aside " – the capital – " is one (not "–200 people in Lima –" from the range's dash): one clause up to ";"
    assert body[lo:hi].startswith("The quake") and body[lo:hi].strip().endswith("in Cusco")


def test_countries_that_sent_aid_make_no_event_of_several_countries():
    text = "The earthquake struck Haiti on 14 August, and many countries pledged aid.\n\nAt least 2,248 people died."
    found = _by_value(text, title="The August earthquake", date="2021-08-14")     # a title that names no place
    assert found["At least 2,248 people"].place == "HT"
