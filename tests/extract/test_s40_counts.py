"""Session 40: ``reconcile extract`` counted the draft ``_places.yaml`` as a source file
("Wrote 1 proposed claim(s) in 3 source file(s)" of two source files)."""
from __future__ import annotations

from click.testing import CliRunner

from reconcile.cli.main import main

ARTICLE = """title: Soldiers cross
date: 2019-03-07
outlet: Wire
url: https://wire.example/a

CUCUTA, Colombia (AP) -- More than 500 Venezuelan soldiers have crossed into the city of Cúcuta, in Norte de
Santander, Migración Colombia said on Thursday.
"""


def test_the_count_of_source_files_leaves_out_the_drafts(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", "--output", "out"])
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in (tmp_path / "out" / "sources").iterdir())
    assert "_places.yaml" in written and "_topics.yaml" in written   # the case this checks
    sources = [name for name in written if not name.startswith("_")]
    assert f"in {len(sources)} source file(s)" in result.stderr
