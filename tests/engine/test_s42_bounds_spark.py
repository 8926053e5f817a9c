"""The bounds check of open claim bounds (session 42) gives the pandas engine's outcomes on Spark:
its row conditions on lower_inclusive and upper_inclusive select the same claims there."""
from __future__ import annotations

import pytest
from sparkhelp import local_engine

import reconcile

pytestmark = pytest.mark.spark


def test_open_bounds_equal_to_the_topics_fail_on_both_engines(make_project):
    maker = make_project({"id": "defections", "title": "Defections", "unit": "people", "bounds": [0, 100000]})
    maker.write("sources/desk.yaml", "source:\n  id: desk\n  name: Desk\n  compiles: true\nclaims: desk.csv\n")
    maker.write("sources/desk.csv", "id,topic,value\n" + "".join(
        f"c{i},defections,{value}\n" for i, value in
        enumerate(["more than 100000", "fewer than 0", "at least 100000", "100000", "up to 0", "5"])))
    on_pandas = reconcile.validate(reconcile.normalize(reconcile.read(maker.root)))
    engine = local_engine()
    on_spark = engine.validate(engine.normalize(engine.read(maker.root)))
    assert on_spark == on_pandas
    assert sorted(f for o in on_spark.outcomes if not o.success for f in o.failing) == [
        "sources/desk.csv:2 (c0)", "sources/desk.csv:3 (c1)"]
