"""validate and parse as a claims repository's CI uses them (session 40): failures of one number
(a column's max, sum, count) name what broke them, --changed-since checks that compare claims see
every claim, a project without claims validates, and parse keeps one line per value."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import claim
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


# --- a single-number check names what broke it ------------------------------------------------

def _deaths_project(make_project, *expectations):
    maker = make_project({"id": "deaths", "unit": "people"})
    maker.source("agency", claim(id="a1", topic="deaths", value="más de 500", lang="es", place="CO"),
                 claim(id="a2", topic="deaths", value="5000", place="CO"),
                 claim(id="a3", topic="deaths", value="about 100", place="CO-NSA"))
    maker.write("expectations/deaths.json", json.dumps({"name": "deaths", "expectations": list(expectations)}))
    return maker


def _failed(maker, fmt="json"):
    return CliRunner().invoke(main, ["validate", str(maker.root), "--format", fmt])


def test_a_column_max_above_its_bound_names_the_claim_holding_it_in_every_format(make_project):
    maker = _deaths_project(make_project, {"type": "expect_column_max_to_be_between", "description": "No death "
                                           "toll above 1,000", "kwargs": {"column": "lower", "max_value": 1000}})
    result = _failed(maker)
    assert result.exit_code == 1
    [outcome] = [o for o in json.loads(result.stdout)["outcomes"] if not o["success"]]
    assert (outcome["failing"], outcome["count"], outcome["whole"]) == (["sources/agency.yaml:10 (a2)"], 1, None)
    junit = ET.fromstring(_failed(maker, "junit").stdout).find(".//failure")
    assert junit.get("message") == "1 claim failed expect_column_max_to_be_between on lower"
    assert "failing: sources/agency.yaml:10 (a2)" in junit.text
    assert "sources/agency.yaml:10 (a2)" in _failed(maker, "text").stdout


def test_a_column_min_with_a_row_condition_names_only_the_claims_it_looked_at(make_project):
    where = {"type": "comparison", "column": {"name": "place"}, "operator": "==", "parameter": "CO-NSA"}
    maker = _deaths_project(make_project, {"type": "expect_column_min_to_be_between",
                                           "kwargs": {"column": "lower", "min_value": 100, "row_condition": where}})
    [outcome] = [o for o in json.loads(_failed(maker).stdout)["outcomes"] if not o["success"]]
    assert outcome["failing"] == ["sources/agency.yaml:14 (a3)"] and outcome["sample"] == ["90"]


@pytest.mark.parametrize("expectation, whole", [
    ({"type": "expect_column_sum_to_be_between", "kwargs": {"column": "lower", "max_value": 1000}}, "sum 5,590"),
    ({"type": "expect_column_unique_value_count_to_be_between", "kwargs": {"column": "place", "max_value": 1}},
     "2 distinct values"),
    ({"type": "expect_table_row_count_to_be_between", "kwargs": {"max_value": 2}}, "3 rows"),
    # one of a thing is singular ("1 distinct values" had been written)
    ({"type": "expect_column_unique_value_count_to_be_between", "kwargs": {"column": "topic", "min_value": 2}},
     "1 distinct value"),
])
def test_an_aggregate_check_says_the_column_or_table_as_a_whole_broke_it(make_project, expectation, whole):
    maker = _deaths_project(make_project, expectation)
    [outcome] = [o for o in json.loads(_failed(maker).stdout)["outcomes"] if not o["success"]]
    assert (outcome["failing"], outcome["count"], outcome["whole"]) == ([], 0, whole)
    what = "the table" if expectation["type"].startswith("expect_table") else f"the column {outcome['column']}"
    junit = ET.fromstring(_failed(maker, "junit").stdout).find(".//failure")
    assert junit.get("message") == f"{what} as a whole failed {expectation['type']}: {whole}"
    assert "0 claims" not in junit.get("message")
    assert f"as a whole: {whole}" in _failed(maker, "text").stdout


# --- --changed-since and checks that compare claims ------------------------------------------

def _git(root, *args):
    import subprocess

    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(root), "PATH": "/usr/bin:/bin"})


def test_changed_since_a_new_claim_duplicating_an_unchanged_one_fails_as_the_full_run_does(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5, place="CO", as_of="2019-03-07"))
    maker.write("expectations/defections.json", json.dumps({"name": "defections", "expectations": [
        {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "text"}},
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "as_of"}}]}))
    _git(maker.root, "init", "-q")
    _git(maker.root, "add", ".")
    _git(maker.root, "commit", "-qm", "init")
    maker.source("b", claim(id="b1", value=5, place="CO", as_of="2019-03-07"))
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--changed-since", "HEAD", "--format", "json"])
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    unique = next(o for o in data["outcomes"] if o["suite"] == "expectations/defections.json"
                  and o["expectation"] == "expect_column_values_to_be_unique")
    assert unique["failing"] == ["sources/a.yaml:5 (a1)", "sources/b.yaml:5 (b1)"]
    assert data["claims"] == 1 and "ran on all 2" in result.stderr


def test_changed_since_checks_each_claim_on_its_own_only_where_it_changed(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5, place="CO"))   # no as_of: fails the not-null check
    maker.write("expectations/defections.json", json.dumps({"name": "defections", "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "as_of"}}]}))
    _git(maker.root, "init", "-q")
    _git(maker.root, "add", ".")
    _git(maker.root, "commit", "-qm", "init")
    maker.source("b", claim(id="b1", value=6, place="CO", as_of="2019-03-07"))
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--changed-since", "HEAD", "--format", "json"])
    assert result.exit_code == 0, result.output
