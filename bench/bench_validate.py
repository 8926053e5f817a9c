"""Time and memory of `reconcile.expect.validate.validate` on synthetic claims frames.

    python bench/bench_validate.py [ROWS ...]        # default: 10000 100000 1000000

For each size, in a fresh subprocess (so peak RSS is per size): build a claims frame with
CLAIM_COLUMNS (1% of rows broken: lower > upper, unknown source, future date, duplicate id),
then time building the validation frame, GX's own run, mapping failures back, the whole
`validate`, and GX alone on the same frame. Peak memory is the process's max RSS.
Figures only; nothing here asserts a time.
"""
from __future__ import annotations

import datetime
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def synthetic_claims(rows: int):
    import numpy as np
    import pandas as pd

    from reconcile.model.records import CLAIM_COLUMNS, QUALIFIERS

    rng = np.random.default_rng(0)
    lower = rng.integers(0, 100_000, rows).astype("float64")
    width = rng.integers(0, 1_000, rows).astype("float64")
    upper = lower + width
    upper[rng.random(rows) < 0.3] = np.nan            # open intervals
    days = pd.to_datetime("2019-01-01") + pd.to_timedelta(rng.integers(0, 1_500, rows), unit="D")
    as_of = pd.Series(days.strftime("%Y-%m-%d"), dtype="str")
    sources = [f"source-{i}" for i in range(200)]
    frame = pd.DataFrame({
        "id": pd.Series([f"claim-{i}" for i in range(rows)], dtype="str"),
        "source": pd.Series(np.array(sources)[rng.integers(0, 200, rows)], dtype="str"),
        "topic": pd.Series(np.array(["topic-a", "topic-b", "topic-c"])[rng.integers(0, 3, rows)], dtype="str"),
        "text": pd.Series(lower.astype(int).astype(str), dtype="str"),
        "lang": "en",
        "lower": lower, "upper": upper,
        "lower_inclusive": True, "upper_inclusive": True,
        "qualifier": pd.Series(np.array(QUALIFIERS)[rng.integers(0, len(QUALIFIERS), rows)], dtype="str"),
        "population": [("police", "soldiers"), ("soldiers",), ()][0:1] * rows,
        "criterion": "crossed-into-colombia",
        "place": pd.Series(np.array(["CO", "VE", "CO-NSA", "CO-ORI"])[rng.integers(0, 4, rows)], dtype="str"),
        "as_of": as_of, "stated_on": as_of,
        "quote": None, "url": None, "via": None, "cites": None, "part_of": None,
        "complete": False,
        "file": pd.Series([f"sources/source-{i // 5000}.yaml" for i in range(rows)], dtype="str"),
        "line": (np.arange(rows) % 5000) * 10 + 3,
    }, columns=list(CLAIM_COLUMNS))
    bad = rng.choice(rows, max(1, rows // 100), replace=False)
    quarter = len(bad) // 4 or 1
    frame.loc[bad[:quarter], "upper"] = frame.loc[bad[:quarter], "lower"] - 1
    frame.loc[bad[quarter:2 * quarter], "source"] = "nobody"
    frame.loc[bad[2 * quarter:3 * quarter], "as_of"] = "2099-01-01"
    frame.loc[bad[3 * quarter:], "id"] = "claim-0"
    return frame, sources


def project(root: Path, sources: list[str]):
    from reconcile.model.records import Place, Project, Source, Topic

    (root / "expectations").mkdir(exist_ok=True)
    (root / "expectations" / "claims.json").write_text(
        (ROOT / "expectations" / "claims.json").read_text(encoding="utf-8"), encoding="utf-8")
    return Project(root=str(root), sources={s: Source(s, s) for s in sources},
                   topics={t: Topic(t, bounds=(0, 150_000)) for t in ("topic-a", "topic-b", "topic-c")},
                   places={"CO-ORI": Place("CO-ORI", "Orinoquía", parent="CO")})


class Clock:
    """Wall and CPU seconds of a block (CPU time is what to compare on a shared machine)."""

    def __enter__(self) -> "Clock":
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc) -> None:
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def one(rows: int) -> dict:
    import importlib

    from reconcile.expect import gx as expect_gx

    # the module: the package exports a function of that name
    expect = importlib.import_module("reconcile.expect.validate")
    from reconcile.expect.frame import validation_frame

    expect_gx.context()  # import GX and make the context outside the timings (~1.5 s, once)
    figures: dict = {"rows": rows}
    with Clock() as clock:
        claims, sources = synthetic_claims(rows)
    figures["synthetic_s"] = clock.wall
    figures["rss_after_synthetic_mb"] = peak_mb()
    with tempfile.TemporaryDirectory() as tmp:
        proj = project(Path(tmp), sources)
        today = datetime.date(2026, 1, 1)

        with Clock() as clock:
            frame = validation_frame(claims)
        figures["frame_s"], figures["frame_cpu"] = clock.wall, clock.cpu

        # GX alone: claims.json as GX objects, run by GX on the whole validation frame
        suite = expect.load_suite(Path(tmp) / "expectations" / "claims.json")
        gx_expectations = [expect_gx.build_expectation(s.type, s.kwargs, s.description, {})
                           for s in suite.expectations]
        parameters = expect.suite_parameters(proj, today)
        with Clock() as clock:
            expect_gx.run_suite(frame, gx_expectations, "claims", parameters, expect.MAX_FAILING)
        figures["gx_alone_s"], figures["gx_alone_cpu"] = clock.wall, clock.cpu
        del frame

        # the whole validate (claims.json + 3 topics' bounds), with its GX and mapping phases
        timings = {"gx": 0.0, "map": 0.0}
        run_suite, from_result = expect_gx.run_suite, expect.outcome_of_result

        def timed(key, fn):
            def wrapper(*args, **kwargs):
                t = time.perf_counter()
                try:
                    return fn(*args, **kwargs)
                finally:
                    timings[key] += time.perf_counter() - t
            return wrapper

        expect_gx.run_suite, expect.outcome_of_result = timed("gx", run_suite), timed("map", from_result)
        try:
            with Clock() as clock:
                validation = expect.validate(claims, proj, today=today)
        finally:
            expect_gx.run_suite, expect.outcome_of_result = run_suite, from_result
        figures["validate_s"], figures["validate_cpu"] = clock.wall, clock.cpu
        figures["validate_gx_s"] = timings["gx"]
        figures["validate_map_s"] = timings["map"]
        figures["outcomes"] = len(validation.outcomes)
        figures["failed"] = sum(not o.success for o in validation.outcomes)
        figures["failing_listed"] = sum(len(o.failing) for o in validation.outcomes)
    figures["peak_rss_mb"] = peak_mb()
    return figures


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        print(json.dumps(one(int(argv[1]))))
        return
    sizes = [int(a) for a in argv] or [10_000, 100_000, 1_000_000]
    header = ("rows", "frame_s", "frame_cpu", "gx_alone_s", "gx_alone_cpu", "validate_s",
              "validate_cpu", "validate_gx_s", "validate_map_s", "peak_rss_mb",
              "rss_after_synthetic_mb", "failed", "failing_listed")
    print("seconds are wall clock, *_cpu process CPU seconds; peak_rss_mb is the whole process")
    print(" ".join(f"{h:>{max(len(h), 8)}}" for h in header))
    for rows in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(rows)],
                             capture_output=True, text=True, check=True)
        figures = json.loads(out.stdout.strip().splitlines()[-1])
        print(" ".join(f"{figures[h]:>{max(len(h), 8)}.2f}" if isinstance(figures[h], float)
                       else f"{figures[h]:>{max(len(h), 8)}}" for h in header), flush=True)
        if out.stderr.strip():
            print(f"stderr from the {rows}-row run:\n{out.stderr}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
