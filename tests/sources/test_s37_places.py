"""Place names as Spanish-speaking newsrooms write them (session 37): the kind of region, the
article and the spaces of an ISO 3166 name aside; a "did you mean" that finds the name a word of."""
from __future__ import annotations

import pytest

from readers import error_of, load
from reconcile.model.names import PlaceIndex


@pytest.mark.parametrize("written, code", [
    ("Región del Maule", "CL-ML"), ("Región del Bío Bío", "CL-BI"), ("Bío Bío", "CL-BI"),
    ("Estado Táchira", "VE-S"), ("Estado de México", "MX-MEX"), ("Mexico state", "MX-MEX"),
    ("Guajira", "CO-LAG"), ("Departamento del Cauca", "CO-CAU"),
])
def test_a_subdivision_written_with_its_kind_or_without_its_article_resolves(written, code):
    assert PlaceIndex().resolve(written) == code


def test_the_kind_of_region_never_makes_a_country_of_a_name():
    """"Estado de México" is the state (MX-MEX), not Mexico (MX); "Mexico" alone stays the country."""
    places = PlaceIndex()
    assert (places.resolve("Estado de México"), places.resolve("México")) == ("MX-MEX", "MX")


@pytest.mark.parametrize("written, suggested", [("Bogotá", "CO-DC"), ("San Andrés", "CO-SAP")])
def test_did_you_mean_finds_the_place_whose_name_holds_the_words(make_project, written, suggested):
    """"Guajira" had been offered PY-4 (Guairá, Paraguay); "Bogotá" nothing."""
    maker = make_project()
    maker.source("a", {"topic": "defections", "value": 5, "place": written})
    error = error_of(maker)
    assert error.field == "place" and f"did you mean {suggested}" in error.hint


def test_a_claim_in_a_region_written_in_words_reads_its_code(make_project):
    maker = make_project()
    maker.source("a", {"id": "a1", "topic": "defections", "value": 64, "place": "Región del Bío Bío"})
    assert load(maker)[1].set_index("id").at["a1", "place"] == "CL-BI"
