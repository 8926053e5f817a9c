"""Suites as new users wrote them (session 38)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _suite(maker, *expectations):
    maker.write("expectations/claims.json", json.dumps({"name": "claims", "expectations": list(expectations)},
                                                       indent=1, ensure_ascii=False))


def _validate(maker):
    return CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json"])


def _outcomes(result) -> list[dict]:
    return json.loads(result.stdout)["outcomes"]


def _line_of(path, text: str, start: str = "") -> int:
    """The 1-based line where ``text`` is written (with ``start``: the line at or above it that
    begins with it, a YAML claim's first line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    at = next(n for n, line in enumerate(lines) if text in line)
    while start and not lines[at].startswith(start):
        at -= 1
    return at + 1


def _in_set(column, values, kind="expect_column_values_to_be_in_set"):
    return {"type": kind, "kwargs": {"column": column, "value_set": values}}


# --- 7. the JSON says how many failing claims it does not list --------------------------------

def test_the_json_counts_the_failing_claims_it_does_not_list(make_project):
    maker = make_project()
    maker.source("a", *[claim(id=f"c{i}", value=str(i + 1), place="CO", as_of=f"2019-01-{i % 28 + 1:02d}",
                              criterion=f"rule-{i}") for i in range(61)])
    _suite(maker, {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "max_value": 0}},
           {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}})
    result = _validate(maker)
    assert result.exit_code == 1, result.output
    failed, passed = _outcomes(result)
    assert (len(failed["failing"]), failed["count"], failed["unlisted"]) == (50, 61, 11)
    assert (passed["failing"], passed["count"], passed["unlisted"]) == ([], 0, 0)
    junit = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "junit"]).stdout
    assert "... and 11 more" in junit   # the same count as the JUnit XML gives
