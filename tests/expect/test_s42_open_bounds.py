"""The bounds check of validate agrees with the report's implausible-value (session 42, SPEC §5:
"no value in common with the topic's bounds"): "more than 100000" under bounds [0, 100000] and
"fewer than 0" under [0, ...] share no value with them, and both fail, on both sides; a closed
bound equal to the topic's ("at least 100000", "100000") still shares it and passes."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


@pytest.fixture
def project(make_project):
    return make_project({"id": "defections", "title": "Defections", "unit": "people", "bounds": [0, 100000]})


def _failing(maker, *values):
    maker.source("agency", *[claim(id=f"c{i}", value=value) for i, value in enumerate(values)])
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json"])
    import json

    failing = sorted(f for o in json.loads(result.stdout)["outcomes"] if not o["success"] for f in o["failing"])
    report = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate"])
    implausible = sorted(c for f in json.loads(report.stdout)["findings"] if f["kind"] == "implausible-value"
                         for c in f["claims"])
    return result.exit_code, [f.split(" ")[1].strip("()") for f in failing], implausible


def test_an_open_bound_equal_to_the_topics_fails_as_the_report_says(project):
    code, failing, implausible = _failing(project, "more than 100000", "fewer than 0", "at least 100000", "100000",
                                          "0", "up to 0")
    assert code == 1
    assert failing == implausible == ["c0", "c1"]


def test_closed_bounds_equal_to_the_topics_pass(project):
    assert _failing(project, "at least 100000", "up to 0", "100000")[:2] == (0, [])
