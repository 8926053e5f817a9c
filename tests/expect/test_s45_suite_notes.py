"""What `validate` says of a suite that cannot mean what its author meant (U5 suggestions, session 44):
a column name with a slip gets the column it resembles, and a suite with no expectation, which
passes whatever the claims hold, is named on stderr (a project's own claims.json also replaces
reconcile's checks of every claim)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: deaths\n    title: Flood deaths\n    unit: people\n"
SOURCE = """source: {id: civil-defense, name: Civil Defense}
claims:
  - {id: cd-1, topic: deaths, population: [people], value: 113}
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "expectations").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(TOPICS)
    (tmp_path / "sources" / "civil-defense.yaml").write_text(SOURCE)
    return tmp_path


def _suite(project: Path, name: str, expectations: list[dict]) -> None:
    body = {"name": name, "expectations": expectations}
    (project / "expectations" / f"{name}.json").write_text(json.dumps(body))


def test_a_column_with_a_slip_gets_the_column_it_resembles(project: Path) -> None:
    _suite(project, "claims", [{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "populaton"}}])
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 2
    assert "no column 'populaton'" in result.stderr
    assert "did you mean 'population'?" in result.stderr
    assert "expectations/claims.json:1" in result.stderr


def test_a_column_like_none_gets_the_list_only(project: Path) -> None:
    _suite(project, "claims", [{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "zzz"}}])
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 2
    assert "did you mean" not in result.stderr
    assert "columns: id, source, topic" in result.stderr


@pytest.mark.parametrize("fmt", ["text", "json", "junit"])
def test_an_empty_claims_suite_is_named(project: Path, fmt: str) -> None:
    _suite(project, "claims", [])
    result = CliRunner().invoke(main, ["validate", str(project), "--format", fmt])
    assert result.exit_code == 0
    assert ("Note: expectations/claims.json holds no expectations: it checks nothing, and it replaces "
            "reconcile's own checks of every claim") in result.stderr
    assert "holds no expectations" not in result.stdout


def test_an_empty_topic_suite_is_named_without_the_claims_words(project: Path) -> None:
    _suite(project, "deaths", [])
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 0
    assert "Note: expectations/deaths.json holds no expectations: it checks nothing; add" in result.stderr
    assert "replaces" not in result.stderr


def test_suites_with_expectations_get_no_note(project: Path) -> None:
    _suite(project, "deaths", [{"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}}])
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 0
    assert "holds no expectations" not in result.stderr


def test_an_empty_suite_is_named_with_no_claims_either(project: Path) -> None:
    (project / "sources" / "civil-defense.yaml").write_text("source: {id: civil-defense, name: Civil Defense}\n")
    _suite(project, "claims", [])
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 0
    assert "expectations/claims.json holds no expectations" in result.stderr


def _failing_project(project: Path) -> None:
    _suite(project, "claims", [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "max_value": 10},
         "description": "Deaths are few, 100%\nsure: really"},
        {"type": "expect_table_row_count_to_be_between", "kwargs": {"min_value": 5}}])


def test_github_annotations_name_the_file_and_line_of_each_failing_claim(project: Path) -> None:
    _failing_project(project)
    result = CliRunner().invoke(main, ["validate", str(project), "--format", "github"])
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    # the message's % and line end are escaped, so a quote cannot start a workflow command of its own
    assert lines[0] == ("::error file=sources/civil-defense.yaml,line=3,title=expectations/claims.json%3A "
                        "expect_column_values_to_be_between [lower]::Deaths are few, 100%25 sure: really "
                        "(bad value: 113)")
    assert lines[1].startswith("::error title=expectations/claims.json%3A expect_table_row_count_to_be_between::")
    assert lines[-1] == "2 of 2 expectations failed"
    assert "FAILED" not in result.stderr   # the log shows stdout already


def test_github_annotations_are_capped_per_expectation(project: Path) -> None:
    claims = "".join(f"  - {{id: cd-{i}, topic: deaths, value: {100 + i}}}\n" for i in range(2, 15))
    (project / "sources" / "civil-defense.yaml").write_text(SOURCE + claims)
    _failing_project(project)
    result = CliRunner().invoke(main, ["validate", str(project), "--format", "github"])
    assert result.exit_code == 1
    per_claim = [line for line in result.stdout.splitlines() if line.startswith("::error file=")]
    assert len(per_claim) == 10
    assert "and 4 more failing claims" in result.stdout


def test_github_error_of_a_run_that_cannot_start_is_an_annotation(project: Path) -> None:
    (project / "sources" / "broken.yaml").write_text("source: {id: b, name: B}\nclaims: [\n")
    result = CliRunner().invoke(main, ["validate", str(project), "--format", "github"])
    assert result.exit_code == 2
    assert result.stdout.startswith("::error file=sources/broken.yaml,line=")
    assert "title=reconcile validate could not run::" in result.stdout
    assert "Error: sources/broken.yaml" in result.stderr


def test_github_annotations_name_files_from_the_folder_the_job_runs_in(project: Path, monkeypatch) -> None:
    _failing_project(project)
    monkeypatch.chdir(project.parent)
    result = CliRunner().invoke(main, ["validate", project.name, "--format", "github"])
    assert result.exit_code == 1
    assert result.stdout.startswith(f"::error file={project.name}/sources/civil-defense.yaml,line=3,")
