"""as_of of a count the sentence does not date, in an article about an event of several days
that its opening names by its span ("from 1 to 3 September", "comenzaron el 27 de febrero y
finalizaron el 8 de marzo", "riots over several days that broke out on 5 July"); and of a count
told later, when the day named is the day it was told ("X wrote on 21 June that"). Invented
articles, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in, event_month


def _as_of(title, text, lang, date, value):
    article = parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{text}", "a.txt")
    found = [p.as_of for p in propose(article, lang) if p.value == value or p.value.startswith(value + " ")]
    assert found, value
    return found[0]


@pytest.mark.parametrize("opening, date, span", [
    ("The siege was an attack that occurred from 1 September 2031 to 3 September 2031.", "2031-09-01", "2031-09"),
    ("From about 18:00 on 16 September to 08:00 on 18 September 2031, the militia killed hundreds.", "2031-09-16",
     "2031-09"),
    ("The riots were a series of violent riots over several days that broke out on 5 July 2031 in Kashgar.",
     "2031-07-05", "2031-07"),
    ("Las protestas comenzaron el 27 de febrero de 2031 en Guarenas, se extendieron hasta Caracas y finalizaron el "
     "8 de marzo del mismo año.", "2031-02-27", "2031"),
    ("El asedio se produjo del 1 al 3 de septiembre de 2031.", "2031-09-01", "2031-09"),
    ("Los disturbios, que duraron tres días, estallaron el 5 de julio de 2031 en Kashgar.", "2031-07-05", "2031-07"),
    # two days that are no span: the event's day and a later one
    ("The earthquake struck on 25 April 2031 and a large aftershock on 12 May 2031 killed 200 more.", "2031-04-25",
     None),
    ("El terremoto ocurrió el 25 de abril de 2031, y una réplica el 12 de mayo de 2031 mató a 200 más.", "2031-04-25",
     None),
    # one night of two days is no span
    ("The flood struck on the night of 31 March and the early hours of 1 April 2031.", "2031-03-31", None),
    ("La avalancha ocurrió durante la noche del 31 de marzo y la madrugada del 1 de abril de 2031.", "2031-03-31",
     None),
    # a span that does not hold the article's day
    ("The festival ran from 1 August to 3 August 2031; the riot broke out on 5 July 2031.", "2031-07-05", None),
])
def test_the_span_of_days_the_opening_names(opening, date, span):
    assert event_month(opening, date) == span


_KASHGAR = ("Deaths: 190\n\nThe Kashgar riots were violent riots over several days that broke out on 5 July 2031 in "
            "Kashgar, China. The first day's rioting involved at least 1,000 people.")
_GUARENAS = ("Muertos: 276\n\nLos disturbios de Guarenas fueron protestas que comenzaron el 27 de febrero de 2031 en "
             "Guarenas y finalizaron el 8 de marzo del mismo año. El primer día murieron 40 personas.")


@pytest.mark.parametrize("title, text, lang, date, value, as_of", [
    ("Kashgar riots", _KASHGAR, "en", "2031-07-05", "190", "2031-07"),
    # the event's first day is the article's day
    ("Kashgar riots", _KASHGAR, "en", "2031-07-05", "at least 1,000", "2031-07-05"),
    ("Disturbios de Guarenas", _GUARENAS, "es", "2031-02-27", "276", "2031"),
    ("Disturbios de Guarenas", _GUARENAS, "es", "2031-02-27", "40", "2031-02-27"),
])
def test_an_undated_count_of_an_event_of_several_days_is_of_their_month_or_year(title, text, lang, date, value,
                                                                                as_of):
    assert _as_of(title, text, lang, date, value) == as_of


@pytest.mark.parametrize("text, date, day", [
    ("Kristof of The Daily Ledger wrote on June 21 that about 400 civilians were killed.", "2031-06-04", None),
    ("El ministro declaró el 9 de mayo que murieron 40 personas.", "2031-05-04", None),
    # the day of a report of the article's day or before it, and a report's day that opens the sentence, stay
    ("The ministry said on 2 May that 40 had died.", "2031-05-04", "2031-05-02"),
    ("El ministerio informó el 2 de mayo que murieron 40 personas.", "2031-05-04", "2031-05-02"),
    ("On 12 May it was reported that the toll was 359.", "2031-05-04", "2031-05-12"),
])
def test_a_day_a_count_was_told_on_after_the_event_is_not_its_date(text, date, day):
    assert dates_in(text, date) == day


def test_a_count_told_later_of_an_event_of_one_day_is_of_the_events_day():
    assert _as_of("Ballroom fire", "A fire destroyed the Ballroom in Tarsus on 4 June 2031. Kristof of The Daily "
                                   "Ledger wrote on June 21 that at least 40 people were killed.", "en", "2031-06-04",
                  "at least 40") == "2031-06-04"
    assert _as_of("Incendio del salón", "Un incendio destruyó el salón de Tarsus el 4 de junio de 2031. El alcalde "
                                        "declaró el 21 de junio que murieron al menos 40 personas.", "es", "2031-06-04",
                  "al menos 40") == "2031-06-04"
