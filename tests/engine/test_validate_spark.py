"""The suites on the claims Spark read (reconcile.engine.validate.validate_df): GX first asks
each expectation for its success alone on the claims as Spark holds them (hashed on their
value, not in file order), then asks the failing ones for their rows on the claims in file
order. The outcomes are the pandas engine's: the same first failing rows when more fail than
are listed, and the same success for a check of the rows' order."""
from __future__ import annotations

import json

import pytest
from conftest import TOPIC
from sparkhelp import local_engine

import reconcile
from reconcile.expect.validate import MAX_FAILING

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def project(make_project, files: dict[str, list[str]], suite: list[dict] | None = None):
    """Tables of claims (CSV, each pointed at by a source that compiles its claimants); ``suite``:
    the project's own expectations (else the default suite)."""
    maker = make_project()
    for name, rows in files.items():
        maker.write(f"sources/{name}.yaml", f"source:\n  id: {name}\n  name: {name.title()}\n  compiles: true\n"
                                            f"claims: {name}.csv\n")
        maker.write(f"sources/{name}.csv", "\n".join(["id,topic,value,place,as_of", *rows]) + "\n")
    if suite is not None:
        maker.write("expectations/claims.json", json.dumps({"name": "claims", "expectations": suite}))
    return maker.root


def validations(engine, root):
    claims = reconcile.normalize(reconcile.read(root))
    on_spark = engine.normalize(engine.read(root))
    assert on_spark.df.rdd.getNumPartitions() >= 2  # the claims hashed on their value, not in file order
    return reconcile.validate(claims), engine.validate(on_spark)


def test_more_failures_than_are_listed_list_the_first_in_file_order(engine, make_project):
    # future dates in two files, their values all different: Spark holds them in another order
    rows = {name: [f"{name}{i},{TOPIC},{1000 + 37 * i + len(name)},CO,{2990 + i % 7}-0{1 + i % 9}-1{i % 10}"
                   for i in range(MAX_FAILING // 2 + 20)] for name in ("alpha", "beta")}
    on_pandas, on_spark = validations(engine, project(make_project, rows))
    assert on_spark == on_pandas
    (future,) = [o for o in on_spark.outcomes if o.description == "as_of is not in the future."]
    assert not future.success and len(future.failing) == MAX_FAILING
    assert future.failing[0] == "sources/alpha.csv:2 (alpha0)"


def test_a_check_of_the_rows_order_sees_them_in_file_order(engine, make_project):
    rows = {"alpha": [f"a{i},{TOPIC},{5000 - 31 * i},CO,2019-03-{1 + i % 28:02d}" for i in range(60)]}
    suite = [{"type": "expect_column_values_to_be_increasing", "kwargs": {"column": "line"}},
             {"type": "expect_column_values_to_be_decreasing", "kwargs": {"column": "lower"}},
             {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "max_value": 4000}}]
    on_pandas, on_spark = validations(engine, project(make_project, rows, suite))
    assert on_spark == on_pandas
    increasing, decreasing, between = [o for o in on_spark.outcomes if o.suite == "expectations/claims.json"]
    assert increasing.success and decreasing.success  # in file order; as Spark holds them, neither
    assert not between.success and between.count == 33 and between.failing[0] == "sources/alpha.csv:2 (a0)"


def test_a_value_outside_a_distinct_values_set_names_the_same_first_claims(engine, make_project):
    """Both engines name the first claims in file order that state a value outside the set, and
    count them all (session 35: the pandas engine named none, showing 'null')."""
    rows = {name: [f"{name}{i},{'other-topic' if i % 3 else TOPIC},{100 + i},CO,2019-03-0{1 + i % 9}"
                   for i in range(MAX_FAILING + 15)] for name in ("alpha", "beta")}
    root = project(make_project, rows, [{"type": "expect_column_distinct_values_to_be_in_set",
                                         "kwargs": {"column": "topic", "value_set": [TOPIC]}}])
    (root / "sources" / "_topics.yaml").write_text(
        f"topics:\n  - id: {TOPIC}\n    unit: people\n  - id: other-topic\n    unit: people\n", encoding="utf-8")
    on_pandas, on_spark = validations(engine, root)
    assert on_spark == on_pandas
    (outside,) = [o for o in on_spark.outcomes if not o.success]
    assert outside.sample == ("other-topic",) and len(outside.failing) == MAX_FAILING
    assert outside.failing[0] == "sources/alpha.csv:3 (alpha1)" and outside.count == 2 * (MAX_FAILING + 15) * 2 // 3
