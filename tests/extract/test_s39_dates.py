"""Session 39: the dates of a new user's articles (as_of, stated_on). Each test is an invented sentence of the
kind the user's articles hold, and fails before its fix."""
from __future__ import annotations

import pytest

import reconcile
from tests.extract.test_s21_review import _by_value


# --- a year after an event's noun and "of", "de" is a date, not a count --------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The floods of 2010 killed 1,985 people in Pakistan.", "1,985 people"),
    ("The earthquake of 2010 killed about 220,000 people in Haiti.", "about 220,000 people"),
    ("The riots of 2011 injured 200 people.", "200 people"),
])
def test_a_year_after_of_before_the_verb_of_the_toll_is_no_count(text, value):
    assert [q["text"] for q in reconcile.quantities_in_text(text)] == [value]
    found = _by_value(text, date="2022-02-04")
    assert list(found) == [value]
    assert found[value].as_of == text.split(" of ")[1][:4]


@pytest.mark.parametrize("text, lang, value", [
    ("The attack left a toll of 1500 killed.", "en", "1500"),
    ("The attack left a toll of 1500 killed and 300 injured.", "en", "1500"),
    ("Los restos de 1500 víctimas fueron hallados.", "es", "1500"),
])
def test_a_figure_after_of_that_its_noun_counts_is_still_a_count(text, lang, value):
    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)][0] == value


# --- a year before the event's noun dates its counts, as "in 1976" and "el terremoto de 1976" do -------------------
@pytest.mark.parametrize("text, value, as_of", [
    ("The 1976 earthquake killed about 23,000 people in Guatemala.", "about 23,000 people", "1976"),
    ("The 1976 Guatemala earthquake killed about 23,000 people.", "about 23,000 people", "1976"),
    ("The 2010 Haiti earthquake killed between 100,000 and 316,000 people.", "between 100,000 and 316,000 people",
     "2010"),
    ("The 2010 floods killed 1,985 people in Pakistan.", "1,985 people", "2010"),
    ("The 2019 protests left 36 people dead in Chile.", "36 people", "2019"),
    ("About 23,000 people died in the 1976 earthquake.", "About 23,000 people", "1976"),
    # the forms that already worked
    ("In 1976 an earthquake killed about 23,000 people in Guatemala.", "about 23,000 people", "1976"),
])
def test_a_year_before_the_events_noun_dates_its_toll(text, value, as_of):
    assert _by_value(text, date="2022-02-04")[value].as_of == as_of


def test_the_spanish_year_after_the_events_noun_still_dates_its_toll():
    found = _by_value("El terremoto de 1976 mató a unas 23.000 personas en Guatemala.", "es", date="2022-02-04")
    assert found["unas 23.000 personas"].as_of == "1976"


@pytest.mark.parametrize("text, value", [
    # a comparison with another event, and the article's own event named by its year
    ("Floods killed 40 people, the worst since the 2010 floods.", "40 people"),
    ("The 2022 protests left 36 people dead in Chile.", "36 people"),
    # an event that names something else
    ("A memorial for the 2001 attacks drew 3,000 visitors.", "3,000"),
])
def test_a_year_before_an_events_noun_that_is_no_date_of_the_count(text, value):
    assert _by_value(text, date="2022-02-04")[value].as_of == "2022-02-04"


# --- an article that looks back at an event years before its date dates that event's counts by it ----------------
@pytest.mark.parametrize("text, lang, value, as_of", [
    # an earthquake's toll, tallied over weeks: its year (GUIDE.md's as_of: dev's Guatemala 1976), whether the toll
    # comes in the opening's paragraph or in the next one
    ("El 4 de febrero de 1976 un sismo sacudió Guatemala. Según datos oficiales, murieron unas 23.000 personas.", "es",
     "unas 23.000 personas", "1976"),
    ("El 4 de febrero de 1976 un sismo sacudió Guatemala.\n\nSegún datos oficiales, murieron unas 23.000 personas.",
     "es", "unas 23.000 personas", "1976"),
    ("Forty-six years ago, on 4 February 1976, an earthquake struck Guatemala.\n\nAbout 23,000 people died and 76,000 "
     "were injured.", "en", "76,000", "1976"),
    ("The 1976 Guatemala earthquake killed about 23,000 people.\n\nChimaltenango recorded nearly 14,000 deaths.", "en",
     "nearly 14,000", "1976"),
    ("Hace 35 años, el terremoto de 1985 sacudió la Ciudad de México.\n\nLas cifras oficiales hablan de 3.692 muertos.",
     "es", "3.692", "1985"),
    # a fire's toll: its day
    ("On 4 February 1976 a fire destroyed a market in Guatemala City.\n\nAbout 230 people died.", "en",
     "About 230 people", "1976-02-04"),
])
def test_the_counts_of_an_event_the_article_looks_back_at_are_of_that_event(text, lang, value, as_of):
    assert _by_value(text, lang, date="2022-02-04")[value].as_of == as_of


@pytest.mark.parametrize("text, value", [
    # what the article tells in the present is of its own day
    ("Forty-six years ago, on 4 February 1976, an earthquake struck Guatemala.\n\nToday 3,000 families still live in "
     "temporary homes.", "3,000"),
    # news of an event of days before, not a year
    ("On 30 January 2022 an earthquake struck Guatemala.\n\nAbout 230 people died.", "About 230 people"),
    # another event the opening sets its own against after its verb
    ("The storm was the deadliest in the region, second only to the hurricane of 1842.\n\nIt killed 310 people.",
     "310 people"),
])
def test_what_is_not_the_past_events_count_keeps_the_articles_date(text, value):
    assert _by_value(text, date="2022-02-04")[value].as_of == "2022-02-04"


