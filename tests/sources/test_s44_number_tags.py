"""A population or criterion that is only a number ("population: 5") is refused at its line:
it was read as the tag "5", a scope no other claim could share or be told apart from."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: t\n    title: T\n    unit: people\n"


def _project(tmp_path: Path, scope: str) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(TOPICS)
    (tmp_path / "sources" / "agency.yaml").write_text(
        "source:\n  id: agency\n  name: Agency\nclaims:\n  - topic: t\n    value: 40\n" + scope)
    return tmp_path


@pytest.mark.parametrize(("scope", "line", "words"), [
    ("    population: 5\n", 7, 'population "5" is a number'),
    ("    population: [soldiers, 12]\n", 7, 'population tag "12" is a number'),
    ("    criterion: 7\n", 7, 'criterion "7" is a number'),
    ("    criterion: '2019-03'\n", 7, 'criterion "2019-03" is a number'),
])
def test_a_number_as_population_or_criterion_is_refused_at_its_line(tmp_path, scope, line, words):
    result = CliRunner().invoke(main, ["report", str(_project(tmp_path, scope))])
    assert result.exit_code == 2, result.output
    assert f"agency.yaml:{line}:" in result.output and words in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("scope", ["    population: [soldados, policías]\n    criterion: cruzó\n",
                                   "    population: [under-18s, 2nd-generation]\n    criterion: over-65\n",
                                   "    population: [兵士]\n"])
def test_tags_with_words_in_any_script_are_still_tags(tmp_path, scope):
    result = CliRunner().invoke(main, ["report", str(_project(tmp_path, scope))])
    assert result.exit_code == 0, result.output


def test_a_table_cell_of_digits_is_refused_too(tmp_path):
    project = _project(tmp_path, "")
    (project / "sources" / "agency.yaml").write_text("source:\n  id: agency\n  name: Agency\nclaims: rows.csv\n")
    (project / "sources" / "rows.csv").write_text("topic,value,population\nt,40,soldiers\nt,41,5\n")
    result = CliRunner().invoke(main, ["report", str(project)])
    assert result.exit_code == 2, result.output
    assert "rows.csv:3:" in result.output and 'population "5" is a number' in result.output
