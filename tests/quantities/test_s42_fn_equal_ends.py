"""A stated range whose two ends are equal is [A, A] however it is written (N8 D8): "500-500" and "500 to 500" had
been "2 quantities in one stated value", where "between 500 and 500" is a range."""
import pytest

from reconcile import find_quantities, parse_quantity


@pytest.mark.parametrize("value", ["between 500 and 500", "500-500", "500 to 500", "500 – 500", "entre 500 y 500",
                                   "500 a 500", "de 500 a 500"])
def test_a_range_with_equal_ends_is_that_point_as_a_range(value):
    q = parse_quantity(value)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier) == (500, 500, True, True, "range")


def test_running_text_keeps_a_score_as_two_numbers():
    assert [m.text for m in find_quantities("It ended in a 5-5 draw", "en")] == ["5", "5"]
