"""Mechanisms the fourth round of fresh reviews of extract found (session 22, issue 14): each test
is an invented sentence of the kind the reviewed articles hold, and fails before its fix."""
from __future__ import annotations

import pytest

import reconcile
from tests.extract.test_s21_review import _by_value, _proposals  # noqa: F401  (the same article helpers)


# --- junk: a street's number -------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, kept", [
    ("Murieron 3 personas en el local, situado en bulevar Oroño 2400, en el centro.", "es", ["3 personas"]),
    ("La marcha partió del paseo Colón 800 metros antes del cruce.", "es", ["800 metros"]),
    ("Sobre el paseo Colón 800 manifestantes cortaron el tránsito.", "es", ["800"]),   # a count of marchers
    ("The shelter at Boulevard Haussmann 12 took in 40 people.", "en", ["40 people"]),
])
def test_junk_the_number_of_a_street_named_before_it(text, lang, kept):
    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)] == kept


# --- as_of: a wire's dateline dated after date: is the day its relative days count from ----------
@pytest.mark.parametrize("text, date, filed", [
    ("LIMA, May 5 (Reuters) - A bus plunged", "2025-05-02", "2025-05-05"),
    ("ISLAMABAD, 23 jun (EFE).- La Agencia", "2023-06-14", "2023-06-23"),
    ("Rabat 10 de septiembre de 2023 (Saba): El balance", "2023-09-08", "2023-09-10"),
    ("JAKARTA, Jan 2 (Reuters) - Floods", "2019-12-30", "2020-01-02"),
    ("LIMA, March 3 (Reuters) - A bus", "2025-05-02", None),        # before the event: not the filing day
    ("The flood of 2 May killed 5.", "2020-05-01", None),              # no dateline
])
def test_the_day_a_wire_filed_its_report(text, date, filed):
    from reconcile.extract.dates import wire_day
    assert wire_day(text, date) == filed


def test_relative_days_count_from_a_later_dateline_not_from_the_event_s_day():
    text = ("ISLAMABAD, 23 jun (EFE).- La Agencia Federal de Investigación recogió hasta la fecha 193 muestras "
            "de ADN de familiares, declaró el viernes el ministro.\n\nAyer la policía detuvo a 25 traficantes.")
    found = _by_value(text, "es", date="2023-06-14")
    assert found["193"].as_of == "2023-06-23"       # Friday the 23rd, not Friday the 9th (before the sinking)
    assert found["25"].as_of == "2023-06-22"


def test_a_dateline_of_the_event_s_own_day_changes_nothing():
    text = "LIMA, May 2 (Reuters) - A bus plunged into a ravine on Friday, killing 24 people, the ministry said."
    assert _by_value(text, date="2025-05-02")["24 people"].as_of == "2025-05-02"


# --- place: a count the sentence spreads over several places is their country's --------------------
def test_a_count_over_several_provinces_is_their_country_s():
    text = ("El Ministerio del Interior informó de 2.012 muertes en nueve provincias, con 694 muertes en la "
            "provincia de Al Haouz.")
    found = _by_value(text, "es", date="2023-09-10")
    assert found["2.012"].place == "MA"
    assert found["nueve"].place == "MA"                     # the provinces themselves, counted
    assert found["694"].place == "Al Haouz"                 # a part with a place of its own


def test_a_count_after_the_several_places_it_spans_is_their_country_s():
    text = ("Se han registrado muertes en 17 provincias, la mayoría en las de Sistán y Baluchistán, Mazandarán y "
            "Guilán, con 154 muertos.")
    assert _by_value(text, "es", date="2022-10-04")["154"].place == "IR"


def test_a_count_in_one_province_keeps_it():
    text = "Hubo 40 muertos en la provincia de Al Haouz y 12 en dos aldeas de Taroudant."
    assert _by_value(text, "es", date="2023-09-10")["40"].place == "Al Haouz"


# --- source: the owner of a document named after "según" -----------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("Según la información publicada hoy por el Ministerio de Sanidad, Madrid suma 2.297 casos.", "2.297",
     "Ministerio de Sanidad"),
    ("Según la información de 'Times of India', 4 de los fallecidos son niños.", "4", "Times of India"),
    ("Hubo al menos 73 muertos, según el último balance provisional que ha ofrecido Protección Civil en rueda "
     "de prensa.", "al menos 73", "Protección Civil"),
    ("According to figures released on Monday by the Health Ministry, 40 people died.", "40 people",
     "Health Ministry"),
])
def test_the_owner_of_a_document_after_segun_states_its_figure(text, value, claimant):
    lang = "en" if text.startswith("According") else "es"
    assert _by_value(text, lang)[value].claimant == claimant


