"""The pandas and the Spark engine side by side on synthetic projects of Parquet tables.

    python bench/bench_engines.py                        # 1M and 10M claims
    python bench/bench_engines.py 1000000 --commands report
    python bench/bench_engines.py 30000000 --engines spark --commands validate --limit-gb 17
    python bench/bench_engines.py 10000000 --profile desk --engines spark --commands report
    python bench/bench_engines.py 1000000 --profile desk --commands validate report-parquet

To compare two versions back to back, run each from a git worktree of its own with
``PYTHONPATH`` set to it (``cd /tmp/old && PYTHONPATH=/tmp/old python bench/bench_engines.py
...``): the reconcile command and Spark's Python workers (which inherit ``PYTHONPATH``) then
import that version, and a file edited in the main checkout meanwhile (workers start, and
import reconcile, during the run) changes neither.

For each size: a project from ``synth_parquet.generate`` (``--profile scattered``, synth.py's
claims, or ``desk``; many topics, sources, criteria, populations, places and dates; regional
breakdowns; conflicts on purpose), one Parquet table per source written by numpy and pyarrow
(kept in $RECONCILE_BENCH_DIR, default /tmp/reconcile-bench-engines, and reused). Then, for each command
(``reconcile validate`` and ``reconcile report --format json -o FILE``) and each engine
(``--engine pandas``; ``--engine spark --spark-master local[N]``), the command in a fresh
process while this one samples /proc every 0.2 s: wall time, the peak resident memory of the
driver (the reconcile process itself; RSS) and of its whole process tree (with Spark: the JVM
and the Python workers too; the sum of their PSS, so that pages the forked workers share count
once; read every ``PSS_EVERY`` seconds, as reading it costs), and claims per second per core;
the CPU seconds of the tree (each process's as last seen in /proc: the figure that holds when
others share the cores; a worker that lives under 0.2 s is missed) and the load average when
it ended. A run whose tree goes over
``--limit-gb`` or runs longer than ``--timeout`` is stopped and reported as such. Prints figures; asserts nothing.

How ``report --engine spark --format parquet`` scales on a cluster (issue 15, item 4)
--------------------------------------------------------------------------------------

What crosses the network (a shuffle moves every row through the executors' local disks):

1. normalize: each scan of the tables, hashed by the stated value as written (``tables._by_value``:
   a chunk parses its distinct values once); the duplicate-id check, a ``groupBy(id)``, and the
   part_of join (ids and part_of only). The normalized claims are then persisted (memory and
   disk) for the rest of the run.
2. validate: aggregations only (a few numbers per expectation per partition), and, for a
   failing expectation or a check of order only, the claims sorted in file order; each
   topic's bounds reach the executors by a broadcast join (one row per topic).
3. report: every claim, all its columns, range-partitioned by topic after a sampling job
   (``spark._in_runs``: ``repartitionByRange(topic)``, then sorted within the partition); each
   run of whole topics (``RUN_CLAIMS``) becomes its findings and estimates tables (Arrow
   streams, some 1.7 KB of findings a desk claim), persisted (memory and disk) and written in
   the order the runs come (no second shuffle); the claims table is a second range shuffle of
   every claim, sorted by id (``REPORT_CLAIM_KEYS``).

What stays on, or comes to, the driver: the declarations (sources, topics, places: YAML read
there, then broadcast once to every executor for normalize); per claim, nothing. Per topic:
the distinct topics (validate's topic suites; ``topics_of`` when no topic is declared) and
the bounds broadcast. Counts: per expectation, per verdict, omitted by kind, claims per
source; the first bad row; part_of chains whose total is itself a part. With ``--resolve
truth-discovery`` the stated scopes (one per topic, place, date, population and criterion,
pickled per run) are collected to iterate (each step's figures stay on Spark). A JSON, HTML or
text report is one document: every finding comes to the driver (``spark.topic_results``).

What would limit 1 billion claims: the declarations before the claims. At 10M desk claims the
project declares 200,000 topics (``_topics.yaml`` 23 MB) and the driver holds 1.6 GB, most of
it the declarations; topics grow with claims, so at 1B (20M topics, 2.3 GB of YAML) the driver
would hold some 160 GB and broadcast it to every executor: declarations would have to be read
as tables (a Spark join of claims and topics, as the part_of check does) and the per-topic
collects above kept on the executors. Then the volume: two full shuffles of the claims and
one of their stated values, and the findings persisted (~1.7 TB at 1.7 KB a claim) on the
executors' local disks; the shuffle partitions (``spark.sql.shuffle.partitions``, here 4 per
core) must grow with the claims so that a partition's runs are a few GB; a topic is never
split, so the largest topic must fit one Python worker. Writing needs a folder every executor
and the driver share; the finished folder is renamed into place by the driver (on an object
store a rename is a copy).

The figures (desk profile, two cores shared with other work unless said; CPU-s are the tree's):
validate 1M 161 s, 3M 331 s, 10M 433 s (804 CPU-s, quiet), 30M 2,947 s (2,387 CPU-s, load
5-8), so it grows about linearly from 10M; ``report --format parquet`` (which validates
first) 1M 241 s wall, 363 CPU-s quiet (tree 7.1-7.8 GB). At 10M (a worktree of f73aa34:
``--profile desk --engines spark --commands report-parquet --keep-gb 4 --limit-gb 22 --timeout
7200 10000000``, from 16:53 UTC beside other work, load 5-11 throughout) it did not finish:
read and normalize took ~12 minutes, validate ~9, then the report's reconcile stage (8 range
partitions of ~25,000 topics, two at a time) went at ~0.1 partition a minute, and at 5,094 s
(~5.5 of 8 partitions reconciled) the ``--keep-gb`` guard stopped it, the machine's available
memory under 4 GB (others' runs; the tree itself, 12.96 GB PSS at its peak, was under the
15.9 GB limit): 2,539 CPU-s, the driver 1.61 GB, the JVM 9.0 GB RSS (an 8 GB heap), each
Python worker 1.1-1.2 GB; no error. Its CPU is linear: ~700 CPU-s to the end of validate (804
quiet), then ~300-320 CPU-s of the workers per 1.25M claims reconciled, so the whole report
is ~3,500 CPU-s (ten times 1M's 363): some 30 minutes on two free cores. The issue's
10-minute goal needs about 3 times less CPU per claim; the workers' time is the reconciler's
(~70%: the topic reconcilers, the quote checks) and the findings' words, written as the
findings table is made (~23%; py-spy on a worker for 90 s at 10M). At 1M, f73aa34 then f73aa34
with 2cffd0f and 5a439da (the workers' archives read once, the findings not sorted again), back
to back: 437.6 -> 327.1 s wall, 503 -> 438 CPU-s, tree 6.23 -> 5.52 GB PSS (load 5.2 -> 3.2:
part of the CPU gap is the load's). With the executors' runs of topics reconciled with the cyclic
collector paused (dcd7c25) and the reconciler's cuts of PR's session, 1M back to back (new with
``--engines spark pandas``, then 4867d5d's spark from its worktree): spark 403 -> 340 CPU-s, tree
5.21 -> 4.46 GB (248 -> 312 s wall, load 3.1 -> 3.5); pandas 164 CPU-s, so Spark/pandas 2.07x CPU.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import re
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from synth_parquet import PROFILES, generate  # noqa: E402

VENV_BIN = Path(sys.executable).parent
CACHE = Path(os.environ.get("RECONCILE_BENCH_DIR", "/tmp/reconcile-bench-engines"))
PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")
#: seconds between two readings of the tree's PSS: the kernel walks every page of a process for
#: it, and read every 0.2 s from a 10 GB JVM it cost this sampler a quarter of one of the two
#: cores (4.8 CPU-minutes in 20 minutes of a 30M run), taken from the run it measures
PSS_EVERY = 2.0


def parquet_project(n_claims: int, profile: str = "scattered") -> Path:
    """A synthetic project of ``n_claims`` as Parquet tables (``synth_parquet``; made once, then reused)."""
    root = CACHE / f"claims-{profile}-{n_claims}"
    done = root / ".complete"
    if done.exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    started = time.perf_counter()
    generate(root, n_claims, profile=profile)
    done.write_text("")
    print(f"# generated {n_claims:,} claims ({profile}) as Parquet in {time.perf_counter() - started:.0f} s: {root}",
          flush=True)
    return root


def available() -> int:
    """The machine's available memory (MemAvailable), in bytes."""
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemAvailable:"):
                return int(line.split()[1]) * 1024
    return 0


