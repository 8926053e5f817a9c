"""A share, a rate, an average or a temperature adds up over no breakdown (N5 D1, session 48): a region's 98% and
another's 70% are no 168% of the country, so a breakdown of such a topic is not summed. A total marked complete is a
mean of all its parts and lies between the least and the greatest of them; a total of some parts may be anything.
And "degrees", "grados" alone, speeds (km/h, mph, knots) and magnitudes nest no scope either (N5 D2)."""
from __future__ import annotations

import json

import pytest

import reconcile
from conftest import TOPIC, claim
from reconcile.conflicts.scopes import unit_nests


def findings(maker) -> dict[str, list[dict]]:
    done = json.loads(reconcile.run([maker.root], format="json", fail_on="never"))
    found: dict[str, list[dict]] = {}
    for finding in done["findings"]:
        found.setdefault(finding["kind"], []).append(finding)
    return found


@pytest.mark.parametrize("unit", ["%", "percent", "deaths per 100,000", "average age"])
def test_parts_of_a_share_are_not_summed(make_project, unit):
    maker = make_project({"id": TOPIC, "title": "Turnout", "unit": unit})
    maker.source("agency", claim(id="nat", place="CO", as_of="2019", value="84"),
                 claim(id="r1", place="CO-NSA", as_of="2019", value="98", part_of="nat"),
                 claim(id="r2", place="CO-ANT", as_of="2019", value="70", part_of="nat"))
    found = findings(maker)
    assert "breakdown-conflict" not in found
    [consistent] = found["breakdown-consistent"]
    assert "span [70, 98]" in consistent["explanation"] and "not summed" in consistent["explanation"]


def test_a_complete_breakdown_of_shares_holds_its_total_between_its_parts(make_project):
    maker = make_project({"id": TOPIC, "title": "Turnout", "unit": "percent"})
    maker.source("agency", claim(id="low", place="CO", as_of="2018", value="60", complete=True),
                 claim(id="a1", place="CO-NSA", as_of="2018", value="98", part_of="low"),
                 claim(id="a2", place="CO-ANT", as_of="2018", value="70", part_of="low"),
                 claim(id="mid", place="CO", as_of="2019", value="84", complete=True),
                 claim(id="b1", place="CO-NSA", as_of="2019", value="98", part_of="mid"),
                 claim(id="b2", place="CO-ANT", as_of="2019", value="70", part_of="mid"))
    found = findings(maker)
    [conflict] = found["breakdown-conflict"]
    assert conflict["claims"] == ["a1", "a2", "low"] and conflict["gap"] == 10
    assert "above the total" in conflict["explanation"]
    assert [f["claims"] for f in found["breakdown-consistent"]] == [["b1", "b2", "mid"]]


def test_counts_are_still_summed(make_project):
    maker = make_project({"id": TOPIC, "title": "Crossings", "unit": "people"})
    maker.source("agency", claim(id="nat", place="CO", as_of="2019", value="84"),
                 claim(id="r1", place="CO-NSA", as_of="2019", value="98", part_of="nat"))
    assert [f["claims"] for f in findings(maker)["breakdown-conflict"]] == [["nat", "r1"]]


@pytest.mark.parametrize("unit", ["degrees", "grados", "km/h", "kph", "mph", "knots", "nudos", "m/s", "magnitude",
                                  "wind speed", "velocidad del viento"])
def test_temperatures_speeds_and_magnitudes_nest_nowhere(make_project, unit):
    assert not unit_nests(unit), unit
    maker = make_project({"id": TOPIC, "title": "July", "unit": unit})
    maker.source("met", claim(id="sevilla", place="ES-SE", as_of="2023-07", value="30"),
                 claim(id="spain", place="ES", as_of="2023-07", value="24.6"))
    assert "order-conflict" not in findings(maker)


@pytest.mark.parametrize("unit", ["people", "km", "metres", "ha", "people/h", "deaths per day", "MW"])
def test_amounts_still_nest(unit):
    assert unit_nests(unit), unit


@pytest.mark.parametrize("unit", ["percent", "index points"])
def test_shares_of_one_whole_in_the_totals_place_are_summed(make_project, unit):
    """R4 1: a vote split (52% + 48% of a complete 100%) adds up; so does a breakdown by category in one place."""
    maker = make_project({"id": TOPIC, "title": "Vote", "unit": unit})
    maker.source("board", claim(id="all", place="CO", as_of="2019", value="100", complete=True),
                 claim(id="yes", place="CO", population=["yes"], as_of="2019", value="52", part_of="all"),
                 claim(id="no", place="CO", population=["no"], as_of="2019", value="48", part_of="all"),
                 claim(id="all2", place="CO", as_of="2020", value="100", complete=True),
                 claim(id="yes2", place="CO", population=["yes"], as_of="2020", value="60", part_of="all2"),
                 claim(id="no2", place="CO", population=["no"], as_of="2020", value="70", part_of="all2"))
    found = findings(maker)
    assert [f["claims"] for f in found["breakdown-consistent"]] == [["all", "no", "yes"]]
    [conflict] = found["breakdown-conflict"]
    assert conflict["claims"] == ["all2", "no2", "yes2"] and "sum to 130" in conflict["explanation"]
