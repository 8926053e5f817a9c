"""Session 42: NaN and Infinity are not JSON; a suite holding one was read, shown as null, and failed
every claim (N5's report, D7). It is refused as other invalid JSON is, with the file, the line and the
expectation."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_a_suite_with_a_constant_that_is_not_json_is_an_error_naming_the_expectation(make_project, constant):
    maker = make_project()
    maker.source("a", claim(value="500"))
    other = {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "topic"}}
    maker.write("expectations/claims.json",
                '{"name": "claims", "expectations": [\n' + json.dumps(other) + ',\n'
                '{"type": "expect_column_values_to_be_between",\n'
                f' "kwargs": {{"column": "lower", "min_value": {constant}, "max_value": 1000}}}}]}}\n')
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 2, result.output
    assert "expectations/claims.json:4: " in result.stderr
    assert f'expectation #2, "min_value": {constant} is not a JSON number' in result.stderr


def test_a_claimreview_with_nan_is_an_error_naming_its_line(make_project):
    maker = make_project()
    maker.write("sources/reviews.jsonld", '{"@type": "ClaimReview",\n "claimReviewed": NaN}\n')
    result = CliRunner().invoke(main, ["report", str(maker.root)])
    assert result.exit_code == 2
    assert 'sources/reviews.jsonld:2: "claimReviewed": NaN is not a JSON number' in result.stderr


def test_nan_inside_a_string_is_text(make_project):
    maker = make_project()
    maker.source("a", claim(value="500"))
    maker.write("expectations/claims.json", json.dumps({"name": "claims", "expectations": [
        {"type": "expect_column_values_to_not_match_regex", "kwargs": {"column": "text", "regex": "NaN|Infinity"}}]}))
    assert CliRunner().invoke(main, ["validate", str(maker.root)]).exit_code == 0
