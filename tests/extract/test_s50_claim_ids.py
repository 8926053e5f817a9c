"""Extracting into a project whose sources already hold claims (N7 D11): the draft's claims take ids the
project does not use, so a reviewer who copies them into the project's source file, as the README says, gets a
project that loads (``report`` refused "duplicate claim id" with exit 2)."""
from __future__ import annotations

from pathlib import Path

import yaml
from click.testing import CliRunner

from reconcile.cli.main import main

SOURCE = """source:
  id: harbour-office
  name: Harbour Office
claims:
  - id: harbour-office-001
    topic: drowned
    value: "7"
  - id: harbour-office-003
    topic: drowned
    value: "8"
"""
TEXT = ("title: Ferry capsizes\ndate: 2030-03-02\noutlet: Example Wire\n\n"
        "The Harbour Office said 31 passengers drowned near Pellow, 6 were missing and 14 boats were damaged.\n")


def _project(root: Path) -> None:
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "harbour-office.yaml").write_text(SOURCE, encoding="utf-8")
    (root / "sources" / "_topics.yaml").write_text("topics:\n  - id: drowned\n    unit: people\n", encoding="utf-8")
    (root / "a.txt").write_text(TEXT, encoding="utf-8")


def test_a_draft_in_a_project_numbers_its_claims_after_the_ids_the_project_uses(tmp_path, monkeypatch):
    _project(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["extract", "a.txt", "--output", "ex"])
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load((tmp_path / "ex" / "sources" / "harbour-office.yaml").read_text("utf-8"))
    ids = [c["id"] for c in draft["claims"]]
    assert len(ids) == 3 and len(set(ids)) == 3
    assert not {"harbour-office-001", "harbour-office-003"} & set(ids)
    assert ids[0] == "harbour-office-002"     # the first number the project leaves free


def test_a_draft_outside_a_project_still_numbers_from_one(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", "--output", "ex"])
    assert result.exit_code == 0, result.output
    draft = yaml.safe_load((tmp_path / "ex" / "sources" / "harbour-office.yaml").read_text("utf-8"))
    assert [c["id"] for c in draft["claims"]] == ["harbour-office-001", "harbour-office-002", "harbour-office-003"]
