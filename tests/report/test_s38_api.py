"""Session 38: the Python API as a new user called it (SPEC §6: run(paths, format, **options), "as reconcile
report does"; bad arguments raise TypeError or ValueError with a clear message)."""
from __future__ import annotations

import pytest

import reconcile
from conftest import claim


@pytest.fixture()
def project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", place="CO", value=500))
    maker.source("b", claim(id="b1", place="CO", value=109))
    return maker.root


def test_run_takes_the_commands_no_color_fail_on_and_engine(project):
    plain = reconcile.run(project, "text", no_validate=True, color=False)
    assert reconcile.run(project, "text", no_validate=True, no_color=True, fail_on="never", engine="pandas") == plain
    assert "\x1b[" not in plain


@pytest.mark.parametrize("options, error", [
    ({"fail_on": "sometimes"}, ValueError), ({"engine": "spark"}, ValueError), ({"no_color": "yes"}, TypeError),
])
def test_run_checks_the_commands_options(project, options, error):
    with pytest.raises(error):
        reconcile.run(project, "text", **options)


@pytest.mark.parametrize("paths", [{"sources": True}, {"source": {"id": "a", "name": "A"}}])
def test_a_dict_is_no_paths(paths):
    with pytest.raises(TypeError, match="not dict"):
        reconcile.read(paths)


def test_a_dataframe_is_no_paths():
    import pandas as pd
    with pytest.raises(TypeError, match="not DataFrame"):
        reconcile.run(pd.DataFrame({"source": ["a"], "topic": ["t"], "value": [5]}))
