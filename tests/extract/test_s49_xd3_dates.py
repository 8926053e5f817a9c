"""as_of, session 49 (XD3): invented articles, English and Spanish, of the constructions R5 and dev8 showed extract
dating wrong."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _dates(text: str, date: str | None, lang: str, title: str = "Marchas") -> list[tuple[str, str | None]]:
    head = f"url: https://example.org/a\ntitle: {title}\n" + (f"date: {date}\n" if date else "") + "\n"
    article = parse_article(head + text, "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday told with a verb of the future is the next day of its name, not the last one gone
    ("TARVILLE, Utopia (AP) -- October 14, 2031 -- The vote will be held on October 30.\n\n"
     "The congress on Friday will gather 70 mayors, the ministry said.", "en", [("70", "2031-10-17")]),
    ("TARVILLE, Utopia (AP) -- October 14, 2031 -- The vote will be held on October 30.\n\n"
     "The march planned for Saturday is expected to draw 20,000 teachers, unions said.", "en",
     [("20,000", "2031-10-18")]),
    # a day to come the paragraph sets dates what the next sentence foresees, never a weekday gone it did not name
    ("TARVILLE, Utopia (AP) -- October 14, 2031 -- Officials met on Monday.\n\n"
     "The ballot is set for Sunday, October 19. Turnout could reach 55 percent, pollsters said.", "en",
     [("55 percent", "2031-10-19")]),
    ("TARVILLE (EFE) -- 14 de octubre de 2031 -- Los sindicatos se reunieron el lunes.\n\n"
     "La marcha convocada para el sábado reunirá a 20.000 docentes, según los sindicatos.", "es",
     [("20.000", "2031-10-18")]),
])
def test_a_weekday_told_as_a_day_to_come_is_the_next_one(text, lang, expected):
    dates = _dates(text, None, lang)
    for pair in expected:
        assert pair in dates


@pytest.mark.parametrize("text, lang, expected", [
    # a weekday of the past stays the last one gone, whatever the rest of the sentence foresees
    ("The 40 people killed on Friday will be buried on Sunday, officials said.", "en", [("40 people", "2031-10-10")]),
    ("Officials said on Monday that the congress will gather 70 mayors.", "en", [("70", "2031-10-13")]),
    ("Los 40 muertos del viernes serán enterrados el domingo, según la alcaldía.", "es", [("40", "2031-10-10")]),
])
def test_a_weekday_of_the_past_stays_the_last_one_gone(text, lang, expected):
    dates = _dates(text, "2031-10-14", lang)
    for pair in expected:
        assert pair in dates


def test_the_day_of_a_clause_of_with_is_only_its_own_figures():
    dates = _dates("The Hill Fire was a wildfire that burned in Tarlo County in November 2031.\n\n"
                   "The Hill Fire caused at least 64 civilian fatalities, with two people still missing as of July 9, "
                   "2032, and injured 9 civilians and 4 firefighters.", "2031-11-08", "en", title="Hill Fire")
    assert ("two people", "2032-07-09") in dates
    assert [as_of for value, as_of in dates if value in ("at least 64", "9", "4")] == ["2031"] * 3


def test_the_day_of_a_record_a_figure_beats_dates_no_later_sentence():
    dates = _dates("The Tarville tornado struck on Sunday, May 18, 2031.\n\n"
                   "In a first estimate, insured losses were expected to reach $1.4 billion; the highest in the "
                   "state's history, higher than the previous record of $1 billion in the March 3, 1998 ice storm. "
                   "Estimates earlier stated Tarville damage could be $2 billion.", "2031-05-18", "en",
                   title="Tarville tornado")
    assert ("$2 billion", "2031-05-18") in dates


def test_a_month_that_names_another_event_as_its_adjective_does_not_date_a_measure():
    dates = _dates("The Tarville tornado struck on Sunday, May 18, 2031.\n\n"
                   "It was part of a larger late-May storm outbreak and reached a maximum width of nearly 2 miles.",
                   "2031-05-18", "en", title="Tarville tornado")
    assert ("nearly 2 miles", "2031-05-18") in dates


@pytest.mark.parametrize("text, lang, expected", [
    ("Floods struck the Tarlo valley in May 2031.\n\nAs of June 2031, according to the regional government, more "
     "than 2,300 people were presumed dead. This total included 410 pilgrims.", "en", [("410", "2031-06")]),
    ("Las inundaciones azotaron el valle de Tarlo en mayo de 2031.\n\nA junio de 2031, según el gobierno regional, "
     "más de 2300 personas habían muerto. De ellos, 410 eran peregrinos.", "es", [("410", "2031-06")]),
])
def test_a_part_that_opens_with_its_total_takes_the_totals_date(text, lang, expected):
    dates = _dates(text, "2031-05-12", lang, title="Inundaciones de Tarlo")
    for pair in expected:
        assert pair in dates
