"""validate and parse as a claims repository's CI uses them (session 40): failures of one number
(a column's max, sum, count) name what broke them, --changed-since checks that compare claims see
every claim, a project without claims validates, and parse keeps one line per value."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


def test_parse_text_mode_keeps_a_line_per_value_and_names_the_stdin_line():
    result = CliRunner().invoke(main, ["parse"], input="x\n7\n")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[1] == "7\t7\texact"
    assert lines[0].startswith("x\terror: no quantity in stated value")
    assert "Error: <stdin>:1: no quantity in stated value: 'x'" in result.stderr


def test_parse_json_names_the_stdin_line_and_blank_lines_count():
    result = CliRunner().invoke(main, ["parse", "--json"], input="7\n\nx\n")
    assert result.exit_code == 2
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["lower"] == 7 and set(rows[1]) == {"text", "error"}
    assert "Error: <stdin>:3: " in result.stderr


def test_parse_arguments_name_the_argument_that_failed():
    result = CliRunner().invoke(main, ["parse", "5", "many"])
    assert result.exit_code == 2 and result.stdout.splitlines()[1].startswith("many\terror: ")
    assert "Error: argument 2: " in result.stderr


# --- a project with sources but no claim yet ---------------------------------------------------

@pytest.mark.parametrize("fmt", ["text", "json", "junit"])
def test_a_project_without_claims_is_a_successful_validation_of_0_claims(make_project, fmt):
    maker = make_project()
    maker.source("a")
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "No claims to validate" in result.stderr
    if fmt == "json":
        data = json.loads(result.stdout)
        assert (data["success"], data["claims"], data["outcomes"]) == (True, 0, [])
    elif fmt == "junit":
        root = ET.fromstring(result.stdout)
        assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("1", "0", "0")
        assert root.find("testsuite/testcase/skipped").get("message") == "no claims to validate"
    else:
        assert result.stdout == "Validation skipped: no claims to validate.\n"


def test_a_project_without_claims_still_reads_its_suites(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("expectations/claims.json", "{\n")
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 2 and "expectations/claims.json:" in result.stderr


def test_the_library_validates_no_claims_as_a_success(make_project):
    import reconcile

    maker = make_project()
    maker.source("a")
    validation = reconcile.validate(reconcile.normalize(reconcile.read(maker.root)))
    assert validation.success and validation.claims == 0
