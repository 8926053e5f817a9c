"""Pair and multicolumn checks on a claim with a missing side (an open "more than 500": ``upper``
null) or with both sides missing (the bounds of a topic that has none): the Spark engine gives
the pandas engine's outcome and failing claims for every ``ignore_row_if`` (issue 15; session 46,
D1: GX on Spark counted a null comparison as a pass, and ``eqNullSafe`` a pair of nulls as equal)."""
from __future__ import annotations

import json

import pytest
from sparkhelp import local_engine

import reconcile

pytestmark = pytest.mark.spark

PAIR = ("both_values_are_missing", "either_value_is_missing", "neither")
MULTI = ("all_values_are_missing", "any_value_is_missing", "never")


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def suite() -> list[dict]:
    checks: list[dict] = []
    for ignore in PAIR:
        for a, b in (("upper", "lower"), ("lower", "upper"), ("bound_upper", "bound_lower")):
            checks += [{"type": "expect_column_pair_values_a_to_be_greater_than_b",
                        "kwargs": {"column_A": a, "column_B": b, "or_equal": True, "ignore_row_if": ignore}},
                       {"type": "expect_column_pair_values_a_to_be_greater_than_b",
                        "kwargs": {"column_A": a, "column_B": b, "ignore_row_if": ignore}},
                       {"type": "expect_column_pair_values_to_be_equal",
                        "kwargs": {"column_A": a, "column_B": b, "ignore_row_if": ignore}}]
    for ignore in MULTI:
        for columns in (["lower", "upper"], ["bound_lower", "bound_upper"]):
            checks += [{"type": "expect_multicolumn_sum_to_equal",
                        "kwargs": {"column_list": columns, "sum_total": 500, "ignore_row_if": ignore}},
                       {"type": "expect_select_column_values_to_be_unique_within_record",
                        "kwargs": {"column_list": columns, "ignore_row_if": ignore}}]
    return checks


def test_a_missing_side_of_a_pair_gives_the_pandas_outcome_on_spark(engine, make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source:\n  id: a\n  name: A\n  compiles: true\nclaims: a.csv\n")
    maker.write("sources/a.csv", "id,topic,value\nc1,defections,more than 500\nc2,defections,300\n"
                                 "c3,defections,500\n")
    maker.write("expectations/claims.json", json.dumps({"name": "claims", "expectations": suite()}))
    claims = reconcile.normalize(reconcile.read(maker.root))
    on_pandas = reconcile.validate(claims)
    on_spark = engine.validate(engine.normalize(engine.read(maker.root)))
    ours = [o for o in on_pandas.outcomes if o.suite == "expectations/claims.json"]
    assert len(ours) == len(suite())
    # the open claim fails "upper >= lower" on pandas under GX's default ignore_row_if
    assert not ours[0].success and ours[0].failing == ("sources/a.csv:2 (c1)",)
    assert [(o.description, o.success, o.count, o.failing, o.sample) for o in on_spark.outcomes] \
        == [(o.description, o.success, o.count, o.failing, o.sample) for o in on_pandas.outcomes]
    assert on_spark == on_pandas