# --- stated_on: a day of what the sentence tells is no day of its saying -------------------------------------------
@pytest.mark.parametrize("text, lang, value, as_of", [
    ("Police said 40 people were arrested in Caracas on Monday.", "en", "40 people", "2019-03-11"),
    ("La policía dijo que 40 personas fueron detenidas el lunes en Caracas.", "es", "40 personas", "2019-03-11"),
    ("El sismo del lunes mató a 40 personas en Lima, dijeron las autoridades.", "es", "40 personas", "2019-03-11"),
    ("The earthquake on Monday killed 40 people in Lima, officials said.", "en", "40 people", "2019-03-11"),
    ("Floods killed 13 people on Sunday.", "en", "13 people", "2019-03-10"),
    # told with no day of its own: the article's day, as before
    ("Police said 40 people were arrested.", "en", "40 people", "2019-03-15"),
])
def test_a_day_of_what_is_told_is_not_the_day_it_was_stated(text, lang, value, as_of):
    found = _by_value(text, lang, date="2019-03-15")[value]
    assert (found.as_of, found.stated_on) == (as_of, "2019-03-15")


@pytest.mark.parametrize("text, lang, value", [
    ("Police said on Monday that 40 people were arrested.", "en", "40 people"),
    ("On Monday, police said 40 people were arrested.", "en", "40 people"),
    ("Police on Monday said 40 people were arrested.", "en", "40 people"),
    ("La policía informó el lunes que 40 personas fueron detenidas.", "es", "40 personas"),
    ("Forty people were arrested, police said on Monday.", "en", "Forty people"),
    ("The ministry reported 40 deaths on Monday.", "en", "40"),
])
def test_a_day_beside_the_verb_of_saying_is_the_day_it_was_stated(text, lang, value):
    assert _by_value(text, lang, date="2019-03-15")[value].stated_on == "2019-03-11"


# --- a count over days named by their weekdays: their month (GUIDE.md), never its first day nor a day after it -------
@pytest.mark.parametrize("text, lang, value", [
    ("Clashes killed 58 people in Kosti between Thursday and Saturday.", "en", "58 people"),
    ("Los enfrentamientos mataron a 58 personas en Kosti entre el jueves y el sábado.", "es", "58 personas"),
    ("The ministry said the disease killed 58 people and sickened 1,293 others between Thursday and Saturday.", "en",
     "1,293"),
    ("El ministerio dijo que la enfermedad mató a 58 personas en Kosti entre el jueves y el sábado.", "es",
     "58 personas"),
    # (the Saturday that ends the span is no sign of a story written days after its date: it had been the Thursday
    # after it, 27 February)
    ("Police said 58 people were killed in Kosti between Thursday and Saturday.", "en", "58 people"),
])
def test_a_count_between_two_weekdays_is_of_their_month_and_stated_on_the_articles_day(text, lang, value):
    found = _by_value(text, lang, date="2025-02-22")[value]         # a Saturday
    assert (found.as_of, found.stated_on) == ("2025-02", "2025-02-22")


@pytest.mark.parametrize("text, lang, value", [
    ("Floods killed 13 people in Honduras over the weekend.", "en", "13 people"),
    ("Las inundaciones mataron a 13 personas en Honduras durante el fin de semana.", "es", "13 personas"),
    ("Floods killed 13 people in Honduras last week.", "en", "13 people"),
    ("Las inundaciones mataron a 13 personas en Honduras la semana pasada.", "es", "13 personas"),
])
def test_a_count_over_the_weekend_or_last_week_is_of_its_days(text, lang, value):
    assert _by_value(text, lang, date="2018-10-08")[value].as_of == "2018-10"     # a Monday
    assert _by_value(text, lang, date="2018-10-01")[value].as_of == "2018-09"     # the days before 1 October


@pytest.mark.parametrize("text, date, as_of", [
    ("Floods killed 13 people in Honduras over the weekend.", "2018-04-02", "2018-04-01"),     # 31 March, 1 April
    ("Floods killed 13 people in Honduras last week.", "2018-04-04", "2018-04-01"),           # 26 March to 1 April
    ("Floods killed 13 people in Honduras between Friday and Sunday.", "2018-04-02", "2018-04-01"),
])
def test_a_period_of_two_months_is_of_its_last_day(text, date, as_of):
    assert _by_value(text, date=date)["13 people"].as_of == as_of


@pytest.mark.parametrize("text, value", [
    ("Heavy rains have killed 67 people in Kerala since last week, the authority said.", "67 people"),
    ("El Senamhi pronosticó lluvias de hasta 60 milímetros para el fin de semana.", "hasta 60 milímetros"),
])
def test_a_count_since_a_period_or_one_to_come_is_of_the_articles_day(text, value):
    lang = "es" if "lluvias" in text else "en"
    assert _by_value(text, lang, date="2018-10-08")[value].as_of == "2018-10-08"


def test_weekdays_after_the_event_of_a_story_written_later_are_those_after_it():
    # the ferry capsized on Friday, the article's date: the toll's weekdays are the days after it
    text = "The ferry capsized on Lake Victoria late Friday. Between Saturday and Monday rescuers recovered 40 bodies."
    assert _by_value(text, date="2018-09-28")["40"].as_of == "2018-10-01"
