"""A project that declares its topics and has no source file yet is a project with no claims
(exit 0 everywhere, as with ``claims: []``), not "could not run" (N8 D6); an empty path argument is
an error, not the current folder unasked (N8 D7)."""
import json

import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli.main import main
from reconcile.errors import InputError


@pytest.fixture
def no_source_yet(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["init", "p"]).exit_code == 0
    (tmp_path / "p" / "sources" / "example-agency.yaml").unlink()
    monkeypatch.chdir(tmp_path / "p")
    return tmp_path / "p"


@pytest.mark.parametrize("command", [["report"], ["validate"], ["sources"], ["report", "--format", "csv"]])
def test_a_project_with_topics_and_no_source_file_runs_with_no_claims(no_source_yet, command):
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 0, result.output
    assert "Error" not in result.output


def test_its_json_report_is_empty_and_sources_says_there_are_none(no_source_yet):
    report = json.loads(CliRunner().invoke(main, ["report", "--format", "json"]).stdout)
    assert report["summary"]["claims"] == 0 and report["claims"] == [] and report["findings"] == []
    assert "No sources yet" in CliRunner().invoke(main, ["sources"]).stdout
    assert json.loads(CliRunner().invoke(main, ["sources", "--json"]).stdout) == []


def test_an_empty_sources_folder_is_still_an_error(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["report"])
    assert result.exit_code == 2 and "no sources or claims found" in result.stderr


@pytest.mark.parametrize("command", ["report", "validate", "sources"])
@pytest.mark.parametrize("path", ["", " "])
def test_an_empty_path_is_an_error_not_the_current_folder(no_source_yet, command, path):
    result = CliRunner().invoke(main, [command, path])
    assert result.exit_code == 2
    assert "an empty path was given" in result.stderr and "give . or nothing" in result.stderr


def test_the_api_refuses_an_empty_path_too(no_source_yet):
    with pytest.raises(InputError, match="empty path"):
        reconcile.read("")
    with pytest.raises(InputError, match="empty path"):
        reconcile.read([".", ""])
