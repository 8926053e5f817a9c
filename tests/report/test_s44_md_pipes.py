"""A `|` in a claim id: escaped inside the claims table's code spans (GitHub reads the table's
cells first and drops the backslash), left as it is in code spans outside a table (a backslash
there is shown, so "a|b" read "a\\|b" in every finding)."""
from __future__ import annotations

import re

from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: t\n    title: T\n    unit: people\n"
CLAIMS = ("  - {id: 'tot|1', topic: t, value: 500, place: CO}\n"
          "  - {id: 'part|1', topic: t, value: 700, place: CO, part_of: 'tot|1'}\n")


def test_pipes_are_escaped_in_table_cells_only(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(TOPICS)
    (tmp_path / "sources" / "agency.yaml").write_text("source:\n  id: agency\n  name: Agency\nclaims:\n" + CLAIMS)
    out = tmp_path / "r.md"
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "markdown", "-o", str(out),
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    text = out.read_text()
    rows = [line for line in text.splitlines() if line.startswith("| ")]
    prose = [line for line in text.splitlines() if not line.startswith("| ")]
    assert any("`tot\\|1`" in row for row in rows) and any("`part\\|1`" in row for row in rows)
    mentions = [line for line in prose if "`tot" in line or "`part" in line]
    assert mentions, text
    assert all("\\|" not in span for line in mentions for span in re.findall(r"`[^`]*`", line)), mentions
    assert any("`tot|1`" in line for line in mentions)
