"""`validate --format junit|json` with failed expectations says on stderr which failed and where
(U5 D2): a CI job writes stdout to a file it uploads, and its log showed a red step with no reason."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


def _project(tmp_path, value: str):
    CliRunner().invoke(main, ["init", str(tmp_path / "p")])
    agency = tmp_path / "p" / "sources" / "example-agency.yaml"
    agency.write_text(agency.read_text().replace("value: more than 500", f"value: {value}"))
    return str(tmp_path / "p")


@pytest.mark.parametrize(("fmt", "what"), [("junit", "JUnit XML"), ("json", "JSON")])
def test_failed_expectations_are_named_on_stderr(tmp_path, fmt, what):
    result = CliRunner().invoke(main, ["validate", _project(tmp_path, "5000000"), "--format", fmt])
    assert result.exit_code == 1, result.stderr
    assert "FAILED sources/_topics.yaml: expect_column_pair_values_a_to_be_greater_than_b" in result.stderr
    assert "sources/example-agency.yaml:" in result.stderr
    assert f"1 of 21 expectations failed; every failing claim (file:line) is in the {what} on stdout" in result.stderr


@pytest.mark.parametrize("fmt", ["junit", "json", "text"])
def test_a_passing_run_and_the_text_table_add_nothing_on_stderr(tmp_path, fmt):
    project = _project(tmp_path, "more than 500")
    result = CliRunner().invoke(main, ["validate", project, "--format", fmt])
    assert result.exit_code == 0 and "FAILED" not in result.stderr
    failing = CliRunner().invoke(main, ["validate", _project(tmp_path / "x", "5000000"), "--format", "text"])
    assert failing.exit_code == 1 and "FAILED" not in failing.stderr
