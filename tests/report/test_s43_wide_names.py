"""The text report's tables line up by display width, not by code points: a CJK name takes two
columns a character, a combining accent (NFD "é", common in text pasted from PDFs) none (N3 D2).
tabulate does this when wcwidth is installed, which reconcile declares."""
import unicodedata

import tabulate
from click.testing import CliRunner
from wcwidth import wcswidth

from reconcile.cli.main import main

NAMES = {"a": "中国国家统计局", "b": unicodedata.normalize("NFD", "Café é"), "c": "Plain"}


def test_tabulate_measures_display_width():
    assert tabulate.WIDE_CHARS_MODE


def test_the_claims_table_lines_up_with_wide_and_combining_characters(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text("topics:\n  - id: t\n    title: T\n", encoding="utf-8")
    for n, (ident, name) in enumerate(NAMES.items()):
        (tmp_path / "sources" / f"{ident}.yaml").write_text(
            f'source: {{id: {ident}, name: "{name}"}}\nclaims:\n  - {{id: {ident}1, topic: t, place: CO, '
            f'value: {100 * (n + 1)}}}\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    text = CliRunner().invoke(main, ["report", "--fail-on", "never", "--no-validate"]).stdout
    rows = [line for line in text.splitlines() if line.startswith(("a1 ", "b1 ", "c1 ")) and "/ CO /" in line]
    assert len(rows) == 3
    # the column after the name ("stated") starts at the same display column on every row
    starts = {wcswidth(row[:row.index(str(100 * (n + 1)))]) for n, row in enumerate(sorted(rows))}
    assert len(starts) == 1, rows
