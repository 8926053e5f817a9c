"""The reconciling stage without the quote check, on a project, by CPU time.

    python bench/bench_reconcile_stage.py PROJECT [--repeat 3] [--profile out.prof]

Reads and normalizes the project, then runs ``reconcile.pipeline.reconcile`` as the command does
(``release=True``), its quote check found empty (the command reads quotes in a helper process:
another stage's cost), ``--repeat`` times (the project read again each time, as ``release``
empties the claims), printing the CPU seconds (``time.process_time``) of the stage, of its
parts, and a digest of the JSON report, so that two versions of the code can be compared on the
same claims. Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import os
import sys
import time
from collections import Counter
from typing import Any, Callable

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

import reconcile  # noqa: E402
import reconcile.estimates  # noqa: E402
from reconcile import pipeline  # noqa: E402
from reconcile.conflicts import pairs  # noqa: E402

PARTS = Counter[str]()


class NoQuotes:
    """A quote check that finds nothing."""

    def __init__(self, *args: Any, **options: Any) -> None:
        pass

    def of(self, topic: str) -> dict:
        return {}

    def __enter__(self) -> "NoQuotes":
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def timed(owner: Any, name: str) -> None:
    """``owner.name`` with its CPU seconds added up in ``PARTS``."""
    function: Callable[..., Any] = getattr(owner, name)

    def run(*args: Any, **options: Any) -> Any:
        start = time.process_time()
        try:
            return function(*args, **options)
        finally:
            PARTS[name] += time.process_time() - start

    setattr(owner, name, run)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", help="cProfile the first run (CPU time) into this file")
    args = parser.parse_args()
    pairs.QuoteChecks = NoQuotes  # type: ignore[assignment,misc]
    for owner, name in ((pipeline, "claim_records"), (pipeline, "_release"), (pairs, "to_claims"),
                        (pairs, "gathered"), (reconcile.estimates, "estimate_report")):
        timed(owner, name)
    best: dict[str, float] = {}
    for n in range(args.repeat):
        claims = reconcile.normalize(reconcile.read(args.project))
        PARTS.clear()
        profile = cProfile.Profile(time.process_time) if args.profile and n == 0 else None
        if profile:
            profile.enable()
        start = time.process_time()
        report = pipeline.reconcile(claims, None, release=True)
        PARTS["stage"] = time.process_time() - start
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        best = {k: min(best.get(k, v), v) for k, v in PARTS.items()}
        print(f"run {n}: " + "  ".join(f"{k} {v:.2f}" for k, v in PARTS.items()), flush=True)
    digest = hashlib.sha256(json.dumps(report.to_dict(), sort_keys=True, default=str).encode()).hexdigest()[:16]
    print("best:   " + "  ".join(f"{k} {v:.2f}" for k, v in best.items()) + f"  (CPU s; report digest {digest})")


if __name__ == "__main__":
    main()