def _tree(pid: int) -> list[int]:
    """pid and every process below it."""
    out, stack = [], [pid]
    while stack:
        current = stack.pop()
        out.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(child) for child in handle.read().split())
        except OSError:
            continue
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _pss(pid: int) -> int:
    """The process's proportional share of memory (Spark's Python workers are forked from one
    daemon and share its pages: their RSS summed counts those pages once per worker)."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as handle:
            for line in handle:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, IndexError, ValueError):
        pass
    return 0


def _cpu(pid: int) -> float:
    """The process's CPU seconds so far (user and system)."""
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def measure(command: list[str], limit: int, timeout: float, keep: int = 0, log: Path | None = None) -> dict:
    """Run ``command``; wall time, exit code, peak RSS of the process and of its tree. Stopped
    (its whole process group) above ``limit`` bytes, after ``timeout`` seconds, or when the
    machine has less than ``keep`` bytes available (it is shared). Its standard error goes to the
    file ``log`` (kept), not to a pipe read at the end: Spark writes warnings there for as long as
    it runs, and a full pipe would stall it."""
    started = time.perf_counter()
    log = log or CACHE / "run.stderr.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "wb") as errors:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=errors, start_new_session=True)
    driver = tree = 0
    seconds: dict[int, float] = {}  # each process's CPU seconds, as last seen
    killed = ""
    pss_at = 0.0
    while process.poll() is None:
        driver = max(driver, _rss(process.pid))
        pids = _tree(process.pid)
        if time.perf_counter() - pss_at >= PSS_EVERY:
            tree = max(tree, sum(_pss(pid) for pid in pids))
            pss_at = time.perf_counter()
        for pid in pids:
            seconds[pid] = max(seconds.get(pid, 0.0), _cpu(pid))
        late = time.perf_counter() - started > timeout
        short = keep and available() < keep
        if (tree > limit or late or short) and not killed:
            os.killpg(process.pid, signal.SIGKILL)
            killed = ("stopped at the time limit" if late else "stopped at the memory limit" if tree > limit
                      else "stopped: the machine was short of memory")
        time.sleep(0.2)
    stderr = log.read_bytes()[-200_000:].decode("utf-8", "replace")
    cpu = sum(seconds.values())
    return {"wall": time.perf_counter() - started, "code": process.returncode, "driver": driver,
            "tree": tree, "killed": killed, "stderr": stderr, "cpu": cpu, "load": os.getloadavg()[0],
            "driver_cpu": seconds.get(process.pid, 0.0)}


