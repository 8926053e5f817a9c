"""Mechanisms the fifth round of fresh reviews of extract found (session 23, issue 14): each test
is an invented sentence of the kind the reviewed articles hold, and fails before its fix."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


# --- as_of: a wire's dateline writes March and August short ------------------------------------
@pytest.mark.parametrize("text, date, filed", [
    ("Caracas, 14 mar (EFE).- Alrededor de 570 personas", "2019-03-10", "2019-03-14"),
    ("Madrid, 3 ago (EFE).- Los bomberos", "2019-08-01", "2019-08-03"),
    ("Mar del Plata, 14 jun (EFE).- La Prefectura", "2023-06-10", "2023-06-14"),   # "Mar" the city's, no month
])
def test_a_wire_dateline_with_mar_or_ago(text, date, filed):
    from reconcile.extract.dates import wire_day
    assert wire_day(text, date) == filed


def test_mar_and_ago_are_no_months_outside_a_dateline():
    from reconcile.extract.dates import dates_in
    assert dates_in("Rescataron a 14 mar adentro.", "2019-03-10") is None     # "14 mar" outside a dateline


def test_a_later_wire_dateline_in_march_sets_the_day_relative_days_count_from():
    text = ("Caracas, 14 mar (EFE).- Unas 500 personas han sido detenidas por los saqueos.\n\n"
            "Más de 300 comercios fueron saqueados durante el lunes, explicó el portavoz.")
    assert _by_value(text, "es", date="2019-03-10")["Más de 300"].as_of == "2019-03-11"


# --- as_of: a toll's weekday after the event's day, in a story written days later ---------------
def test_a_toll_dated_by_a_weekday_after_the_event_named_by_its_day():
    # date: is the event's day (GUIDE), a Friday; the story was filed the Monday after
    text = ("DHAKA: The death toll from the capsizing of a ferry in southern Bangladesh rose Monday to 77 after "
            "rescuers recovered 19 more bodies.\n\nRescuers found 15 bodies Monday in the river, where the "
            "ferry capsized late Friday, police said. The ferry was approved to carry 1,000 people.")
    found = _by_value(text, date="2009-11-27")
    assert found["77"].as_of == "2009-11-30"          # not 2009-11-23, days before the ferry sank
    assert found["15"].as_of == "2009-11-30"
    assert found["1,000 people"].as_of == "2009-11-27"   # the event's day, not the Monday before it


@pytest.mark.parametrize("text, lang, date, value, as_of", [
    # "overturned on Thursday" (the article's day) then "By midday Friday": the Friday after
    ("Some estimates put the passengers on the boat when it overturned on Thursday at 300. By midday Friday, "
     "94 bodies had been recovered, the Red Cross said.", "en", "2018-09-20", "94", "2018-09-21"),
    # "la noche del sábado" then "este domingo"
    ("Las muertes se produjeron en la noche del sábado en una discoteca. Once de los trece fallecidos estaban "
     "contagiados, según las pruebas que pasaron este domingo.", "es", "2020-08-22", "Once", "2020-08-23"),
    # "El motín comenzó el pasado martes" then "el miércoles"
    ("El motín comenzó el pasado martes en la cárcel. El saldo es de 116 muertos, informó el presidente, que "
     "llegó a Guayaquil el miércoles.", "es", "2021-09-28", "116", "2021-09-29"),
])
def test_a_later_weekday_of_a_toll_after_an_event_named_by_the_article_s_weekday(text, lang, date, value, as_of):
    assert _by_value(text, lang, date=date)[value].as_of == as_of


def test_a_toll_told_on_a_later_weekday_is_the_event_s_day():
    # "informó la policía el domingo" of an attack "el sábado por la noche", the article's day
    text = ("Al menos 30 aldeanos murieron en un ataque a una aldea de Nigeria, informó la policía el domingo. "
            "Hombres armados irrumpieron el sábado por la noche en la aldea.\n\nEn noviembre, más de 300 "
            "escolares fueron secuestrados en otra escuela.")
    found = _by_value(text, "es", date="2026-01-03")
    assert found["Al menos 30"].as_of == "2026-01-03"    # not the Sunday a week before
    assert found["más de 300"].as_of == "2025-11"        # a toll's later day does not make the text run onward


@pytest.mark.parametrize("text, date, value, as_of", [
    # a same-day story: the event's day told as the day it was said, and an earlier weekday of no toll
    ("A ferry capsized on Lake Victoria, killing 86 people, police said on Thursday. On Monday, 300 people "
     "had boarded the ferry for the market.", "2018-09-20", "300 people", "2018-09-17"),
    # no weekday of the event in the opening: weekdays count back from date: (a page's own date)
    ("A ferry capsized on Lake Victoria over the weekend. The toll rose Monday to 77.", "2018-09-20", "77",
     "2018-09-17"),
])
def test_weekdays_still_count_back_when_the_story_may_be_of_its_day(text, date, value, as_of):
    assert _by_value(text, date=date)[value].as_of == as_of


# --- place: the state the opening names, when the title names the country alone -----------------
@pytest.mark.parametrize("title, opening, later, place", [
    ("Death Toll in Brazil's Flood-Hit State Rises to 17",
     "The death toll from two weeks of rain in Brazil's southeastern state of Espirito Santo has risen to 17, "
     "officials said.", "He added that around 50,000 people were left homeless.", "Espirito Santo"),
    ("Indonesia floods leave 13 dead", "At least 13 people have been killed after floods on Indonesia's northern "
     "Sulawesi island, officials said.", "Some 40,000 people have been evacuated, he said.", "Sulawesi"),
    # a part of a count of the whole country is not the event's place
    ("Floods in Brazil kill 30", "Floods in Brazil have killed 30 people, including 10 in the state of Espirito "
     "Santo.", "Some 5,000 people were left homeless.", "BR"),
])
def test_the_event_s_state_named_by_the_opening(title, opening, later, place):
    from tests.extract.test_s21_review import _proposals
    found = {p.value: p for p in _proposals(f"{opening}\n\n{later}", title=title, date="2013-12-25")}
    last = [p for v, p in found.items() if v in later][-1]
    assert last.place == place


# --- source: "state" after a place's name is the noun; a spokesman of a body of lowercase words ----
@pytest.mark.parametrize("text, source", [
    ("At least 655 deaths were reported in a mountainous region of Rio de Janeiro state.", None),
    ("Organizers state that 500 people attended.", "Organizers"),
    ("A civil defense spokesman told Agence France Presse that three more victims were found.", "civil defense"),
    ("A civil protection official said 12 people died.", "civil protection"),
    ("A senior official said 12 people died.", None),
])
def test_who_states_the_figure(text, source):
    found = _by_value(text, date="2011-01-16")
    assert next(iter(found.values())).claimant == source


# --- place: a news agency's name holds no place; the place a claimant's name is -------------------
@pytest.mark.parametrize("text, names", [
    ("told Agence France Presse that", []),
    ("said Press Trust of India", []),
    ("according to China Daily", []),
    ("told Radio France Internationale", []),
    ("in Rio de Janeiro and Sao Paulo", ["Rio de Janeiro", "Sao Paulo"]),
])
def test_no_place_inside_a_news_outlet_s_name(text, names):
    from reconcile.extract.places import places_in
    assert [name for _, name, _ in places_in(text)] == names


def test_authorities_of_a_state_count_in_it():
    text = "Last week, authorities in neighboring Bahia state said 24 people had been killed by flooding."
    assert _by_value(text, date="2011-01-16")["24 people"].place == "Bahia"


# --- place: figures and places paired in lists -------------------------------------------------------
@pytest.mark.parametrize("text, lang, places", [
    ("Guatemala's toll was on top of 13 victims in Honduras and two in Nicaragua.", "en", {"13": "HN", "two": "NI"}),
    ("Most of the deaths were in the cities of Nova Friburgo and Teresopolis, with 302 and 276 fatalities, "
     "respectively.", "en", {"302": "Nova Friburgo", "276": "Teresopolis"}),
    ("The department reported 58 fatalities in the town of Petropolis and 19 in Sumidouro.", "en",
     {"58": "Petropolis", "19": "Sumidouro"}),
])
def test_each_figure_of_a_list_takes_its_own_place(text, lang, places):
    found = _by_value(text, lang, date="2011-01-16")
    assert {value: found[value].place for value in places} == places


# --- junk: a dateline's day, the speakers counted, group sizes, differences, gates, scores -------
@pytest.mark.parametrize("text, lang, kept", [
    ("MADRID, 1 (EUROPA PRESS) Al menos 20 personas murieron.", "es", ["Al menos 20 personas"]),
    ("Al menos dos residentes señalaron que murieron 37.", "es", ["37"]),
    ("Two witnesses said 300 people died.", "en", ["300 people"]),
    ("One resident described the flood as a tsunami.", "en", []),
    ("Some 500 residents said they had lost their homes.", "en", ["Some 500"]),      # a count of the event
    ("Los agresores actuaron en grupos de 8 a 10 personas.", "es", []),
    ("The toll rose to 102, 35 more than the state government had estimated.", "en", ["102"]),
    ("Half the city was flooded and 48 more hours of rain was expected.", "en", []),
    ("Los aficionados entraron por el portón 11 del estadio.", "es", []),
    ("El partido terminó 1-4 y hubo 3 heridos.", "es", ["3"]),
    ("The protest ended with 2-3 people hurt in Salem.", "en", ["2-3"]),     # a range of people, no score
])
def test_junk_of_the_fifth_review(text, lang, kept):
    import reconcile
    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)] == kept


# --- source: a listener before the speaker, a body's name before brackets and a comma -------------
@pytest.mark.parametrize("sentence, who", [
    ("Dos personas murieron en el accidente, según informan a Europa Press fuentes policiales.",
     "fuentes policiales"),
    ("El Ministerio de Salud de Haití (MSPP), informó 17.629 casos sospechosos.", "Ministerio de Salud de Haití"),
    ("El Ministerio de Salud Pública (MSPP, por sus siglas en francés) informó 17.629 casos.",
     "Ministerio de Salud Pública"),
    ("El Servicio Sismológico Nacional (SSN) indicó que murieron 40 personas.", "SSN"),   # as written
])
def test_the_speaker_after_a_listener_or_before_brackets(sentence, who):
    from reconcile.extract.attribution import attributions
    assert [a.who for a in attributions(sentence)] == [who]


# --- source: a short name in brackets, with small words or a foreign acronym ---------------------
def test_short_names_with_small_letters_and_names_with_and():
    from reconcile.extract.project import article_aliases
    text = ("The Times of India (ToI) reports that around 50 died. The Disaster and Emergency Management "
            "Presidency (AFAD) said 782 others were injured. Police said 5 people died in Lima (Peru).")
    assert article_aliases(text) == [("Times of India", "ToI"), ("Disaster and Emergency Management Presidency",
                                                                  "AFAD")]


# --- as_of: "As of March,"; a count up to the later of two days ----------------------------------
@pytest.mark.parametrize("sentence, day", [
    ("As of March, 62 deaths had been recorded.", "2022-03"),
    ("Hasta marzo, murieron 40 personas.", "2022-03"),
    ("By may, 40 had died.", None),                                       # no month: "may" the verb
    ("Desde la notificación de los primeros casos el 2 de octubre de 2022, al 18 de diciembre de 2022, el "
     "Ministerio informó un total de 17.629 casos.", "2022-12-18"),
    ("El asedio se produjo del 1 al 3 de septiembre de 2022.", "2022-09"),   # a span's days: their month
])
def test_the_day_a_count_runs_up_to(sentence, day):
    from reconcile.extract.dates import dates_in
    assert dates_in(sentence, "2022-10-02") == day


# --- place: a state named like a country, in the country the sentence names -------------------------
@pytest.mark.parametrize("text, codes", [
    ("una aldea en el estado de Níger, en el norte de Nigeria", ["NG-NI", "NG"]),
    ("in Niger state in northern Nigeria", ["NG-NI", "NG"]),
    ("Floods hit the state of Georgia in the United States", ["US-GA", "US"]),
    ("Floods hit Niger and Nigeria", ["NE", "NG"]),                  # no state: the country
])
def test_a_state_named_like_a_country(text, codes):
    from reconcile.extract.places import places_in
    assert [code for code, _, _ in places_in(text)] == codes


def test_an_island_named_after_the_word_isla():
    text = "Las réplicas se registraron en el extremo noreste de la Isla Puná, en Ecuador, con 12 heridos."
    assert _by_value(text, "es", date="2023-03-18")["12"].place == "Puná"


@pytest.mark.parametrize("text, lang, value, place", [
    ("While 530 cases have been confirmed in Telangana, a minister said the count goes on.\n\nAs many as 530 "
     "cases were confirmed in the state over the last 25 days.", "en", "As many as 530", "Telangana"),
    ("Las lluvias afectaron a Piura.\n\nEn la provincia murieron 12 personas.", "es", "12 personas", "Piura"),
])
def test_in_the_state_is_the_state_named_before(text, lang, value, place):
    assert _by_value(text, lang, date="2019-09-20")[value].place == place


def test_a_bare_body_after_a_comma_speaks():
    from reconcile.extract.attribution import attributions
    sentence = "At the time, government estimated that 60 000 people attended the marches."
    assert [a.who for a in attributions(sentence)] == ["government"]
