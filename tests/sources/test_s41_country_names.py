"""Session 41: countries by the names news and people write (SPEC §3: "ISO 3166 countries and
subdivisions are known without declaring them, by code or by name"). ISO 3166 names Russia "Russian
Federation" and Turkey "Türkiye", and has no "EE.UU." or "U.K.": ``place: Russia`` was an unknown
place, and "EEUU" had a did-you-mean of the U.S. Virgin Islands."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


@pytest.mark.parametrize(("written", "code"), [
    ("Russia", "RU"), ("Rusia", "RU"), ("Turkey", "TR"), ("EEUU", "US"), ("EE.UU.", "US"), ("EE. UU.", "US"),
    ("U.S.", "US"), ("UK", "GB"), ("U.K.", "GB"), ("Gran Bretaña", "GB"), ("Ivory Coast", "CI"),
    ("Palestina", "PS"), ("Holanda", "NL"), ("Corea del Norte", "KP"), ("RD Congo", "CD"),
])
def test_a_country_by_its_everyday_name(make_project, written, code):
    maker = make_project()
    maker.source("agency", claim(id="a1", place=written, value=5))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--format", "json",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"][0]["place"] == code


def test_iso_names_still_come_first(make_project):
    """"Congo" is ISO's Republic of the Congo (CG), not the DR Congo; "Georgia" the country."""
    maker = make_project()
    maker.source("agency", claim(id="a1", place="Congo", value=5), claim(id="a2", place="Georgia", value=6))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--format", "json",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert [c["place"] for c in json.loads(result.stdout)["claims"]] == ["CG", "GE"]
