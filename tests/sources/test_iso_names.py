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


def test_a_name_two_subdivisions_share_stays_ambiguous():
    # "Illes Balears [Islas Baleares]" is both the community (ES-IB) and its province (ES-PM)
    assert iso_resolve("Islas Baleares") is None


def test_the_names_an_entry_holds():
    assert subdivision_names("Catalunya [Cataluña]") == ["Catalunya [Cataluña]", "Catalunya", "Cataluña"]
    assert subdivision_names("Bolama / Bijagós") == ["Bolama / Bijagós", "Bolama", "Bijagós"]
    assert subdivision_names("Bayern") == ["Bayern"]
