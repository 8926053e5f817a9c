"""The as_of of encyclopedic accounts (issue 14): an account dated by its event's first day goes on
past it, so a day it names without a year months later is of that year, not the year before as in
news; a count over a span of two months bounded by two days is of the span's end. Junk of such
texts: the number of a week ("week 12", "semana 12"), an age bound ("aged 65 and over"), a thing
named by its number ("Hospital 12", "Bill 21").

The articles are made up, in English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text
from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in


def _proposals(title: str, body: str, date: str) -> list:
    return propose(parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt"))


def _as_of(title: str, body: str, value: str, date: str) -> str | None:
    found = [p for p in _proposals(title, body, date) if p.value == value or p.value.startswith(value + " ")]
    assert found, value
    return found[0].as_of


@pytest.mark.parametrize("title, body, value, date, as_of", [
    # the title names the year of the article's date: an account of that year's event
    ("2051 Velmora measles outbreak", "The 2051 Velmora measles outbreak was an epidemic in Velmora. "
     "By 24 November, 8,410 cases had been recorded in the country.", "8,410", "2051-07-02", "2051-11-24"),
    ("Brote de sarampión de Velmora de 2051", "El brote de sarampión de Velmora de 2051 fue una epidemia. "
     "Al 24 de noviembre se habían registrado 8.410 casos en el país.", "8.410", "2051-07-02", "2051-11-24"),
    # the opening dates the event in full: an account of it
    ("Corvala general strike", "A general strike in Corvala began on 2 July 2051 against a fuel tax. "
     "On 30 October, police detained 640 strikers in the capital.", "640", "2051-07-02", "2051-10-30"),
    ("Huelga general en Corvala", "La huelga general en Corvala comenzó el 2 de julio de 2051 contra un impuesto. "
     "El 30 de octubre la policía detuvo a 640 huelguistas en la capital.", "640", "2051-07-02", "2051-10-30"),
    # news still dates a far day without its year in the year before
    ("Miners' relatives march", "Relatives marched in Corvala on Monday. "
     "On 30 December, 12 miners were trapped in a shaft.", "12", "2052-01-08", "2051-12-30"),
    ("Marchan familiares de mineros", "Familiares marcharon el lunes en Corvala. "
     "El 30 de diciembre, 12 mineros quedaron atrapados.", "12", "2052-01-08", "2051-12-30"),
])
def test_an_account_goes_on_past_its_date_and_news_looks_back(title, body, value, date, as_of):
    assert _as_of(title, body, value, date) == as_of


def test_a_count_over_a_span_of_two_months_is_of_its_end():
    assert dates_in("Between 28 April and 4 May, 31 people were killed in the protests.", "2051-04-28") \
        == "2051-05-04"
    assert dates_in("Entre el 28 de abril y el 4 de mayo murieron 31 personas en las protestas.", "2051-04-28") \
        == "2051-05-04"
    assert dates_in("El instituto presentó 310 denuncias entre el 17 de octubre de 2051 y el 18 de marzo de 2052.",
                    "2051-10-17") == "2052-03-18"
    assert dates_in("From 1 January to 19 October, 3,717 cases were reported.", "2051-01-01", True) == "2051-10-19"


def test_days_of_one_month_or_not_a_span_keep_their_month_or_first_day():
    # two days of one month: their month, as GUIDE.md writes an event of days
    assert dates_in("Between 13 and 19 October, 927 new cases were reported.", "2051-10-02") == "2051-10"
    assert dates_in("Entre el 13 y el 19 de octubre se notificaron 927 casos.", "2051-10-02") == "2051-10"
    # two days that bound nothing: "on 28 April ... and on 4 May"
    assert dates_in("Police fired on 28 April at the march, and 30 were arrested on 4 May.", "2051-04-28") \
        == "2051"
    assert dates_in("La policía disparó el 28 de abril y el 4 de mayo detuvo a 30 personas.", "2051-04-28") \
        == "2051"


def _texts(sentence: str) -> list[str]:
    return [q["text"] for q in quantities_in_text(sentence)]


def test_the_number_of_a_week_is_no_count():
    assert _texts("The outbreak peaked in week 12, with 300 cases.") == ["300"]
    assert _texts("El brote alcanzó su pico en la semana 12, con 300 casos.") == ["300"]
    assert _texts("En la semana epidemiológica 12 se notificaron 300 casos.") == ["300"]
    # a count after the week, or a week before a count, stays
    assert _texts("In week 3, 40 cases were reported.") == ["40"]
    assert _texts("During the week, 12 people died in the clashes.") == ["12 people"]
    assert _texts("La semana pasada murieron 12 personas.") == ["12 personas"]


def test_an_age_bound_is_no_count():
    assert _texts("Some 300 people aged 65 and over died.") == ["Some 300 people"]
    assert _texts("Some 300 people aged over 60 died.") == ["Some 300 people"]


def test_a_thing_named_by_its_number_is_no_count():
    assert _texts("The injured were taken to Hospital 12.") == []
    assert _texts("Bill 21 passed with 63 votes.") == ["63"]
    assert _texts("La Ley 30 fue aprobada con 63 votos.") == ["63"]
    # a count after the name keeps its noun; a label in lower case before a count stays a count
    assert _texts("At Mercy Hospital 12 people died.") == ["12 people"]
    assert _texts("El hospital atendió a 12 heridos.") == ["12"]
    assert _texts("On Route 9, 40 cars were stuck.") == ["40"]


@pytest.mark.parametrize("title, body, value, date, as_of", [
    # the end of a span the opening bounds dates no later sentence: "On the first day" is the event's first
    ("Corvala teachers' strike", "The Corvala teachers' strike lasted 50 days, from 3 June to 22 July 2051. "
     "On the first day, some 80,000 teachers marched in the capital.", "some 80,000", "2051-06-03", "2051-06-03"),
    ("Huelga docente de Corvala", "La huelga docente de Corvala duró 50 días, del 3 de junio al 22 de julio de 2051. "
     "El primer día, unos 80.000 docentes marcharon en la capital.", "unos 80.000", "2051-06-03", "2051-06-03"),
    # "una semana después", as "a week later", counts from the day named last
    ("Brote de dengue de Velmora", "El 30 de marzo de 2051 el ministerio elevó la cifra a 1.200 casos. "
     "Una semana después, los casos superaban los 1.900.", "superaban los 1.900", "2051-03-02", "2051-04-06"),
    # another event named by its year with its noun left out: "desde la de 2043, que dejó"
    ("Epidemia de dengue de Velmora", "Fue la peor epidemia del país desde la de 2043, que dejó 252 muertos.",
     "252", "2051-03-02", "2043"),
    ("Velmora dengue epidemic", "It was the worst epidemic in the country since that of 2043, which killed 252 people.",
     "252", "2051-03-02", "2043"),
    # an infobox's line of the event's dates, over two months: its undated toll is of the year
    ("Paro cafetero de Corvala de 2051", "Fecha: 19 de agosto de 2051 - 12 de septiembre de 2051\n\n"
     "El paro cafetero de Corvala dejó al menos 8 muertos y 400 heridos.", "al menos 8", "2051-08-19", "2051"),
    ("Corvala coffee strike", "Date: 19 August 2051 – 12 September 2051\n\n"
     "The Corvala coffee strike left at least 8 dead and 400 injured.", "at least 8", "2051-08-19", "2051"),
    # one day on the line: the day
    ("Corvala coffee strike", "Date: 19 August 2051\n\n"
     "The Corvala coffee strike left at least 8 dead and 400 injured.", "at least 8", "2051-08-19", "2051-08-19"),
])
def test_spans_weeks_later_and_events_named_by_their_year(title, body, value, date, as_of):
    assert _as_of(title, body, value, date) == as_of


MONDAY = "2041-11-25"


@pytest.mark.parametrize("body, value, as_of", [
    # a day of remembrance opens the report: no day of the event it remembers
    ("Velmora recordó este martes a las víctimas del naufragio de Punta Gris. El barco se hundió frente a la costa "
     "y murieron 368 personas.", "368", MONDAY),
    ("Velmora commemorated the victims of the Punta Gris shipwreck on Tuesday. The ship sank off the coast and "
     "368 people died.", "368", MONDAY),
    # the day of the event itself still dates its toll
    ("Un barco se hundió el martes frente a Punta Gris. Murieron 368 personas.", "368", "2041-11-19"),
    ("A ship sank off Punta Gris on Tuesday, killing 368 people.", "368", "2041-11-19"),
])
def test_a_day_of_remembrance_is_no_day_of_the_event(body, value, as_of):
    assert _as_of("Naufragio", body, value, MONDAY) == as_of


@pytest.mark.parametrize("body, value", [
    # "died", "fell": past tenses without "-ed", as "murieron", "cayeron" (Spanish: guards)
    ("A ship sank off Punta Gris on Tuesday. Some 368 people died in the sinking.", "Some 368"),
    ("A bridge collapsed in Punta Gris on Tuesday. About 40 people fell into the river.", "About 40"),
    ("Un barco se hundió el martes frente a Punta Gris. Unas 368 personas murieron en el naufragio.", "Unas 368"),
    ("Un puente se derrumbó el martes en Punta Gris. Unas 40 personas cayeron al río.", "Unas 40"),
])
def test_irregular_past_tenses_carry_the_day_named_before(body, value):
    assert _as_of("Punta Gris", body, value, MONDAY) == "2041-11-19"


@pytest.mark.parametrize("sentence, date, as_of", [
    # a month that opens the sentence frames it; a day of one of its parts, later, does not date the whole
    ("By late November, at least 120 strikers had been detained, including 35 in Port Alder on 2 November.",
     "2051-10-01", "2051-11"),
    ("A finales de noviembre, al menos 120 huelguistas habían sido detenidos, entre ellos 35 en Puerto Alder el "
     "2 de noviembre.", "2051-10-01", "2051-11"),
    ("By October 2051, 300 strikers had been detained, 40 of them on 2 October.", "2051-09-01", "2051-10"),
    ("Hasta octubre de 2051, 300 huelguistas habían sido detenidos, 40 de ellos el 2 de octubre.", "2051-09-01",
     "2051-10"),
    # a month of the event, then its day: the day ("In April 2051, a quake struck on 25 April, killing 80")
    ("In April 2051, an earthquake struck Velmora on 25 April, killing 80 people.", "2051-04-25", "2051-04-25"),
    ("En abril de 2051, un sismo sacudió Velmora el 25 de abril y mató a 80 personas.", "2051-04-25", "2051-04-25"),
    # a day in the opening frame, or no frame: the day
    ("On 2 November, 35 strikers were detained in Port Alder.", "2051-10-01", "2051-11-02"),
    ("Police detained 35 strikers in Port Alder on 2 November, late in the month.", "2051-10-01", "2051-11-02"),
    ("El 2 de noviembre, a finales de la huelga, la policía detuvo a 35 huelguistas.", "2051-10-01", "2051-11-02"),
])
def test_a_month_that_opens_the_sentence_frames_it(sentence, date, as_of):
    assert dates_in(sentence, date, True) == as_of


def test_an_infobox_heading_of_a_day_dates_the_lines_under_it():
    lines = ("Number\n\n16 August:\n\nPort Alder: ~5,000–65,000[4]\n\nVelgrad: 10,000\n\n"
             "23 de agosto de 2051:\n\nLirán: 100.000\n\nCasualties\n\n1,373 injured[5]\n\nVelgrad: 3,000\n\n"
             "The 2051 Velmoran protests were mass demonstrations against the government of Velmora.")
    dated = {p.value: p.as_of for p in _proposals("2051 Velmoran protests", lines, "2051-08-09")}
    assert dated["~5,000–65,000"] == dated["10,000"] == "2051-08-16"
    assert dated["100.000"] == "2051-08-23"
    # a heading of no day ends the day's lines
    assert dated["1,373"] == dated["3,000"] == "2051-08-09"
