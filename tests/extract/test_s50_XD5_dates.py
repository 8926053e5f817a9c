"""as_of, session 50 (XD5): invented sentences of the constructions encyclopedia texts of past events showed extract
dating wrong (a weekday written before its full date, ...)."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import relative_date


def _dates(text: str, date: str, lang: str, title: str = "Arrivals") -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{text}", "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


def test_a_weekday_before_its_full_date_is_no_day_counted_from_the_article():
    # the weekday is the date's own, not "the latest Tuesday before the article's date"
    assert relative_date("La huelga empezó el martes 7 de octubre de 2027 en Ribera.", "2027-10-20") is None
    assert relative_date("The dam failed on Friday, 12 March 2027, near Oldport.", "2027-03-20") is None
    assert relative_date("The dam failed on Friday near Oldport.", "2027-03-20") == "2027-03-19"


def test_an_encyclopedias_quake_dated_with_its_weekday_dates_its_toll_by_the_year():
    text = ("El terremoto de Valdeluz de 2027 ocurrió en la localidad de Valdeluz el jueves 4 de marzo de 2027 a las "
            "10:12, hora local. Tuvo una magnitud de 6,6 y duró 40 segundos, ocasionando 58 víctimas fatales.")
    assert ("58", "2027") in _dates(text, "2027-03-04", "es", "Terremoto de Valdeluz de 2027")


def test_a_part_of_an_encyclopedias_quake_article_dates_its_toll_by_the_year_its_title_names():
    # the text opens past the article's definition: its title, the event's name with its year, says it is an account
    text = ("Nunca se supo el número exacto de víctimas por la censura del gobierno. Muertes: el gobierno reportó el "
            "fallecimiento de 4 mil personas.")
    assert ("4 mil personas", "2027") in _dates(text, "2027-03-04", "es", "Terremoto de Valdeluz de 2027")
    # a news headline (a verb, no year) is no such account: the toll is of the article's day
    assert ("4 mil personas", "2027-03-04") in _dates(text, "2027-03-04", "es", "Terremoto sacude Valdeluz")


def test_a_day_of_the_month_in_a_bracket_of_its_own_figure_dates_that_figure_alone():
    text = ("El terremoto de Valdeluz de 2027 fue un sismo de magnitud 6,1 que ocurrió el 14 de abril de 2027.\n\n"
            "En el primer balance dado a conocer por la Dirección de Emergencias, se contabilizaron 9 muertes (cifra "
            "que aumentó a once el día 17) y entre 20 y 25 heridos.")
    dates = _dates(text, "2027-04-14", "es", "Terremoto de Valdeluz de 2027")
    assert ("once", "2027-04-17") in dates
    assert ("9", "2027") in dates                 # not the bracket's 17th: the event's toll, by its year
    assert ("entre 20 y 25", "2027") in dates


def test_a_month_the_sentence_opens_with_as_its_subject_dates_its_figures():
    assert ("7,310 people", "2031-04") in _dates("April had the most arrivals, with 7,310 people, officials said.",
                                                 "2031-07-16", "en")
    assert ("5.904", "2030-03") in _dates("Marzo de 2030 registró 5.904 llegadas.", "2031-07-16", "es")
    # with another month beside the figure, that one's (a list by month)
    assert ("5,128", "2031-02") in _dates("June had the most arrivals, 7,310, well above the 5,128 of February.",
                                          "2031-07-16", "en")


def test_a_day_to_come_is_no_day_of_a_toll_the_sentence_names():
    # the weekday is when the probe will be, not when the miners died
    assert ("12", "2031-07-16") in _dates("Police will probe the deaths of 12 miners on Friday, officials said.",
                                          "2031-07-16", "en")
    assert ("12", "2031-07-16") in _dates("La policía investigará el viernes la muerte de 12 mineros.",
                                          "2031-07-16", "es")
    # what a plan foresees is still of its day
    assert ("40", "2031-07-17") in _dates("The summit on Thursday will bring together 40 leaders.", "2031-07-16", "en")
