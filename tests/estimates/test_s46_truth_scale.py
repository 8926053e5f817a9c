"""Truth discovery measures each topic in its own spread whatever the figures' size (N1 D1, session 46):
squares of figures past 1e150 had overflowed (every source scored 0.996, with a numpy warning) and 1e308,
which the parser accepts, crashed with a traceback."""
from __future__ import annotations

import json
import warnings

import pytest

import reconcile
from conftest import TOPIC, claim


def _reliabilities(make_project, values) -> tuple[dict[str, float], list]:
    maker = make_project({"id": TOPIC, "title": "Distances", "unit": "km"})
    for k, value in enumerate(values, start=1):
        maker.source(f"s{k}", claim(id=f"c{k}", value=repr(value)))
    with warnings.catch_warnings():
        warnings.simplefilter("error")          # no overflow warning either
        done = json.loads(reconcile.run([maker.root], format="json", resolve="truth-discovery", fail_on="never"))
    return {s["id"]: s["reliability"] for s in done["sources"]}, done["estimates"]


@pytest.mark.parametrize("factor", [1e154, 1e200, 1e300, 1e-170])
def test_reliabilities_do_not_depend_on_the_figures_size(make_project, factor, tmp_path_factory):
    plain, _ = _reliabilities(make_project, [1, 2, 9])
    scaled, estimates = _reliabilities(make_project, [1 * factor, 2 * factor, 9 * factor])
    assert scaled == pytest.approx(plain, rel=1e-9)
    assert estimates[0]["point"] == pytest.approx(1.5 * factor, rel=1e-9)


def test_a_figure_of_1e308_is_estimated_not_a_crash(make_project):
    reliability, estimates = _reliabilities(make_project, [5, 1e308])
    assert estimates[0]["lower"] == 5 and estimates[0]["upper"] == 1e308
    assert all(0 <= r <= 1 for r in reliability.values())


def test_an_outlier_of_1e200_scores_below_the_two_that_agree(make_project):
    reliability, _ = _reliabilities(make_project, [5, 5, 1e200])
    assert reliability["s3"] < reliability["s1"] == reliability["s2"]


def test_an_ordinary_group_is_measured_as_ever_beside_a_huge_one():
    """The scaled path is per group: a topic of ordinary figures keeps its exact center and spread when
    another topic of the project holds 1e200 (R1: its center had moved in the last bit)."""
    import numpy as np

    from reconcile.estimates.truth import _spread

    rng = np.random.default_rng(7)
    values = rng.uniform(1, 1e6, 6).round(3)
    obj, group = np.array([0, 0, 0, 1, 1, 1]), np.array([0, 1])
    alone = _spread(obj, group[:1].repeat(2) * 0, values, values, np.ones(6, bool), 2, 1)
    obj2 = np.concatenate([obj, [2, 2]])
    both = _spread(obj2, np.array([0, 0, 1]), np.concatenate([values, [1e200, 3e200]]),
                   np.concatenate([values, [1e200, 3e200]]), np.ones(8, bool), 3, 2)
    assert both[1][:2].tolist() == alone[1].tolist()
    assert both[0][0] == alone[0][0]
