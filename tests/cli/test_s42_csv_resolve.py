"""Session 42: a CSV report holds findings, not estimates (SPEC.md §5), so --resolve cannot change
it; the command says so on stderr instead of ignoring the option silently, and still runs."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


@pytest.fixture
def project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=100))
    maker.source("b", claim(id="b1", value=300))
    return maker


def _run(project, *options):
    return CliRunner().invoke(main, ["report", str(project.root), "--no-validate", "--fail-on", "never", *options])


@pytest.mark.parametrize("method", ["consensus", "hull", "prefer", "truth-discovery"])
def test_resolve_with_a_csv_report_is_said_to_change_nothing(project, method):
    result = _run(project, "--format", "csv", "--resolve", method)
    assert result.exit_code == 0, result.output
    assert result.stdout == _run(project, "--format", "csv").stdout
    assert f"Note: --resolve {method} chooses how estimates are made, and a CSV report holds none" in result.stderr


def test_the_note_follows_the_output_suffix_and_is_not_said_when_resolve_matters(project, tmp_path):
    written = _run(project, "--output", str(tmp_path / "r.csv"), "--resolve", "hull")
    assert written.exit_code == 0 and "a CSV report holds none" in written.stderr
    for options in (["--format", "csv"], ["--format", "json", "--resolve", "hull"],
                    ["--format", "text", "--resolve", "truth-discovery"]):
        assert "--resolve" not in _run(project, *options).stderr, options
