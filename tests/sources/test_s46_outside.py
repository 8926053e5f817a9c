"""A project never tells a pull request which files exist outside it, and a linked folder is named (N2, session
46): a claims table outside the project is "outside" whether or not it exists, before its suffix is judged;
a `sources/` or `expectations/` that is a symbolic link to an outside folder is refused before any of its
files is listed (their names had shown in the errors, which asked to copy a file "into sources/")."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: deaths\n    title: Deaths\n    unit: people\n"


def _project(root: Path, claims: str) -> Path:
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "_topics.yaml").write_text(TOPICS)
    (root / "sources" / "a.yaml").write_text(f"source:\n  id: a\n  name: A\nclaims: {claims}\n")
    return root


@pytest.mark.parametrize("claims", ["../../outside/missing.csv", "../../outside/there.csv", "/etc/passwd",
                                    "/proc/self/environ", "../../outside"])
def test_a_table_outside_is_outside_whether_or_not_it_exists(tmp_path: Path, claims: str):
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "there.csv").write_text("id,topic,value\nx1,deaths,5\n")
    project = _project(tmp_path / "work" / "p", claims)
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 2
    assert "lies outside the project folder" in result.stderr
    assert "not found" not in result.stderr and "is not a table" not in result.stderr


@pytest.mark.parametrize("folder", ["sources", "expectations"])
def test_a_folder_linked_outside_is_named_before_its_files_are_listed(tmp_path: Path, folder: str):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret-name.yaml").write_text("x: 1\n")
    project = _project(tmp_path / "p", "[]")
    if folder == "sources":
        (project / "sources").rename(tmp_path / "moved")
    os.symlink(outside, project / folder)
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 2
    assert f"{folder}/: a symbolic link to a folder outside the project" in result.stderr
    assert "secret-name" not in result.stderr


def test_a_suite_linked_outside_is_told_to_go_into_expectations(tmp_path: Path):
    outside = tmp_path / "outside.json"
    outside.write_text('{"name": "claims", "expectations": []}')
    project = _project(tmp_path / "p", "[]")
    (project / "expectations").mkdir()
    os.symlink(outside, project / "expectations" / "claims.json")
    result = CliRunner().invoke(main, ["validate", str(project)])
    assert result.exit_code == 2
    assert "expectations/claims.json" in result.stderr and "(e.g. into expectations/)" in result.stderr
