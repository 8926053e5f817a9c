"""CPU-heavy work shared between this process and one spawned helper process.

Normalizing a large project spends much of its time parsing the distinct stated values, pure
work that needs nothing else; meanwhile the same command has other work of its own to do (the
other checks of every claim, and for ``reconcile validate`` the import of Great Expectations,
about two seconds). ``start_chunks`` cuts the items into chunks and queues them for a helper
process at once; the caller goes on with its own work, then ``Chunks.results()`` takes the
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


def exit_with_parent(parent: int | None = None, poll: float = 0.5) -> None:
    """A worker process's initializer: the worker ends when the process that started it is
    gone. A pool's idle workers wait on a pipe whose other end they hold themselves, so when
    the main process is killed (SIGKILL, the OOM killer) they would wait forever. Ctrl-C is the
    main process's to handle (it stops the pool); SIGTERM and SIGHUP end a worker at once.

    ``parent``: the pid of the process that starts the pool, read there (``worker_pool`` passes
    it). Read here instead, a worker that begins after its parent was killed (a spawned one
    imports for a second or more on a loaded machine) takes its new parent for its own and
    waits forever, holding the pipes of whoever ran the command."""
    import signal
    import threading
    import time

    if parent is None:
        parent = os.getppid()
    if os.getppid() != parent:   # gone before this worker began
        os._exit(1)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def worker_pool(max_workers: int, mp_context: Any = None) -> Any:
    """A ``ProcessPoolExecutor`` whose workers end with this process (``exit_with_parent``)."""
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=max_workers, mp_context=mp_context, initializer=exit_with_parent,
                               initargs=(os.getpid(),))


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity, e.g. a container's), not the machine's."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS, Windows
        return os.cpu_count() or 1


class Chunks:
    """``function(items)`` under way: in a helper process when ``helped``, else not yet begun
    (``results()`` then does it all here). Use as a context manager, or call ``close()``, so
    that an error on the caller's side stops the helper."""

    def __init__(self, function: Callable[[list], list], items: list, pool: Any = None,
                 pieces: list[list] | None = None, futures: list | None = None, from_end: bool = False) -> None:
        self.function = function
        self.items = items
        self.pool = pool
        self.pieces = pieces or []
        self.futures = futures or []
        #: the helper works from the last chunk back; ``between`` takes the results from the front
        self.from_end = from_end
        self._done: list[list | None] = [None] * len(self.pieces)
        self._all: list | None = None

    @property
    def helped(self) -> bool:
        return self.pool is not None

    def results(self) -> list:
        """The results in order; waits for the helper's chunks, does the rest here."""
        if self.pool is None:
            return self.function(self.items)
        if self.from_end:
            try:
                return self.between(0, len(self.items))
            finally:
                self.close()
        pieces, futures = self.pieces, self.futures
        results: list[list | None] = [None] * len(pieces)
        try:
            # the helper works from the first chunk on; take the last ones it has not begun
            for index in reversed(range(len(pieces))):
                if not futures[index].cancel():
                    break
                results[index] = self.function(pieces[index])
            for index, future in enumerate(futures):
                if results[index] is None:
                    try:
                        results[index] = future.result()
                    except Exception:  # the helper died or could not unpickle: redo it here
                        results[index] = self.function(pieces[index])
        finally:
            self.close()
        return [result for piece in results for result in piece]  # type: ignore[union-attr]

    def between(self, start: int, stop: int) -> list:
        """The results of ``items[start:stop]``, in order, as soon as they are known: of the
        chunks that hold them, those the helper has done or is doing are taken from it (waiting
        if need be), those it has not begun are done here (and withdrawn from it). Meant for a
        caller that asks from the front while the helper works from the end (``from_end``): the
        two meet somewhere, both busy until then; or while the helper works ahead of it from the
        front (begun earlier, as the quote check is). Without a helper, everything is done here
        at the first call."""
        if self.pool is None and not any(piece is not None for piece in self._done):
            if self._all is None:
                self._all = self.function(self.items)
            return self._all[start:stop]
        size = len(self.pieces[0]) if self.pieces else 1
        out: list = []
        for index in range(start // size, -(-stop // size) if stop > start else start // size):
            done = self._done[index]
            if done is None:
                done = self._done[index] = self._piece(index)
            first = index * size
            out.extend(done[max(start - first, 0):stop - first])
        return out

    def _piece(self, index: int) -> list:
        """One chunk's results: the helper's if it has begun it, else done here. While the helper
        is still at it, the last chunks it has not begun are done here meanwhile: a caller that
        works faster than the helper had caught up with it and then only waited (the pool queues
        the chunk after the one it runs, so the caller never found one it could take), which left
        the quote check of a million claims to the helper alone."""
        future = self.futures[index] if self.pool is not None else None
        if future is None or future.cancel():
            return self.function(self.pieces[index])
        while not future.done() and self._take_last(index):
            pass
        try:
            return future.result()
        except Exception:  # the helper died or could not unpickle: redo it here
            return self.function(self.pieces[index])

    def _take_last(self, after: int) -> bool:
        """Do here the last chunk after ``after`` that the helper has not begun (withdrawn from
        it), keeping its results; False when there is none."""
        for index in range(len(self.pieces) - 1, after, -1):
            if self._done[index] is not None:
                continue
            if not self.futures[index].cancel():
                return False   # the helper has begun it, and so every one before it
            self._done[index] = self.function(self.pieces[index])
            return True
        return False

    def close(self) -> None:
        """Stop the helper without waiting: its exit (a few tenths of a second) overlaps our work."""
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def release(self) -> None:
        """``close``, and let go of the items and the results: nothing more can be asked."""
        self.close()
        self.items, self.pieces, self.futures, self._done, self._all = [], [], [], [], None

    def __enter__(self) -> "Chunks":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def start_chunks(function: Callable[[list], list], items: Sequence[Any], *, min_items: int | None = None,
                 chunks: int = 16, from_end: bool = False) -> Chunks:
    """Queue ``function`` over ``items`` for a helper process, in chunks, and return at once.

    ``function`` maps a list to a list of the same length and must be picklable (a module-level
    function or a ``functools.partial`` of one). With too few items, one CPU or no way to start
    a process, nothing is queued: ``results()`` computes it all in this process.
    ``from_end``: the chunks are queued last first, for a caller that takes the results from
    the front as it needs them (``Chunks.between``), doing its own work meanwhile.
    """
    items = list(items)
    if len(items) < max(SPAWN_FROM if min_items is None else min_items, 1) or usable_cpus() < 2:
        return Chunks(function, items)
    import multiprocessing

    size = -(-len(items) // chunks)
    pieces = [items[start:start + size] for start in range(0, len(items), size)]
    pool = None
    try:
        pool = worker_pool(1, multiprocessing.get_context("spawn"))
        order = range(len(pieces) - 1, -1, -1) if from_end else range(len(pieces))
        submitted = {index: pool.submit(function, pieces[index]) for index in order}
        futures = [submitted[index] for index in range(len(pieces))]
    except Exception:  # no processes or semaphores here (a sandbox): do it all in this one
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
        return Chunks(function, items)
    return Chunks(function, items, pool, pieces, futures, from_end)

