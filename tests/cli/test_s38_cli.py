"""Session 38: an empty path option (an unset variable: "--output $OUT") is an error, not the terminal or the
current folder; a special file given as an article says what it is."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


@pytest.fixture()
def project(tmp_path):
    assert CliRunner().invoke(main, ["init", str(tmp_path / "p")]).exit_code == 0
    return tmp_path / "p"


@pytest.mark.parametrize("args, says", [
    (["report", "{p}", "--output", ""], "--output is empty"),
    (["report", "{p}", "--output", "  "], "--output is empty"),
    (["validate", "{p}", "--docs", ""], "--docs is empty"),
])
def test_an_empty_path_option_is_an_error(project, args, says):
    result = CliRunner().invoke(main, [a.format(p=project) for a in args])
    assert result.exit_code == 2 and says in result.stderr
    assert result.stdout == ""


def test_extract_to_an_empty_output_writes_nothing(tmp_path, monkeypatch):
    article = tmp_path / "a.txt"
    article.write_text("The ministry said 40 people died.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(article), "-o", ""])
    assert result.exit_code == 2 and "--output is empty" in result.stderr
    assert not (tmp_path / "sources").exists()


def test_a_special_file_as_an_article_is_not_a_regular_file():
    result = CliRunner().invoke(main, ["extract", "/dev/null"])
    assert result.exit_code == 2 and "not a regular file" in result.stderr
