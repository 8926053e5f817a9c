"""A large project's last topics reconciled in a forked child (``conflicts.forked``): the result
is ``reconcile_claims``'s, finding for finding (order, words, scopes), stated scope for stated
scope, count for count, whichever process reconciled a topic, whatever quotes were read before,
and when the child fails."""
from __future__ import annotations

import json

import pytest
import test_cores

import reconcile
from reconcile import Claims
from reconcile.conflicts import forked, quotes, reconcile_claims
from reconcile.conflicts.quotes import QuoteChecks

generated = test_cores.generated   # the project test_cores generates (a fixture)
_same = test_cores._same


def _words_written(finding) -> bool:
    """Whether a finding's words were written (the child's) rather than deferred (this process's)."""
    return not callable(finding.__dict__["_explanation"])


@pytest.mark.parametrize("max_findings", [0, 7])
def test_topics_shared_with_a_forked_child_give_what_one_process_gives(generated, max_findings):
    project, frame = generated
    alone = reconcile_claims(project, frame, max_findings)
    assert any(f.kind == "unquoted-value" for f in alone.findings)   # the quote check is exercised
    shared = forked.reconcile_forked(project, frame, max_findings)
    _same(alone, shared)
    # this process's findings may hold deferred words, the child's never: the child's topics are the last ones
    deferred = [n for n, f in enumerate(shared.findings) if not _words_written(f)]
    assert deferred and shared.findings[deferred[-1]].topic < shared.findings[-1].topic


def test_quotes_read_before_are_handed_on_not_read_again(generated, monkeypatch):
    project, frame = generated
    alone = reconcile_claims(project, frame, 7)
    begun = QuoteChecks(frame, project.quantity_config)
    begun.of(begun.topics[0])   # without a helper, the first question reads every quote

    def unread(items, config):
        assert not items, "a quote read again"
        return []

    monkeypatch.setattr(quotes, "quote_languages", unread)
    _same(alone, forked.reconcile_forked(project, frame, 7, begun, fork=False))
    assert begun.spans == {}  # the check begun before is stopped and let go of


def test_a_child_that_fails_has_its_topics_reconciled_here(generated, monkeypatch):
    project, frame = generated

    def broken(found):
        raise RuntimeError("the child failed")

    monkeypatch.setattr(forked, "written", broken)   # the child writes its words with it, and fails
    shared = forked.reconcile_forked(project, frame, 7)
    alone = reconcile_claims(project, frame, 7)
    _same(alone, shared)
    # every topic reconciled here: the words deferred where one process defers them
    assert [_words_written(f) for f in shared.findings] == [_words_written(f) for f in alone.findings]


def test_the_report_is_the_same_with_a_forked_child(generated, monkeypatch):
    one = reconcile.render(reconcile.reconcile(generated, max_findings=7), "json", max_findings=7)
    monkeypatch.setattr(forked, "FORK_FROM", 1)
    project, frame = generated
    claims = Claims(project, frame.copy())
    helped = reconcile.reconcile(generated, max_findings=7, parallel=True)   # helpers, not a fork: all here
    alone = reconcile.reconcile(generated, max_findings=7)
    assert [_words_written(f) for f in helped.findings] == [_words_written(f) for f in alone.findings]
    two = reconcile.reconcile(claims, max_findings=7, parallel=True, release=True, fork=True)
    assert [_words_written(f) for f in two.findings] != [_words_written(f) for f in alone.findings]   # a child's
    assert reconcile.render(two, "json", max_findings=7) == one and json.loads(one)["findings"]
    assert claims.frame.columns.empty   # released, as without a child


def test_the_cut_gives_the_child_its_share_of_the_weight_in_order():
    assert forked.split([1, 1, 1, 1], 0.5) == 2
    assert forked.split([10, 1, 1, 1, 1], 0.5) == 1   # the heavy first topic is this process's
    assert forked.split([1, 1, 1, 1, 10], 0.5) == 4   # the heavy last one is the child's
    assert forked.split([1, 1, 1, 1], 0.25) == 3
    assert forked.split([], 0.5) == 0
