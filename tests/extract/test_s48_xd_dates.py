"""as_of, session 48 (XD): invented articles, English and Spanish, of the constructions dev7 and a new user's news
texts showed extract dating wrong."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.date_infobox import infobox_days


def _dates(text: str, date: str, lang: str, title: str = "Ataques") -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{text}", "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


_INFOBOX = ("Lugar: Villaseca y Puerto Claro\n\n"
            "Fecha: 3 de mayo de 2031 22:10 (Villaseca 1.ª explosión)\n"
            "4 de mayo de 2031 15:40 (Villaseca 2.ª explosión)\n"
            "4 de mayo de 2031 16:05 (Puerto Claro)\n"
            "5 de mayo de 2031 1:20 (Monteluz)\n\n"
            "Muertos: Villaseca: 3\n"
            "Puerto Claro: 14\n"
            "Monteluz: 2\n"
            "Total: 19\n\n"
            "En el ataque de Puerto Claro hubo 14 muertos y 90 heridos.")


def test_an_infobox_of_dates_one_a_line_dates_each_place_by_its_day_and_the_rest_by_the_month():
    assert infobox_days(_INFOBOX, "2031-05-04").span == "2031-05"
    dates = _dates(_INFOBOX, "2031-05-04", "es")
    assert ("3", "2031-05") in dates            # Villaseca: two days, the month
    assert ("14", "2031-05-04") in dates        # Puerto Claro: its one day, in the infobox and in the prose
    assert ("2", "2031-05-05") in dates         # Monteluz: the next day
    assert ("19", "2031-05") in dates           # the total of the event's days
    assert ("90", "2031-05-04") in dates


def test_an_infobox_line_of_one_day_is_no_span_of_days():
    text = "Fecha: 4 de mayo de 2031 16:05 (Puerto Claro)\n\nMuertos: 14"
    assert infobox_days(text, "2031-05-04").span is None
    assert ("14", "2031-05-04") in _dates(text, "2031-05-04", "es")


def test_the_area_a_fire_of_days_burned_is_of_their_month():
    text = ("El incendio de Sierra Alta de 2031 fue un desastre que asoló la comarca de Sierra Alta desde el lunes 7 "
            "hasta el jueves 10 de julio de 2031. Ardieron 3.200 hectáreas de monte arbolado.")
    assert ("3.200 hectáreas", "2031-07") in _dates(text, "2031-07-07", "es", "Incendio de Sierra Alta de 2031")


@pytest.mark.parametrize("text, expected", [
    # the first of two figures that share a verb of state is no stock of residents, known by the year
    ("Storm Zeta brought heavy rain to the coast.\n\n"
     "GridWatch reports 512,340 Texas residents and 8,210 Oklahoma residents were still without power as of Sunday "
     "morning.", [("512,340", "2031-10-05"), ("8,210", "2031-10-05")]),
    # "Six more deaths were reported ... on Sunday": the day of the report, not the event's, so a count of a weekday
    # before it is of that weekday ("peaking at 300,000 on Friday")
    ("At least 50 people were killed by Storm Zeta, the agency reported on Sunday.\n\n"
     "Six more deaths were reported in Texas on Sunday, hours after a previous report.\n\n"
     "The governor told reporters that at least 21,000 residents were without power on Sunday morning, with the "
     "total number of outages peaking at 300,000 on Friday.",
     [("300,000", "2031-10-03"), ("at least 21,000", "2031-10-05")]),
])
def test_days_of_a_storms_outages(text, expected):
    dates = _dates(text, "2031-10-05", "en", "Storm Zeta")
    assert all(pair in dates for pair in expected), dates


def test_an_earlier_figure_of_the_same_day_is_of_that_day():
    text = ("Six more deaths were reported in Texas on Sunday, hours after a previous report of at least 44 "
            "casualties earlier in the day.")
    article = parse_article(f"url: https://example.org/a\ntitle: Storm Zeta\ndate: 2031-10-05\n\n{text}", "a.txt")
    found = {p.value: (p.as_of, p.stated_on) for p in propose(article, "en")}
    assert found["at least 44"] == ("2031-10-05", "2031-10-05")


def test_the_share_of_a_population_that_struck_is_of_the_strikes_day():
    text = ("La huelga general de ayer tuvo un seguimiento desigual.\n\n"
            "Para el Gobierno, paró algo más del 12% de la población española, cifra que los sindicatos elevaron "
            "al 80%.")
    assert ("algo más del 12%", "2031-06-19") in _dates(text, "2031-06-20", "es", "Huelga general")


def test_a_weekday_named_after_a_verb_of_comparison_is_the_other_events_day():
    text = ("Thousands marched in Springfield on Saturday.\n\n"
            "The transit authority said nearly 400,000 people had used the city's subway system by 4 p.m., ridership "
            "that eclipsed Friday's inauguration.")
    assert ("nearly 400,000 people", "2031-01-18") in _dates(text, "2031-01-18", "en", "Springfield march")
