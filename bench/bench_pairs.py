"""Time the pair relation on one large topic: 100,000 claims over 1,000 stated scopes.

    python bench/bench_pairs.py                        # 100,000 claims, 1,000 scopes
    python bench/bench_pairs.py --claims 20000 --scopes 200 --disagree 0.02

Scopes are 5 populations x 2 counting rules x 10 places (a country and its regions, so some
nest) x 10 dates of a cumulative count; each claim is one of 300 sources' figure near its
scope's true value (``about N``, a range or ``at least N``), and a share ``--disagree`` of them
is far off, so conflicts exist and grow with the claims (each far-off claim conflicts with
most claims of its scope and of the scopes nested in it). Prints the seconds to relate the claims (findings
by kind: kept, and found but only counted, as ``reconcile report`` does with ``--max-findings``, default
10,000; 0 keeps all) and to render the JSON report; no assertions.
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from collections import Counter

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from reconcile.conflicts.pairs import TopicReconciler  # noqa: E402
from reconcile.model.intervals import ClaimInterval  # noqa: E402
from reconcile.model.records import Finding, Project, Report, Topic  # noqa: E402
from reconcile.model.names import PlaceIndex  # noqa: E402
from reconcile.report.render import render  # noqa: E402

REGIONS = ["CO-NSA", "CO-ANT", "CO-LAG", "CO-NAR", "CO-ARA", "CO-BOY", "CO-CUN", "CO-VAC", "CO-DC"]
PLACES = ["CO"] + REGIONS
#: population -> its share of the count (the wider population counts more)
POPULATIONS = {("police", "soldiers"): 1.0, ("soldiers",): 0.6, ("police",): 0.3, ("civilians",): 2.0,
               ("officers",): 0.1}
CRITERIA = {"crossed": 1.0, "registered": 0.7}


def make_claims(n: int, n_scopes: int, disagree: float, seed: int = 3) -> list[ClaimInterval]:
    """Claims whose true values are consistent (a country above its regions, a wider population
    above a narrower one, a cumulative count growing); each source's figure is near the truth,
    and a share ``disagree`` of them is far off."""
    rng = random.Random(seed)
    days = max(1, n_scopes // (len(POPULATIONS) * len(CRITERIA) * len(PLACES)))
    region_base = {place: rng.randint(100, 5_000) for place in REGIONS}
    scopes = []
    truth = {}
    for population, share in POPULATIONS.items():
        for criterion, rate in CRITERIA.items():
            for place in PLACES:
                base = sum(region_base.values()) if place == "CO" else region_base[place]
                for day in range(days):
                    scope = (population, criterion, place, f"2019-03-{day + 1:02d}")
                    scopes.append(scope)
                    truth[scope] = base * share * rate * (1 + day)
    scopes = scopes[:n_scopes]
    out = []
    for i in range(n):
        scope = scopes[i % len(scopes)]
        value = truth[scope] * (rng.uniform(0.05, 0.5) if rng.random() < disagree else rng.uniform(0.98, 1.02))
        kind = rng.random()
        if kind < 0.5:      # about N
            lo, hi = value * 0.9, value * 1.1
        elif kind < 0.9:    # a range
            lo, hi = value * 0.95, value * 1.05
        else:               # at least N
            lo, hi = value * 0.9, float("inf")
        out.append(ClaimInterval(id=f"c{i:06d}", source=f"s{rng.randrange(300):03d}", text=f"about {round(value)}",
                                 lower=lo, upper=hi,
                     lower_inclusive=True, upper_inclusive=hi != float("inf"), population=scope[0], criterion=scope[1],
                     place=scope[2], as_of=scope[3], cites=None, part_of=None, complete=False, stated_on=scope[3]))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--scopes", type=int, default=1_000)
    parser.add_argument("--disagree", type=float, default=0.01)
    parser.add_argument("--max-findings", type=int, default=10_000)
    args = parser.parse_args()
    claims = make_claims(args.claims, args.scopes, args.disagree)
    topic = Topic("big", "One large topic", unit="people", cumulative=True)
    project = Project(root=".", topics={"big": topic})
    scopes = len({c.scope for c in claims})
    start, cpu = time.perf_counter(), time.process_time()
    reconciler = TopicReconciler(topic, claims, project, PlaceIndex(), max_findings=args.max_findings)
    findings = reconciler.run()
    related, related_cpu = time.perf_counter() - start, time.process_time() - cpu
    kinds = Counter(f.kind for f in findings)
    found = len(findings) + sum(reconciler.omitted.values())
    print(f"{len(claims):,} claims, {scopes:,} stated scopes: related in {related:.1f} s ({related_cpu:.1f} s CPU), "
          f"{found:,} findings, {len(findings):,} kept (--max-findings {args.max_findings:,})")
    for kind in sorted(set(kinds) | set(reconciler.omitted)):
        print(f"  {kind:24} {kinds.get(kind, 0):>10,} kept {reconciler.omitted.get(kind, 0):>12,} counted")
    report = Report(claims=(), findings=tuple(sorted(findings, key=Finding.sort_key)), sources={},
                    topics={"big": topic}, omitted={"big": reconciler.omitted})
    start, cpu = time.perf_counter(), time.process_time()
    out = render(report, "json", max_findings=args.max_findings)
    print(f"JSON: {time.perf_counter() - start:.1f} s ({time.process_time() - cpu:.1f} s CPU), "
          f"{len(out) / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
