"""Session 32's review of extract on fresh news texts (round 13): the mechanisms, each on invented
sentences of the kind the texts hold (the texts themselves are not in the repository)."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


# --- as_of: "As of <day>" dates the count that follows, even in an event of weeks ----------------------------
@pytest.mark.parametrize("text, lang", [
    ("As of Tuesday, 11 October 2022, over 1.4 million persons were displaced and 31 persons were reported dead, "
     "the agency said.", "en"),
    ("As of 11 October 2022, over 1.4 million persons were displaced and 31 persons were reported dead.", "en"),
    ("Hasta el martes 11 de octubre de 2022, 1,4 millones de personas fueron desplazadas y 31 personas murieron, "
     "informó la agencia.", "es"),
])
def test_as_of_a_day_in_full_dates_the_count_of_a_long_event(text, lang):
    found = _by_value(text, lang, title="Floods in Nigeria", date="2022-10-14")
    assert {p.as_of for p in found.values()} == {"2022-10-11"}


def test_the_day_of_a_long_event_in_full_still_dates_the_event_not_its_toll():
    # the rule "As of" must not undo: the event's day written in full, its toll known by the year
    found = _by_value("The floods began on 2 May 2022, killing at least 138 people.", title="Floods in Nigeria",
                      date="2022-05-02")
    assert found["at least 138 people"].as_of == "2022"


# --- claimant: a pronoun and an auxiliary are no name ------------------------------------------------------------
@pytest.mark.parametrize("text, claimant", [
    ('"We can confirm 3 more bodies," the sheriff said.', "sheriff"),
    ('"We can confirm that we have recovered 3 more bodies," the Marin County sheriff\'s office said.',
     "Marin County sheriff's office"),
    ("They have also reported 12 deaths in the town, the mayor said.", "mayor"),
])
def test_a_pronoun_and_an_auxiliary_are_no_claimant(text, claimant):
    assert next(iter(_by_value(text, date="2021-03-01").values())).claimant == claimant


# --- claimant: the progressive of a verb of reporting -----------------------------------------------------------
@pytest.mark.parametrize("text, claimant", [
    ("CNN is reporting that 12 soldiers have been killed.", "CNN"),
    ("The BBC is reporting at least 12 deaths.", "BBC"),
    ("Reuters was reporting 12 deaths.", "Reuters"),
])
def test_the_progressive_of_a_verb_of_reporting_names_the_claimant(text, claimant):
    assert next(iter(_by_value(text, date="2021-03-01").values())).claimant == claimant


# --- claimant: the body whose report, bulletin or analysis holds the figures ------------------------------------
@pytest.mark.parametrize("text, claimant", [
    ("Estos números forman parte del último reporte de la Defensa Civil: hasta la fecha son 14 personas "
     "fallecidas.", "Defensa Civil"),
    ("Un informe reciente de Copeco revela que 2.100 familias han sido afectadas.", "Copeco"),
    ("La información está contenida en el boletín número 5 de Copeco, que establece que hay 40 viviendas "
     "dañadas.", "Copeco"),
    # the name stops before the verb the frame ends with
    ("Un análisis del Gabinete de Seguridad apunta que 30.000 personas cruzaron.", "Gabinete de Seguridad"),
])
def test_the_body_whose_report_holds_the_figures_states_them(text, claimant):
    assert next(iter(_by_value(text, "es", date="2024-03-01").values())).claimant == claimant


# --- claimant: "the organisation of <work>" is the body named before ----------------------------------------
def test_a_body_named_by_its_kind_of_work_is_the_one_named_before():
    found = _by_value("La Comisión Permanente de Contingencias (Copeco) informó que las lluvias afectaron a 30.000 "
                      "personas. El organismo de socorro detalló que hay 5.000 personas en albergues.", "es",
                      date="2024-03-01")
    assert found["5.000 personas"].claimant == "Copeco"


def test_a_group_of_members_is_another_body():
    found = _by_value("The Red Cross helped. The group of experts said 300 families lost homes.", date="2024-03-01")
    assert found["300"].claimant == "group of experts"


# --- place: a story that names no place is of its outlet's country -----------------------------------------------
@pytest.mark.parametrize("url, text, place", [
    ("https://www.diario-norte.com.pe/lluvias", "Las lluvias dejaron 25 personas fallecidas y 3.400 damnificados en "
     "lo que va de la temporada, según el último reporte del Instituto Nacional de Defensa Civil.", "PE"),
    ("https://www.listin-hoy.com.do/salud", "Hasta el 15 de febrero se habían detectado 40 casos de cólera, informó "
     "el Ministerio de Salud Pública.", "DO"),
    # an address every country uses gives none
    ("https://www.noticias.com/salud", "Hasta el 15 de febrero se habían detectado 40 casos de cólera, informó "
     "el Ministerio de Salud Pública.", None),
])
def test_a_story_that_names_no_place_is_of_its_outlets_country(url, text, place):
    from reconcile.extract import parse_article, propose

    article = parse_article(f"url: {url}\ntitle: Lluvias\ndate: 2024-02-20\n\n{text}", "a.txt")
    assert {p.place for p in propose(article, "es")} == {place}


def test_a_story_that_names_a_place_abroad_keeps_it():
    from reconcile.extract import parse_article, propose

    article = parse_article("url: https://www.diario-norte.com.pe/mundo\ntitle: Sismo\ndate: 2024-02-20\n\n"
                            "Un sismo dejó 12 muertos en Chile, informó la ONEMI.", "a.txt")
    assert {p.place for p in propose(article, "es")} == {"CL"}


# --- place: an article in capitals opens a longer name than the place after it --------------------------------------
@pytest.mark.parametrize("text, places", [
    ("Viajó a La Palma.", []),                          # the island, not Palma de Mallorca
    ("Viajó a La Paz.", ["BO-LA-PAZ"]),                 # a known name that holds its article is found whole
    ("Viajó a La India.", ["IN"]),                      # a country keeps its name
    ("Viven 300 en La Guajira.", ["CO-LAG"]),
])
def test_an_article_in_capitals_opens_a_longer_name(text, places):
    from reconcile.extract.places import places_in

    assert [code for code, _, _ in places_in(text)] == places


# --- guards from the review of this session's changes ------------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, claimant", [
    # a union or a company is a party of its own, often the other side of the body named before
    ("Police said 3,000 people marched through the capital on Saturday. The union said 20,000 people took part.",
     "en", "20,000 people", "union"),
    ("El Ministerio de Trabajo informó que 12 mineros murieron en el derrumbe. La empresa señaló que los fallecidos "
     "fueron 10.", "es", "10", "empresa"),
    # a body of its members keeps its name
    ("La Policía Nacional informó que 8 personas murieron en el ataque. La organización de víctimas afirmó que son "
     "15 los muertos.", "es", "15", "organización de víctimas"),
    # "saying" goodbye is no report
    ("Maria Lopez was saying goodbye to her 2 children when the bomb exploded, killing 14 people.", "en",
     "14 people", None),
    # the toll of a storm or of a place is no one's report
    ("Las 14 muertes forman parte del balance de Iota, que dejó más de 60 fallecidos en toda Honduras.", "es",
     "más de 60", None),
    ("Los 40 fallecidos forman parte del reporte de Tegucigalpa, donde las lluvias no cesan.", "es", "40", None),
])
def test_review_guards_for_claimants(text, lang, value, claimant):
    assert _by_value(text, lang, date="2023-05-01")[value].claimant == claimant


@pytest.mark.parametrize("url", ["https://www.bbc.co.uk/mundo/noticias-123", "https://www.rfi.fr/es/america/123",
                                 "https://elcomercio.pe/mundo/123", "https://www.bbc.co.uk/news/world-123"])
def test_a_world_section_or_a_foreign_edition_gives_no_country(url):
    from reconcile.extract import parse_article, propose

    article = parse_article(f"url: {url}\ntitle: Lluvias\ndate: 2024-02-20\n\nLas lluvias dejaron 25 personas "
                            "fallecidas, según el último reporte de Defensa Civil.", "a.txt")
    assert {p.place for p in propose(article, "es")} == {None}


@pytest.mark.parametrize("text, code", [("Las lluvias dejaron 12 muertos en El Petén.", "GT-17"),
                                        ("Hubo 5.000 evacuados en El Chaco.", "AR-H")])
def test_a_division_written_with_its_article_is_kept(text, code):
    from reconcile.extract.places import places_in

    assert [c for c, _, _ in places_in(text)] == [code]


# --- as_of: each item of a list of months has its own month, in Spanish too ----------------------------------------
@pytest.mark.parametrize("text, lang, months", [
    ("Por la selva del Darién cruzaron 30.000 personas en enero, 25.000 en febrero y 20.000 en marzo.", "es",
     ["2024-01", "2024-02", "2024-03"]),
    ("El registro en enero fue de 36.001 personas, en febrero de 37.166 y en marzo de 24.551.", "es",
     ["2024-01", "2024-02", "2024-03"]),
    ("Some 30,000 people crossed in January, 25,000 in February and 20,000 in March.", "en",
     ["2024-01", "2024-02", "2024-03"]),
    ("In January, 300 people crossed; in February, 250.", "en", ["2024-01", "2024-02"]),
])
def test_each_item_of_a_list_of_months_has_its_month(text, lang, months):
    assert [p.as_of for p in _by_value(text, lang, date="2024-03-25").values()] == months


# --- criterion: a figure's own words, not a neighbour's ----------------------------------------------------------
@pytest.mark.parametrize("text, value, crit", [
    # an aside in brackets: the clause goes on after it
    ("Han sido dos los fallecidos, y un total de 4.000 personas (otra cifra récord) tuvieron que ser desalojadas.",
     "4.000 personas", "evacuated"),
    # roads cut or closed
    ("El temporal dejó 3 muertos, 900 evacuados y 40 carreteras cortadas.", "40", "closed"),
    # a breakdown in brackets is no aside: its words are the parts'
    ("Hay cinco personas hospitalizadas: una en estado grave, y otras cuatro con evolución favorable (tres por "
     "neumonía y una por lesión hepática).", "cuatro", "hospitalised"),
])
def test_a_figure_takes_its_own_criterion(text, value, crit):
    assert _by_value(text, "es", date="2024-03-25")[value].criterion == crit


def test_an_aside_in_brackets_gives_no_criterion():
    found = _by_value("Reported missing: 6 (included in reported deaths).", date="2019-01-25")
    assert found["6"].criterion == "missing"


# --- place: an area burned or flooded in the place its sentence opens with -------------------------------------
@pytest.mark.parametrize("text, value, place", [
    ("En Castilla y León, el fuego ha arrasado ya más de 20.000 hectáreas y obligó a desalojar a 8.000 personas.",
     "más de 20.000 hectáreas", "Castilla y León"),
    ("En la comarca de Sanabria, el fuego ha arrasado ya 8.000 hectáreas y ha obligado a desalojar a 600 vecinos.",
     "8.000 hectáreas", "Sanabria"),
    ("En Girona, el agua ha arrasado 2.000 hectáreas de cultivo.", "2.000 hectáreas", "Girona"),
    # a depth is the event's, wherever the sentence is set
    ("En Madrid, el sismo tuvo una profundidad de 10 km.", "10 km", "Zamora"),
])
def test_an_area_is_of_the_place_its_sentence_opens_with(text, value, place):
    found = _by_value("Incendios en Zamora.\n\n" + text, "es", date="2022-07-18")
    assert found[value].place == place


# --- claimant: Spanish frames of who counted ---------------------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    # "cifra récord" is a noun and its adjective, no verb of counting
    ("En Galicia se han quemado cerca de 80.000 hectáreas, cifra récord, según recoge el último informe de la "
     "Dirección General de Protección Civil.", "cerca de 80.000 hectáreas", "Dirección General de Protección Civil"),
    ("Según el cómputo efectuado por la empresa Lynce, 9.000 personas asistieron.", "9.000 personas", "Lynce"),
    # what was reported, after the verb, is no subject: the one named before the verb reported it
    ("El presidente de la Generalitat, Carles Puigdemont, ha informado de la detención de cuatro personas.",
     "cuatro personas", "Carles Puigdemont"),
    ("La policía cifra en 40.000 los asistentes.", "40.000", "policía"),
    # a march's "organización" is its organisers, not the firm that counted before
    ("Según el cómputo efectuado por la empresa Lynce, 9.000 personas asistieron. Barcelona ha concentrado a "
     "400.000 personas, según la organización.", "400.000 personas", "organización"),
])
def test_spanish_frames_of_who_counted(text, value, claimant):
    assert _by_value(text, "es", date="2017-08-17")[value].claimant == claimant


@pytest.mark.parametrize("text, value", [
    # a deed carried out by someone is no count of theirs
    ("El ataque, realizado por un sector de la marina, dejó al menos 308 personas asesinadas.",
     "al menos 308 personas"),
])
def test_a_deed_done_by_someone_names_no_claimant(text, value):
    assert _by_value(text, "es", date="1955-06-16")[value].claimant is None


# --- guards from the second review ------------------------------------------------------------------------------
def test_an_and_inside_the_figures_noun_keeps_its_month():
    found = _by_value("The attacks killed 120 people in January, 95 civilians and soldiers in February and 80 in "
                      "March, the UN said.", date="2024-04-10")
    assert [p.as_of for p in found.values()] == ["2024-01", "2024-02", "2024-03"]


@pytest.mark.parametrize("text, value, crit", [
    # people assisted are no crowd
    ("Los equipos de emergencia han asistido a 1.200 personas afectadas por las inundaciones, según la Cruz Roja.",
     "1.200 personas", "affected"),
    # trucks stuck are not closed
    ("La nevada dejó 200 camiones bloqueados en la autopista A-6, informó la Guardia Civil.", "200", None),
])
def test_review_guards_for_criteria(text, value, crit):
    assert _by_value(text, "es", date="2024-04-10")[value].criterion == crit


def test_an_area_said_in_a_place_is_of_the_place_after_it():
    found = _by_value("Incendios forestales.\n\nIn Washington, federal officials said the blaze had burned 20,000 "
                      "acres in northern California by Sunday.", date="2024-08-10")
    assert found["20,000 acres"].place == "California"


@pytest.mark.parametrize("text, lang, value, claimant", [
    ("Human Rights Watch documented the attacks in Idlib.\n\nThe organization said 40 civilians were killed in "
     "Russian air strikes last week.", "en", "40", "Human Rights Watch"),
    ("Amnistía Internacional denunció la represión en Irán.\n\nLa organización cifró en 300 los muertos durante las "
     "protestas.", "es", "300", "Amnistía Internacional"),
])
def test_the_organisation_of_a_toll_is_the_one_named_before(text, lang, value, claimant):
    assert _by_value(text, lang, date="2024-04-10")[value].claimant == claimant
