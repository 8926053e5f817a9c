"""A type check written with the pandas engine's type names ("float", "int64", "str") runs
unchanged on Spark, with the same outcome (issue 15: "the same suites ... run there unchanged";
session 46, D3: "float" was an exit-2 error on Spark, "No recognized spark types")."""
from __future__ import annotations

import json

import pytest
from sparkhelp import local_engine

import reconcile

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def test_a_type_check_gives_the_pandas_outcome_on_spark(engine, make_project):
    checks = [("upper", "float"), ("upper", "float64"), ("upper", "int"), ("upper", "str"), ("line", "int"),
              ("line", "int64"), ("line", "float"), ("as_of_date", "datetime64"), ("upper", "complex128")]
    suite = [{"type": "expect_column_values_to_be_of_type", "kwargs": {"column": c, "type_": t}} for c, t in checks]
    suite.append({"type": "expect_column_values_to_be_in_type_list",
                  "kwargs": {"column": "lower", "type_list": ["int", "float"]}})
    maker = make_project()
    maker.write("sources/a.yaml", "source:\n  id: a\n  name: A\n  compiles: true\nclaims: a.csv\n")
    maker.write("sources/a.csv", "id,topic,value,as_of\nc1,defections,more than 500,2019-03-01\n"
                                 "c2,defections,300,2019-03-02\n")
    maker.write("expectations/claims.json", json.dumps({"name": "claims", "expectations": suite}))
    claims = reconcile.normalize(reconcile.read(maker.root))
    on_pandas = reconcile.validate(claims)
    on_spark = engine.validate(engine.normalize(engine.read(maker.root)))
    ours = [o.success for o in on_pandas.outcomes if o.suite == "expectations/claims.json"]
    assert ours[:3] == [True, True, False] and ours[-1]
    assert [(o.description, o.success, o.sample) for o in on_spark.outcomes] \
        == [(o.description, o.success, o.sample) for o in on_pandas.outcomes]
    assert on_spark == on_pandas
