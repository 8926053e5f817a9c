"""Suites as new users wrote them (session 38): the sources' spelling of tags and criteria, dates
in a value set, bounds the wrong way round, a mistyped type name, and the JSON of a long list."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main
from tests.expect.test_s35_suites import _line_of


def _suite(maker, *expectations):
    maker.write("expectations/claims.json", json.dumps({"name": "claims", "expectations": list(expectations)},
                                                       indent=1, ensure_ascii=False))


def _validate(maker):
    return CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json"])


def _outcomes(result) -> list[dict]:
    return json.loads(result.stdout)["outcomes"]


def _in_set(column, values, kind="expect_column_values_to_be_in_set"):
    return {"type": kind, "kwargs": {"column": column, "value_set": values}}


def _spanish_project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="500", population=["niños", "Niñas"], criterion="fallecidos-en-región",
                            as_of="2023-01-10", stated_on="2023-01-10"))
    return maker


# --- 1. population tags and criteria as the sources write them ------------------------------

def test_a_suite_with_the_sources_accents_checks_their_tags_and_criteria(make_project):
    maker = _spanish_project(make_project)
    _suite(maker, _in_set("population", ["niñas,niños"]),
           _in_set("population", ["Niños, Niñas"]),              # any order and case, as a claim may write them
           _in_set("criterion", ["fallecidos-en-región"]),
           _in_set("criterion", ["Fallecidos en región"], "expect_column_distinct_values_to_equal_set"),
           _in_set("criterion", ["heridos-en-región"], "expect_column_values_to_not_be_in_set"))
    result = _validate(maker)
    assert result.exit_code == 0, result.output
    assert all(outcome["success"] for outcome in _outcomes(result))


def test_a_folded_value_that_differs_still_fails_and_says_how_it_was_compared(make_project):
    maker = _spanish_project(make_project)
    _suite(maker, _in_set("criterion", ["heridos-en-región"]),
           _in_set("criterion", ["fallecidos-en-región"], "expect_column_values_to_not_be_in_set"))
    result = _validate(maker)
    assert result.exit_code == 1, result.output
    in_set, not_in_set = _outcomes(result)
    assert in_set["sample"] == ["fallecidos-en-region"] and not_in_set["sample"] == ["fallecidos-en-region"]
    assert "heridos-en-región as heridos-en-region" in in_set["description"]
    assert "fallecidos-en-región as fallecidos-en-region" in not_in_set["description"]


def test_a_row_condition_on_a_tag_with_an_accent_selects_its_claims(make_project):
    maker = _spanish_project(make_project)
    _suite(maker, {"type": "expect_column_values_to_be_between", "kwargs": {
        "column": "lower", "max_value": 100, "row_condition": {
            "type": "comparison", "column": {"name": "criterion"}, "operator": "==",
            "parameter": "fallecidos-en-región"}}})
    result = _validate(maker)
    assert result.exit_code == 1, result.output   # the claim of 500 is selected, and above 100
    (outcome,) = _outcomes(result)
    assert outcome["failing"] == [f"sources/a.yaml:{_line_of(maker.root / 'sources' / 'a.yaml', 'id: a1', '- ')} (a1)"]


# --- 2. dates in a value set ------------------------------------------------------------------

@pytest.mark.parametrize("column", ["as_of_date", "stated_on_date"])
def test_a_value_set_of_dates_compares_with_a_date_column(make_project, column):
    maker = _spanish_project(make_project)
    _suite(maker, _in_set(column, ["2023-01-10", "2023-01-11"]),
           _in_set(column, ["2023-01-09"], "expect_column_values_to_not_be_in_set"),
           _in_set(column, ["2023-01-10"], "expect_column_distinct_values_to_equal_set"),
           _in_set(column, ["2023-01-11"]),
           _in_set(column, ["2023-01-10"], "expect_column_values_to_not_be_in_set"))
    result = _validate(maker)
    assert [outcome["success"] for outcome in _outcomes(result)] == [True, True, True, False, False], result.output
    assert all(outcome["sample"] == ["2023-01-10"] for outcome in _outcomes(result)[3:])


# --- 3, 4. mistakes found when the suite is read, at the expectation's line ------------------

@pytest.mark.parametrize(("kwargs", "said"), [
    ({"column": "lower", "min_value": 100, "max_value": 0}, "min_value 100 is greater than max_value 0"),
    ({"column": "as_of_date", "min_value": "2024-01-01", "max_value": "2023-01-01"},
     'min_value "2024-01-01" is greater than max_value "2023-01-01"'),
])
def test_a_min_value_above_the_max_value_is_an_error_at_its_line(make_project, kwargs, said):
    maker = _spanish_project(make_project)
    _suite(maker, {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}},
           {"type": "expect_column_values_to_be_between", "kwargs": kwargs})
    result = _validate(maker)
    line = _line_of(maker.root / "expectations" / "claims.json", '"expect_column_values_to_be_between"') - 1
    assert result.exit_code == 2 and result.stdout == ""
    assert f"expectations/claims.json:{line}: " in result.stderr and said in result.stderr, result.stderr
    assert "column's type" not in result.stderr and "Traceback" not in result.output


@pytest.mark.parametrize(("kwargs", "key", "close"), [
    ({"column": "lower", "type_": "intt"}, "type_", "int"),
    ({"column": "lower", "type_list": ["float64", "flaot"]}, "type_list", "float"),
])
def test_an_unknown_type_name_is_an_error_at_its_line_with_the_names_allowed(make_project, kwargs, key, close):
    maker = _spanish_project(make_project)
    kind = "expect_column_values_to_be_of_type" if key == "type_" else "expect_column_values_to_be_in_type_list"
    _suite(maker, {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}},
           {"type": kind, "kwargs": kwargs})
    result = _validate(maker)
    line = _line_of(maker.root / "expectations" / "claims.json", f'"{kind}"') - 1
    assert result.exit_code == 2 and result.stdout == ""
    assert f"expectations/claims.json:{line}: " in result.stderr and f"{key} " in result.stderr
    assert f"did you mean {close!r}?" in result.stderr and "float64 (lower, upper)" in result.stderr


def test_type_names_numpy_pandas_and_python_know_still_run(make_project):
    maker = _spanish_project(make_project)
    _suite(maker, {"type": "expect_column_values_to_be_of_type", "kwargs": {"column": "lower", "type_": "float64"}},
           {"type": "expect_column_values_to_be_in_type_list", "kwargs": {"column": "id", "type_list": ["str"]}},
           {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "min_value": 5,
                                                                      "max_value": 5000}})
    result = _validate(maker)
    assert result.exit_code == 0, result.output


# --- 7. the JSON says how many failing claims it does not list --------------------------------

def test_the_json_counts_the_failing_claims_it_does_not_list(make_project):
    maker = make_project()
    maker.source("a", *[claim(id=f"c{i}", value=str(i + 1), place="CO", as_of=f"2019-01-{i % 28 + 1:02d}",
                              criterion=f"rule-{i}") for i in range(61)])
    _suite(maker, {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "max_value": 0}},
           {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}})
    result = _validate(maker)
    assert result.exit_code == 1, result.output
    failed, passed = _outcomes(result)
    assert (len(failed["failing"]), failed["count"], failed["unlisted"]) == (50, 61, 11)
    assert (passed["failing"], passed["count"], passed["unlisted"]) == ([], 0, 0)
    junit = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "junit"]).stdout
    assert "... and 11 more" in junit   # the same count as the JUnit XML gives
