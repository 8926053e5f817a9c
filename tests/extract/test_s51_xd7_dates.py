"""as_of, session 51 (XD7): invented sentences of the shapes new users showed extract dating wrong (a past
outbreak's toll in an undated article, a wire's dateline in brackets, a day named back to by "ese"), and the
heading lines an HTML page's extraction keeps."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import wire_day


def _dates(text: str, lang: str, date: str | None = None,
           title: str = "Cholera in the north") -> list[tuple[str, str | None]]:
    head = f"url: https://example.org/a\ntitle: {title}\n" + (f"date: {date}\n" if date else "")
    article = parse_article(f"{head}\n{text}", "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


# --- 1. a figure whose own clause names a past year's event (N8 D6) -----------------------------------------------

def test_a_past_outbreaks_toll_is_dated_by_its_year_in_an_undated_article():
    text = ("Health officials said on Tuesday that 45 people have died of cholera in Norvale this year. In the 2009 "
            "outbreak, 312 people died.")
    assert ("312 people", "2009") in _dates(text, "en")
    assert ("312 people", "2009") in _dates(text, "en", "2031-05-14")


def test_a_past_outbreak_named_before_its_noun_dates_its_toll():
    assert _dates("The 2009 cholera outbreak killed 312 people in Norvale.", "en") == [("312 people", "2009")]
    assert ("312 people", "2009") in _dates("In the 2009 pandemic, 312 people died in Norvale.", "en", "2031-05-14")
    # (the article's own outbreak, of its year, is no other event's: the article's year, as before)
    assert _dates("In the 2031 outbreak, 45 people died in Norvale.", "en", "2031-05-14") == [("45 people", "2031")]


def test_a_past_outbreaks_toll_in_spanish_keeps_its_year():
    text = ("Las autoridades dijeron el martes que 45 personas han muerto de cólera. En el brote de 2009 murieron 312 "
            "personas.")
    assert ("312 personas", "2009") in _dates(text, "es", title="Cólera en el norte")
    assert ("312 personas", "2009") in _dates(text, "es", "2031-05-14", title="Cólera en el norte")


# --- 2. a wire's dateline in brackets, the day closing it (N7) ------------------------------------------------------

def test_a_bracketed_wire_dateline_dates_an_undated_article_and_its_weekdays():
    text = ("(APX - Example Wire / Northern Point News - 9th Jun, 2031) At least 27 people were killed when a bus "
            "plunged into a ravine near Kelso, police said Monday.\n\nRescuers pulled 14 survivors from the wreck on "
            "Sunday.")
    article = parse_article(f"title: Bus crash\n\n{text}", "a.txt")
    assert article.date == "2031-06-09"
    dates = [(p.value, p.as_of) for p in propose(article, "en")]
    assert ("14", "2031-06-08") in dates


def test_a_dateline_with_an_ordinal_day_is_read():
    assert parse_article("title: Bus crash\n\nKELSO, Jun 9th, 2031 (APX) - At least 27 people were killed.",
                         "a.txt").date == "2031-06-09"
    assert parse_article("title: Riada\n\n(EFX - 12 de marzo de 2031) Al menos 27 personas murieron.",
                         "a.txt").date == "2031-03-12"
    # (a bracket that opens a sentence with no dash before its day is no dateline)
    assert parse_article("title: Bus crash\n\n(The 12 June 2031 crash) killed 27 people.", "a.txt").date is None


def test_a_bracketed_wire_dateline_is_the_day_weekdays_count_from():
    text = "(APX - Example Wire - 10th Jun, 2031) At least 27 people were killed on Sunday, police said."
    assert wire_day(text, "2031-06-08") == "2031-06-10"
    assert ("At least 27 people", "2031-06-08") in _dates(text, "en", "2031-06-08", title="Bus crash")


# --- 3. the heading lines of an HTML page ------------------------------------------------------------------------

_PAGE = """<html><head><title>Floods in Kelso</title></head><body><article><h1>Floods in Kelso</h1>
<h2>500 civilian deaths reported</h2>
<p>At least 27 people were killed in floods in the northern districts of Kelso, officials said on Sunday morning.</p>
<h3>Relief camps</h3>
<p>Rescue teams evacuated 1,500 residents from the riverbank villages, the district administration said.</p>
<p>The provincial authority said 340 houses were damaged and that relief camps were set up in three districts.</p>
</article></body></html>"""


def test_an_html_pages_heading_lines_are_kept():
    article = parse_article(_PAGE, "a.html")
    lines = article.text.split("\n")
    assert sorted(lines[k] for k in article.headings) == ["500 civilian deaths reported", "Relief camps"]
    assert article.heading_at(article.text.index("500 civilian"))
    assert not article.heading_at(article.text.index("At least 27"))
    # (a text file has none)
    assert parse_article("title: Floods\n\n500 civilian deaths reported\n\nAt least 27 died.", "a.txt").headings == \
        frozenset()


# --- 4. a day named back to by a demonstrative, of the year named before -------------------------------------------

def test_a_day_named_back_to_by_ese_is_of_the_year_named_before():
    text = "El incendio de la discoteca ocurrió en 2019. Ese 5 de agosto murieron 312 personas."
    assert ("312 personas", "2019-08-05") in _dates(text, "es", "2031-05-14", title="Incendio")
    assert ("312 personas", "2019-08-05") in _dates(text, "es", title="Incendio")
    # ("el 5 de agosto", "este 5 de mayo": no demonstrative of a day gone, the article's reading as before)
    plain = "El incendio de la discoteca ocurrió en 2019. El 5 de agosto murieron 312 personas."
    assert ("312 personas", "2030-08-05") in _dates(plain, "es", "2031-05-14", title="Incendio")


def test_a_day_named_back_to_by_that_is_of_the_year_named_before():
    text = "In 2019 the town suffered its worst fire. On that fateful August 5th, 312 people died."
    assert ("312 people", "2019-08-05") in _dates(text, "en", "2031-05-14", title="Fire")
