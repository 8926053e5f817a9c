"""The day of a count in news copy whose sentence names no day of its own.

Invented sentences (none copied from the data set), English and Spanish. A report of Monday tells
what happened "on Saturday": the counts the paragraph then tells in a past tense are of that day,
a count in the present perfect is of the time of writing, and a measure of the event ("at a depth
of 12 km") is of the day the opening names.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.reading import told_in_past


def _as_of(raw: str) -> dict[str, str | None]:
    return {p.value: p.as_of for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("raw, later, now", [
    ("date: 2015-10-05\n\nTwenty two people died on Saturday after a fire hit a hospital in Kunduz. "
     "Amongst the dead were twelve nurses. Meanwhile, at least 75 people have been buried.\n",
     "twelve", "at least 75 people"),
    ("date: 2015-10-05\n\nVeintidós personas murieron el sábado tras un incendio en un hospital de Kunduz. "
     "Entre los muertos había doce enfermeras. Hasta ahora han sido enterradas 75 personas.\n",
     "doce", "75 personas"),
])
def test_a_past_tense_count_takes_the_day_named_before_in_the_paragraph(raw, later, now):
    got = _as_of(raw)
    assert got[later] == "2015-10-03"          # the Saturday before the Monday of the report
    assert got[now] == "2015-10-05"            # the present perfect: the report's own day


@pytest.mark.parametrize("raw, depth", [
    ("date: 2010-07-08\n\nAn earthquake struck on Wednesday evening near Ocotillo with a magnitude of 5.1.\n\n"
     "The quake occurred at a depth of 12 kilometers.\n", "12 kilometers"),
    ("date: 2010-07-08\n\nUn sismo de magnitud 5,1 sacudió el miércoles por la noche la zona de Ocotillo.\n\n"
     "El sismo ocurrió a una profundidad de 12 kilómetros.\n", "12 kilómetros"),
])
def test_a_measure_of_the_event_takes_the_openings_day(raw, depth):
    assert _as_of(raw)[depth] == "2010-07-07"


@pytest.mark.parametrize("sentence, past", [
    ("Amongst the fatalities were twelve charity staff.", True),
    ("La policía la situó en 45.000 personas.", True),
    ("Meanwhile, at least 75,000 corpses have been buried.", False),
    ("Hay al menos 200 heridos en los hospitales.", False),
])
def test_told_in_past(sentence, past):
    assert told_in_past(sentence) is past
