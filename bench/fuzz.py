"""A longer fuzzing run of the readers and the quantity parser:
``python bench/fuzz.py [N] [PYTEST OPTION...]``.

Runs tests/test_fuzz.py with N examples per target (default 1000; the suite runs 50) and
prints, per target, how long it took. Any input that ends in an exception other than
``ReconcileError`` is printed by hypothesis as the smallest example it could find, and the exit
code is not 0. Options after N go to pytest: ``-k claimreview`` runs the targets whose names
say so, ``--hypothesis-seed 7`` repeats a run (each run draws new examples otherwise), ``-x``
stops at the first failing target.
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    given = sys.argv[1:]
    examples = int(given.pop(0)) if given and given[0].isdigit() else 1000
    env = {**os.environ, "RECONCILE_FUZZ_EXAMPLES": str(examples), "PYTHONPATH": str(REPO)}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", str(REPO / "tests" / "test_fuzz.py"), "-q",
                           "-p", "no:cacheprovider", "--durations=0", "--hypothesis-show-statistics", *given],
                          env=env, cwd=REPO)
    print(f"{examples} examples per target: {time.perf_counter() - started:.1f} s in all, "
          f"exit code {done.returncode}")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
