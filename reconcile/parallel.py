"""CPU-heavy work shared between this process and one spawned helper process.

Normalizing a large project spends most of its time parsing the distinct stated values, pure
work that needs nothing else; meanwhile the same command has other work of its own to do
(``reconcile validate`` imports Great Expectations, about two seconds). ``map_chunks`` cuts the
items into chunks, queues them for a helper process, runs ``meanwhile`` here, then takes the
chunks the helper has not started, from the end, so both processes stay busy whichever is
faster. The results are the same as ``function(items)`` in order, only sooner.

The helper is spawned, not forked (this process may have threads: the progress bar), so it
imports the module that defines ``function``; a script that calls this must guard its entry
point with ``if __name__ == "__main__"``, which is why only the command line opts in. When no
helper can be started, or it fails, the work is done here: never a different result.
"""
from __future__ import annotations

import os
from typing import Any, Callable, Sequence

#: below this many items a helper process (about 0.3 s to start) is not worth it
SPAWN_FROM = 20_000


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity, e.g. a container's), not the machine's."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


def map_chunks(function: Callable[[list], list], items: Sequence[Any], *,
               meanwhile: Callable[[], Any] | None = None, min_items: int | None = None,
               chunks: int = 16) -> list:
    """``function(list(items))``, computed in chunks by this process and a helper process.

    ``function`` maps a list to a list of the same length and must be picklable (a module-level
    function or a ``functools.partial`` of one). ``meanwhile`` runs in this process once while
    the helper starts working, and only then: with too few items, one CPU or no helper, it does
    not run (the caller does that work when it needs it).
    """
    items = list(items)
    if len(items) < max(SPAWN_FROM if min_items is None else min_items, 1) or usable_cpus() < 2:
        return function(items)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    size = -(-len(items) // chunks)
    pieces = [items[start:start + size] for start in range(0, len(items), size)]
    results: list[list | None] = [None] * len(pieces)
    pool = None
    try:
        pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        futures = [pool.submit(function, piece) for piece in pieces]
    except Exception:  # no processes or semaphores here (a sandbox): do it all in this one
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        return function(items)
    try:
        if meanwhile is not None:
            meanwhile()
        # the helper works from the first chunk on; take the last ones it has not begun
        for index in reversed(range(len(pieces))):
            if not futures[index].cancel():
                break
            results[index] = function(pieces[index])
        for index, future in enumerate(futures):
            if results[index] is None:
                try:
                    results[index] = future.result()
                except Exception:  # the helper died or could not unpickle: redo it here
                    results[index] = function(pieces[index])
    finally:  # without waiting: the helper's exit (a few tenths of a second) overlaps our work
        pool.shutdown(wait=False, cancel_futures=True)
    return [result for piece in results for result in piece]  # type: ignore[union-attr]
