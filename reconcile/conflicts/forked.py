"""A large project's topics reconciled in two processes: this one and a fork of it.

Topics are independent (SPEC.md §5 relates claims of one topic only), so the topics, in order,
are cut in two: this process reconciles the first ones, a child forked from it the last ones,
both at once. The child reads nothing from a file or a pipe: it is forked once its claims
(``pairs.to_claims``) and its quotes to read (``QuoteChecks.part``) are made, so it shares them
with this process page by page (copy on write), and it touches no frame (no pandas, no Arrow
after the fork: plain Python, the reconciler and the quantity parser). It writes its findings'
words (``dataclasses.replace`` reads each deferred one: a finding's words are a function of its
topic's reconciler, which stays in the child) and hands its findings, stated scopes and counts
back pickled in a temporary file, which this process reads once its own topics are done. The
merged result is ``reconcile_claims``'s: the same findings in the same order with the same
words, the same stated scopes and counts (the child's topics all sort after this process's).

The cut weighs each topic by its claims and the quotes still to be read (the quote check
begun earlier, ``pipeline.read_quotes_ahead``, reads from the last topic back: what it read is
handed on, ``QuoteChecks.harvest``, and not read again), the child taking ``CHILD_SHARE`` of
the weight: it also writes its findings' words, which this process writes for its own when
the report is rendered.

When no process can be forked (no ``os.fork``, one CPU), the child fails or dies, or what it
wrote cannot be read, its topics are reconciled here: never a different result.
"""
from __future__ import annotations

import dataclasses
import pickle
from typing import TYPE_CHECKING, Any

from reconcile.runtime.forking import can_fork, start

if TYPE_CHECKING:
    import pandas as pd

    from reconcile.conflicts.pairs import Reconciled
    from reconcile.conflicts.quotes import QuoteChecks
    from reconcile.model.records import Project

#: below this many claims every topic is reconciled in this process
FORK_FROM = 100_000
#: the child's share of the work (claims plus quotes to read, weighed by ``QUOTE_WEIGHT``)
CHILD_SHARE = 0.5
#: a quote to read weighs as much as this many claims (at 200k desk claims: ~90 us a distinct
#: quote read, ~50 us a claim reconciled and its finding's words written)
QUOTE_WEIGHT = 1.7


def split(weights: list[float], share: float) -> int:
    """Where to cut topics of these weights (in order) so that those from the cut on weigh
    about ``share`` of the total: the first index of the child's topics."""
    total = sum(weights)
    if not weights or total <= 0:
        return len(weights)
    ours, target = 0.0, total * (1 - share)
    for index, weight in enumerate(weights):
        if ours + weight / 2 > target:
            return index
        ours += weight
    return len(weights)


def reconcile_forked(project: "Project", frame: "pd.DataFrame", max_findings: int | None = 0,
                     quotes: "QuoteChecks | None" = None, *, share: float = CHILD_SHARE,
                     fork: bool = True) -> "Reconciled":
    """``reconcile_claims(project, frame, max_findings)``, the last topics reconciled in a
    forked child meanwhile. ``quotes``: the quote check begun earlier for these claims (stopped
    here, what it read handed on). ``fork``: False reconciles the child's topics here (the same
    cut, for tests)."""
    import numpy as np

    from reconcile.conflicts.pairs import Reconciled, gathered, reconcile_topics, to_claims, topic_counts
    from reconcile.conflicts.quotes import QuoteChecks

    known = quotes.harvest() if quotes is not None else {}
    if frame.empty:
        return Reconciled([], {}, {})
    checks = QuoteChecks(frame, project.quantity_config, known=known)
    positions = frame.groupby("topic", sort=False).indices   # topic -> its rows, in the frame's order
    topics = sorted(positions)
    cut = split([len(positions[t]) + QUOTE_WEIGHT * checks.pending(t) for t in topics], share)
    counts = topic_counts(project)

    def claims_of(chosen: list[str]) -> dict:
        if not chosen:
            return {}
        rows = np.sort(np.concatenate([positions[topic] for topic in chosen]))
        return to_claims(frame.iloc[rows], counts)

    theirs, their_quotes = claims_of(topics[cut:]), checks.part(topics[cut:])
    ours, our_quotes = topics[:cut], checks.part(topics[:cut])
    checks.close()

    def their_work() -> "Reconciled":
        return written(gathered(reconcile_topics(project, theirs, their_quotes, max_findings)))

    def their_file(out: Any) -> None:
        pickle.dump(their_work(), out, protocol=pickle.HIGHEST_PROTOCOL)

    child = start(their_file) if fork and theirs and ours and can_fork() else None
    try:
        mine = gathered(reconcile_topics(project, claims_of(ours), our_quotes, max_findings))
        other = child.result() if child is not None else None
        child = None
    finally:
        if child is not None:   # this process failed: the child is stopped
            child.stop()
    if other is None:   # not forked, or the child failed: its topics here
        other = gathered(reconcile_topics(project, theirs, their_quotes, max_findings))
    return Reconciled(mine.findings + other.findings, {**mine.scopes, **other.scopes},
                      {**mine.omitted, **other.omitted})


def written(found: "Reconciled") -> "Reconciled":
    """The findings with their words written (plain data, no reconciler behind them)."""
    from reconcile.conflicts.pairs import Reconciled

    return Reconciled([dataclasses.replace(finding) for finding in found.findings], found.scopes, found.omitted)
