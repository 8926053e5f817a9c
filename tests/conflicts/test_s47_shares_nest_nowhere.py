"""A share, a rate, an average or a temperature is no count: a region's 98% is not a narrower count than its
country's 84% (SPEC §5: "The wider scope's count must be at least the narrower one's"), so in a topic of such a
unit two stated scopes that nest (a place within another, a population within another) are different scopes: no
`order-conflict` (N1 D9: a strike's regional share above the national one was a conflict, exit 1). Counts and
amounts keep their order."""
from __future__ import annotations

import json

import pytest

import reconcile
from conftest import TOPIC, claim
from reconcile.conflicts.scopes import unit_nests


def kinds(maker, **options) -> list[str]:
    done = json.loads(reconcile.run([maker.root], format="json", fail_on="never", **options))
    return sorted(f["kind"] for f in done["findings"])


@pytest.mark.parametrize("unit", ["percent", "deaths per 100,000", "°C"])
def test_a_regions_share_above_its_countrys_is_no_conflict(make_project, unit):
    maker = make_project({"id": TOPIC, "title": "Strike", "unit": unit})
    maker.source("unions", claim(id="u-es", place="ES", as_of="2002-06-20", value="84"),
                 claim(id="u-as", place="ES-AS", as_of="2002-06-20", value="98"))
    maker.source("government", claim(id="g-all", population=["workers"], as_of="2002-06-20", value="16"),
                 claim(id="g-women", population=["workers", "women"], as_of="2002-06-20", value="40"))
    assert "order-conflict" not in kinds(maker)
    assert "boundary-disagreement" not in kinds(maker)


@pytest.mark.parametrize("unit", ["people", "USD"])
def test_counts_and_amounts_keep_their_order(make_project, unit):
    maker = make_project({"id": TOPIC, "title": "Strike", "unit": unit})
    maker.source("unions", claim(id="u-es", place="ES", as_of="2002-06-20", value="84"),
                 claim(id="u-as", place="ES-AS", as_of="2002-06-20", value="98"))
    assert "order-conflict" in kinds(maker)


def test_many_small_topics_read_alike_batched_or_alone(make_project):
    """The batched path (many small topics related at once) gives the same as a topic alone."""
    maker = make_project({"id": "t0", "title": "share", "unit": "percent"})
    topics = [{"id": f"t{n}", "title": f"t{n}", "unit": "percent" if n % 2 == 0 else "people"} for n in range(40)]
    maker.topics(*topics)
    maker.source("unions", *[c for n in range(40) for c in (
        claim(topic=f"t{n}", id=f"u{n}-es", place="ES", value="84"),
        claim(topic=f"t{n}", id=f"u{n}-as", place="ES-AS", value="98"))])
    done = json.loads(reconcile.run([maker.root], format="json", fail_on="never"))
    ordered = sorted(f["topic"] for f in done["findings"] if f["kind"] == "order-conflict")
    assert ordered == sorted(f"t{n}" for n in range(40) if n % 2 == 1)


def test_which_units_nest():
    assert unit_nests(None) and unit_nests("people") and unit_nests("EUR") and unit_nests("km")
    assert unit_nests("count") and unit_nests("ha") and unit_nests("social media posts")
    assert not unit_nests("percentage points") and not unit_nests("tasa de paro") and not unit_nests("index")
    assert not unit_nests("%") and not unit_nests("porcentaje") and not unit_nests("average age")


def test_which_units_nest_after_review():
    """R1: flows per a span of time add up over places; rates per a number, densities, means do not."""
    for unit in ("cases per week", "deaths per day", "barrels per day", "graduates with degrees", "perimeter km"):
        assert unit_nests(unit), unit
    for unit in ("muertes por cada 100.000 habitantes", "casos por 100.000 habitantes", "‰", "por mil", "pp", "ppm",
                 "mean age", "edad media", "deaths/100k", "per100k", "people/km²", "hab/km²", "incidence",
                 "prevalence", "inflation", "USD per barrel", "degrees Celsius"):
        assert not unit_nests(unit), unit
