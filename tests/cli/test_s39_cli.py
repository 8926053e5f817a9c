"""Session 39: the command line as a new user typed it. A --format that is not its --output's suffix, and the
ClaimReview options with another format, had done so silently; `--suite ''` named an empty file; a suite or an
article given twice was run twice (every claim proposed twice)."""
from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5), name="A")
    return maker


def test_a_format_other_than_the_outputs_suffix_is_said(make_project, tmp_path):
    maker = _project(make_project)
    out = tmp_path / "v2.json"
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "markdown", "-o", str(out),
                                       "--review-url", "https://example.org/r", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert f"writing markdown into {out}, whose suffix names json" in result.stderr
    assert "--review-url fills the ClaimReview only" in result.stderr
    assert out.read_text(encoding="utf-8").startswith("#")


def test_a_format_its_suffix_names_says_nothing(make_project, tmp_path):
    maker = _project(make_project)
    result = CliRunner().invoke(main, ["report", str(maker.root), "-o", str(tmp_path / "r.jsonld"),
                                       "--review-url", "https://example.org/r", "--publisher", "Desk",
                                       "--fail-on", "never"])
    assert result.exit_code == 0 and "Note:" not in result.stderr


def test_an_empty_suite_is_named_so(make_project):
    result = CliRunner().invoke(main, ["validate", str(_project(make_project).root), "--suite", ""])
    assert result.exit_code == 2 and "--suite is empty" in result.stderr


def test_a_suite_given_twice_runs_once(make_project):
    maker = _project(make_project)
    suite = maker.root / "expectations" / "t.json"
    suite.parent.mkdir(exist_ok=True)
    suite.write_text('{"name": "t", "expectations": [{"type": "expect_column_values_to_be_null", '
                     '"kwargs": {"column": "id"}}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--suite", str(suite), "--suite",
                                       str(maker.root / "expectations" / ".." / "expectations" / "t.json")])
    assert result.exit_code == 1
    assert "1 of 1 expectation" in result.stdout and "2 of 2" not in result.stdout


def test_an_article_named_twice_is_read_once(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("date: 2019-03-07\noutlet: Example News\n\nThe ministry said 40 people died.\n",
                             encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", "./a.txt", "-o", "out"])
    assert result.exit_code == 0, result.output
    claims = [c for f in Path("out/sources").glob("*.yaml") if not f.name.startswith("_")
              for c in (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("claims") or []]
    assert [c["value"] for c in claims] == ["40 people"]


def test_a_source_id_too_long_for_a_file_name_is_refused_first(tmp_path, monkeypatch):
    """--source of 300 letters had been written as sources/<id>.yaml: "File name too long"."""
    monkeypatch.chdir(tmp_path)
    Path("a.txt").write_text("date: 2019-03-07\n\nForty people died.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", "-o", "out", "--source", "a" * 300])
    assert result.exit_code == 2 and "--source is 300 characters long" in result.stderr
    assert not Path("out").exists()
