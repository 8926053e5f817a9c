"""Files in a subfolder of sources/ or expectations/ (session 42): reconcile reads only the files
directly in those folders, so a source file filed under sources/2024/ or a suite under
expectations/topics/ had been skipped without a word, and validate and report passed on claims
never read. Such a file is now an error (exit 2) naming its folder and the fix; a folder of part
files a source file points at, a folder of other files, and a folder set aside with _ or . are not."""
from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main

NEW_SOURCE = "source: {id: newsrc, name: Newsrc}\nclaims:\n  - {id: q1, topic: defections, value: 5000000}\n"


@pytest.fixture
def project(make_project):
    maker = make_project({"id": "defections", "title": "Defections", "unit": "people", "bounds": [0, 1000]})
    maker.source("agency", claim(id="a1", value=10))
    return maker


def _run(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


def _git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(root), "PATH": "/usr/bin:/bin"})


@pytest.mark.parametrize("command", [["validate"], ["report", "--fail-on", "conflict"], ["sources"]])
def test_a_source_file_in_a_subfolder_of_sources_is_an_error_naming_the_folder(project, command):
    project.write("sources/2024/newsrc.yaml", NEW_SOURCE)
    result = _run(*command, str(project.root))
    assert result.exit_code == 2, result.output
    assert "sources/2024/newsrc.yaml: not read: it lies in sources/2024/, a subfolder" in result.stderr
    assert "move the files of sources/2024/ up into sources/" in result.stderr


@pytest.mark.parametrize("name", ["desk.csv", "review.json", "deep/newsrc.yml"])
def test_a_table_or_claimreview_file_in_a_subfolder_is_an_error_too(project, name):
    project.write(f"sources/2024/{name}", "id,topic,value\nx,defections,5\n")
    result = _run("validate", str(project.root))
    assert result.exit_code == 2 and f"sources/2024/{name}: not read" in result.stderr


def test_a_table_in_a_subfolder_gets_the_hint_to_point_a_source_file_at_it(project):
    project.write("sources/2024/desk.csv", "id,topic,value\nx,defections,5\n")
    result = _run("validate", str(project.root))
    assert "point a source file at it (claims: 2024/desk.csv)" in result.stderr


def test_a_changed_file_in_a_subfolder_is_no_pull_request_without_claims(project):
    _git(project.root, "init", "-q")
    _git(project.root, "add", ".")
    _git(project.root, "commit", "-qm", "claims")
    project.write("sources/2024/newsrc.yaml", NEW_SOURCE)
    result = _run("validate", str(project.root), "--changed-since", "HEAD", "--format", "junit")
    assert result.exit_code == 2 and "no claims changed" not in result.stderr.lower()
    assert "sources/2024/" in result.stderr and "<error" in result.stdout


@pytest.mark.parametrize("pointer", ["claims: tables/desk.csv", "claims: tables/"])
def test_a_subfolder_a_source_file_points_at_is_read(project, pointer):
    project.write("sources/tables/desk.csv", "id,topic,value\nd1,defections,5\n")
    project.write("sources/desk.yaml", f"source: {{id: desk, name: Desk}}\n{pointer}\n")
    result = _run("sources", str(project.root), "--json")
    assert result.exit_code == 0, result.output
    assert {row["id"]: row["claims"] for row in json.loads(result.stdout)}["desk"] == 1


def test_folders_of_other_files_empty_or_set_aside_stay_ignored(project):
    (project.root / "sources" / "empty").mkdir()
    project.write("sources/notes/README.md", "# notes\n")
    project.write("sources/images/chart.png", b"\x89PNG")
    project.write("sources/_archive/old.yaml", NEW_SOURCE)
    project.write("sources/.cache/old.yaml", NEW_SOURCE)
    project.write("sources/2024/_draft.yaml", NEW_SOURCE)
    result = _run("validate", str(project.root))
    assert result.exit_code == 0, result.output


def test_a_file_named_on_the_command_line_in_a_subfolder_is_read_as_given(project):
    path = project.write("sources/2024/newsrc.yaml", NEW_SOURCE)
    result = _run("validate", str(path))
    assert result.exit_code == 1 and "sources/2024/newsrc.yaml" in result.stdout


def test_a_suite_in_a_subfolder_of_expectations_is_an_error(project):
    project.write("expectations/topics/defections.json", json.dumps({"name": "defections", "expectations": []}))
    result = _run("validate", str(project.root))
    assert result.exit_code == 2, result.output
    assert "expectations/topics/defections.json: not read: it lies in expectations/topics/" in result.stderr
    assert "up into expectations/ (expectations/defections.json)" in result.stderr
    project.write("expectations/_old/defections.json", "{}")   # set aside: no error of its own
    (project.root / "expectations" / "topics" / "defections.json").unlink()
    assert _run("validate", str(project.root)).exit_code == 0
