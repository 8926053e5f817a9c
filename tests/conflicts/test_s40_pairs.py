"""What new users found against SPEC.md §4 and §5 (session 40): each case as they wrote it."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import TOPIC, claim
from reconcile.cli.main import main
from reconcile.conflicts.pairs import unit_counts


def _report(maker, *options: str) -> dict:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _kinds(report: dict) -> list[tuple[str, list[str]]]:
    return [(f["kind"], f["claims"]) for f in report["findings"] if f["kind"] != "uncorroborated"]


# --- SPEC §4: "For counts, reconciliation and estimates treat a lower bound of −∞ as 0" -----------------------------
@pytest.mark.parametrize("unit, low, high", [
    ("percent", "less than 1%", "-9.9%"),
    ("%", "less than 1%", "-3%"),
    ("USD", "less than $1 million", "-$2 million"),
    ("percentage points", "less than 1", "-2"),
    ("net change", "less than 10", "-50"),
])
def test_a_topic_that_can_go_negative_keeps_less_than_open_below(make_project, unit, low, high):
    """"less than 1%" (IMF) against "-9.9%" (INDEC) in a percent topic was a value-conflict of gap
    9.9: "less than" started at 0 in every topic whose unit name said nothing of a sign."""
    maker = make_project({"id": TOPIC, "title": "T", "unit": unit})
    maker.source("imf", claim(id="a1", value=low, place="AR", as_of="2020"))
    maker.source("indec", claim(id="b1", value=high, place="AR", as_of="2020"))
    report = _report(maker)
    assert _kinds(report) == [("value-agreement", ["a1", "b1"])]
    [estimate] = report["estimates"]
    assert estimate["status"] == "agreed" and estimate["lower"] < 0


def test_a_count_still_reads_less_than_from_zero(make_project):
    maker = make_project({"id": TOPIC, "title": "T", "unit": "deaths"})
    maker.source("a", claim(id="a1", value="less than 10"))
    maker.source("b", claim(id="b1", value="less than 20"))
    [estimate] = _report(maker, "--resolve", "hull")["estimates"]
    assert (estimate["lower"], estimate["lower_inclusive"]) == (0, True)


@pytest.mark.parametrize("unit, counts", [
    ("people", True), ("count", True), ("deaths", True), ("tents", True), ("personas", True),
    ("percent", False), ("%", False), ("porcentaje", False), ("USD", False), ("dollars", False),
    ("km", False), ("degrees celsius", False), ("trade balance", False),
])
def test_which_units_count(unit, counts):
    assert unit_counts(unit) is counts


# --- SPEC §5: gap 0 is boundary-disagreement; the words say which side excludes the bound ---------------------------
@pytest.mark.parametrize("low, high", [("less than 500", "more than 500"), ("nearly 500", "just over 500")])
def test_two_figures_that_both_exclude_the_bound_are_not_called_one_figure(make_project, low, high):
    """"less than 500" against "more than 500" was explained as "which one of them excludes ...
    not a contradiction": both exclude 500, so no value fits both."""
    maker = make_project()
    maker.source("a", claim(id="a1", value=low))
    maker.source("b", claim(id="b1", value=high))
    [found] = [f for f in _report(maker)["findings"] if f["kind"] != "uncorroborated"]
    assert (found["kind"], found["verdict"], found["gap"]) == ("boundary-disagreement", "warning", 0)
    assert "both exclude it" in found["explanation"]
    assert "one of them excludes" not in found["explanation"]
    assert "not a contradiction" not in found["explanation"]


@pytest.mark.parametrize("low, high", [("500", "more than 500"), ("less than 500", "500")])
def test_a_figure_that_includes_the_bound_is_still_one_figure_worded_two_ways(make_project, low, high):
    maker = make_project()
    maker.source("a", claim(id="a1", value=low))
    maker.source("b", claim(id="b1", value=high))
    [found] = [f for f in _report(maker)["findings"] if f["kind"] != "uncorroborated"]
    assert found["kind"] == "boundary-disagreement"
    assert "which one of them excludes" in found["explanation"] and "not a contradiction" in found["explanation"]
