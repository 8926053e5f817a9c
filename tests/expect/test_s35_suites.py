"""Suites as a claims-data repository's CI uses them (session 35, what a new user found)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import TOPIC, claim
from reconcile.cli.main import main


def _suite(maker, *expectations, name="claims.json", **extra):
    maker.write(f"expectations/{name}", json.dumps({"name": "claims", **extra, "expectations": list(expectations)},
                                                   indent=1))


def _validate(maker, *options):
    return CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json", *options])


def _failed(result) -> list[dict]:
    return [o for o in json.loads(result.stdout)["outcomes"] if not o["success"]]


def _line_of(path, text: str, start: str = "") -> int:
    """The 1-based line where ``text`` is written (with ``start``: the line at or above it that
    begins with it, a YAML claim's first line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if text in line)
    while start and not lines[at].startswith(start):
        at -= 1
    return at + 1


def _project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="500", place="CO"), claim(id="a2", topic="muertes", value="40", place="CO"))
    maker.topics({"id": TOPIC, "title": "T", "unit": "people"}, {"id": "muertes", "title": "M", "unit": "people"})
    return maker


def test_a_failed_ordered_column_list_is_a_failure_not_a_traceback(make_project):
    maker = _project(make_project)
    _suite(maker, {"type": "expect_table_columns_to_match_ordered_list", "kwargs": {"column_list": ["id", "source"]}})
    result = _validate(maker)
    assert result.exit_code == 1, result.output
    (failed,) = _failed(result)
    assert failed["expectation"] == "expect_table_columns_to_match_ordered_list" and failed["sample"]


@pytest.mark.parametrize("kind", ["expect_column_distinct_values_to_be_in_set",
                                  "expect_column_distinct_values_to_equal_set"])
def test_a_distinct_value_outside_the_set_is_named_with_its_claims(make_project, kind):
    maker = _project(make_project)
    _suite(maker, {"type": kind, "kwargs": {"column": "topic", "value_set": [TOPIC]}})
    (failed,) = _failed(_validate(maker))
    line = _line_of(maker.root / "sources" / "a.yaml", "id: a2", start="- ")
    assert failed["sample"] == ["muertes"] and failed["failing"] == [f"sources/a.yaml:{line} (a2)"]


def test_an_expectation_gx_cannot_evaluate_names_its_line(make_project):
    maker = _project(make_project)
    _suite(maker, {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}},
           {"type": "expect_column_values_to_be_between", "kwargs": {"column": "place", "min_value": 5}})
    result = _validate(maker)
    line = _line_of(maker.root / "expectations" / "claims.json", '"expect_column_values_to_be_between"')
    assert result.exit_code == 2 and f"expectations/claims.json:{line - 1}: " in result.stderr


def test_a_suite_that_is_not_an_object_names_line_1(make_project):
    maker = _project(make_project)
    maker.write("expectations/claims.json", "[1, 2]\n")
    result = _validate(maker)
    assert result.exit_code == 2 and "expectations/claims.json:1: " in result.stderr


def test_a_row_condition_is_in_the_default_description(make_project):
    maker = _project(make_project)
    _suite(maker, {"type": "expect_column_values_to_be_between", "kwargs": {
        "column": "lower", "max_value": 100,
        "row_condition": {"type": "comparison", "column": {"name": "topic"}, "operator": "==", "parameter": TOPIC}}})
    (failed,) = _failed(_validate(maker))
    assert failed["description"].endswith(f"where topic == {TOPIC}")


def test_a_suite_given_by_path_that_names_no_topic_checks_every_claim(make_project, tmp_path):
    maker = _project(make_project)
    suite = tmp_path / "ci-suite.json"
    suite.write_text(json.dumps({"name": "claims", "expectations": [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "max_value": 100}}]}))
    result = _validate(maker, "--suite", str(suite))
    assert result.exit_code == 1, result.output
    (failed,) = _failed(result)
    line = _line_of(maker.root / "sources" / "a.yaml", "id: a1", start="- ")
    assert failed["failing"] == [f"sources/a.yaml:{line} (a1)"]


def test_reconciles_own_suite_is_named_as_the_file_init_writes(make_project):
    maker = _project(make_project)
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 0, result.output
    assert "expectations/claims.json (built in)" in result.stdout and "templates" not in result.stdout


def test_suggest_into_a_project_without_suites_keeps_the_checks_of_every_claim(make_project):
    maker = _project(make_project)
    before = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json"])
    result = CliRunner().invoke(main, ["expectations", "suggest", str(maker.root)])
    assert result.exit_code == 0, result.output
    assert (maker.root / "expectations" / "claims.json").is_file()
    after = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json"])
    assert json.loads(after.stdout)["expectations"] > json.loads(before.stdout)["expectations"]


