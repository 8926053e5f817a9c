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
