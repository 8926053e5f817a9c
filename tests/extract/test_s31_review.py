"""Session 31's review of extract on fresh news and encyclopedia texts: the mechanisms, each on
invented sentences of the kind the texts hold (the texts themselves are not in the repository)."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


# --- place: a city reached by a rule is named as the article writes it -----------------------------------------
@pytest.mark.parametrize("text, lang, place", [
    ("El tornado que afectó a tres barrios de la capital de Cuba causó cuatro muertos.\n\n"
     "En La Habana, 195 personas resultaron heridas.", "es", "La Habana"),
    ("Un naufragio frente a las costas de la capital de Mauritania dejó 89 muertos.\n\n"
     "Los sobrevivientes fueron llevados a Nuakchot.", "es", "Nuakchot"),
    ("The storm that struck the capital of Cuba killed four people.", "en", "Havana"),
])
def test_a_city_reached_by_a_rule_is_named_as_the_article_writes_it(text, lang, place):
    found = _by_value(text, lang, date="2019-01-28")
    assert next(iter(found.values())).place == place


def test_a_city_written_in_capitals_keeps_its_name():
    # "NEW DELHI:" writes New Delhi; "Delhi" in a body's name is no other name of it to take
    found = _by_value("NEW DELHI: A total of 178 dengue cases have been recorded in the capital this year, the "
                      "Municipal Corporation of Delhi said.", date="2022-08-15")
    assert found["178"].place == "New Delhi"


# --- criterion: a conversion in brackets measures what its figure measures ---------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("The storm dropped 200 millimetres (7.9 inches) of rain on the coast.", "en"),
    ("La tormenta dejó 200 milímetros (7,9 pulgadas) de lluvia en la costa.", "es"),
])
def test_inches_of_rain_in_brackets_are_rainfall(text, lang):
    found = _by_value(text, lang, date="2015-10-03")
    assert [p.criterion for p in found.values()] == ["rainfall", "rainfall"]


# --- place: "la capital" with a people's adjective --------------------------------------------------------------
@pytest.mark.parametrize("text, place", [
    ("En la capital aragonesa, los sindicatos afirmaron que participaron unas 60.000 personas en España.", "Aragón"),
    ("En la capital catalana se manifestaron 30.000 personas, según la Guardia Urbana de España.", "Cataluña"),
    # a country's people: its capital, whatever country was named before
    ("Tras la visita a España, en la capital hondureña murieron 12 personas.", "Tegucigalpa"),
    ("En la capital murieron 12 personas en Perú.", "Lima"),
])
def test_a_capital_named_by_its_peoples_adjective(text, place):
    assert next(iter(_by_value(text, "es", date="2012-02-20").values())).place == place


# --- junk: an emergency line and an outlet's name with digits -----------------------------------------------------
@pytest.mark.parametrize("text, values", [
    ("Cinco personas murieron en la carretera de Yecla, según el servicio de emergencias 112.", ["Cinco personas"]),
    ("Los datos, publicados en el portal oficial El 24 Digital, dan cuenta de 31 personas heridas.",
     ["31 personas"]),
    ("Dispatchers at the emergency number 911 received 300 calls.", ["300"]),
    # a count after an article that opens a name's figure is still a count where no capital follows
    ("Los datos del portal El Digital dan cuenta de 24 heridos.", ["24"]),
])
def test_an_emergency_line_and_an_outlet_with_digits_are_no_claims(text, values):
    assert list(_by_value(text, "en" if text.startswith("Dispatchers") else "es", date="2014-11-09")) == values


# --- part_of: the forms of a part ----------------------------------------------------------------------------
def _parts(text, lang):
    from tests.extract.test_s21_review import _proposals
    return [(p.value, p.part_of, p.population, p.criterion) for p in _proposals(text, lang, date="2022-11-01")]


def test_a_part_tied_by_of_whom_after_it():
    assert _parts("The fire killed 30 people, 25 of whom were tourists.", "en") == [
        ("30 people", None, ["people"], "dead"), ("25", 0, ["tourists"], "dead")]


def test_a_part_of_a_set_a_toll_named_sentences_before():
    parts = _parts("The fire killed 30 people. 20 of the victims died on the top floor. Firefighters said 12 of "
                   "the injured were in hospital.", "en")
    assert [(v, total) for v, total, _, _ in parts] == [("30 people", None), ("20", 0), ("12", None)]


def test_groups_in_apposition_after_a_toll_are_its_parts():
    parts = _parts("The boat sank and 46 migrants had drowned, 37 men and 9 women, officials said.", "en")
    assert [(v, total) for v, total, _, _ in parts] == [("46", None), ("37", 0), ("9", 0)]


def test_de_ellos_opening_a_sentence_ties_its_figure_to_the_toll_before():
    parts = _parts("El incendio dejó 45 muertos, informó la policía. De ellos, 12 eran bomberos. Diez de las "
                   "víctimas murieron en el acto.", "es")
    assert parts == [("45", None, ["people"], "dead"), ("12", 0, ["firefighters"], "dead"),
                     ("Diez", 0, ["people"], "dead")]


def test_a_part_is_of_the_count_not_of_the_places_counted_between():
    parts = _parts("El ministerio informó 2.400 casos sospechosos en 7 distritos del país, incluidos 150 casos "
                   "confirmados y 30 defunciones.", "es")
    assert [(v, total, crit) for v, total, _, crit in parts] == [
        ("2.400", None, "infected-suspected"), ("7", None, None), ("150", 0, "infected-confirmed"),
        ("30", None, "dead")]


def test_de_las_que_opens_a_part():
    assert _parts("Murieron 986 personas, de las que 552 fueron niños.", "es")[1][:2] == ("552", 0)


def test_a_group_after_a_count_of_groups_is_no_part():
    # "37 men" after a count of men is not a breakdown of it
    parts = _parts("Police detained 40 men, 12 women and 3 children.", "en")
    assert all(total is None for _, total, _, _ in parts)


# --- claimant ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("Gaya district magistrate Anil Kumar Verma told Reuters that 22 people were confirmed dead.", "22 people",
     "Anil Kumar Verma"),
    ("Amnesty International put the death toll from the crackdown at more than 70.", "more than 70",
     "Amnesty International"),
    ("Amnesty International and other rights groups put the death toll at more than 70.", "more than 70",
     "Amnesty International"),
])
def test_claimants_of_round_12(text, value, claimant):
    assert _by_value(text, date="2019-03-03")[value].claimant == claimant


# --- place: a side named by a place, a massacre named by its place -------------------------------------------
@pytest.mark.parametrize("text, value, place", [
    ("Street fighting broke out in Kharkiv on Saturday. Six pro-Russia militants were killed in Kharkiv, police "
     "said.", "Six", "Kharkiv"),
    ("US-led forces killed 12 fighters in Raqqa, a Paris-based monitor said.", "12", "Raqqa"),
])
def test_a_place_that_names_a_side_is_no_place(text, value, place):
    assert _by_value(text, date="2014-05-03")[value].place == place


def test_a_massacre_is_named_by_its_place():
    found = _by_value("El Gobierno de Honduras cifró en 312 el número de campesinos asesinados en la matanza de El "
                      "Zapotal.", "es", date="2019-06-01")
    assert found["312"].place == "El Zapotal"


# --- claimant: Spanish verbs that give a figure ----------------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("La Policía Local aportó la cifra de 25.000 asistentes.", "25.000", "Policía Local"),
    ("El alcalde, Antonio Muñoz, ofreció la cifra de 40.000 personas.", "40.000 personas", "Antonio Muñoz"),
    ("La fiscalía del estado ajustó este lunes a 8 el número de muertos.", "8", "fiscalía del estado"),
])
def test_spanish_verbs_that_give_a_figure(text, value, claimant):
    assert _by_value(text, "es", date="2019-06-01")[value].claimant == claimant


def test_ofrecio_without_a_figures_noun_states_nothing():
    assert _by_value("El ministerio ofreció 300 plazas a los afectados.", "es", date="2019-06-01")["300"].claimant \
        is None


# --- as_of: told today of an event of a year long past -------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, as_of", [
    ("El Gobierno cifró hoy en 312 el número de campesinos asesinados en la matanza de El Zapotal, en 1982.",
     "es", "312", "1982"),
    ("El ministerio informó hoy 40 muertos, la cifra más alta desde 2010.", "es", "40", "2019-06-01"),
])
def test_a_count_told_today_of_a_past_years_event(text, lang, value, as_of):
    assert _by_value(text, lang, date="2019-06-01")[value].as_of == as_of


# --- guards from the review of part_of (each was a regression of this session's first change) -------------------
@pytest.mark.parametrize("text, lang, index, total, criterion", [
    # a part's own verb after "were", "fueron" is its own criterion
    ("About 500 miners were trapped underground. Of them, 120 were rescued.", "en", 1, 0, "rescued"),
    ("El terremoto causó 30 muertos y 200 heridos, 50 de los cuales fueron hospitalizados.", "es", 2, 1,
     "hospitalised"),
    # "Of them," after a toll and a count of things: of the toll
    ("The fire killed 45 people and destroyed 300 homes. Of them, 12 were children.", "en", 2, 0, "dead"),
    ("El sismo dejó 45 muertos y dañó 3.000 viviendas. De ellos, 12 eran niños.", "es", 2, 0, "dead"),
    # no smaller total: "30 people in 3 attacks, 25 of whom"
    ("Rebels killed 30 people in 3 attacks, 25 of whom were civilians.", "en", 2, 0, "dead"),
    # a count of places with no noun of its own in the part: of the places
    ("Floods killed 30 people and affected 12 districts, including 4 in the capital.", "en", 2, 1, None),
    ("Más de 60 países enviaron ayuda, entre ellos 12 de América Latina.", "es", 1, 0, None),
])
def test_review_guards_of_part_of(text, lang, index, total, criterion):
    parts = _parts(text, lang)
    assert parts[index][1] == total
    if criterion is not None:
        assert parts[index][3] == criterion


@pytest.mark.parametrize("text, lang", [
    ("The floods killed 46 people, 37 children were injured and hundreds lost their homes.", "en"),
    ("The storm killed 20 people in Texas, 5 children in Oklahoma and 3 adults in Kansas.", "en"),
    ("The crash killed 150 people. 40 of the victims' relatives attended the ceremony on Sunday.", "en"),
    ("The bus crash killed 45 people and injured 60. 30 of the victims were treated at the regional hospital.", "en"),
])
def test_review_guards_of_no_part(text, lang):
    assert all(total is None for _, total, _, _ in _parts(text, lang))


@pytest.mark.parametrize("text, lang, population", [
    ("The army sent 300 soldiers to the province, 20 of whom were killed.", "en", ["soldiers"]),
    ("Llegaron 300 migrantes a la isla, 20 de ellos fueron rescatados del mar.", "es", ["migrants"]),
])
def test_what_befell_a_part_is_no_group_of_it(text, lang, population):
    assert _parts(text, lang)[1][2] == population


def test_defunct_is_no_death():
    assert _parts("Before it became defunct, the factory had 500 employees, the union said.", "en")[0][3] is None


# --- guards from the review of the other changes -------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The blizzard dumped 30 inches of snow on Buffalo after the rain turned to snow overnight.",
    "Floodwaters rose 40 inches in some homes in Houston after days of heavy rain, officials said.",
    "Tras las lluvias, el agua alcanzó 80 centímetros en las calles de Valencia.",
])
def test_a_depth_that_is_not_of_rain_is_no_rainfall(text):
    lang = "es" if text.startswith("Tras") else "en"
    assert next(iter(_by_value(text, lang, date="2016-01-23").values())).criterion != "rainfall"


def test_inches_of_rain_said_so_are_rainfall():
    assert _by_value("The storm dropped 3 inches of rain on Houston.", date="2016-01-23")["3 inches"].criterion \
        == "rainfall"


@pytest.mark.parametrize("text, place", [
    ("Las lluvias en México dejaron 15 muertos en la capital azteca, informó Protección Civil.", "Mexico City"),
    ("El temporal afectó a Venezuela: en la capital caraqueña murieron 8 personas.", "Caracas"),
    ("Tras el sismo en Guatemala, 300 personas fueron evacuadas en la capital después del mediodía.",
     "Guatemala City"),
    ("En España, en la capital madrileña marcharon 40.000 personas.", "Madrid"),
])
def test_an_adjective_of_no_region_leaves_the_countrys_capital(text, place):
    assert next(iter(_by_value(text, "es", date="2019-06-10").values())).place == place


@pytest.mark.parametrize("text, value", [
    ("El Gobierno declaró en emergencia 120 distritos de Piura por las lluvias.", "120"),
    ("Tras la emergencia 300 familias fueron evacuadas en Tabasco.", "300"),
    ("During the emergency 200 residents were evacuated from their homes in Texas.", "200"),
])
def test_a_count_after_the_word_emergency_is_a_count(text, value):
    assert value in _by_value(text, "en" if text.startswith("During") else "es", date="2019-06-10")


@pytest.mark.parametrize("text, value, claimant", [
    ("Rescuers recovered 12 more bodies on Tuesday. The discovery put the death toll from the landslide at 80.",
     "80", None),
    ("Israeli and international rights groups said 40 Palestinians were killed in Gaza.", "40",
     "international rights groups"),
    ("Residents and aid groups said 60 people died in the floods.", "60 people", "aid groups"),
])
def test_review_guards_of_claimants(text, value, claimant):
    assert _by_value(text, date="2019-06-10")[value].claimant == claimant


def test_a_collector_is_a_trade_not_an_office():
    found = _by_value("A fire in a slum in Mumbai killed 12 people on Sunday. Among the dead was scrap collector "
                      "Ramesh Yadav, 45.\n\nThe district collector said 30 huts were destroyed.", date="2019-06-10")
    assert found["30"].claimant == "district collector"


# --- place: the place whose verb took a measure ------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, place", [
    ("Heavy rain hit China. Shaanxi province was the hardest hit with 489 millimeters of rain, the ministry said.",
     "en", "489 millimeters", "CN-SN"),
    ("Llueve en Perú. Piura registró 120 milímetros de lluvia en un día.", "es", "120 milímetros", "Piura"),
])
def test_the_place_whose_verb_took_a_measure(text, lang, value, place):
    assert _by_value(text, lang, date="2002-06-12")[value].place == place


# --- guards from the second review ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, place", [
    ("La Fiscalía de México informó que 12 personas fueron detenidas por la masacre de San Valentín en Ciudad "
     "Juárez.", "es", "12 personas", "Ciudad Juárez"),
    ("Police said 23 people died in the massacre at Walmart in El Paso.", "en", "23 people", "El Paso"),
])
def test_a_massacre_named_by_no_village_leaves_the_place(text, lang, value, place):
    assert _by_value(text, lang, date="2024-05-03")[value].place == place


@pytest.mark.parametrize("text, value", [
    ("El conductor corrigió la trayectoria del autobús, pero 12 pasajeros resultaron heridos en Cuenca.", "12"),
    ("El Gobierno aportó una cantidad de 5 millones de euros para la reconstrucción de Lorca.",
     "5 millones de euros"),
])
def test_adjusting_or_giving_things_states_no_figure(text, value):
    assert _by_value(text, "es", date="2024-05-03")[value].claimant is None


@pytest.mark.parametrize("text, lang, value", [
    ("El Ministerio de Salud informó hoy 40 muertos por dengue, frente a 25 en 2018.", "es", "40"),
    ("Officials said on Friday that 30 people died in the floods, the worst since a storm in 1998.", "en",
     "30 people"),
    ("A court on Friday sentenced 15 soldiers for a massacre in 1982.", "en", "15"),
])
def test_a_year_of_comparison_is_no_date_of_a_count_told_today(text, lang, value):
    assert _by_value(text, lang, date="2024-05-03")[value].as_of == "2024-05-03"


def test_more_victims_listed_after_a_group_are_no_parts_of_it():
    parts = _parts("The airstrike killed 11 fighters, 4 children and 2 women, the monitor said.", "en")
    assert all(total is None for _, total, _, _ in parts)


def test_of_these_after_people_and_things_is_of_the_things_it_names():
    parts = _parts("Police arrested 300 people and seized 200 weapons. Of these, 50 were weapons.", "en")
    assert parts[2][:2] == ("50", 1)
    # a noun no lexicon knows does not say which: no part (not of the people)
    parts = _parts("Police arrested 300 people and seized 200 weapons. Of these, 50 were rifles.", "en")
    assert parts[2][:2] == ("50", None)


# --- guards from the third review ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, place", [
    ("Some 5,000 people displaced from Savar, on the outskirts of Dhaka, were housed in Gazipur.", "en",
     "Some 5,000 people", "Gazipur"),
    ("Aid convoys headed down the highway to Mariupol, where 300 civilians had been killed during the siege.", "en",
     "300", "Mariupol"),
    ("En la autopista de Madrid a Valencia, a la altura de Requena, fallecieron cinco personas en un choque.", "es",
     "cinco personas", "Requena"),
    ("Texas saw little rain but Louisiana got 300 millimeters on Sunday.", "en", "300 millimeters", "Louisiana"),
])
def test_review3_guards_of_place(text, lang, value, place):
    assert _by_value(text, lang, date="2024-05-03")[value].place == place


@pytest.mark.parametrize("text, lang, value", [
    ("Protección Civil informó hoy de 40 muertos por las lluvias, la cifra más alta desde el terremoto de 1985.",
     "es", "40"),
    ("Rescuers said on Friday 60 people had died, twice as many as in the disaster of 2010.", "en", "60 people"),
])
def test_review3_guards_of_as_of(text, lang, value):
    assert _by_value(text, lang, date="2024-05-03")[value].as_of == "2024-05-03"


def test_review3_guards_of_part_and_on_board():
    assert _parts("The shelling killed 36 people and destroyed 80 homes. Of these, 15 were toddlers.", "en")[2][1] != 1
    assert _parts("La Policía detuvo a 300 personas y decomisó 200 armas. De ellas, 50 eran fusiles.", "es")[2][1] != 0
    found = _by_value("Coast guards intercepted a boat with 200 rifles off the coast of Haiti.", date="2024-05-03")
    assert found["200"].criterion != "on-board"
