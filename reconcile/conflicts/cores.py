"""A large project's topics reconciled on two cores: this process and one helper process.

Topics are independent (SPEC.md §5 relates claims of one topic only), so the topics, in order,
are cut into runs of whole topics (``RUN_CLAIMS`` claims or so); the helper takes runs from the
last one back while this process reconciles them from the first on, and the two meet
somewhere, both busy until then (as ``runtime.parallel.Chunks.between``). A run this process
reconciles keeps its findings' words deferred, as ``reconcile_claims`` does; a run the helper
reconciles comes back with them written (``dataclasses.replace`` reads each one: a finding's
words are a function of its topic's reconciler, which stays in the helper), as the Spark
engine's executors return theirs. The merged result is ``reconcile_claims``'s: the same
findings in the same order with the same words, the same stated scopes and counts.

The quote check (unquoted-value) begun earlier in a helper (``pipeline.read_quotes_ahead``) is
stopped when this begins, and what it read is handed on (``QuoteChecks.harvest``): each run
reads only the quotes no one has read yet, in whichever process reconciles it.

A caller opts in (``reconcile(claims, parallel=True, share_topics=True)``; the command line
does not: measured on two cores shared with other work, 1M desk json, it cost 38 s more CPU and
34 s more wall than reconciling in one process, the helper's start, pickling and written words
outweighing a core it seldom had to itself); below ``SPLIT_FROM`` claims, or with one CPU, or
when no process can be started, every topic is reconciled here.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from reconcile.conflicts.pairs import Reconciled
    from reconcile.conflicts.quotes import QuoteChecks
    from reconcile.model.records import Project

#: claims per run of whole topics (a topic is never split): fine enough that neither process
#: waits long for the other at the end, coarse enough that a run's hand-over is small beside its work
RUN_CLAIMS = 20_000
#: below this many claims every topic is reconciled in this process (starting a helper and
#: importing the reconciler there is about a second of CPU)
SPLIT_FROM = 100_000
#: the claim columns a reconciler reads (``pairs.to_claims``, ``quotes.QuoteChecks``)
COLUMNS = ("id", "source", "topic", "text", "lower", "upper", "lower_inclusive", "upper_inclusive", "population",
           "criterion", "place", "as_of", "cites", "part_of", "complete", "stated_on", "via", "lang", "quote")


def reconcile_run(project: "Project", frame: "pd.DataFrame", max_findings: int | None,
                  known: dict[str, str | None]) -> "Reconciled":
    """A run of topics reconciled in the helper: ``reconcile_claims`` on its claims, the
    quotes in ``known`` not read again, each finding's words and scopes written (plain data).
    The cyclic collector is paused meanwhile, as in the command's own process (``gcpause``),
    and runs once after, on the youngest objects only (everything the run made: its reconcilers
    and their findings' deferred words hold cycles)."""
    import gc

    from reconcile.conflicts.pairs import Reconciled, reconcile_claims
    from reconcile.conflicts.quotes import QuoteChecks
    from reconcile.runtime.gcpause import gc_paused

    with gc_paused():
        found = reconcile_claims(project, frame, max_findings,
                                 quotes=QuoteChecks(frame, project.quantity_config, known=known))
        written = Reconciled([dataclasses.replace(finding) for finding in found.findings], found.scopes,
                             found.omitted)
        del found
    gc.collect(0)
    return written


def _run_here(project: "Project", frame: "pd.DataFrame", max_findings: int | None,
              known: dict[str, str | None]) -> "Reconciled":
    """A run of topics reconciled in this process: the words stay deferred, as in one process."""
    from reconcile.conflicts.pairs import reconcile_claims
    from reconcile.conflicts.quotes import QuoteChecks

    return reconcile_claims(project, frame, max_findings,
                            quotes=QuoteChecks(frame, project.quantity_config, known=known))


def runs_of(sizes: list[tuple[str, int]], run_claims: int = RUN_CLAIMS) -> list[list[str]]:
    """Topics (in order, each with its claims) cut into runs of about ``run_claims`` claims."""
    runs: list[list[str]] = []
    current: list[str] = []
    count = 0
    for topic, n in sizes:
        current.append(topic)
        count += n
        if count >= run_claims:
            runs.append(current)
            current, count = [], 0
    if current:
        runs.append(current)
    return runs


def reconcile_on_cores(project: "Project", frame: "pd.DataFrame", max_findings: int | None = 0,
                       quotes: "QuoteChecks | None" = None, *, run_claims: int | None = None,
                       helper: bool = True) -> "Reconciled":
    """``reconcile_claims(project, frame, max_findings)``, its topics shared with a helper
    process. ``quotes``: the quote check begun earlier for these claims (stopped here, what it
    read handed on). ``run_claims``: claims per run (``RUN_CLAIMS``). ``helper``: False
    reconciles every run here (the same cut, for tests)."""
    import numpy as np

    from reconcile.conflicts.pairs import Reconciled
    from reconcile.model.records import Finding

    known = quotes.harvest() if quotes is not None else {}
    if frame.empty:
        return Reconciled([], {}, {})
    positions = frame.groupby("topic", sort=False).indices   # topic -> its rows, in the frame's order
    topics = sorted(positions)
    runs = runs_of([(topic, len(positions[topic])) for topic in topics], run_claims or RUN_CLAIMS)
    columns = [c for c in COLUMNS if c in frame.columns]
    light = dataclasses.replace(project, raw=None)

    def payload(n: int) -> tuple:
        run = runs[n]
        rows = np.sort(np.concatenate([positions[topic] for topic in run]))
        part = frame.iloc[rows][columns].reset_index(drop=True)
        run_known = {cid: known[cid] for cid in part["id"].tolist() if cid in known} if known else {}
        return (dataclasses.replace(light, topics={t: project.topics[t] for t in run if t in project.topics}),
                part, max_findings, run_known)

    results: list[Reconciled | None] = [None] * len(runs)
    pool = _pool() if helper and len(runs) > 1 else None
    first, last = 0, len(runs)          # runs first..last-1 not yet begun by either process
    pending: list[tuple[int, Any]] = []  # (run, future) handed to the helper, the latest last
    try:
        while first < last or pending:
            while pool is not None and len(pending) < 2 and first < last:   # keep the helper busy
                last -= 1
                try:
                    pending.append((last, pool.submit(reconcile_run, *payload(last))))
                except Exception:  # the helper is gone: the rest here
                    last += 1
                    _close(pool)
                    pool = None
            for n, future in [p for p in pending if p[1].done()] or ([] if first < last else pending[:1]):
                pending.remove((n, future))
                try:
                    results[n] = future.result()
                except Exception:  # the helper died or could not unpickle: redo it here
                    results[n] = _run_here(*payload(n))
            if first < last:
                results[first] = _run_here(*payload(first))
                first += 1
    finally:
        _close(pool)
    findings: list[Finding] = []
    scopes: dict[str, list] = {}
    omitted: dict[str, dict[str, int]] = {}
    for result in results:
        assert result is not None
        findings.extend(result.findings)
        scopes.update(result.scopes)
        omitted.update(result.omitted)
    return Reconciled(sorted(findings, key=Finding.sort_key), scopes, omitted)


def _pool() -> Any:
    """One spawned helper process, or None when none can be started (then all runs are here)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from reconcile.runtime.parallel import exit_with_parent, usable_cpus

    if usable_cpus() < 2:
        return None
    try:
        return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=exit_with_parent)
    except Exception:  # no processes or semaphores here (a sandbox)
        return None


def _close(pool: Any) -> None:
    if pool is not None:
        pool.shutdown(wait=False, cancel_futures=True)
