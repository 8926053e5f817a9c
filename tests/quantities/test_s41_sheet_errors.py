"""Session 41: a spreadsheet's error value is no number (SPEC §4: "Text that cannot be parsed is an
error naming file, line and text, never a silent null"). "#DIV/0!" had read as 0: the parser took
"/0" for the number, so a broken formula in a sheet became a claim of zero."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile import parse_quantity
from reconcile.cli.main import main
from reconcile.errors import QuantityError


@pytest.mark.parametrize("text", ["#DIV/0!", "#div/0!", "#N/A", "#VALUE!", "#REF!", "#NUM!", "#NAME?", "#NULL!",
                                  "#SPILL!", "#CALC!", "#GETTING_DATA"])
def test_a_spreadsheet_error_value_is_no_quantity(text):
    with pytest.raises(QuantityError, match="spreadsheet's error value"):
        parse_quantity(text)


def test_a_fraction_still_reads():
    assert parse_quantity("1/2").lower == 0.5


def test_a_claim_holding_a_sheets_error_is_an_error_naming_its_line(make_project):
    maker = make_project()
    maker.source("agency", claim(id="a1", value="#DIV/0!"))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--format", "json"])
    assert result.exit_code == 2
    assert "sources/agency.yaml:" in result.output and "#DIV/0!" in result.output
    assert "spreadsheet" in result.output