_CAUSE = re.compile(r"(?:Error|Exception|Caused by|Traceback|Killed|exited unexpectedly|No space left)", re.I)


def failure_lines(stderr: str, most: int = 8) -> list[str]:
    """What says why a run failed: the first distinct lines that name an error or its cause (a stack's
    frames say where, not why), then the last two lines."""
    lines = [line.rstrip() for line in stderr.splitlines() if line.strip()]
    causes = list(dict.fromkeys(line for line in lines if _CAUSE.search(line) and not line.lstrip().startswith("at ")))
    return causes[:most] + [line for line in lines[-2:] if line not in causes[:most]]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1_000_000, 10_000_000])
    parser.add_argument("--commands", nargs="+", choices=("validate", "report", "report-parquet"),
                        default=["validate", "report"],
                        help="report: --format json to a file; report-parquet: --format parquet to a folder")
    parser.add_argument("--engines", nargs="+", choices=("pandas", "spark"), default=["pandas", "spark"])
    parser.add_argument("--cores", type=int, default=os.cpu_count() or 1,
                        help="Spark's local[N] and the per-core figure")
    parser.add_argument("--limit-gb", type=float, default=20.0, help="stop a run whose process tree uses more")
    parser.add_argument("--timeout", type=float, default=3600.0, help="stop a run after this many seconds")
    parser.add_argument("--keep-gb", type=float, default=6.0,
                        help="leave this much memory available to others: the limit is at most what is "
                             "available at the start less this, and a run is stopped when less is left")
    parser.add_argument("--driver-memory", default="8g", help="spark.driver.memory (the JVM of local mode)")
    parser.add_argument("--profile", choices=PROFILES, default="scattered", help="synth_parquet's profile")
    parser.add_argument("--max-findings", type=int, default=None, help="report --max-findings")
    parser.add_argument("--resolve", default=None, help="report --resolve (e.g. truth-discovery)")
    parser.add_argument("--keep-json", metavar="FILE", default=None,
                        help="write report's JSON here and keep it (to cmp two versions' reports)")
    args = parser.parse_args()
    keep = int(args.keep_gb * 1024 ** 3)
    limit = min(int(args.limit_gb * 1024 ** 3), available() - keep)
    print(f"# {args.cores} core(s), shared with other work; Spark local[{args.cores}]; profile {args.profile}; "
          f"runs stopped above {limit / 1024 ** 3:.1f} GB, after {args.timeout:g} s or with under "
          f"{args.keep_gb:g} GB available", flush=True)
    print(f"{'claims':>11} {'command':>14} {'engine':>6} {'wall s':>8} {'driver GB':>9} {'tree GB':>8} "
          f"{'claims/s/core':>13} {'cpu s':>7} {'drv cpu':>7} {'load':>5}  exit", flush=True)
    for size in args.sizes:
        root = parquet_project(size, args.profile)
        output = Path(args.keep_json) if args.keep_json else CACHE / f"report-{size}.json"
        for name in args.commands:
            for engine in args.engines:
                command = [str(VENV_BIN / "reconcile"), name.partition("-")[0], str(root), "--engine", engine]
                folder = CACHE / f"report-{size}-{engine}"
                shutil.rmtree(folder, ignore_errors=True)
                if name.startswith("report"):
                    command += (["--format", "parquet", "-o", str(folder)] if name == "report-parquet"
                                else ["--format", "json", "-o", str(output)]) + ["--fail-on", "never"]
                    if args.max_findings is not None:
                        command += ["--max-findings", str(args.max_findings)]
                    if args.resolve:
                        command += ["--resolve", args.resolve]
                if engine == "spark":
                    command += ["--spark-master", f"local[{args.cores}]",
                                "--spark-conf", f"spark.driver.memory={args.driver_memory}",
                                "--spark-conf", f"spark.sql.shuffle.partitions={4 * args.cores}"]
                log = CACHE / f"{name}-{engine}-{size}.stderr.log"
                run = measure(command, limit, args.timeout, keep, log)
                rate = size / run["wall"] / args.cores
                status = run["killed"] or str(run["code"])
                print(f"{size:>11,} {name:>14} {engine:>6} {run['wall']:>8.1f} {run['driver'] / 1024 ** 3:>9.2f} "
                      f"{run['tree'] / 1024 ** 3:>8.2f} {rate:>13,.0f} {run['cpu']:>7.0f} {run['driver_cpu']:>7.0f} "
                      f"{run['load']:>5.1f}  "
                      f"{status}", flush=True)
                # validate exits 1 on a failed expectation; report runs with --fail-on never: 0 or broken
                if run["code"] not in ((0, 1) if name == "validate" else (0,)) and not run["killed"]:
                    print("#   " + "\n#   ".join(failure_lines(run["stderr"])), flush=True)
                    print(f"#   (all of it: {log})", flush=True)
                shutil.rmtree(folder, ignore_errors=True)
        if not args.keep_json:
            output.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
