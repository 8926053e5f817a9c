"""ISO 3166-2 entries written in two languages ("Catalunya [Cataluña]") resolve by either name."""
from __future__ import annotations

import pytest

from reconcile.model.names import PlaceIndex, iso_resolve, subdivision_names


@pytest.mark.parametrize("name, code", [
    ("Catalunya", "ES-CT"), ("Cataluña", "ES-CT"), ("Catalunya [Cataluña]", "ES-CT"),
    ("Galicia", "ES-GA"), ("Bijagós", "GW-BL"), ("Norte de Santander", "CO-NSA"), ("Bayern", "DE-BY"),
])
def test_each_name_of_a_bilingual_subdivision_resolves(name, code):
    assert iso_resolve(name) == code
    assert PlaceIndex().resolve(name) == code


@pytest.mark.parametrize("name, code", [
    # a one-province community and its province are the same land: the name is the community
    ("Islas Baleares", "ES-IB"), ("Cantabria", "ES-CB"),
    # ISO writes these inverted ("Asturias, Principado de"); news writes them either way
    ("Asturias", "ES-AS"), ("Principado de Asturias", "ES-AS"), ("Región de Murcia", "ES-MC"),
    ("Murcia", "ES-MC"), ("Comunidad de Madrid", "ES-MD"), ("Navarra", "ES-NC"),
    ("Comunidad Foral de Navarra", "ES-NC"), ("Comunidad Valenciana", "ES-VC"),
    ("City of London", "GB-LND"),
])
def test_a_region_and_its_only_subdivision_of_one_name_are_the_region(name, code):
    assert iso_resolve(name) == code
    assert PlaceIndex().resolve(name) == code


def test_a_name_two_lands_share_stays_ambiguous():
    # Dhaka is a division (BD-C) and one of its districts (BD-13): not the same land
    assert iso_resolve("Dhaka") is None
    assert PlaceIndex().resolve("Dhaka") == ("BD-13", "BD-C")
    # "London, City of" is the City, not London; "Saha, Respublika" gives no "Saha"
    assert iso_resolve("London") is None and iso_resolve("Saha") is None


def test_the_names_an_entry_holds():
    assert subdivision_names("Catalunya [Cataluña]") == ["Catalunya [Cataluña]", "Catalunya", "Cataluña"]
    assert subdivision_names("Bolama / Bijagós") == ["Bolama / Bijagós", "Bolama", "Bijagós"]
    assert subdivision_names("Bayern") == ["Bayern"]
    assert subdivision_names("Murcia, Región de") == ["Murcia, Región de", "Región de Murcia", "Murcia"]
    assert subdivision_names("Newry, Mourne and Down") == ["Newry, Mourne and Down"]
