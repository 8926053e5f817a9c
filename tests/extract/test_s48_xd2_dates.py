"""as_of, session 48 (XD2): invented articles, English and Spanish, of the constructions a new user's news texts
(N3, N4) and dev8 showed extract dating wrong."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _dates(text: str, date: str, lang: str, title: str = "Marchas") -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{text}", "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a plan of a day to come dates its own figure, not the past count the next sentence tells
    ("A partir del 28 de marzo, se incorporarán unos 3.000 enfermeros al paro.\n"
     "La marcha fue multitudinaria, con más de 90.000 asistentes, según la policía local.",
     "es", [("unos 3.000", "2031-03-28"), ("más de 90.000", "2031-03-20")]),
    ("Some 3,000 nurses will join the strike on March 28.\n"
     "The march was huge, with more than 90,000 people taking part, local police said.",
     "en", [("Some 3,000", "2031-03-28"), ("more than 90,000 people", "2031-03-20")]),
    # a day after the article's, told in the present: no past count of the paragraph is of it
    ("La huelga de enfermeros empieza el 28 de marzo en toda la región.\n"
     "La marcha fue multitudinaria, con más de 90.000 asistentes, según la policía local.",
     "es", [("más de 90.000", "2031-03-20")]),
])
def test_a_day_to_come_dates_no_past_count_after_it(text, lang, expected):
    dates = _dates(text, "2031-03-20", lang)
    for pair in expected:
        assert pair in dates


@pytest.mark.parametrize("text, lang, expected", [
    # the year of a clause of "when" dates the figures told in it, not those of a clause of their own after it
    ("It was the deadliest storm since 2019, when a category 4.5 cyclone hit Tarlo island, killing more than 300 "
     "people.", "en", [("more than 300 people", "2019")]),
    ("Según el comité, hasta ayer eran 210 los muertos desde el 2 de febrero, cuando estallaron los disturbios, "
     "aunque varias ONG citan más de 300 fallecidos.", "es", [("210", "2031-03-19"), ("más de 300", "2031-03-19")]),
    # the day a span began dates nothing the next sentence tells
    ("Tens of thousands marched across the country on Thursday, the fifth day of action.\n"
     "The unions called for a new strike, the longest since a movement dating back to March 2.\n"
     "The police meanwhile counted 88,000 demonstrators in the capital.", "en", [("88,000", "2031-03-20")]),
    # a bracket's day is of its own figures, not of the sentence's others
    ("On Thursday, marches took place in every large city.\n"
     "In Tarville, they were 4,100 according to the prefecture, 9,000 according to the unions (5,300 and 9,500 on "
     "Saturday).", "en", [("4,100", "2031-03-20"), ("9,000", "2031-03-20"), ("5,300", "2031-03-15")]),
    # the month of the figure a count has risen from is not the newer figure's
    ("The number of cases has risen from 412 recorded in January to 650, and a total of 21 deaths, the ministry "
     "said.", "en", [("412", "2031-01"), ("650", "2031-03-20"), ("21", "2031-03-20")]),
])
def test_a_day_of_another_clause_does_not_date_the_figure(text, lang, expected):
    dates = _dates(text, "2031-03-20", lang)
    for pair in expected:
        assert pair in dates


@pytest.mark.parametrize("text, expected", [
    # a month named as the complement of a noun of what happened, in a clause of "que" that is no comparison
    ("En las riadas de abril murieron 31 personas, según Protección Civil.", [("31 personas", "2031-04")]),
    ("El Gobierno regional calcula que en las riadas de abril murieron 31 personas.", [("31 personas", "2031-04")]),
    # one weekday of the week before is a day, not the week's month
    ("Hasta el martes de la semana pasada, la Fiscalía había confirmado la muerte de 14 personas.",
     [("14 personas", "2031-09-09")]),
])
def test_a_month_or_a_weekday_named_beside_a_noun_dates_the_figure(text, expected):
    dates = _dates(text, "2031-09-17", "es")
    for pair in expected:
        assert pair in dates


def test_a_wire_dateline_with_its_agency_before_the_day_dates_the_article():
    article = parse_article("TARVILLE, Utopia (AFP) -- October 14, 2031 -- The mayor said at least 18 people were "
                            "killed in La Costa.\n\nOn Saturday, 40 more were missing.", "a.txt")
    assert article.date == "2031-10-14"
    proposals = propose(article, "en")
    assert [(p.value, p.as_of, p.stated_on) for p in proposals][:2] == [
        ("at least 18 people", "2031-10-14", "2031-10-14"), ("40", "2031-10-11", "2031-10-14")]
