"""The as_of of a count its sentence does not date, by the kind of count and of event:

- the people who live in a place are a stock, known by the year ("nearly 40,000 people live in
  X", "una ciudad de 60.000 habitantes", an infobox's "Población: 48 000 000");
- an epidemic, a season of weather, an exodus last months: their counts are known by the year
  ("yellow fever", "cólera", "El Niño", "monsoon", "boatlift");
- a sentence that goes on telling a report the sentence before dated is of the report's day,
  in an event of months too ("El 31 de marzo, el ministerio publicó un reporte. Este muestra 101
  fallecidos").

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.event_kind import is_long_event


def _as_of(title: str, date: str, body: str) -> dict[str, str | None]:
    raw = f"title: {title}\ndate: {date}\n\n{body}\n"
    return {p.value: p.as_of for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("title, body, value", [
    ("Quake hits Norcia", "A magnitude 5.9 earthquake hit Norcia on Tuesday. Nearly 40,000 people live in Norcia.",
     "Nearly 40,000 people"),
    ("Sismo en Chillán", "Un sismo sacudió Chillán el martes. Unas 180.000 personas viven en Chillán.",
     "Unas 180.000 personas"),
    ("Referendo en Chile", "El referendo se celebró en Chile el martes.\n\nPoblación: 19 000 000\n\n"
     "Votaron 7 millones.", "19 000 000"),
])
def test_the_people_who_live_in_a_place_are_known_by_the_year(title, body, value):
    assert _as_of(title, "2016-08-23", body)[value] == "2016"


@pytest.mark.parametrize("title", [
    "Yellow fever in Luanda", "Fiebre amarilla en Luanda", "2011 cholera outbreak", "Cólera en Haití",
    "El Niño de 1998", "2010 monsoon floods", "Éxodo de 1980", "1994 Cuban boatlift",
])
def test_epidemics_seasons_and_exoduses_last_months(title):
    assert is_long_event(title)


@pytest.mark.parametrize("title", ["Terremoto de Ica", "2014 Luanda fire", "Sismo en Chillán"])
def test_a_quake_or_a_fire_is_no_event_of_months(title):
    assert not is_long_event(title)


@pytest.mark.parametrize("body, value", [
    ("Las lluvias de El Niño afectaron a Perú desde enero.\n\nEl 31 de marzo de 2017, el ministerio publicó un "
     "reporte. Este muestra un total de 101 fallecidos.", "101"),
    ("El Niño rains hit Peru from January.\n\nOn 31 March 2017, the ministry published a report. The report listed "
     "101 dead.", "101"),
])
def test_a_report_dated_the_sentence_before_dates_its_counts(body, value):
    assert _as_of("El Niño de 2017", "2017-01-15", body)[value] == "2017-03-31"
