"""expect_column_quantile_values_to_be_between gives the same outcome on both engines (session
42): GX's Spark metric is an approximate quantile of another definition (the median of 30, 500,
572 and 2,500 was 500 on Spark and 572 on pandas, so a suite passed on one and failed on the
other); reconcile computes pandas' definition on Spark (``reconcile.expect.quantiles``)."""
from __future__ import annotations

import json

import pytest
from sparkhelp import local_engine

import reconcile

pytestmark = pytest.mark.spark


def test_quantile_checks_have_the_same_outcomes_and_values_on_both_engines(make_project):
    maker = make_project()
    maker.write("sources/desk.yaml", "source:\n  id: desk\n  name: Desk\n  compiles: true\nclaims: desk.csv\n")
    maker.write("sources/desk.csv", "id,topic,value,place,as_of\n" + "".join(
        f"c{i},defections,{value},CO,2020-01-0{1 + i % 9}\n"
        for i, value in enumerate(["500", "2500", "about 520", "30", "more than 40", "7", "900", "1000"])))
    ranges = {"quantiles": [0, 0.25, 0.5, 0.6, 1], "value_ranges": [[0, 10], [0, 100], [0, 550], [0, 600], [0, 3000]]}
    suite = [{"type": "expect_column_quantile_values_to_be_between",
              "kwargs": {"column": column, "quantile_ranges": ranges, **({"allow_relative_error": method}
                                                                         if method else {})}}
             for column in ("upper", "lower") for method in (None, "linear", "lower", "higher", "midpoint")]
    maker.write("expectations/claims.json", json.dumps({"name": "claims", "expectations": suite}))
    on_pandas = reconcile.validate(reconcile.normalize(reconcile.read(maker.root)))
    engine = local_engine()
    on_spark = engine.validate(engine.normalize(engine.read(maker.root)))
    assert on_spark == on_pandas
    nearest = next(o for o in on_spark.outcomes if o.expectation.endswith("quantile_values_to_be_between"))
    assert not nearest.success and "500.0, 572.0" in nearest.whole, nearest.whole   # Spark had 30 and 572