@pytest.mark.parametrize("fmt", ["html", "text", "markdown"])
def test_a_suites_description_never_reaches_a_report_as_an_escape_sequence(make_project, fmt):
    maker = _project(make_project)
    _suite(maker, {"type": "expect_column_values_to_be_between", "description": "q\x1b[31m red",
                   "kwargs": {"column": "lower", "max_value": 100}})
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", fmt, "--fail-on", "never"])
    assert "\x1b" not in result.stdout and "31m red" in result.stdout


def test_validate_bounds_agree_with_implausible_value(make_project):
    """SPEC §3/§5: outside the bounds is implausible-value, "no value in common with the topic's
    bounds". Validate failed "about 1000" under [0, 1000] (it shares [900, 1000]) and the report
    then said expectations failed for a plausible value."""
    import json

    from click.testing import CliRunner
    from conftest import TOPIC, claim

    from reconcile.cli.main import main

    maker = make_project({"id": TOPIC, "title": "T", "unit": "people", "bounds": [0, 1000]})
    maker.source("a", claim(id="about", value="about 1000", place="CO"),
                 claim(id="between", value="between 50 and 1500", place="PE"),
                 claim(id="over", value="2000", place="VE"))
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json"])
    assert result.exit_code == 1, result.output
    failed = [o for o in json.loads(result.stdout)["outcomes"] if not o["success"]]
    assert [f for o in failed for f in o["failing"]] == ["sources/a.yaml:13 (over)"]


@pytest.mark.parametrize("name, code", [("t.JSON", 1), ("t.yaml", 2)])
def test_a_suite_not_named_lowercase_json_is_run_or_named_not_skipped(make_project, name, code):
    """README: expectations/<topic>.json. "t.JSON" and "t.yaml" were skipped without a word, and a
    failing check passed CI."""
    import json

    from click.testing import CliRunner
    from conftest import TOPIC, claim

    from reconcile.cli.main import main

    maker = make_project()
    maker.source("a", claim(id="a1", value="5", place="VE"))
    maker.write(f"expectations/{name}", json.dumps({"name": TOPIC, "topic": TOPIC, "expectations": [
        {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "place", "value_set": ["CO"]}}]}))
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == code, result.output
    if code == 2:
        assert f"expectations/{name}:1: {name} is not read: suites are JSON files" in result.output


def test_a_project_with_only_topic_suites_keeps_the_checks_of_every_claim(make_project):
    """README: "adding a topic suite never drops those checks". A topic suite written by hand,
    without `suggest`, had made reconcile's suite of every claim silently stop running."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="500", as_of="2999-01-01"))
    maker.topics({"id": TOPIC, "title": "T", "unit": "people"})
    _suite(maker, {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "min_value": 0}},
           name=f"{TOPIC}.json")
    result = _validate(maker)
    assert result.exit_code == 1, result.output
    (failed,) = _failed(result)
    assert failed["suite"] == "expectations/claims.json (built in)" and failed["column"] == "as_of"
    # the project's own suite of every claim replaces reconcile's
    _suite(maker, {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "topic"}})
    result = _validate(maker)
    assert result.exit_code == 0, result.output
    assert "built in" not in result.stdout


def test_data_docs_of_a_project_without_suites_show_the_built_in_checks_it_ran(make_project, tmp_path):
    """The Data Docs had said "0 of 0 expectations failed" where validate said 1 of 17."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="500", as_of="2999-01-01"))
    maker.topics({"id": TOPIC, "title": "T", "unit": "people"})
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--docs", str(tmp_path / "docs")])
    assert result.exit_code == 1, result.output
    index = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    failed = next(line for line in result.stdout.splitlines() if "expectations failed" in line)
    assert failed.split(" expectations")[0] in index and "0 of 0" not in index
    assert any("built-in" in page.name for page in (tmp_path / "docs").glob("*.html"))


@pytest.mark.parametrize("expectation, words", [
    ({"type": "expect_column_values_to_be_between", "kwargs": {"column": "as_of", "min_value": "2019-03-08"}},
     ('as_of is the date as written', '"column": "as_of_date"')),
    ({"type": "expect_column_values_to_match_regex", "kwargs": {"column": "id", "regex": "^[a-z"}},
     ("is no regular expression", "fix the regex")),
])
def test_an_expectation_gx_cannot_evaluate_says_why(make_project, expectation, words):
    """Both had the hint "dates as YYYY-MM-DD", which the first already was."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="500", as_of="2019-03-01"))
    maker.topics({"id": TOPIC, "title": "T", "unit": "people"})
    _suite(maker, expectation)
    result = _validate(maker)
    assert result.exit_code == 2, result.output
    assert all(word in result.stderr for word in words), result.stderr


def test_a_broken_regex_is_an_error_at_its_own_line_before_later_expectations(make_project):
    """It was found only when GX ran, after an unknown type written below it (the first error in file order)."""
    maker = _project(make_project)
    _suite(maker, {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "id", "regex": "^[a-z"}},
           {"type": "expect_column_values_to_be_purple", "kwargs": {"column": "id"}})
    result = _validate(maker)
    assert result.exit_code == 2, result.output
    assert "is no regular expression" in result.stderr and "purple" not in result.stderr
