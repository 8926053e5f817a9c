"""Session 30's review of extract on fresh news and encyclopedia texts: the mechanisms, each on
invented sentences of the kind the texts hold (the texts themselves are not in the repository)."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


# --- claimant: a frame that opens the sentence is the speaker, not the place it tells of ----------------------
@pytest.mark.parametrize("text, lang, value, claimant, place", [
    ("According to the health ministry, Lima has recorded 1,200 cases of dengue.", "en", "1,200",
     "health ministry", "Lima"),
    ("Según el Ministerio de Salud, Lima ha registrado 1.200 casos de dengue.", "es", "1.200",
     "Ministerio de Salud", "Lima"),
    ("According to the UN, Peru has recorded 300 deaths from the floods.", "en", "300", "UN", "PE"),
])
def test_a_place_that_records_inside_a_frame_is_where_not_who(text, lang, value, claimant, place):
    found = _by_value(text, lang, date="2023-03-15")[value]
    assert (found.claimant, found.place) == (claimant, place)


def test_a_place_that_records_without_a_frame_is_left_as_it_was():
    # no frame: the body named after the sentence still speaks
    found = _by_value("Lima has recorded 1,200 cases of dengue, the health ministry said.", date="2023-03-15")
    assert (found["1,200"].claimant, found["1,200"].place) == ("health ministry", "Lima")


# --- population: a list by place written place first carries the first item's noun ----------------------------
@pytest.mark.parametrize("text, lang", [
    ("According to the health ministry, Lima has recorded 1,200 cases, followed by Piura with 800 and Tumbes "
     "with 300.", "en"),
    ("Lima registra 1.200 casos, Piura 800 y Tumbes 300, según el Ministerio de Salud.", "es"),
])
def test_a_list_by_place_carries_the_first_items_noun(text, lang):
    found = _by_value(text, lang, date="2023-03-15")
    assert [found[v].population for v in found] == [["cases"]] * 3
    assert [found[v].place for v in found][1:] == ["Piura", "Tumbes"]


# --- population: the subject of "total" or "suman" is what the figure counts --------------------------------
@pytest.mark.parametrize("text, lang, value", [
    ("Dengue cases in Peru now total 4,500, the ministry said.", "en", "4,500"),
    ("Los casos de dengue suman 4.500, informó el ministerio.", "es", "4.500"),
    ("Los contagios de dengue sumaban 4.500 el lunes, informó el ministerio.", "es", "4.500"),
])
def test_the_subject_of_a_verb_that_sums_is_counted(text, lang, value):
    found = _by_value(text, lang, date="2023-03-15")[value]
    assert (found.population, found.criterion) == (["people"], "infected")


def test_the_nouns_total_and_suma_are_no_verb():
    assert _by_value("La suma de 4.500 pesos fue pagada por el seguro.", "es")["4.500 pesos"].population == []


def test_a_subject_that_lists_people_by_what_befell_them_counts_people():
    found = _by_value("La Conred señaló que los afectados, damnificados, evacuados y refugiados suman más de 400 mil.",
                      "es", date="2010-06-02")
    assert found["más de 400 mil"].population == ["people"]


# --- claimant: a quote of several sentences closed by a pronoun's tag is the one named before ------------------
@pytest.mark.parametrize("text, lang", [
    ('Governor Suleyman Elban said the protests had ended. "A total of 812 people were detained in Izmir. As many '
     'as 300 suspects have been released," he wrote on X.', "en"),
    ("El gobernador Carlos Amaya informó que la búsqueda sigue. «Hay 45 muertos. Otros 12 están desaparecidos», "
     "escribió en X.", "es"),
])
def test_a_quote_closed_by_a_pronouns_tag_is_the_person_named_before(text, lang):
    found = _by_value(text, lang, date="2025-03-26")
    assert {p.claimant for p in found.values()} == {"Suleyman Elban" if lang == "en" else "Carlos Amaya"}


def test_a_pronouns_tag_after_a_body_named_before_lends_no_body():
    found = _by_value('The police said the march ended. "A total of 812 people were detained. As many as 300 have been '
                      'released," he wrote on X.', date="2025-03-26")
    assert found["812 people"].claimant is None


# --- claimant: the speaker after a wire that listens, a role with its adjective, a police's own name ------------
def test_the_speaker_after_the_wire_that_listens_is_the_person():
    found = _by_value("«Hemos registrado 45 muertes y 9.300 desplazados», dijo a EFE Amina Bello, portavoz de la "
                      "Protección Civil. Según Bello, 6 regiones del país están afectadas.", "es", date="2025-08-20")
    assert {p.claimant for p in found.values()} == {"Amina Bello"}
    found = _by_value("«Hemos registrado 45 muertes», dijo a Europa Press Juan Pérez, portavoz de los bomberos.", "es")
    assert found["45"].claimant == "Juan Pérez"


def test_a_role_with_an_adjective_named_again_is_its_holder():
    found = _by_value("El comandante general de la Policía, Víctor Herrera, dijo que 30 agentes resultaron heridos. "
                      "Asimismo, el comandante general de la Policía habló de 12 patrulleros dañados.", "es",
                      date="2025-08-20")
    assert (found["30"].claimant, found["12"].claimant) == ("Víctor Herrera", "Víctor Herrera")
    # an article is no role: the governor named with his office, then the bare role, stays the governor
    found = _by_value("El gobernador de Oaxaca, Alejandro Murat, dijo que hay 35 fallecidos. Se busca a un policía. "
                      "«En los 41 municipios hay daños», agregó el gobernador.", "es", date="2017-09-08")
    assert found["41"].claimant == "Alejandro Murat"


@pytest.mark.parametrize("text, claimant", [
    ("La Policía Nacional de Ecuador reportó que el número de detenidos asciende a 80.", "Policía Nacional de Ecuador"),
    ("La Policía Municipal de Quito reportó que el número de detenidos asciende a 80.", "Policía Municipal de Quito"),
    # a dateline before the article: the article is no part of the name
    ("MÉXICO.— La Secretaría de Salud reportó que los detenidos suman 80.", "Secretaría de Salud"),
])
def test_a_polices_own_name_and_an_article_after_a_dateline(text, claimant):
    assert _by_value(text, "es", date="2025-08-20")["80"].claimant == claimant


# --- as_of: a mishap's day named after its toll; days of one month written month first --------------------------
def test_a_mishaps_day_named_after_its_toll_dates_the_toll():
    found = _by_value("At least 24 people died and 13 others were injured when a bus plunged into a ravine on the "
                      "island of Sumatra, police said Tuesday.\n\nThe bus careered into a 150-metre ravine just "
                      "before midnight on Monday, a police spokesman said.", date="2019-12-24")
    assert (found["At least 24 people"].as_of, found["13"].as_of) == ("2019-12-23", "2019-12-23")
    found = _by_value("Al menos 12 personas murieron cuando un autobús cayó a un barranco, informó la policía.\n\n"
                      "El autobús se despistó el domingo por la noche en una curva.", "es", date="2024-03-05")
    assert found["Al menos 12 personas"].as_of == "2024-03-03"


@pytest.mark.parametrize("text, as_of", [
    ("Police detained 640 people during protests in Tbilisi on April 3-8, Interior Minister Vakhtang Gomelauri said.",
     "2024-04"),
    ("More than 1,400 people were detained during protests on March 19–25, 2024, the minister said.", "2024-03"),
    # one day stays the day
    ("Police detained 640 people during protests in Tbilisi on April 3, the minister said.", "2024-04-03"),
])
def test_days_of_one_month_written_month_first_are_the_month(text, as_of):
    assert next(iter(_by_value(text, date="2024-04-10").values())).as_of == as_of


# --- place: where a vehicle was going back to, a place before a bracket, a country's capital, a joined name -------
@pytest.mark.parametrize("text, lang, place", [
    ("Trece estudiantes murieron este domingo en un accidente de autobús en el noreste de España, cuando el "
     "vehículo volvía a Barcelona.", "es", "ES"),
    ("Thirteen students died on Sunday in a bus crash in northeastern Spain as the bus was returning to Barcelona.",
     "en", "ES"),
])
def test_where_a_vehicle_was_going_back_to_is_no_place_of_the_toll(text, lang, place):
    assert next(iter(_by_value(text, lang, date="2016-03-20").values())).place == place


@pytest.mark.parametrize("text, lang, value, place", [
    ("The cholera pandemic reached Russia, Hungary (about 100,000 deaths) and Germany in 1831.", "en",
     "about 100,000", "HU"),
    ("In 1832 it reached London and the United Kingdom (where more than 55,000 people died) and Paris.", "en",
     "more than 55,000 people", "GB"),
    ("La epidemia llegó a Perú (donde murieron 300 personas) y a Chile.", "es", "300 personas", "PE"),
    # a place of its own inside the bracket is the more specific
    ("The floods hit India (where 300 died in Assam) and Nepal.", "en", "300", "Assam"),
])
def test_a_figure_in_a_bracket_after_a_place_is_that_places(text, lang, value, place):
    assert _by_value(text, lang, date="2016-03-20")[value].place == place


def test_the_capital_of_a_country_is_its_capital_city():
    found = _by_value("El tornado, que afectó a cinco barrios de la capital de Cuba, causó cuatro muertos y 195 "
                      "heridos.", "es", date="2019-01-28")
    assert {p.city for p in found.values()} == {"CU-HAVANA"}
    assert _by_value("Protests in the capital of Haiti drew 10,000 people.")["10,000 people"].city == \
        "HT-PORT-AU-PRINCE"
    # a state's capital is no country's
    assert _by_value("Murieron 30 personas en la capital de Chiapas.", "es")["30 personas"].city is None


@pytest.mark.parametrize("text, place", [
    ("The typhoon killed 23 people in Ba Ria Vung Tau province, officials said.", "VN-43"),
    ("The typhoon killed 23 people in Thua Thien Hue province, officials said.", "VN-26"),
])
def test_a_province_whose_iso_name_joins_two_names_by_a_dash(text, place):
    assert _by_value(text, date="2006-12-05")["23 people"].place == place


# --- as_of: a day the sentence names beside "today" of its telling ------------------------------------------
@pytest.mark.parametrize("text, lang, value", [
    ("El tornado que el domingo azotó el municipio de Regla dejó 3 muertos, informaron hoy las autoridades.", "es",
     "3"),
    ("A tornado that struck Regla on Sunday killed 3 people, officials said today.", "en", "3 people"),
])
def test_the_day_of_the_event_beside_the_today_of_its_telling(text, lang, value):
    found = _by_value(text, lang, date="2025-03-05")[value]
    assert (found.as_of, found.stated_on) == ("2025-03-02", "2025-03-05")


def test_a_measure_after_it_is_of_that_day_and_today_alone_is_today():
    found = _by_value("El tornado que el domingo azotó Regla dejó 3 muertos, informaron hoy las autoridades.\n\n"
                      "El fenómeno, con vientos de unos 250 kilómetros por hora, dañó 400 viviendas.", "es",
                      date="2025-03-05")
    assert found["unos 250 kilómetros por hora"].as_of == "2025-03-02"
    assert _by_value("Today 300 people marched in Lima, officials said.", date="2025-03-05")["300 people"].as_of == \
        "2025-03-05"


# --- population: a part of a whole named after it, the subject after a copula, nouns of the lexicon ------------
@pytest.mark.parametrize("text, lang, value, population", [
    ("As of Wednesday, 14 out of more than 360 fires burning in British Columbia threatened towns.", "en", "14",
     ["fires"]),
    ("Según el portavoz, 28 del total de 36 estados del país se han visto afectados.", "es", "28", ["states"]),
    ("Según el gobernador, fueron 115 los rescatistas que atendieron la emergencia.", "es", "115", ["rescuers"]),
    ('"Son 355 las viviendas afectadas y 14 personas fallecidas", precisó el alcalde.', "es", "355", ["houses"]),
    ("El bus chocó contra un vehículo hiriendo a sus dos ocupantes.", "es", "dos", ["occupants"]),
    ("Las bajas realistas fueron 1800 muertos y 2000 prisioneros.", "es", "2000", ["prisoners"]),
])
def test_what_a_figure_counts_named_after_it(text, lang, value, population):
    assert _by_value(text, lang, date="2024-09-04")[value].population == population


# --- claimant: an outlet that carries the words of one the sentence does not name ---------------------------------
def test_an_outlet_carrying_an_unnamed_speakers_words_is_no_source():
    assert _by_value("A local rights group said two demonstrators were killed in Conakry, Reuters reported.",
                     date="2020-08-10")["two"].claimant is None
    # a named speaker keeps the words; the outlet's own report stays the outlet's
    assert _by_value("The Red Cross said two demonstrators were killed in Conakry, Reuters reported.",
                     date="2020-08-10")["two"].claimant == "Red Cross"
    assert _by_value("Two demonstrators were killed in Conakry, Reuters reported.",
                     date="2020-08-10")["Two"].claimant == "Reuters"


def test_a_day_of_the_month_after_its_weekday_is_no_claim():
    found = _by_value("En la mañana del jueves 16 terminaron las labores de búsqueda de los 10 mineros.", "es",
                      date="2023-03-16")
    assert list(found) == ["10"]
    assert "5" in _by_value("Last Tuesday 5 died in the crash.", date="2023-03-16")


# --- guards from the review of this session's changes ---------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, as_of", [
    # a weekday after "today" of something else, or to come, is no day of the count
    ("The death toll from the floods rose to 45, officials said today, and a national day of mourning will be held "
     "on Friday.", "en", "45", "2025-03-06"),
    ("El número de muertos por las inundaciones subió a 45, informaron hoy las autoridades, que decretaron duelo "
     "nacional a partir del viernes.", "es", "45", "2025-03-06"),
    ("Hospitals were treating 120 injured people, officials said today, down from 300 on Monday.", "en",
     "120", "2025-03-06"),
    ("Unas 300 personas siguen en albergues, informaron hoy las autoridades, que el lunes habían contabilizado 1.200 "
     "evacuados.", "es", "Unas 300 personas", "2025-03-06"),
    # a count up to a day named after it is of that day
    ("La ONU informó hoy de que 5.665 personas han muerto en el conflicto, según sus registros actualizados hasta el "
     "pasado domingo.", "es", "5.665 personas", "2025-03-02"),
])
def test_guards_a_weekday_beside_today(text, lang, value, as_of):
    assert _by_value(text, lang, date="2025-03-06")[value].as_of == as_of


@pytest.mark.parametrize("text, lang, value, place", [
    ("Thousands of displaced families were returning to Mosul, where rescuers have recovered 300 bodies from the "
     "rubble.", "en", "300", "Mosul"),
    ("Cuando la calma volvía a Quito, un nuevo enfrentamiento dejó 3 muertos y 20 heridos.", "es", "3", "Quito"),
    ("La normalidad regresaba a Quito tras las protestas, que dejaron 10 muertos en la capital.", "es", "10", "Quito"),
    ("The ship left Turkey (with about 400 refugees on board) and sank near the Greek island of Lesbos.", "en",
     "about 400", "Lesbos"),
    ("Tornadoes tore through Atlanta, the capital of Georgia, killing 3 people, the National Weather Service said.",
     "en", "3 people", "Atlanta"),
])
def test_guards_places(text, lang, value, place):
    assert _by_value(text, lang, date="2025-03-14")[value].place == place


@pytest.mark.parametrize("text, lang, value, claimant", [
    # someone introduced between the person named and the quote
    ('Governor John Smith said rescue work would continue through the night. A nurse at the local hospital described '
     'the scene. "We received 40 injured people overnight. Three of them died before dawn," she said.', "en",
     "40", None),
    # another holder of the role: a deputy, an outgoing one
    ("El director de la Policía, Víctor Herrera, dijo que 30 agentes resultaron heridos. Más tarde, el director "
     "adjunto de la Policía habló de 12 patrulleros dañados.", "es", "12", "director adjunto de la Policía"),
    ("El ministro de Salud, Juan Pérez, dijo que hay 30 hospitalizados. En la tarde, el ministro saliente de Salud "
     "habló de 12 muertos durante su gestión.", "es", "12", "ministro saliente de Salud"),
    ("The commander of the police, Victor Herrera, said 30 officers were injured. Later, the deputy commander of the "
     "police said 12 patrol cars were damaged.", "en", "12", "deputy commander of the police"),
    # initials in capitals are a given name, not a wire
    ("The fire killed 12 people, said AJ Brown, the county fire chief. Brown said 40 homes had burned.", "en", "40",
     "AJ Brown"),
    # a state that speaks inside a frame is the speaker
    ("According to Reuters, Ukraine said 300 Russian soldiers were killed in the attack.", "en", "300", "Ukraine"),
    ("Según la agencia AP, Rusia aseguró que 300 soldados ucranianos murieron en el ataque.", "es", "300", "Rusia"),
    ("According to state media, China reported 45 new cases on Monday.", "en", "45", "China"),
])
def test_guards_claimants(text, lang, value, claimant):
    assert _by_value(text, lang, date="2025-03-14")[value].claimant == claimant


@pytest.mark.parametrize("text, value, population", [
    ("Los policías detuvieron en total a 45 durante la noche.", "45", ["people"]),
    ("Los médicos del hospital atendieron en total a 300.", "300", []),
    ("Las viviendas afectadas, dañadas y destruidas suman 3.000, según la Conred.", "3.000", []),
])
def test_guards_populations(text, value, population):
    assert _by_value(text, "es", date="2025-03-14")[value].population == population


def test_a_state_told_today_beside_the_events_day_is_of_today():
    found = _by_value("El tornado que el domingo alcanzó a La Habana provocó estragos en más de 1.900 viviendas, lo "
                      "que obliga a que casi 5.000 personas permanezcan desalojadas, anunciaron hoy las autoridades.",
                      "es", date="2019-01-30")
    assert (found["más de 1.900"].as_of, found["casi 5.000 personas"].as_of) == ("2019-01-27", "2019-01-30")


def test_an_approximate_figure_with_thousands_commas_is_read_whole():
    found = _by_value("Más de 150,000 personas fueron evacuadas y cerca de 20,000 casas resultaron dañadas, informó la "
                      "Protección Civil.", "es", date="2025-10-03")
    assert found["cerca de 20000"].value == "cerca de 20000"
    assert "Más de 150000 personas" in found


def test_a_measure_with_thousands_commas_is_read_whole_where_the_article_writes_them_so():
    found = _by_value("Más de 150,000 personas fueron evacuadas y más de 106,000 hectáreas de cultivos resultaron "
                      "destruidas, informó la Protección Civil.", "es", date="2025-10-03")
    assert "más de 106000 hectáreas" in found
    # an article that writes thousands with a period: a measure's comma is a decimal
    found = _by_value("Más de 150.000 personas fueron evacuadas y cayeron 12,500 milímetros de lluvia.", "es")
    assert "12,500 milímetros" in found


# --- as_of: a figure's own weekday after its noun; a count set against an earlier one ------------------------
def test_a_figures_own_weekday_after_its_noun_and_a_count_down_from_an_earlier_one():
    found = _by_value("Rescuers resumed their search near Gulmarg on Wednesday for 11 missing skiers caught by an "
                      "avalanche that killed at least three members of their group on Tuesday.", date="2022-10-05")
    assert (found["11"].as_of, found["at least three"].as_of) == ("2022-10-05", "2022-10-04")
    found = _by_value("About 25,000 people remain on evacuation orders throughout British Columbia, down from 30,000 "
                      "Sunday.", date="2023-08-23")
    assert (found["About 25,000 people"].as_of, found["30,000"].as_of) == ("2023-08-23", "2023-08-20")
    # a date after a noun and a preposition is no weekday of the figure's own
    found = _by_value("Between six and ten million people took part in protests in up to sixty countries over the "
                      "weekend of 15 and 16 February.", date="2003-02-16")
    assert found["up to sixty"].as_of == "2003-02"


# --- guards from the second review -----------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, claimant", [
    ("The government declared a state of emergency as the death toll rose to 45, Reuters reported.", "en", "45",
     "Reuters"),
    ("After the army said it had retaken the town, 12 civilians were found dead in a mass grave, Reuters reported.",
     "en", "12", "Reuters"),
    ("Según declaró a RPP Juan Pérez, alcalde de Piura, 30 personas murieron. Pérez agregó que 40 casas quedaron "
     "destruidas.", "es", "40", "Juan Pérez"),
    ("La viceministra de Salud, Ana Ruiz, dijo que hay 30 hospitalizados. Más tarde, la viceministra habló de 12 "
     "muertos.", "es", "12", "Ana Ruiz"),
    ("The deputy commander of the police, Ana Ruiz, said 30 officers were injured. Later, the deputy commander said "
     "12 patrol cars were damaged.", "en", "12", "Ana Ruiz"),
])
def test_guards_claimants_second_review(text, lang, value, claimant):
    assert _by_value(text, lang, date="2025-03-14")[value].claimant == claimant


@pytest.mark.parametrize("text, lang, value, as_of", [
    ("Schools will remain closed until Friday, officials said today, after the floods killed 45 people.", "en",
     "45 people", "2025-03-06"),
    ("Officials, who will hold a memorial service on Friday, said today that 45 people had died in the floods.", "en",
     "45 people", "2025-03-06"),
    ("Las clases seguirán suspendidas hasta el viernes, informaron hoy las autoridades, tras las inundaciones que "
     "dejaron 45 muertos.", "es", "45", "2025-03-06"),
    ("Officials said today that 45 people had died in the floods, and roads will stay closed until Sunday.", "en",
     "45 people", "2025-03-06"),
    ("Las inundaciones dejaron 45 muertos, informaron hoy las autoridades, que mantendrán la alerta roja hasta el "
     "domingo.", "es", "45", "2025-03-06"),
    ("El tornado que el domingo azotó Regla dejó 3 muertos y continúa la búsqueda de desaparecidos, informaron hoy "
     "las autoridades.", "es", "3", "2025-03-02"),
    ("A tornado that struck Regla on Sunday killed 3 people and rescuers remain at the scene, officials said today.",
     "en", "3 people", "2025-03-02"),
])
def test_guards_as_of_second_review(text, lang, value, as_of):
    assert _by_value(text, lang, date="2025-03-06")[value].as_of == as_of


@pytest.mark.parametrize("text, lang, value, place", [
    ("Families who fled by car are returning to Mosul, where rescuers have recovered 300 bodies from the rubble.",
     "en", "300", "Mosul"),
    ("Tras el paso del camión de bomberos, la calma volvía a Quito, donde los enfrentamientos dejaron 3 muertos.",
     "es", "3", "Quito"),
    ("Meanwhile, the capital of Haiti drew 10,000 protesters on Sunday.", "en", "10,000", "Port-au-Prince"),
])
def test_guards_places_second_review(text, lang, value, place):
    assert _by_value(text, lang, date="2025-03-14")[value].place == place


@pytest.mark.parametrize("text, value", [
    ("Del viernes al domingo 14 fueron detenidos por la policía durante las protestas.", "14"),
    # a decimal comma elsewhere, or a single comma figure: a measure's comma is a decimal
    ("Un sismo de magnitud 4,5 sacudió la costa. Las olas alcanzaron una altura de 1,750 metros en el puerto.",
     "1,750 metros"),
    ("La crecida del Ebro, que dejó 3 muertos, alcanzó en Zaragoza una altura de 5,250 metros.", "5,250 metros"),
])
def test_guards_values_second_review(text, value):
    assert value in _by_value(text, "es", date="2025-03-14")


@pytest.mark.parametrize("text, lang, kept, left_out", [
    ("Across the country, more than 12 million hectares have burned this season, more than twice the last record of "
     "5.1 million hectares.", "en", "more than 12 million hectares", "5.1 million hectares"),
    ("Gilberto alcanzó vientos de 296 km/h, solo superado por el huracán Allen con vientos de 305 km/h.", "es",
     "296 km/h", "305 km/h"),
    ("The storm had winds of 296 km/h, second only to Allen, with 305 km/h.", "en", "296 km/h", "305 km/h"),
])
def test_a_past_record_set_against_a_figure_is_no_claim(text, lang, kept, left_out):
    found = _by_value(text, lang, date="2023-08-23")
    assert kept in found and left_out not in found


# --- guards from the third review ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, as_of", [
    ("At least 12 people were killed when a mudslide came down from the hills above the town on Sunday.",
     "At least 12 people", "2024-03-03"),
    ("Helicopters flew 20 injured climbers down from the mountain on Tuesday.", "20", "2024-03-05"),
    ("Rescuers resumed their search near the pass on Wednesday for 11 skiers missing after an avalanche on Tuesday.",
     "11", "2024-03-06"),
    ("On Wednesday 300 people attended funerals of Sunday's victims.", "300 people", "2024-03-06"),
])
def test_guards_as_of_third_review(text, value, as_of):
    assert _by_value(text, date="2024-03-06")[value].as_of == as_of


def test_guards_an_outlet_of_two_words_before_a_speaker():
    found = _by_value("Al menos 8 personas resultaron heridas, dijo a TV Perú Carlos Mendoza, jefe de los bomberos de "
                      "Lima.", "es", date="2024-03-06")
    assert "Perú" not in (found["Al menos 8 personas"].claimant or "")


def test_an_events_plural_verb_beside_the_today_of_telling():
    found = _by_value("Las lluvias dejaron el lunes 3 muertos y 12 heridos, informaron hoy las autoridades.", "es",
                      date="2024-03-06")
    assert (found["3"].as_of, found["3"].stated_on) == ("2024-03-04", "2024-03-06")


def test_the_end_of_a_span_of_days_by_weekday_and_day_is_no_count():
    found = _by_value("Del viernes 11 al domingo 13 se registraron 20 muertos en las carreteras del país.", "es",
                      date="2024-03-14")
    assert list(found) == ["20"]
