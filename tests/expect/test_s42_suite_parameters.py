"""A suite's own ``suite_parameters`` (session 42): accepted as a key, they could not be used, as
``{"$PARAMETER": name}`` was "unknown" unless reconcile supplied it. A suite means what it means in
GX 1.x: its parameters stand for their values, beside reconcile's (sources, places, today), and a
suite parameter with the name of one of those is an error naming the line."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _suite(maker, parameters, max_value, extra=()):
    maker.write("expectations/defections.json", json.dumps({
        "name": "defections", "suite_parameters": parameters, "expectations": [
            {"type": "expect_column_values_to_be_between",
             "kwargs": {"column": "upper", "min_value": 0, "max_value": max_value}}, *extra]}, indent=1))


@pytest.fixture
def project(make_project):
    maker = make_project()
    maker.source("agency", claim(id="a1", value=500, as_of="2019-03-07"),
                 claim(id="a2", value=2500, as_of="2019-03-08"))
    return maker


def test_a_suite_parameter_stands_for_its_value(project):
    _suite(project, {"max_defections": 1000}, {"$PARAMETER": "max_defections"},
           [{"type": "expect_column_values_to_be_in_set",
             "kwargs": {"column": "source", "value_set": {"$PARAMETER": "sources"}}}])
    result = CliRunner().invoke(main, ["validate", str(project.root), "--format", "json"])
    assert result.exit_code == 1, result.output
    failed = [o for o in json.loads(result.stdout)["outcomes"] if not o["success"]]
    assert [(o["expectation"], o["failing"]) for o in failed] == [
        ("expect_column_values_to_be_between", ["sources/agency.yaml:9 (a2)"])]


def test_a_suite_parameter_with_the_name_of_one_reconcile_supplies_is_an_error(project):
    _suite(project, {"today": 1000}, {"$PARAMETER": "today"})
    result = CliRunner().invoke(main, ["validate", str(project.root)])
    assert result.exit_code == 2
    assert "expectations/defections.json:4: suite parameter 'today' would shadow the one reconcile supplies" \
        in result.stderr


def test_an_unknown_parameter_names_the_suite_parameters_it_has(project):
    _suite(project, {"max_defections": 1000}, {"$PARAMETER": "max_defection"})
    result = CliRunner().invoke(main, ["validate", str(project.root)])
    assert result.exit_code == 2 and "unknown $PARAMETER 'max_defection'" in result.stderr
    assert "(it has: max_defections)" in result.stderr


def test_suite_parameters_must_be_an_object(project):
    _suite(project, [1000], 5)
    result = CliRunner().invoke(main, ["validate", str(project.root)])
    assert result.exit_code == 2 and '"suite_parameters" must be an object' in result.stderr
