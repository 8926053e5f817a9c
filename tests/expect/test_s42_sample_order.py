"""The values outside a distinct-values set are listed sorted, whichever engine gave them: GX gives
them sorted on pandas and in the order of Spark's ``distinct`` on Spark (session 42, N10), and both
engines print the same bytes."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from reconcile.expect.suite import Spec
from reconcile.expect.validate import outcome_of_result


@pytest.mark.parametrize("given", [["CO-ARA", "CO-NSA", "CO-VID", "CO-LAG", "CO-DC"],
                                   ["CO-DC", "CO-LAG", "CO-VID", "CO-NSA", "CO-ARA"]])
def test_the_values_outside_the_set_are_sorted_in_any_order_given(given):
    frame = pd.DataFrame({"place": given, "file": ["sources/a.yaml"] * 5, "line": range(3, 8),
                          "id": [f"c{k}" for k in range(5)]})
    spec = Spec(type="expect_column_distinct_values_to_be_in_set", kwargs={"column": "place", "value_set": ["CO"]})
    result = SimpleNamespace(exception_info={}, success=False,
                             result={"partial_unexpected_list": list(given), "observed_value": sorted(given)})
    outcome = outcome_of_result("expectations/claims.json", spec, result, frame)
    assert list(outcome.sample) == ["CO-ARA", "CO-DC", "CO-LAG", "CO-NSA", "CO-VID"]


def test_numbers_outside_the_set_sort_as_numbers():
    frame = pd.DataFrame({"upper": [10, 9, 100], "file": ["sources/a.yaml"] * 3, "line": [3, 4, 5],
                          "id": ["a", "b", "c"]})
    spec = Spec(type="expect_column_distinct_values_to_be_in_set", kwargs={"column": "upper", "value_set": [1]})
    result = SimpleNamespace(exception_info={}, success=False, result={"partial_unexpected_list": [100, 10, 9]})
    assert list(outcome_of_result("expectations/claims.json", spec, result, frame).sample) == ["9", "10", "100"]
