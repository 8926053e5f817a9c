"""Session 17, place on encyclopedic text: names of countries of the past read as the country that
holds the place today (the report reads present ISO codes), and names news uses that ISO writes
otherwise. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import places_in


@pytest.mark.parametrize("text, code", [
    ("The 1970 cyclone killed at least 300,000 people in East Pakistan.", "BD"),
    ("El ciclón de 1970 mató al menos a 300.000 personas en Pakistán Oriental.", "BD"),
    ("The 1976 outbreak killed 280 people in Zaire.", "CD"),
    ("El brote de 1976 mató a 280 personas en Zaire.", "CD"),
    ("Floods in Ceylon left 40,000 homeless in 1957.", "LK"),
    ("Las inundaciones de Ceilán dejaron 40.000 damnificados.", "LK"),
    ("The drought struck Upper Volta in 1973.", "BF"),
    ("La sequía azotó el Alto Volta en 1973.", "BF"),
    ("The strike spread across Rhodesia in 1948.", "ZW"),
    ("Unas 2.000 personas huyeron de Tíbet en 1959.", "CN-XZ"),
    ("Some 2,000 people fled Crimea in 2014.", "UA-43"),
    ("Murieron 12 mineros en Gales en 1934.", "GB-WLS"),
    # a region's former name
    ("A cyclone killed 10,000 people in Orissa in 1999.", "IN-OD"),
    ("El ciclón de 1999 mató a 10.000 personas en Orissa.", "IN-OD"),
    ("Floods swept the North-West Frontier Province in 2010.", "PK-KP"),
    ("Las riadas azotaron Uttaranchal en 2013.", "IN-UK"),
])
def test_a_country_of_the_past_is_the_country_of_today(text, code):
    assert [c for c, _, _ in places_in(text)] == [code]


@pytest.mark.parametrize("text", [
    "The Crimean War ended in 1856.",
    "La flota cruzó el golfo Pérsico.",
])
def test_a_word_made_from_such_a_name_is_no_place(text):
    assert places_in(text) == []


def test_a_toll_of_a_country_of_the_past_takes_its_present_code():
    raw = ("title: Ciclón de 1970\ndate: 1970-11-12\n\nEl ciclón de 1970 azotó Pakistán Oriental el 12 de "
           "noviembre y mató al menos a 300.000 personas.\n")
    places = {p.value: p.place for p in propose(parse_article(raw, "lead.txt"))}
    assert places["al menos a 300.000 personas"] == "BD"
