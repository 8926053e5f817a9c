"""Where a distance of news copy is measured from.

Invented sentences (none copied from the data set), English and Spanish: wire copy writes the
direction of an epicentre as "west, northwest of" (USGS style), names a town whose name goes on
after a hyphen in lower case ("Kao-hsiung"), and a capital by its country's possessive ("Italy's
capital of Rome"): the distance is from that town or city.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(opening: str, body: str) -> dict[str, str | None]:
    # the opening names the country, inside which a town reconcile does not know is declared
    raw = f"date: 2011-03-14\n\n{opening}\n\n{body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("opening, body, value, place", [
    ("An earthquake struck California.", "The quake struck 13 kilometers (8 miles) west, northwest of Lake Elsinore.",
     "13 kilometers", "Lake Elsinore"),
    ("An earthquake struck Taiwan.", "The epicenter lay 40 kilometers east northeast of Kao-hsiung.",
     "40 kilometers", "Kao-hsiung"),
    ("An earthquake struck Italy.", "The epicenter lay 95 kilometres northeast of Italy's capital of Rome.",
     "95 kilometres", "Rome"),
    ("Un sismo sacudió Taiwán.", "El epicentro se situó a 40 kilómetros al noreste de Kao-hsiung.",
     "40 kilómetros", "Kao-hsiung"),
    ("Un sismo sacudió California.", "El epicentro se ubicó a 13 kilómetros al oeste, noroeste de Lago Elsinore.",
     "13 kilómetros", "Lago Elsinore"),
])
def test_a_distance_is_measured_from_the_town_the_direction_names(opening, body, value, place):
    assert _places(opening, body)[value] == place