def test_a_document_of_no_one_named_stays_no_one_s():
    assert _by_value("Según el último balance oficial, murieron 73 personas.", "es")["73 personas"].claimant is None


# --- source: more ways to say a figure ----------------------------------------------------------
@pytest.mark.parametrize("text, value, claimant", [
    ("El balance oficial del Ministerio del Interior daba cuenta de 122 muertos.", "122", "Ministerio del Interior"),
    ("Radio Television Caraibes hablaba de al menos 264 muertos.", "al menos 264", "Radio Television Caraibes"),
    ("La ONU ya avisó que la guerra podría provocar cinco millones de refugiados.", "cinco millones", "ONU"),
])
def test_spanish_verbs_that_give_a_figure(text, value, claimant):
    assert _by_value(text, "es")[value].claimant == claimant


@pytest.mark.parametrize("text, lang, value", [
    ("El Centro Nacional, con sede en Rabat, afirmó anteriormente que murieron 45 personas.", "es", "45 personas"),
    ("The Red Cross said additionally that 40 people had died.", "en", "40 people"),
])
def test_an_adverb_after_the_verb_is_no_claimant(text, lang, value):
    assert _by_value(text, lang)[value].claimant not in ("anteriormente", "additionally")


# --- place: a place that is a person's given name --------------------------------------------------
@pytest.mark.parametrize("text, lang", [
    ("El expresidente Mauricio Macri dijo que 40 personas fueron detenidas en la marcha.", "es"),
    ("Former president Chad Smith said 40 people were arrested at the march.", "en"),
])
def test_a_given_name_a_country_shares_is_no_place(text, lang):
    assert all(p.place not in ("MU", "TD") for p in _proposals(text, lang))


def test_a_place_the_next_word_names_stays_a_place():
    from reconcile.extract.scene import persons_name
    assert not persons_name("El gobernador de Santa Cruz Bolivia dijo", "Santa Cruz", 15)
    assert not persons_name("The mayor Lima City said", "Lima", 10)
    assert persons_name("El expresidente Mauricio Macri dijo", "Mauricio", 16)


# --- place: a district after its state's possessive --------------------------------------------
def test_a_district_after_its_state_s_possessive_is_the_place():
    text = "A stampede in Uttar Pradesh's Hathras district killed 121 people."
    assert _by_value(text, date="2024-07-02")["121 people"].place == "Hathras"


# --- place: the place a list gives each figure --------------------------------------------------
def test_a_place_right_before_a_figure_or_reporting_it_is_that_figure_s():
    text = "Balochistan remains the worst-hit with 149 deaths, with Punjab reporting 114 and Sindh 80."
    found = _by_value(text, date="2022-07-20")
    assert found["114"].place in ("Punjab", "PK-PB")
    assert found["80"].place == "Sindh"
    assert found["149"].place == "Balochistan"


# --- source: an adverb before an inverted verb of saying -------------------------------------
@pytest.mark.parametrize("text, lang, value, claimant", [
    ("Additionally, said the NDMA, 593 injuries had been reported nationwide.", "en", "593", "NDMA"),
    ("Posteriormente, informó el Ministerio de Salud, murieron 12 personas.", "es", "12 personas",
     "Ministerio de Salud"),
    ("Italy said 40 migrants died.", "en", "40", "Italy"),                    # a name that ends in -ly
])
def test_an_adverb_before_an_inverted_verb_is_no_claimant(text, lang, value, claimant):
    assert _by_value(text, lang)[value].claimant == claimant


# --- as_of: the first event of a span counted since it ------------------------------------------
@pytest.mark.parametrize("text", [
    "1,116 deaths have been attributed to the virus since the first confirmed death on 9 January.",
    "Más de 3,8 millones se han refugiado ya desde el comienzo de la invasión de Rusia el pasado 24 de febrero.",
    "Since the start of the war on 24 February 2022, 8,000 civilians died.",
])
def test_the_day_of_the_first_event_a_count_runs_since_does_not_date_it(text):
    from reconcile.extract.dates import dates_in
    assert dates_in(text, "2022-03-27") is None


def test_a_first_event_s_own_day_still_dates_it():
    from reconcile.extract.dates import dates_in
    assert dates_in("On 9 January, the first death was confirmed.", "2022-03-27") == "2022-01-09"


@pytest.mark.parametrize("text, value, claimant", [
    ("Murieron 40 personas, de acuerdo al portavoz de la policía, Janan Sayeeq.", "40 personas", "Janan Sayeeq"),
    ("La Delegación del Gobierno ha dado a conocer el dato de asistentes: 80.000.", "80.000",
     "Delegación del Gobierno"),
    ("Según la última actualización de Cubalex, 700 personas siguen detenidas.", "700 personas", "Cubalex"),
])
def test_more_spanish_attributions(text, value, claimant):
    assert _by_value(text, "es")[value].claimant == claimant


