"""`expectations suggest` drafts a suite that the next ordinary pull request passes (U5 D3): a
regional breakdown's parts are smaller than the totals by design (the value range is of the totals),
and the next day's update is no error (dates from the first observed one on); a total far outside
the range, or a year mistyped into the past, still fails."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: deaths\n    title: Flood deaths\n    unit: people\n    cumulative: true\n"
BASE = """source: {id: civil-defense, name: Civil Defense, kind: government-agency}
claims:
  - {id: cd-1, topic: deaths, place: BR-RS, as_of: 2024-05-10, stated_on: 2024-05-10, value: 113}
  - {id: cd-2, topic: deaths, place: BR-RS, as_of: 2024-05-09, stated_on: 2024-05-09, value: about 100}
  - {id: cd-p1, topic: deaths, place: BR-RS, as_of: 2024-05-10, stated_on: 2024-05-10, value: 60, part_of: cd-1}
"""


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "expectations").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(TOPICS)
    (tmp_path / "sources" / "civil-defense.yaml").write_text(BASE)
    drafted = CliRunner().invoke(main, ["expectations", "suggest", str(tmp_path)])
    assert drafted.exit_code == 0, drafted.output
    return tmp_path


def _validate_with(project: Path, claim: str):
    (project / "sources" / "civil-defense.yaml").write_text(BASE + claim)
    return CliRunner().invoke(main, ["validate", str(project), "--format", "json"])


def _failed(result) -> set[tuple[str, str]]:
    return {(o["expectation"], o["column"]) for o in json.loads(result.stdout)["outcomes"] if not o["success"]}


def test_the_draft_passes_on_the_claims_it_came_from(project):
    assert _validate_with(project, "").exit_code == 0


@pytest.mark.parametrize("claim", [
    "  - {id: cd-3, topic: deaths, place: BR-RS, as_of: 2024-05-11, stated_on: 2024-05-11, value: 113}\n",
    "  - {id: cd-p2, topic: deaths, place: BR-RS, as_of: 2024-05-10, stated_on: 2024-05-10, value: 12,"
    " part_of: cd-1}\n",
])
def test_the_next_update_and_a_new_part_pass(project, claim):
    result = _validate_with(project, claim)
    assert result.exit_code == 0, _failed(result)


@pytest.mark.parametrize(("claim", "column"), [
    ("  - {id: cd-3, topic: deaths, place: BR-RS, as_of: 2024-05-11, stated_on: 2024-05-11, value: 11300}\n",
     "lower"),
    ("  - {id: cd-3, topic: deaths, place: BR-RS, as_of: 1924-05-11, stated_on: 2024-05-11, value: 113}\n",
     "as_of"),
])
def test_a_plausible_bad_claim_still_fails(project, claim, column):
    result = _validate_with(project, claim)
    assert result.exit_code == 1
    assert any(expectation == "expect_column_values_to_be_between" and name.startswith(column)
               for expectation, name in _failed(result)), _failed(result)
