"""Session 42: ``validate --docs DIR`` wrote over a site's own index.html and beside its files (N5's report, D2).
It refuses a folder that holds files it did not write, as ``report --format parquet --output DIR/`` does,
and writes again into a folder of Data Docs it wrote before."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    return maker.root


def _docs(*args: str):
    return CliRunner().invoke(main, ["validate", *args])


@pytest.mark.parametrize("files", [
    {"index.html": "<h1>Our fact-check site</h1>", "notes.txt": "todo"},
    {"index.html": "<h1>Our fact-check site</h1>"},
    {"notes.txt": "todo"},
    {"about.html": "<h1>About us</h1>"},
])
def test_a_folder_holding_other_files_is_refused_and_left_as_it_was(make_project, tmp_path, files):
    root = _project(make_project)
    site = tmp_path / "site"
    site.mkdir()
    for name, text in files.items():
        (site / name).write_text(text, encoding="utf-8")
    result = _docs(str(root), "--docs", str(site))
    assert result.exit_code == 2, result.output
    assert "the folder holds other files; not replacing them" in result.stderr
    assert "an earlier validate --docs wrote" in result.stderr
    assert {p.name: p.read_text(encoding="utf-8") for p in site.iterdir()} == files


def test_the_project_root_is_no_docs_folder(make_project, monkeypatch):
    root = _project(make_project)
    (root / "index.html").write_text("<h1>Our fact-check site</h1>", encoding="utf-8")
    monkeypatch.chdir(root)
    result = _docs("--docs", ".")
    assert result.exit_code == 2 and "holds other files" in result.stderr, result.output
    assert (root / "index.html").read_text(encoding="utf-8") == "<h1>Our fact-check site</h1>"


def test_a_folder_of_earlier_data_docs_or_an_empty_one_is_written_again(make_project, tmp_path):
    root = _project(make_project)
    docs = tmp_path / "docs"
    docs.mkdir()
    assert _docs(str(root), "--docs", str(docs)).exit_code == 0
    first = sorted(p.name for p in docs.iterdir())
    (docs / "index.html").write_text("<title>reconcile: validation of 9 claims</title>", encoding="utf-8")
    result = _docs(str(root), "--docs", str(docs))
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in docs.iterdir()) == first
    assert "validation of 1 claims" in (docs / "index.html").read_text(encoding="utf-8")
