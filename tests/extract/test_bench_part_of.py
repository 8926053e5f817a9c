"""How bench/bench_extract.py scores part_of: a matched proposal's part_of is right when it names
the proposal matched to the expected claim's total (expected files give the total's position,
proposals the total's id)."""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_bench_claimants import bench  # noqa: F401  (the module fixture)


def _result(module, expected, proposals, pairs):
    text = module.Text("dev", "en", Path("a.txt"), {}, "", expected)
    result = module.Result(text, proposals, None, 0.0)
    result.pairs = pairs
    return result


def test_part_of_right_wrong_and_missing(bench):  # noqa: F811
    expected = [{"value": "85"}, {"value": "12", "part_of": 0}, {"value": "3", "part_of": 0}, {"value": "40"}]
    proposals = [{"id": "x-001", "value": "85"}, {"id": "x-002", "value": "12", "part_of": "x-001"},
                 {"id": "x-003", "value": "3"}, {"id": "x-004", "value": "40", "part_of": "x-001"}]
    score = bench._part_of_score([_result(bench, expected, proposals, [(0, 0), (1, 1), (2, 2), (3, 3)])])
    # two proposals fill it, one of them right; two expected claims are parts
    assert score == {"right": 1, "filled": 2, "present": 2}


def test_part_of_pointing_at_an_unmatched_total_is_wrong(bench):  # noqa: F811
    expected = [{"value": "85"}, {"value": "12", "part_of": 0}]
    proposals = [{"id": "x-001", "value": "86"}, {"id": "x-002", "value": "12", "part_of": "x-001"}]
    score = bench._part_of_score([_result(bench, expected, proposals, [(1, 1)])])
    assert score == {"right": 0, "filled": 1, "present": 1}
