"""What a count counts, as a new user found it wrong on real news (session 47, N1 D8): a crowd that floods, swarms
or shows up protested (GUIDE: every crowd count of a demonstration), not "flooded"; riders a transport moved on a march
day are carried, not protesters; people who have no electricity are without power, not damaged; a storm surge is
measured by its height or by how far inland it reached.

Invented sentences (names, places and figures changed), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str, date: str = "2024-10-02") -> dict[str, str | None]:
    return {p.value: p.criterion for p in propose(parse_article(f"title: Report\ndate: {date}\n\n{body}\n",
                                                                "news.txt"))}


@pytest.mark.parametrize("body, value", [
    ("More than a million people flooded the streets of Tarn on Saturday in a day of protests.",
     "More than a million people"),
    ("Some 300,000 people also swarmed the streets of Brill in one of the largest rallies.", "Some 300,000 people"),
    ("Women marched in cities across the country. Police said about 80,000 people showed up at Tarn Common.",
     "about 80,000 people"),
    ("Las marchas por el empleo confluyeron ayer en Tarn. A unas 3.000 personas que llegaron a pie desde "
     "otras provincias se les unieron miles más en la capital.", "unas 3.000 personas"),
    ("Thousands rallied against the reform. Local media cited the mayor as estimating the crowd between 35,000 "
     "and 50,000 people.", "between 35,000 and 50,000 people"),
])
def test_a_crowd_that_floods_swarms_or_shows_up_protested(body, value):
    assert _criteria(body)[value] == "protested"


def test_water_that_flooded_homes_or_streets_is_no_crowd():
    crit = _criteria("The river flooded 300 homes in Tarn. Rains flooded the streets of Brill, where 200 people were "
                     "evacuated.")
    assert (crit["300"], crit["200 people"]) == ("flooded", "evacuated")


def test_riders_a_transport_moved_on_a_march_day_are_carried():
    body = ("Thousands marched in Tarn on Saturday. The metro operator said it had moved a record 350,000 "
            "passengers in the hours before the march.")
    assert _criteria(body)["350,000"] == "carried"


@pytest.mark.parametrize("body, value", [
    ("More than 36,000 homes and businesses in Tarn still do not have electricity due to the heavy damage to "
     "the grid.", "More than 36,000"),
    ("Unas 12.000 familias de Tarn no tienen luz desde el paso de la tormenta.", "Unas 12.000"),
])
def test_people_with_no_electricity_are_without_power(body, value):
    assert _criteria(body)[value] == "without-power"


def test_a_storm_surge_is_measured_by_its_height_and_its_reach():
    crit = _criteria("The storm battered the coast with heavy rain and a storm surge of 3.6 meters (12 feet). "
                     "The cyclone sent a storm surge 25 kilometres up the river delta.")
    assert (crit["3.6 meters"], crit["12 feet"], crit["25 kilometres"]) == (
        "storm-surge-height", "storm-surge-height", "storm-surge-reach")
