"""Where reconcile writes (session 39): a linked folder of a project met from beside it, a
table's part folder and another project's sources/ as a Data Docs or report target, a broken
suite in expectations/, long Data Docs page names, suggest's targets checked before the first
is written, hints that work from the current folder, and extract's default folder."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.errors import OutputError
from reconcile.runtime.writing import write_folder


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def _init(path: Path) -> Path:
    assert _run("init", str(path)).exit_code == 0
    return path


@pytest.fixture
def linked(tmp_path, monkeypatch):
    """A project whose reports/ links to a folder outside it, and a folder beside the project."""
    project = _init(tmp_path / "proj")
    for entry in (project / "reports").iterdir():
        entry.unlink()
    (project / "reports").rmdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / "reports").symlink_to(outside, target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    return project, outside


@pytest.mark.parametrize("where, args", [
    ("elsewhere", ["report", "../proj", "--no-validate", "--format", "markdown", "--output", "../proj/reports/r.md"]),
    ("elsewhere", ["report", "../proj", "--no-validate", "--format", "parquet", "--output", "../proj/reports/t/"]),
    ("proj/sources", ["validate", "--docs", "../reports/docs"]),
    ("elsewhere", ["report", "../proj", "--no-validate", "--format", "markdown", "--output", "{abs}/reports/r.md"]),
])
def test_nothing_is_written_through_a_linked_folder_of_a_project_from_beside_it(linked, tmp_path, monkeypatch,
                                                                                 where, args):
    project, outside = linked
    monkeypatch.chdir(tmp_path / where)
    result = _run(*[a.format(abs=project) for a in args])
    assert result.exit_code == 2 and "symbolic link" in result.stderr, result.output
    assert list(outside.iterdir()) == []


def test_init_from_beside_a_folder_does_not_fill_its_linked_sources(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "i1").mkdir()
    (tmp_path / "i1" / "sources").symlink_to(outside, target_is_directory=True)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    result = _run("init", "../i1")
    assert result.exit_code == 2 and "symbolic link" in result.stderr, result.output
    assert list(outside.iterdir()) == [] and not (tmp_path / "i1" / "expectations").exists()


def test_an_absolute_path_through_a_link_outside_any_project_is_written(tmp_path, monkeypatch):
    """A user's own link (macOS: /tmp -> /private/tmp) above the current folder is no project's."""
    project = _init(tmp_path / "proj")
    (tmp_path / "real").mkdir()
    (tmp_path / "tmp").symlink_to(tmp_path / "real", target_is_directory=True)
    monkeypatch.chdir(project)
    result = _run("report", ".", "--no-validate", "--fail-on", "never", "--output", str(tmp_path / "tmp" / "r.md"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "real" / "r.md").is_file()


def test_a_linked_folder_below_the_current_one_is_refused_above_a_project_too(tmp_path, monkeypatch):
    real = tmp_path / "real"
    _init(real / "proj")
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "link").symlink_to(real, target_is_directory=True)
    monkeypatch.chdir(tmp_path / "work")
    result = _run("report", "link/proj", "--no-validate", "--fail-on", "never", "-o", "link/proj/reports/r.md")
    assert result.exit_code == 2 and "symbolic link" in result.stderr, result.output
    assert not (real / "proj" / "reports" / "r.md").exists()


def test_data_docs_are_not_written_into_a_table_folder_the_project_reads(tmp_path, monkeypatch):
    """The pages had become files of the part folder, and the project then failed to load."""
    project = _init(tmp_path / "tp")
    (project / "parts").mkdir()
    (project / "parts" / "part-0.csv").write_text("id,topic,value\nd1,example-topic,600\n", encoding="utf-8")
    (project / "sources" / "t.yaml").write_text("source: {id: t, name: T}\nclaims: ../parts/\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = _run("validate", "tp", "--docs", "tp/parts")
    assert result.exit_code == 2 and "inputs" in result.stderr, result.output
    assert sorted(p.name for p in (project / "parts").iterdir()) == ["part-0.csv"]


@pytest.mark.parametrize("args", [
    ["report", "p1", "--no-validate", "--format", "markdown", "--output", "p2/sources/example-agency.yaml"],
    ["report", "p1", "--no-validate", "--format", "json", "--output", "p2/expectations/x.json"],
    ["report", "p1", "--no-validate", "--format", "parquet", "--output", "p2/sources/tables/"],
    ["validate", "p1", "--docs", "p2/expectations/docs"],
])
def test_nothing_is_written_into_another_projects_sources_or_expectations(tmp_path, monkeypatch, args):
    _init(tmp_path / "p1")
    p2 = _init(tmp_path / "p2")
    before = {p: p.read_bytes() for p in p2.rglob("*") if p.is_file()}
    monkeypatch.chdir(tmp_path)
    result = _run(*args)
    assert result.exit_code == 2 and "refusing to write into a project's" in result.stderr, result.output
    assert "Traceback" not in result.output
    assert {p: p.read_bytes() for p in p2.rglob("*") if p.is_file()} == before


@pytest.mark.parametrize("make", [
    lambda path: path.symlink_to(path.parent / "missing.json"),
    lambda path: os.mkfifo(path),
    lambda path: path.mkdir(),
], ids=["dangling-link", "fifo", "folder"])
def test_a_suite_in_expectations_that_is_not_a_regular_file_is_an_error(tmp_path, monkeypatch, make):
    """It had been skipped, and the project checked with the built-in suite: validate passed."""
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    project = _init(tmp_path / "p")
    (project / "expectations" / "claims.json").unlink()
    make(project / "expectations" / "claims.json")
    monkeypatch.chdir(project)
    result = _run("validate")
    assert result.exit_code == 2, result.output
    assert "expectations/claims.json: not a regular file" in result.stderr
    assert "replace it with one" in result.stderr and "Traceback" not in result.output


def test_data_docs_of_a_suite_with_a_long_file_name_are_written(tmp_path, monkeypatch):
    project = _init(tmp_path / "p")
    suite = '{"topic": "example-topic", "expectations": [{"type": "expect_column_values_to_not_be_null", ' \
            '"kwargs": {"column": "id"}}]}'
    for letter in "ab":   # two names alike but for their end: two pages
        (project / "expectations" / f"{'t' * 244}{letter}.json").write_text(suite, encoding="utf-8")
    monkeypatch.chdir(project)
    result = _run("validate", "--docs", "reports/docs")
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in (project / "reports" / "docs").iterdir())
    long_pages = [name for name in pages if name.startswith("expectations-ttt")]
    assert len(long_pages) == 2 and all(len(name.encode()) <= 255 for name in pages)
    index = (project / "reports" / "docs" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{name}"' in index for name in long_pages)
    # the same names on the next run: links to a page stay good
    assert _run("validate", "--docs", "reports/docs2").exit_code == 0
    assert sorted(p.name for p in (project / "reports" / "docs2").iterdir()) == pages


def test_a_failed_pages_write_leaves_no_folder_it_made(tmp_path):
    target = tmp_path / "new" / "docs"
    with pytest.raises(OutputError, match="cannot write into the folder"):
        write_folder(target, {"index.html": "<p>", f"{'x' * 300}.html": "<p>"}, set())
    assert list(tmp_path.iterdir()) == []


def test_a_failed_pages_write_keeps_the_folder_that_was_there(tmp_path):
    target = tmp_path / "docs"
    target.mkdir()
    (target / "index.html").write_text("old", encoding="utf-8")
    with pytest.raises(OutputError):
        write_folder(target, {"index.html": "<p>", f"{'x' * 300}.html": "<p>"}, set())
    assert [p.name for p in target.iterdir()] == ["index.html"]
    assert (target / "index.html").read_text(encoding="utf-8") == "old"


def test_suggest_writes_nothing_when_one_of_its_files_is_refused(tmp_path, monkeypatch):
    """It had drafted the topic suite, then failed on claims.json (a symbolic link)."""
    project = _init(tmp_path / "p")
    (project / "expectations" / "claims.json").unlink()
    (project / "expectations" / "claims.json").symlink_to(tmp_path / "missing.json")
    monkeypatch.chdir(project)
    result = _run("expectations", "suggest")
    assert result.exit_code == 2 and "symbolic link" in result.stderr, result.output
    assert sorted(p.name for p in (project / "expectations").iterdir()) == ["claims.json"]


@pytest.mark.parametrize("args, hint", [
    (["report", "--no-validate", "--fail-on", "never", "-o", "reports/report.html"], "../reports/report.html"),
    (["report", "--no-validate", "--fail-on", "never", "--format", "markdown", "-o", "r.md"], "../reports/report.md"),
    (["validate", "--docs", "reports/docs"], "../reports/docs"),
])
def test_the_hint_of_a_refused_output_names_a_path_that_works_from_the_current_folder(tmp_path, monkeypatch,
                                                                                      args, hint):
    project = _init(tmp_path / "p")
    monkeypatch.chdir(project / "sources")
    result = _run(*args)
    assert result.exit_code == 2 and f"e.g. {hint}" in result.stderr, result.output
    assert _run(*args[:-1], hint).exit_code == 0   # the path the hint gives is written
    assert (project / "reports" / Path(hint).name).exists()


ARTICLE = "The ministry said 109 soldiers have defected, according to El Tiempo on March 7, 2019.\n"


def test_extract_run_in_a_projects_sources_writes_the_projects_extracted_folder(tmp_path, monkeypatch):
    project = _init(tmp_path / "p10")
    (tmp_path / "art.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(project / "sources")
    result = _run("extract", "../../art.txt")
    assert result.exit_code == 0, result.output
    assert "reconcile report ../extracted" in result.stderr
    assert (project / "extracted" / "sources").is_dir() and not (project / "sources" / "extracted").exists()


def test_extract_outside_any_project_writes_extracted_in_the_current_folder(tmp_path, monkeypatch):
    (tmp_path / "art.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    assert _run("extract", "../art.txt").exit_code == 0
    assert (tmp_path / "work" / "extracted" / "sources").is_dir()
