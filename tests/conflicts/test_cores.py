"""A large project's topics shared with a helper process (``conflicts.cores``): the result is
``reconcile_claims``'s, finding for finding (order, words, scopes), stated scope for stated scope,
count for count, whoever reconciled each run of topics and whatever quotes were read before."""
from __future__ import annotations

import importlib.util
import json
from concurrent.futures import Future
from pathlib import Path

import pytest

import reconcile
from reconcile import Claims
from reconcile.conflicts import cores, quotes, reconcile_claims
from reconcile.conflicts.quotes import QuoteChecks


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("synth", Path(__file__).resolve().parents[2] / "bench" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    root = synth.generate(tmp_path_factory.mktemp("cores"), 3_000, big_topic=400, seed=5, profile="desk")
    project, frame = reconcile.normalize(reconcile.read(root))
    frame = frame.copy()
    frame.loc[frame.index[::37], "quote"] = "Officials gave no figure."   # unquoted-value, in many topics
    return Claims(project, frame)


def _same(first, second) -> None:
    assert [f.to_dict() for f in first.findings] == [f.to_dict() for f in second.findings]
    assert list(first.scopes) == list(second.scopes) and first.scopes == second.scopes
    assert list(first.omitted) == list(second.omitted) and first.omitted == second.omitted


@pytest.mark.parametrize("max_findings", [0, 7])
def test_topics_shared_with_a_helper_give_what_one_process_gives(generated, max_findings, monkeypatch):
    project, frame = generated
    alone = reconcile_claims(project, frame, max_findings)
    assert any(f.kind == "unquoted-value" for f in alone.findings)   # the quote check is exercised
    here: list[int] = []
    run_here = cores._run_here

    def counted(*args):
        here.append(1)
        return run_here(*args)

    monkeypatch.setattr(cores, "_run_here", counted)
    shared = cores.reconcile_on_cores(project, frame, max_findings, run_claims=400)
    runs = len(cores.runs_of(sorted(frame["topic"].value_counts().items()), 400))
    assert 0 < len(here) < runs   # both processes reconciled runs
    _same(alone, shared)


def test_quotes_read_before_are_handed_on_not_read_again(generated, monkeypatch):
    project, frame = generated
    alone = reconcile_claims(project, frame, 7)
    begun = QuoteChecks(frame, project.quantity_config)
    topics = begun.topics
    begun.of(topics[0])   # without a helper, the first question reads every quote
    read: list[int] = []
    original = quotes.quote_languages

    def counting(items, config):
        read.append(len(items))
        return original(items, config)

    monkeypatch.setattr(quotes, "quote_languages", counting)
    _same(alone, cores.reconcile_on_cores(project, frame, 7, begun, run_claims=400, helper=False))
    assert sum(read) == 0   # every quote was known
    assert begun.spans == {}  # the check begun before is stopped and let go of


class _Failing:
    """An executor whose every task fails, as a helper that died would."""

    def submit(self, *args, **kwargs):
        future: Future = Future()
        future.set_exception(RuntimeError("the helper died"))
        return future

    def shutdown(self, **kwargs):
        pass


def test_runs_a_failing_helper_could_not_reconcile_are_redone_here(generated, monkeypatch):
    project, frame = generated
    monkeypatch.setattr(cores, "_pool", lambda: _Failing())
    _same(reconcile_claims(project, frame, 7), cores.reconcile_on_cores(project, frame, 7, run_claims=400))


def test_the_report_is_the_same_with_the_topics_on_two_cores(generated, monkeypatch):
    one = reconcile.render(reconcile.reconcile(generated, max_findings=7), "json", max_findings=7)
    monkeypatch.setattr(cores, "SPLIT_FROM", 1)
    monkeypatch.setattr(cores, "RUN_CLAIMS", 400)
    two = reconcile.render(reconcile.reconcile(generated, max_findings=7, parallel=True, share_topics=True), "json",
                           max_findings=7)
    assert one == two and json.loads(two)["findings"]


def test_topics_stay_here_when_not_shared(generated, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("topics shared")

    monkeypatch.setattr(cores, "SPLIT_FROM", 1)
    monkeypatch.setattr(cores, "reconcile_on_cores", refuse)
    assert reconcile.reconcile(generated, max_findings=7, parallel=True).findings   # by default
    with pytest.raises(AssertionError, match="topics shared"):
        reconcile.reconcile(generated, max_findings=7, parallel=True, share_topics=True)


def test_a_released_frame_gives_the_same_report_and_is_emptied(generated):
    kept = reconcile.render(reconcile.reconcile(generated, max_findings=7), "json", max_findings=7)
    project, frame = generated
    claims = Claims(project, frame.copy())
    released = reconcile.reconcile(claims, max_findings=7, release=True)
    assert reconcile.render(released, "json", max_findings=7) == kept
    assert claims.frame.columns.empty and len(frame.columns)


def test_runs_are_whole_topics_in_order():
    sizes = [("a", 5), ("b", 30), ("c", 1), ("d", 1), ("e", 12)]
    assert cores.runs_of(sizes, 10) == [["a", "b"], ["c", "d", "e"]]
    assert cores.runs_of(sizes, 1000) == [["a", "b", "c", "d", "e"]]
    assert cores.runs_of([], 10) == []
