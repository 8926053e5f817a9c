"""The JSON report's findings and estimates written by a forked child while this process writes
the sources and claims (``report.render.iter_json(..., parallel=True)``): the same text, also
when the child fails; a report ``reconcile(..., parallel=True, fork=True)`` made is written so."""
from __future__ import annotations

from pathlib import Path

import pytest

import reconcile
from reconcile.pipeline import render_chunks
from reconcile.report import render
from reconcile.runtime import forking

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def report():
    """The repository's own project (its seed claims), reconciled."""
    return reconcile.reconcile(reconcile.normalize(reconcile.read(ROOT)), max_findings=5)


def _forks(monkeypatch) -> list[int]:
    started: list[int] = []
    original = forking.start

    def counted(write):
        child = original(write)
        started.append(child is not None)
        return child

    monkeypatch.setattr(forking, "start", counted)
    return started


def test_a_forked_child_writes_the_same_json(report, monkeypatch):
    alone = "".join(render.iter_json(report, 5))
    assert report.findings and report.estimates and '"findings": [\n' in alone
    monkeypatch.setattr(render, "FORK_FINDINGS", 1)
    started = _forks(monkeypatch)
    assert "".join(render.iter_json(report, 5, parallel=True)) == alone
    assert started == [True]


def test_a_child_that_fails_has_its_part_written_here(report, monkeypatch):
    alone = "".join(render.iter_json(report, 5))
    monkeypatch.setattr(render, "FORK_FINDINGS", 1)

    def broken(*args, **kwargs):
        raise RuntimeError("the child failed")

    monkeypatch.setattr(forking, "exit_with_parent", broken)   # the child's first step: it fails at once
    assert "".join(render.iter_json(report, 5, parallel=True)) == alone


def test_few_findings_are_written_here(report, monkeypatch):
    started = _forks(monkeypatch)
    "".join(render.iter_json(report, 5, parallel=True))
    assert started == []   # under FORK_FINDINGS


def test_a_report_reconciled_with_forks_is_written_with_a_child(monkeypatch):
    claims = reconcile.normalize(reconcile.read(ROOT))
    monkeypatch.setattr(render, "FORK_FINDINGS", 1)
    started = _forks(monkeypatch)
    alone = reconcile.render(reconcile.reconcile(claims), "json")
    assert "".join(render_chunks(reconcile.reconcile(claims), "json")) == alone
    assert "".join(render_chunks(reconcile.reconcile(claims, parallel=True), "json")) == alone
    assert started == []   # not opted in: helpers are not forks
    helped = reconcile.estimate(reconcile.reconcile(claims, parallel=True, fork=True), "hull")
    assert "".join(render_chunks(helped, "json")) == reconcile.render(helped, "json")
    assert started == [True]
