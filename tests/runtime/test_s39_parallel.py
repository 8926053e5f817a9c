"""Session 39: a caller that asks for the chunks from the front, faster than the helper that works ahead of it
(the quote check of a million claims), had caught up with the helper and then only waited: the pool queues the
chunk after the one it runs, so the caller never found one it could take. While it waits it now does the last
chunks the helper has not begun."""
from __future__ import annotations

import os
import time

import reconcile.runtime.parallel as parallel
from tests.runtime.test_parallel import needs_two_cpus

PARENT = os.getpid()


def slow_in_the_helper(items: list) -> list:
    """Squares; slow in any process but the test's own, as a helper busy with a long chunk is."""
    if os.getpid() != PARENT:
        time.sleep(0.4)
    return [x * x for x in items]


@needs_two_cpus
def test_a_caller_waiting_for_the_helper_does_the_last_chunks_meanwhile():
    with parallel.start_chunks(slow_in_the_helper, range(80), min_items=0, chunks=8) as work:
        size = len(work.pieces[0])
        assert work.between(0, size) == [x * x for x in range(size)]     # waits for the helper's first chunk
        taken = [future.cancelled() for future in work.futures]
        assert taken[-1] and not taken[0]                                # the last, done here meanwhile
        assert work.between(0, 80) == [x * x for x in range(80)]         # every result, in order, once
