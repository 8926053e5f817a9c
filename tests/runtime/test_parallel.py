"""Work shared with a helper process gives the same results as doing it all here."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import reconcile.runtime.parallel as parallel
from reconcile.claims.build import build_frame
from reconcile.errors import InputError, QuantityError
from reconcile.sources.project import read_project
from tests.conftest import claim

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from synth import generate  # noqa: E402

PARENT = os.getpid()


def squares(items: list) -> list:
    return [x * x for x in items]


def squares_here_only(items: list) -> list:
    """Fails in any process but the test's own: a helper that breaks."""
    if os.getpid() != PARENT:
        raise RuntimeError("helper failed")
    return squares(items)


def thirty_claims(monkeypatch) -> list[dict]:
    """Thirty claims of distinct values, and a helper process from five distinct values on."""
    monkeypatch.setattr(parallel, "SPAWN_FROM", 5)
    return [claim(id=f"c{i}", value=str(100 + i)) for i in range(30)]


needs_two_cpus = pytest.mark.skipif(parallel.usable_cpus() < 2, reason="one usable CPU: no helper process is used")


def _chunked(function, items, **options) -> tuple[bool, list]:
    """Whether a helper took part, and the results of ``start_chunks`` (as build_frame uses it)."""
    with parallel.start_chunks(function, items, **options) as work:
        return work.helped, work.results()


@needs_two_cpus
def test_chunks_give_the_results_in_order_with_a_helper():
    helped, out = _chunked(squares, range(1000), min_items=0, chunks=7)
    assert helped and out == [x * x for x in range(1000)]


@needs_two_cpus
def test_chunks_redo_here_what_a_failing_helper_could_not():
    assert _chunked(squares_here_only, range(500), min_items=0, chunks=5) == (True, squares(list(range(500))))


def test_chunks_work_where_no_process_can_start(monkeypatch):
    import concurrent.futures

    def refuse(*args, **kwargs):
        raise ImportError("This platform lacks a functioning sem_open implementation")
    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", refuse)
    assert _chunked(squares, range(100), min_items=0) == (False, squares(list(range(100))))


def test_small_inputs_stay_in_this_process(monkeypatch):
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", None)  # would fail if used
    assert _chunked(squares, range(10)) == (False, squares(list(range(10))))


@needs_two_cpus
def test_a_parallel_build_gives_the_same_frame(tmp_path, monkeypatch):
    root = generate(tmp_path / "p", 3000)
    _, serial = build_frame(read_project([root]))
    monkeypatch.setattr(parallel, "SPAWN_FROM", 10)
    calls = []
    _, shared = build_frame(read_project([root]), parallel=True, meanwhile=lambda: calls.append(1))
    pd.testing.assert_frame_equal(serial, shared)
    assert calls == [1]


@needs_two_cpus
def test_a_parallel_build_reports_a_bad_value_with_its_place(make_project, monkeypatch):
    claims = thirty_claims(monkeypatch)
    claims[17]["value"] = "lots of them"
    maker = make_project().source("ministry", *claims)
    with pytest.raises(QuantityError) as caught:
        build_frame(read_project([maker.root]), parallel=True)
    assert caught.value.file == "sources/ministry.yaml" and caught.value.field == "value"
    assert "lots of them" in str(caught.value)


def test_without_a_helper_meanwhile_does_not_run(make_project):
    maker = make_project().source("ministry", claim(id="a", value="109"))
    calls = []
    build_frame(read_project([maker.root]), parallel=True, meanwhile=lambda: calls.append(1))
    assert calls == []   # too few values for a helper: the caller imports GX when it needs it


