"""Figures that are no claim (U2 D10): the size of an object written as its adjective ("a 10-meter-long (33-foot)
boat"), the number of the people who told something ("two of those rescued, a Libyan and an Ethiopian, told
authorities"), and the number of the places a sentence lists by name ("two counties of Minxian and Zhangxian")."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _values(body: str) -> list[str]:
    article = parse_article(f"url: https://example.org/a\noutlet: AP\ndate: 2019-11-23\n\n{body}\n", "a.txt")
    return [p.value for p in propose(article)]


@pytest.mark.parametrize("body, kept", [
    ("The navy said a 12-meter-long (39-foot) fishing boat capsized off Crete with 30 people aboard.", ["30 people"]),
    ("Police said a 3-metre-thick wall collapsed onto the market, killing 8 people.", ["8 people"]),
    ("A 15-foot boat carrying 20 migrants sank near Lesbos, the coast guard said.", ["20"]),
])
def test_the_size_of_an_object_is_no_claim(body, kept):
    assert _values(body) == kept


@pytest.mark.parametrize("body, kept", [
    ("At the port, two of those rescued, a Syrian and an Afghan, told police that 12 relatives were still "
     "missing.", ["12"]),
    ("Two of the survivors told reporters that 40 people had been on the boat.", ["40 people"]),
])
def test_the_people_who_told_it_are_no_claim(body, kept):
    assert _values(body) == kept


@pytest.mark.parametrize("body, kept", [
    ("The quake struck the region's three counties of Lixian, Maoxian and Wenchuan, killing 61 people.",
     ["61 people"]),
    ("Floods swept two provinces: Sindh and Punjab, killing 40 people, officials said.", ["40 people"]),
])
def test_the_number_of_places_named_after_it_is_no_claim(body, kept):
    assert _values(body) == kept


@pytest.mark.parametrize("body, value", [
    # the places are not all named: a count to check
    ("Floods swept three provinces of Pakistan, killing 40 people, officials said.", "three"),
    # an event's measure, not an object's
    ("The quake struck 10 km deep, and a 5-metre-high wave hit the coast.", "10 km"),
    # a ship's tonnage is no length of it
    ("The 4,200-ton ferry sank off Jeju with 300 people aboard, the coast guard said.", "4,200-ton"),
])
def test_other_figures_stay(body, value):
    assert value in _values(body)
