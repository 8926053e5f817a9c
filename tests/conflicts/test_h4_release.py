"""``reconcile(..., release=True)``: the claims frame emptied once the report's claim records are
made, the reconciler keeping the columns it reads (``pairs.COLUMNS``): the same report. (Kept
from tests/conflicts/test_cores.py when the opt-in ``share_topics`` and its module went.)"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import reconcile
from reconcile import Claims


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("synth", Path(__file__).resolve().parents[2] / "bench" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    root = synth.generate(tmp_path_factory.mktemp("release"), 3_000, big_topic=400, seed=5, profile="desk")
    project, frame = reconcile.normalize(reconcile.read(root))
    frame = frame.copy()
    frame.loc[frame.index[::37], "quote"] = "Officials gave no figure."   # unquoted-value, in many topics
    return Claims(project, frame)


def test_a_released_frame_gives_the_same_report_and_is_emptied(generated):
    kept = reconcile.render(reconcile.reconcile(generated, max_findings=7), "json", max_findings=7)
    project, frame = generated
    claims = Claims(project, frame.copy())
    released = reconcile.reconcile(claims, max_findings=7, release=True, parallel=True)
    assert reconcile.render(released, "json", max_findings=7) == kept
    assert claims.frame.columns.empty and len(frame.columns)