# --- junk: an age without "años", an emergency number -----------------------------------------
@pytest.mark.parametrize("text, kept", [
    ("Dos hombres de 41 y 45 resultaron heridos.", ["Dos"]),
    ("Una mujer de 70 murió en el incendio.", []),
    ("El Ejército envió a 300 hombres de 2 batallones.", ["300", "2"]),     # a count of battalions
    ("Se recibieron llamadas al 112 para pedir ayuda.", []),
    ("Hubo 300 llamadas al 112.", ["300"]),
])
def test_junk_an_age_without_its_word_and_an_emergency_number(text, kept):
    assert [q["text"] for q in reconcile.quantities_in_text(text, "es")] == kept


# --- source: a breakdown by region after a claimant's total -------------------------------------
def test_a_breakdown_by_region_after_a_total_is_the_total_s_claimant_s():
    text = ("In a daily situation report, the NDMA said that 502 people had died in the floods.\n\n"
            "Balochistan remains the worst-hit with 149 deaths, with Punjab reporting 114 and Sindh 80.")
    found = _by_value(text, date="2022-07-20")
    assert [found[v].claimant for v in ("149", "114", "80")] == ["NDMA"] * 3


def test_a_sentence_of_the_whole_country_after_a_claimant_keeps_no_one_s():
    text = ("Organizers said 500,000 marched in Los Angeles.\n\n"
            "The largest day of protest occurred on April 10 in 102 cities across the country, with 350,000 in "
            "Chicago.")
    found = _by_value(text, date="2006-04-10")
    assert found["350,000"].claimant is None


# --- place: a venue's name is no place ---------------------------------------------------------
def test_a_place_named_right_after_a_venue_is_the_venue_s_name():
    text = "La estampida en el estadio Cuscatlán de San Salvador dejó 12 muertos."
    assert _by_value(text, "es", date="2023-05-20")["12"].place in ("San Salvador", "SV-SS")


def test_a_venue_of_a_place_keeps_the_place():
    assert _by_value("La estampida en el estadio de Lima dejó 12 muertos.", "es")["12"].place == "Lima"


@pytest.mark.parametrize("text, lang, value, claimant", [
    ("Organizers for United for Peace and Justice estimated 300,000 marched.", "en", "300,000",
     "United for Peace and Justice"),
    ("Los organizadores de la marcha calcularon 20.000 asistentes.", "es", "20.000", "organizadores"),
])
def test_organisers_for_a_named_coalition_are_the_coalition(text, lang, value, claimant):
    assert _by_value(text, lang)[value].claimant == claimant


# --- dates: a month and a year of two digits -----------------------------------------------------
@pytest.mark.parametrize("text, date, day", [
    ("En total, la revolución de octubre del 34 se saldó con 1.375 muertos.", "1934-10-05", "1934-10"),
    ("El terremoto de septiembre del 85 mató a 10.000 personas.", "2017-09-19", "1985-09"),
    ("Llegaron en marzo del 2020 unas 40 personas.", "2020-05-01", "2020-03"),
])
def test_a_month_and_a_two_digit_year(text, date, day):
    from reconcile.extract.dates import dates_in
    assert dates_in(text, date) == day


def test_the_two_digits_of_a_month_s_year_are_no_count():
    found = [q["text"] for q in reconcile.quantities_in_text("La revolución de octubre del 34 se saldó con 1.375 "
                                                             "muertos.", "es")]
    assert found == ["1.375"]


# --- place: a place the count leaves out ------------------------------------------------------
@pytest.mark.parametrize("text, lang, value, place", [
    ("Hubo 315 muertos en Haití, pero estas cifras no toman en cuenta a los municipios de Camp Perrin y Jérémie.", "es",
     "315", "HT"),
    ("The storm killed 40 people in Haiti, excluding those in Port-de-Paix.", "en", "40 people", "HT"),
    ("In Haiti, 40 died, except in Jérémie where 3 died.", "en", "3", "Jérémie"),   # its own place
])
def test_a_place_the_count_leaves_out_is_not_its_place(text, lang, value, place):
    assert _by_value(text, lang, date="2016-10-07")[value].place == place


def test_the_center_is_the_center_named_before():
    text = ("The human rights center Viasna reported that 234 people were detained.\n\n"
            "According to the center, 165 people were detained in Minsk.")
    assert _by_value(text, date="2020-09-20")["165 people"].claimant == "Viasna"
