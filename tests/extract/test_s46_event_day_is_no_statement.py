"""The day of the event is not the day of a toll reported since (N6 D10): "More than 640 people have been reported dead
after an earthquake struck northern Peru on Tuesday morning", in an article of Wednesday, is a toll reported now of
an event of Tuesday: its as_of and its stated_on are the article's day; the quake's magnitude stays of its day, and a
toll of the event itself ("died after a bus crashed on Tuesday") keeps the day. The sentences are made up;
2024-05-08 is a Wednesday."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import stated_day

WEDNESDAY, TUESDAY = "2024-05-08", "2024-05-07"


def _proposals(title: str, body: str) -> dict:
    return {p.value: p for p in propose(parse_article(f"title: {title}\ndate: {WEDNESDAY}\n\n{body}", "a.txt"))}


@pytest.mark.parametrize("body", [
    "More than 640 people have been reported dead after an earthquake struck northern Peru on Tuesday morning.",
    "More than 640 people have been reported dead after a 6.1-magnitude earthquake struck northern Peru on Tuesday "
    "morning.",
])
def test_a_toll_reported_since_the_event_is_of_the_articles_day(body):
    found = _proposals("Quake in Peru", body)["More than 640 people"]
    assert (found.as_of, found.stated_on) == (WEDNESDAY, WEDNESDAY)


def test_the_events_measure_and_the_toll_of_the_event_keep_its_day():
    found = _proposals("Quake in Peru", "More than 640 people have been reported dead after a 6.1-magnitude "
                       "earthquake struck northern Peru on Tuesday morning.")
    assert found["6.1"].as_of == TUESDAY
    assert _proposals("Bus crash", "Twelve people died after a bus crashed on Tuesday near Lima.")[
        "Twelve people"].as_of == TUESDAY


def test_the_day_of_a_clause_of_when_the_event_happened_is_no_day_of_a_report():
    assert stated_day("More than 640 people have been reported dead after an earthquake struck on Tuesday.",
                      WEDNESDAY) is None
    assert stated_day("The ministry reported 40 deaths on Tuesday.", WEDNESDAY) == TUESDAY
