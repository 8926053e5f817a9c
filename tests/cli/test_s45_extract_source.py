"""`extract --source` names a source of the current project by its id, name or alias (N5 D9: "--source MoDMR"
was refused, and the slug the error advised, "modmr", drafted a second source beside the project's
"bd-modmr"); an id a letter away from a project's source drafts a new source with a warning."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

MINISTRY = """source:
  id: bd-modmr
  name: Ministry of Disaster Management and Relief
  aliases: [MoDMR]
claims: []
"""
ARTICLE = ("url: https://example.org/a\noutlet: Daily Example\ndate: 2024-08-23\n\n"
           "The flood death toll reached 13 on Friday.\n")


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "bd-modmr.yaml").write_text(MINISTRY)
    (tmp_path / "a.txt").write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _extract(source: str):
    return CliRunner().invoke(main, ["extract", "a.txt", "--source", source, "--output", "out"])


@pytest.mark.parametrize("given", ["MoDMR", "modmr", "Ministry of Disaster Management and Relief", "bd-modmr"])
def test_a_project_source_by_id_name_or_alias(project: Path, given: str) -> None:
    result = _extract(given)
    assert result.exit_code == 0, result.output
    drafted = sorted(p.name for p in (project / "out" / "sources").iterdir())
    assert drafted == ["_topics.yaml", "bd-modmr.yaml", "daily-example.yaml"]
    assert 'value: "13"' in (project / "out" / "sources" / "bd-modmr.yaml").read_text()
    if given != "bd-modmr":
        assert f"--source {given!r} is your project's source 'bd-modmr'" in result.stderr


def test_an_id_close_to_a_project_source_warns(project: Path) -> None:
    result = _extract("bd-modmrr")
    assert result.exit_code == 0
    assert "did you mean 'bd-modmr'?" in result.stderr
    assert (project / "out" / "sources" / "bd-modmrr.yaml").is_file()


def test_a_new_id_far_from_any_is_drafted_without_a_word(project: Path) -> None:
    result = _extract("civil-defense")
    assert result.exit_code == 0
    assert "did you mean" not in result.stderr
    assert (project / "out" / "sources" / "civil-defense.yaml").is_file()


def test_a_name_no_source_has_is_still_refused(project: Path) -> None:
    result = _extract("Bad Name!")
    assert result.exit_code == 2
    assert 'is not a source id' in result.stderr
