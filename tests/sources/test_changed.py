"""validate --changed-since: which claims a change of which project files touches, in a real
git repository (sources/changed.py over runtime/gitdiff.py)."""
from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner

import reconcile
from conftest import claim
from reconcile.cli.main import main
from reconcile.sources.changed import select_changed

WIKI = "source:\n  id: wiki\n  name: Wiki\n  compiles: true\nclaims: tables/wiki.csv\n"


def _git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(root), "PATH": "/usr/bin:/bin"})


@pytest.fixture
def compiled(make_project):
    """A declared source "a" and a compiled table, pointed at by wiki.yaml, whose rows name
    "a", two claimants the table creates, and (an empty cell) wiki itself; committed."""
    maker = make_project()
    maker.source("a", claim(id="a1", value=5), name="Agency A")
    maker.source("b", claim(id="b1", value=9), name="Bureau B")
    maker.write("sources/wiki.yaml", WIKI)
    maker.write("sources/tables/wiki.csv", "source,id,topic,value\nAgency A,w1,defections,6\n"
                                           "New Paper,w2,defections,7\nOther One,w3,defections,8\n,w4,defections,4\n")
    _git(maker.root, "init", "-q")
    _git(maker.root, "add", ".")
    _git(maker.root, "commit", "-qm", "claims")
    return maker


def _selected(root) -> list[str]:
    claims = reconcile.normalize(reconcile.read(str(root)))
    return sorted(select_changed(claims.project, claims.frame, "HEAD")["id"])


def test_a_changed_source_file_pointing_at_a_compiled_table_selects_every_row_of_that_table(compiled):
    """The rows naming other claimants are read through the changed file (its via, its
    compiles flag): they are its table's rows too, not only those whose claimant it is."""
    compiled.write("sources/wiki.yaml", WIKI.replace("name: Wiki", "name: Wiki Data"))
    assert _selected(compiled.root) == ["w1", "w2", "w3", "w4"]


def test_a_changed_claimant_selects_its_rows_in_a_table_another_source_file_points_at(compiled):
    compiled.write("sources/a.yaml", "source:\n  id: a\n  name: Agency A\n  aliases: [AA]\n"
                                     "claims:\n  - {id: a1, topic: defections, value: 5}\n")
    assert _selected(compiled.root) == ["a1", "w1"]


def test_a_source_file_with_inline_claims_selects_only_its_own(compiled):
    compiled.write("sources/b.yaml", "source:\n  id: b\n  name: Bureau B\n"
                                     "claims:\n  - {id: b1, topic: defections, value: 10}\n")
    assert _selected(compiled.root) == ["b1"]


def test_a_changed_compiled_table_selects_its_rows_only(compiled):
    compiled.write("sources/tables/wiki.csv", "source,id,topic,value\nAgency A,w1,defections,6\n"
                                              "New Paper,w2,defections,70\n")
    assert _selected(compiled.root) == ["w1", "w2"]


def test_validate_changed_since_counts_the_rows_of_the_table_of_a_changed_source_file(compiled):
    compiled.write("sources/wiki.yaml", WIKI.replace("name: Wiki", "name: Wiki Data"))
    result = CliRunner().invoke(main, ["validate", str(compiled.root), "--changed-since", "HEAD",
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == 4
    assert "4 claim(s) changed since HEAD" in result.stderr


@pytest.fixture
def parts(make_project):
    """A source file pointing at a folder of CSV parts (and a source with inline claims); committed."""
    maker = make_project()
    maker.source("a", claim(id="a1", value=5), name="Agency A")
    maker.write("sources/wiki.yaml", WIKI.replace("tables/wiki.csv", "tables/wiki/"))
    maker.write("sources/tables/wiki/part-0.csv", "source,id,topic,value\nAgency A,w1,defections,6\n,w2,defections,7\n")
    maker.write("sources/tables/wiki/part-1.csv", "source,id,topic,value\nNew Paper,w3,defections,8\n")
    maker.write("sources/tables/wiki/_SUCCESS", "")
    _git(maker.root, "init", "-q")
    _git(maker.root, "add", ".")
    _git(maker.root, "commit", "-qm", "claims")
    return maker


def test_a_changed_part_of_a_table_folder_selects_every_row_of_its_table(parts):
    parts.write("sources/tables/wiki/part-1.csv", "source,id,topic,value\nNew Paper,w3,defections,80\n")
    assert _selected(parts.root) == ["w1", "w2", "w3"]


def test_a_removed_part_selects_the_rows_of_the_other_parts(parts):
    (parts.root / "sources/tables/wiki/part-1.csv").unlink()
    assert _selected(parts.root) == ["w1", "w2"]


def test_a_changed_source_file_pointing_at_a_table_folder_selects_every_part(parts):
    parts.write("sources/wiki.yaml", WIKI.replace("tables/wiki.csv", "tables/wiki").replace("name: Wiki",
                                                                                           "name: Wiki Data"))
    assert _selected(parts.root) == ["w1", "w2", "w3"]


def test_a_changed_marker_beside_the_parts_selects_nothing(parts):
    parts.write("sources/tables/wiki/_SUCCESS", "done\n")
    assert _selected(parts.root) == []


@pytest.mark.parametrize("name", ["migración.yaml", "ñandu.yaml"])
@pytest.mark.parametrize("staged", [False, True])
def test_a_changed_file_with_a_non_ascii_name_is_seen(compiled, name, staged):
    """git prints such a path quoted with octal escapes ("sources/migraci\\303\\263n.yaml"), which
    matched no file: the new claims were skipped and bad ones passed CI."""
    compiled.write(f"sources/{name}", "source: {id: m, name: Migración}\nclaims:\n  - {id: m1, topic: defections, "
                                      "value: 100}\n")
    if staged:
        _git(compiled.root, "add", ".")
    assert _selected(compiled.root) == ["m1"]


def test_an_empty_revision_is_refused_not_the_whole_project(compiled):
    """`--changed-since "$BASE"` with $BASE unset validated every claim, silently."""
    result = CliRunner().invoke(main, ["validate", str(compiled.root), "--changed-since", "", "--format", "json"])
    assert result.exit_code == 2, result.output
    assert "is not a git revision" in result.stderr and "variable" in result.stderr


def test_a_revision_missing_from_a_shallow_clone_says_to_fetch_it(compiled, tmp_path):
    """A shallow clone (actions/checkout's default) has no origin/main: "give a revision" was no help."""
    clone = tmp_path / "clone"
    _git(tmp_path, "clone", "-q", "--depth", "1", f"file://{compiled.root}", str(clone))
    result = CliRunner().invoke(main, ["validate", str(clone), "--changed-since", "origin/nowhere"])
    assert result.exit_code == 2, result.output
    assert "git cannot compare with 'origin/nowhere'" in result.stderr and "fetch-depth: 0" in result.stderr
