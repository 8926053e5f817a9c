"""Session 40: ``--output`` names that a single-file format cannot honour, from a new user's report.

- a name ending in ``/`` is a folder: with a format written as one file it is refused (exit 2);
  it had written a file called ``name`` and said "Wrote name/";
- a suffix that names no report format (``r.xlsx``) gets a note on stderr: the file holds text.
"""
from __future__ import annotations

from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10), claim(id="a2", value=30))
    return maker


def _report(maker, *options: str):
    return CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never", *options])


def test_a_folder_name_with_a_single_file_format_is_refused(make_project, tmp_path):
    maker = _project(make_project)
    for fmt in ("html", "json", "text", "csv", "markdown", "claimreview"):
        target = tmp_path / f"out-{fmt}"
        result = _report(maker, "--format", fmt, "--output", f"{target}/")
        assert result.exit_code == 2, result.output
        assert "names a folder" in result.output and "give a file name" in result.output
        assert not target.exists()


def test_a_folder_name_alone_still_means_parquet(make_project, tmp_path):
    maker = _project(make_project)
    result = _report(maker, "--output", f"{tmp_path / 'tables'}/")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "tables").is_dir()


def test_an_unknown_suffix_is_said(make_project, tmp_path):
    maker = _project(make_project)
    result = _report(maker, "--output", str(tmp_path / "r.xlsx"))
    assert result.exit_code == 0, result.output
    assert "Note: writing text into" in result.stderr and ".xlsx names no report format" in result.stderr
    quiet = _report(maker, "--output", str(tmp_path / "r.txt"))
    assert "Note:" not in quiet.stderr


def test_parse_text_mode_keeps_one_safe_line_of_three_fields_per_value():
    # a tab or a line break in a value had added a field or a line; an escape sequence reached the terminal
    result = CliRunner().invoke(main, ["parse", "about\t500", "more than\n500", "\x1b]0;PWN\x07five"])
    lines = result.stdout.splitlines()
    assert len(lines) == 3
    assert lines[0].split("\t") == ["about 500", "[450, 550]", "approximate"]
    assert lines[1].split("\t")[0] == "more than 500"
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert len(lines[2].split("\t")) == 2 and lines[2].split("\t")[1].startswith("error: ")
