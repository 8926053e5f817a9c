"""Truth discovery measured: real flight data with ground truth, and a synthetic scale test.

    python bench/bench_estimates.py                    # flights: each method beside the baselines
    python bench/bench_estimates.py --api              # ... and reconcile's four methods as a user runs them
    python bench/bench_estimates.py --flights DIR      # the data set elsewhere
    python bench/bench_estimates.py --synthetic        # 100,000 sources, 1,000,000 figures
    python bench/bench_estimates.py --synthetic --sources 10000 --figures 100000

Flights (benchmarks/truth-flights, README there): 38 web sites state 4 times of 100 flights,
400 objects; times become minutes after midnight. A point estimate is right when it rounds
(half up) to the true minute count; MAE is in minutes. The baselines are computed here, on the
same claims: majority vote (the most frequent minute count, the smallest on a tie), median and
mean. No method sees the truth; it is read only to score.

Synthetic: the simulation of the truth-discovery papers at scale. Objects in topics whose
scales range over six orders of magnitude; sources with a long tail of claim counts and a known
error (a multiple of their topic's scale); points, "about" ranges and open bounds. Prints the
seconds of `discover`, how well the reliabilities rank the sources (Spearman against the true
error, over sources with 10 figures or more), and the error of the points beside the median's.
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from reconcile.estimates.truth import discover  # noqa: E402

FLIGHTS = HERE.parent.parent / "shared" / "benchmarks" / "truth-flights"
ATTRIBUTES = ("sched_dep_time", "act_dep_time", "sched_arr_time", "act_arr_time")

# "7:10 a.m.", "7:10aDec 1", "2:46P 12-01-11", "Thu  20:00", "12:00noon", "12/02/2011 5:50 a.m.",
# "5:42 a.m. (Estimated runway)", "1:50 p.m. (+8:00)": the first h:mm, and what follows it.
_TIME = re.compile(r"(\d{1,2}):(\d{2})\s*(a\.m\.|p\.m\.|noon|a|p)?", re.IGNORECASE)

Claim = tuple[str, str, int]  # (source, object, minutes after midnight)


def parse_minutes(text: str) -> int | None:
    """Minutes after midnight of a time as the flight sites wrote it; None if there is none
    ("Not Available", "Contact Airline", empty). The date some sites add is dropped: the truth
    is a time of day."""
    match = _TIME.search(text)
    if match is None:
        return None
    hour, minute = int(match.group(1)), int(match.group(2))
    marker = (match.group(3) or "").lower()
    if marker.startswith("a"):
        hour = 0 if hour == 12 else hour
    elif marker.startswith("p"):
        hour = hour if hour == 12 else hour + 12
    # "noon" and no marker (a 24-hour clock) keep the hour as written
    if hour > 23 or minute > 59:
        return None
    return hour * 60 + minute


def load_flights(folder: Path = FLIGHTS) -> tuple[list[Claim], dict[str, int]]:
    """The claims of flights_dirty.csv as (source, object, minutes) rows, sorted, and the true
    minutes per object from flights_clean.csv. An object is "FLIGHT/attribute"."""
    claims: list[Claim] = []
    with open(folder / "flights_dirty.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for attribute in ATTRIBUTES:
                minutes = parse_minutes(row[attribute])
                if minutes is not None:
                    claims.append((row["src"], f"{row['flight']}/{attribute}", minutes))
    truth: dict[str, int] = {}
    with open(folder / "flights_clean.csv", newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            for attribute in ATTRIBUTES:
                minutes = parse_minutes(row[attribute])
                key = f"{row['flight']}/{attribute}"
                if minutes is not None and truth.setdefault(key, minutes) != minutes:
                    raise SystemExit(f"flights_clean.csv: two true values for {key}")
    return sorted(claims), truth


def by_object(claims: list[Claim]) -> dict[str, list[int]]:
    values: dict[str, list[int]] = defaultdict(list)
    for _, obj, minutes in claims:
        values[obj].append(minutes)
    return values


def majority(claims: list[Claim]) -> dict[str, float]:
    out = {}
    for obj, values in by_object(claims).items():
        counts = Counter(values)
        top = max(counts.values())
        out[obj] = float(min(v for v, c in counts.items() if c == top))
    return out


def median(claims: list[Claim]) -> dict[str, float]:
    return {obj: float(np.median(values)) for obj, values in by_object(claims).items()}


def mean(claims: list[Claim]) -> dict[str, float]:
    return {obj: float(np.mean(values)) for obj, values in by_object(claims).items()}


def truth_discovery(claims: list[Claim]) -> dict[str, float]:
    """`discover` on the claims as point figures, one group (topic) per object."""
    sources = sorted({s for s, _, _ in claims})
    objects = sorted({o for _, o, _ in claims})
    src_index = {s: i for i, s in enumerate(sources)}
    obj_index = {o: i for i, o in enumerate(objects)}
    src = np.array([src_index[s] for s, _, _ in claims])
    obj = np.array([obj_index[o] for _, o, _ in claims])
    value = np.array([m for _, _, m in claims], dtype=float)
    closed = np.ones(len(claims), dtype=bool)
    result = discover(obj, src, value, value, closed, closed, np.arange(len(objects)),
                      counts=False)
    return {o: float(result.point[i]) for i, o in enumerate(objects)}


#: method name -> claims -> point per object; truth discovery first, the baselines after
METHODS = {
    "truth-discovery": truth_discovery,
    "majority vote": majority,
    "median": median,
    "mean": mean,
}


def score(points: dict[str, float], truth: dict[str, int]) -> tuple[float, float]:
    """Share of the true objects whose point rounds (half up) to the truth, and the MAE."""
    right, errors = 0, []
    for obj, true in truth.items():
        point = points.get(obj)
        if point is None:
            continue
        right += int(np.floor(point + 0.5)) == true
        errors.append(abs(point - true))
    return right / len(truth), float(np.mean(errors))


def flights_project(claims: list[Claim], root: Path) -> Path:
    """The claims as a reconcile project a user would write: one source file that compiles the
    flight sites' figures (``compiles: true``) and points at a table whose ``source`` column
    names each site; one topic per flight and attribute; values in minutes after midnight."""
    (root / "sources").mkdir(parents=True)
    (root / "sources" / "flight-sites.yaml").write_text(
        "source:\n  id: flight-sites\n  name: Flight status sites\n  kind: other\n  compiles: true\n"
        "claims: flights.csv\n", encoding="utf-8")
    with open(root / "sources" / "flights.csv", "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "topic", "value"])
        for source, obj, minutes in claims:
            writer.writerow([source, re.sub(r"[^a-z0-9]+", "-", obj.lower()).strip("-"), minutes])
    return root


def api_methods(claims: list[Claim]) -> dict[str, dict[str, float]]:
    """Each --resolve method through the public API, as a user runs it: read, normalize,
    reconcile once, then one estimate per method. A point, else the middle of a finite range."""
    import tempfile

    import reconcile

    topic_of = {re.sub(r"[^a-z0-9]+", "-", o.lower()).strip("-"): o for _, o, _ in claims}
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        report = reconcile.reconcile(reconcile.normalize(reconcile.read(flights_project(claims, Path(tmp) / "p"))))
        print(f"(read, normalize and reconcile {len(report.claims):,} claims: {time.perf_counter() - started:.1f} s)")
    out = {}
    for method in ("consensus", "hull", "prefer", "truth-discovery"):
        points = {}
        for found in reconcile.estimate(report, method).estimates:
            if found.point is not None:
                points[topic_of[found.evidence.topic]] = found.point
            elif np.isfinite(found.lower) and np.isfinite(found.upper):
                points[topic_of[found.evidence.topic]] = (found.lower + found.upper) / 2
        out[f"reconcile {method}"] = points
    return out


def run_flights(folder: Path, api: bool = False) -> None:
    claims, truth = load_flights(folder)
    n_sources = len({s for s, _, _ in claims})
    print(f"flights: {len(claims):,} claims read as times, {n_sources} sources, "
          f"{len({o for _, o, _ in claims})} objects ({len(truth)} with a true value)")
    print(f"{'method':<18}{'right':>8}{'MAE (min)':>12}{'seconds':>10}")
    for name, method in METHODS.items():
        start = time.perf_counter()
        points = method(claims)
        seconds = time.perf_counter() - start
        right, mae = score(points, truth)
        print(f"{name:<18}{right:>8.1%}{mae:>12.2f}{seconds:>10.3f}")
    if api:
        for name, points in api_methods(claims).items():
            right, mae = score(points, truth)
            print(f"{name:<28}{right:>8.1%}{mae:>12.2f}")


def synthetic(n_sources: int, n_figures: int, *, seed: int = 0) -> dict:
    """The standard simulation: the arrays for `discover` and what is known about them."""
    rng = np.random.default_rng(seed)
    n_obj = max(1, n_figures // 10)
    n_groups = max(1, n_obj // 100)
    group = rng.integers(0, n_groups, n_obj)
    scale = 10.0 ** rng.uniform(0, 6, n_groups)
    truth = scale[group] * rng.uniform(1, 10, n_obj)
    error = rng.uniform(0.05, 2.0, n_sources)  # in units of the topic's scale
    popularity = 1.0 / np.arange(1, n_sources + 1) ** 0.8  # a long tail of claim counts
    popularity = rng.permutation(popularity / popularity.sum())
    draws = int(n_figures * 1.1)
    key = np.unique(rng.integers(0, n_obj, draws) * n_sources
                    + rng.choice(n_sources, draws, p=popularity))
    key = rng.permutation(key)[:n_figures]
    obj, src = key // n_sources, key % n_sources
    unit = scale[group[obj]]
    value = truth[obj] + rng.normal(0.0, 1.0, obj.size) * error[src] * unit
    kind = rng.random(obj.size)
    half = np.where(kind < 0.2, 0.02 * np.abs(value), 0.0)  # "about": +-2%
    lower, upper = value - half, value + half
    upper = np.where(kind > 0.95, np.inf, upper)  # "more than"
    closed = np.ones(obj.size, dtype=bool)
    arrays = (obj, src, lower, upper, closed, np.isfinite(upper), group)
    return {"arrays": arrays, "error": error, "truth": truth, "value": value,
            "unit": scale[group]}


def run_synthetic(n_sources: int, n_figures: int) -> None:
    sim = synthetic(n_sources, n_figures)
    obj = sim["arrays"][0]
    start = time.perf_counter()
    result = discover(*sim["arrays"], counts=False, n_sources=n_sources)
    seconds = time.perf_counter() - start
    print(f"synthetic: {n_sources:,} sources, {obj.size:,} figures, {sim['truth'].size:,} "
          f"objects: discover {seconds:.1f} s, {result.iterations} iterations")
    many = result.evidence >= 10
    rho = spearman(result.reliability[many], -sim["error"][many])
    print(f"  Spearman(reliability, -true error) = {rho:.3f} over {many.sum():,} sources "
          f"with 10 figures or more")
    order = np.lexsort((sim["value"], obj))  # the median of the stated values, per object
    starts = np.searchsorted(obj[order], np.arange(sim["truth"].size))
    count = np.bincount(obj, minlength=sim["truth"].size)
    ranked = sim["value"][order]
    median = (ranked[starts + (count - 1) // 2] + ranked[starts + count // 2]) / 2
    stated = count > 0
    for name, point in (("truth discovery", result.point), ("median", median)):
        err = np.abs(point - sim["truth"])[stated] / sim["unit"][stated]
        print(f"  {name}: mean absolute error {err.mean():.3f} topic scales")


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    ra = np.argsort(np.argsort(a, kind="stable"), kind="stable")
    rb = np.argsort(np.argsort(b, kind="stable"), kind="stable")
    return float(np.corrcoef(ra, rb)[0, 1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--flights", type=Path, default=FLIGHTS, help="the truth-flights folder")
    parser.add_argument("--synthetic", action="store_true", help="time the synthetic scale test")
    parser.add_argument("--api", action="store_true", help="also run reconcile's methods through its public API")
    parser.add_argument("--sources", type=int, default=100_000)
    parser.add_argument("--figures", type=int, default=1_000_000)
    args = parser.parse_args()
    if args.synthetic:
        run_synthetic(args.sources, args.figures)
    else:
        run_flights(args.flights, api=args.api)


if __name__ == "__main__":
    main()
