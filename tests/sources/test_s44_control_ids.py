"""A control character (BEL, ESC, CR) in a claim id, a source's id or name, or a table's id and
source cells is refused where it is written, named as a control character: BEL and ESC were
accepted (an id that prints as nothing, or moves the cursor), and CR was called a space."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: t\n    title: T\n    unit: people\n"


def _run(tmp_path: Path, source: str, table: tuple[str, pd.DataFrame] | None = None):
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "_topics.yaml").write_text(TOPICS)
    (tmp_path / "sources" / "x.yaml").write_text(source)
    if table is not None:
        name, frame = table
        (frame.to_parquet if name.endswith(".parquet") else frame.to_csv)(tmp_path / "sources" / name, index=False)
    return CliRunner().invoke(main, ["report", str(tmp_path)])


@pytest.mark.parametrize(("source", "shown", "code"), [
    ('source: {id: x, name: X}\nclaims:\n  - {id: "a\\x07b", topic: t, value: 5}\n', "a\\x07b", "U+0007"),
    ('source: {id: x, name: X}\nclaims:\n  - {id: "a\\e[2Jb", topic: t, value: 5}\n', "a\\x1b[2Jb", "U+001B"),
    ('source: {id: x, name: X}\nclaims:\n  - {id: "a\\rb", topic: t, value: 5}\n', "a\\x0db", "U+000D"),
    ('source: {id: x, name: "X\\e[31m"}\nclaims:\n  - {id: a, topic: t, value: 5}\n', "X\\x1b[31m", "U+001B"),
    ('source: {id: x, name: X}\nclaims:\n  - {id: a, topic: t, value: 5, via: "Y\\x07"}\n', "Y\\x07", "U+0007"),
])
def test_a_control_character_in_an_id_or_name_is_refused_at_its_line(tmp_path, source, shown, code):
    result = _run(tmp_path, source)
    assert result.exit_code == 2, result.output
    assert f'"{shown}" contains the control character {code}' in result.output
    assert "x.yaml:" in result.output and "spaces" not in result.output


@pytest.mark.parametrize("suffix", ["csv", "parquet"])
@pytest.mark.parametrize(("column", "cell"), [("id", "a\x1bb"), ("source", "X\x07")])
def test_a_control_character_in_a_table_cell_is_refused_at_its_row(tmp_path, suffix, column, cell):
    frame = pd.DataFrame({"id": ["ok", "b"], "topic": ["t", "t"], "value": ["5", "6"], "source": ["X", "X"]})
    frame.loc[1, column] = cell
    result = _run(tmp_path, f"source: {{id: x, name: X}}\nclaims: rows.{suffix}\n", (f"rows.{suffix}", frame))
    assert result.exit_code == 2, result.output
    line = 3 if suffix == "csv" else 2    # a Parquet row's line is its row number (SPEC §3)
    assert f"rows.{suffix}:{line}:" in result.output and "the control character" in result.output


def test_names_may_still_hold_a_tab_or_a_line_end(tmp_path):
    result = _run(tmp_path, 'source: {id: x, name: "Agency\\tX", aliases: ["The\\nAgency"]}\n'
                            "claims:\n  - {id: a, topic: t, value: 5}\n")
    assert result.exit_code == 0, result.output