@needs_two_cpus
def test_an_input_error_is_reported_before_an_error_of_the_work_done_meanwhile(make_project, monkeypatch):
    claims = thirty_claims(monkeypatch)
    claims[29]["as_of"] = "2019-13-45"
    maker = make_project().source("ministry", *claims)

    def broken_import():
        raise ImportError("simulated broken Great Expectations")
    with pytest.raises(InputError, match="bad date in as_of"):
        build_frame(read_project([maker.root]), parallel=True, meanwhile=broken_import)
    claims[29]["as_of"] = "2019-03-07"
    maker.source("ministry", *claims)
    with pytest.raises(ImportError, match="simulated"):
        build_frame(read_project([maker.root]), parallel=True, meanwhile=broken_import)


def test_a_script_calling_main_without_a_guard_runs_once(tmp_path):
    """Only the reconcile command spawns a helper: the helper re-imports the main script."""
    root = generate(tmp_path / "p", 300)
    script = tmp_path / "unguarded.py"
    script.write_text(
        "import reconcile.runtime.parallel, reconcile.cli.main, sys\n"
        "reconcile.runtime.parallel.SPAWN_FROM = 1\n"
        "print('script body', flush=True)\n"
        f"try:\n    reconcile.cli.main.main(['validate', {str(root)!r}, '--format', 'json'], standalone_mode=False)\n"
        "except SystemExit:\n    pass\n", encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("script body") == 1


@pytest.mark.parametrize("shared", [False, pytest.param(True, marks=needs_two_cpus)])
def test_a_bad_value_is_reported_before_an_error_in_another_field(make_project, monkeypatch, shared):
    """The other fields are checked while the values are parsed; the order of errors stays: the
    first bad claim in file order, whichever field is wrong (the issue 15 parity check)."""
    claims = thirty_claims(monkeypatch)
    claims[3]["value"] = "lots of them"
    claims[20]["as_of"] = "2019-13-45"
    maker = make_project().source("ministry", *claims)
    with pytest.raises(QuantityError, match="lots of them") as caught:
        build_frame(read_project([maker.root]), parallel=shared)
    assert caught.value.line is not None and caught.value.field == "value"
    claims[3]["value"], claims[3]["as_of"], claims[20]["value"] = "120", "2019-13-45", "lots of them"
    maker.source("ministry", *claims)
    with pytest.raises(InputError, match="bad date in as_of"):  # above the bad value
        build_frame(read_project([maker.root]), parallel=shared)
    claims[3]["as_of"] = "2019-03-07"
    maker.source("ministry", *claims)
    with pytest.raises(QuantityError, match="lots of them"):
        build_frame(read_project([maker.root]), parallel=shared)


def test_chunks_stop_the_helper_when_the_caller_fails(monkeypatch):
    with pytest.raises(RuntimeError, match="caller"):
        with parallel.start_chunks(squares, range(100), min_items=0) as work:
            raise RuntimeError("caller failed")
    assert work.pool is None


@pytest.mark.parametrize("from_end", [True, False])
@pytest.mark.parametrize("helper", [squares, pytest.param(squares_here_only, id="failing-helper")])
@needs_two_cpus
def test_chunks_give_each_slice_asked_for_from_the_front(helper, from_end):
    """The helper works from the last chunk back, or from the first on, while the caller asks
    slice after slice from the front (the quote check, topic by topic): every slice is the same
    as done here."""
    items = list(range(1000))
    bounds = [0, 3, 3, 17, 160, 161, 400, 999, 1000]   # an empty slice, slices across chunks
    with parallel.start_chunks(helper, items, min_items=0, chunks=9, from_end=from_end) as work:
        assert work.helped
        slices = [work.between(start, stop) for start, stop in zip(bounds, bounds[1:])]
    assert slices == [squares(items[start:stop]) for start, stop in zip(bounds, bounds[1:])]


def test_chunks_from_the_end_without_a_helper_work_here(monkeypatch):
    import concurrent.futures

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", None)  # would fail if used
    with parallel.start_chunks(squares, range(10), from_end=True) as work:
        assert not work.helped
        assert work.between(2, 5) + work.between(5, 10) == squares(list(range(2, 10)))
        assert work.results() == squares(list(range(10)))
