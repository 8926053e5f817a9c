"""The CSV's rows read from the top as SPEC §5 lists findings: by topic, conflicts and the largest gaps
first (N6 D1: a value-agreement came first and the conflicts were in claim order)."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from reconcile.cli.main import main


def test_csv_rows_put_conflicts_and_the_largest_gaps_first(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    topics = "topics:\n  - {id: storm, unit: people}\n  - {id: a, unit: people}\n"
    (tmp_path / "sources" / "_topics.yaml").write_text(topics)
    for sid, topic, value in (("red-cross", "storm", "3,958"), ("un-ocha", "storm", "11,300"),
                              ("gov", "storm", "between 10,000 and 20,000"), ("x", "a", "5"), ("y", "a", "9")):
        (tmp_path / "sources" / f"{sid}.yaml").write_text(
            f"source: {{id: {sid}, name: {sid}}}\nclaims: [{{id: {sid}-1, topic: {topic}, value: \"{value}\"}}]\n")
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "csv", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["topic"], r["kind"], r["gap"]) for r in rows] == [
        ("a", "value-conflict", "4"),
        ("storm", "value-conflict", "7342"),
        ("storm", "value-conflict", "6042"),
        ("storm", "value-agreement", ""),
    ]
