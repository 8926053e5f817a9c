"""Where ``reconcile validate --engine spark`` (or ``report --format parquet``) spends its
time: each Spark job's wall time and its tasks' run time, from Spark's event log (the UI is
off), grouped by the line of reconcile or Great Expectations that started it.

    python bench/profile_spark_validate.py /tmp/reconcile-bench-engines/claims-desk-1000000
    python bench/profile_spark_validate.py PROJECT --cores 2 --conf spark.python.worker.reuse=true
    python bench/profile_spark_validate.py PROJECT --command report-parquet
    python bench/profile_spark_validate.py PROJECT --command report --driver-profile /tmp/driver.prof

Runs read, normalize and validate in this process (as the validate command does; with
``--command report-parquet``, then ``report_tables`` into a temporary folder, as ``report
--format parquet`` does; with ``--command report``, reconcile, estimate and the JSON report
written to a temporary file, as ``report --format json`` does), prints the wall time and the
driver's CPU of each stage, then the jobs: wall seconds,
summed task seconds (executor run time), tasks, and where they were started (Spark's call
site, or the labelled function: each table ``write_tables`` writes is labelled by its name).
``--driver-profile FILE``: cProfile of the driver (by its CPU time) into FILE. Prints figures;
asserts nothing.
"""
from __future__ import annotations

import argparse
import collections
import contextlib
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def jobs_of(log_dir: Path) -> list[dict]:
    """Each job of the event log: its call site, wall time, tasks and their summed run time."""
    events = []
    for path in sorted(p for p in log_dir.rglob("events_*") if p.is_file()):
        with open(path, encoding="utf-8") as handle:
            events.extend(json.loads(line) for line in handle if line.strip())
    jobs: dict[int, dict] = {}
    stage_job: dict[int, int] = {}
    for event in events:
        kind = event.get("Event")
        if kind == "SparkListenerJobStart":
            props = event.get("Properties") or {}
            site = props.get("spark.job.description") or props.get("callSite.short") or "?"
            jobs.setdefault(event["Job ID"], {"site": site, "start": event["Submission Time"], "end": None,
                                                    "tasks": 0, "run_ms": 0, "stages": 0})
            for stage in event.get("Stage IDs", []):
                stage_job[stage] = event["Job ID"]
        elif kind == "SparkListenerJobEnd":
            jobs[event["Job ID"]]["end"] = event["Completion Time"]
        elif kind == "SparkListenerTaskEnd":
            job_id = stage_job.get(event["Stage ID"])
            if job_id is not None:
                metrics = event.get("Task Metrics") or {}
                jobs[job_id]["tasks"] += 1
                jobs[job_id]["run_ms"] += metrics.get("Executor Run Time", 0)
        elif kind == "SparkListenerStageCompleted":
            job_id = stage_job.get(event["Stage Info"]["Stage ID"])
            if job_id is not None:
                jobs[job_id]["stages"] += 1
    return [dict(job, id=k) for k, job in sorted(jobs.items())]


#: the functions whose Spark jobs are labelled with their name (the innermost one wins)
LABELLED = {
    "reconcile.engine.tables": ("_scan", "_csv_readable", "_resolve_claimants", "first_error", "check_across",
                                "topics_of", "driver_part", "to_pandas"),
    "reconcile.engine.spark": ("validate_df", "spark_claims", "_summed", "topic_results"),
    "reconcile.engine.validate": ("validate_df", "_run_specs", "_failing_rows"),
}


@contextlib.contextmanager
def described(description: str):  # type: ignore[no-untyped-def]
    """The Spark jobs started inside described as ``description`` (then as before)."""
    from pyspark import SparkContext

    context = SparkContext._active_spark_context
    before = context.getLocalProperty("spark.job.description") if context else None
    if context:
        context.setJobDescription(description)
    try:
        yield
    finally:
        if context:
            context.setLocalProperty("spark.job.description", before)


def label_jobs() -> None:
    """Each job started inside one of ``LABELLED`` described by that function's name; each
    table ``write_tables`` writes (``spark._write``) by the table's name."""
    import functools
    import importlib

    def labelled(function, name=None):  # type: ignore[no-untyped-def]
        @functools.wraps(function)
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            with described(name(*args) if name else function.__name__):
                return function(*args, **kwargs)
        return run

    for module_name, functions in LABELLED.items():
        module = importlib.import_module(module_name)
        for function in functions:
            setattr(module, function, labelled(getattr(module, function)))
    spark_module = importlib.import_module("reconcile.engine.spark")
    spark_module._write = labelled(spark_module._write, lambda df, folder: f"_write {Path(folder).name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path)
    parser.add_argument("--cores", type=int, default=2)
    parser.add_argument("--driver-memory", default="6g")
    parser.add_argument("--conf", action="append", default=[], help="KEY=VALUE, repeatable")
    parser.add_argument("--jobs", action="store_true", help="print every job, not only the totals per call site")
    parser.add_argument("--command", choices=("validate", "report", "report-parquet"), default="validate",
                        help="report-parquet: validate, then the report as Parquet tables (report --format parquet); "
                             "report: validate, then the JSON report (report --format json)")
    parser.add_argument("--driver-profile", metavar="FILE", default=None,
                        help="cProfile the driver (by its CPU time) into FILE")
    parser.add_argument("--resolve", default="consensus", help="report-parquet's method (--resolve)")
    args = parser.parse_args()

    from reconcile.engine import spark_options, stages

    label_jobs()

    log_dir = Path(tempfile.mkdtemp(prefix="reconcile-events-"))
    conf = {"spark.driver.memory": args.driver_memory, "spark.sql.shuffle.partitions": str(4 * args.cores),
            "spark.eventLog.enabled": "true", "spark.eventLog.dir": log_dir.as_uri(),
            "spark.eventLog.compress": "false",
            **spark_options(args.conf)}
    profile = None
    if args.driver_profile:
        import cProfile

        profile = cProfile.Profile(time.process_time)
        profile.enable()
    started = time.perf_counter(), time.process_time()
    run = stages("spark", f"local[{args.cores}]", conf)
    marks = []

    def mark(name: str) -> None:   # said as it is reached: a long run stopped midway still tells where it was
        marks.append((name, time.perf_counter(), time.process_time()))
        (_, wall, cpu), (_, at, cpu_at) = ((None, *started), *marks)[-2:]
        print(f"{name:>10} {at - wall:8.1f} s wall {cpu_at - cpu:8.1f} s driver CPU", flush=True)

    _ = run.spark
    mark("session")
    project = run.read(str(args.project))
    mark("read")
    claims = run.normalize(project)
    mark("normalize")
    validation = run.validate(claims)
    mark("validate")
    if args.command == "report-parquet":
        out = Path(tempfile.mkdtemp(prefix="reconcile-report-"))
        try:
            run.report_tables(claims, validation, out / "report", method=args.resolve)
        finally:
            shutil.rmtree(out, ignore_errors=True)
        mark("report")
    elif args.command == "report":
        from reconcile.pipeline import render_chunks

        _ = claims.frame
        mark("to pandas")
        report = run.reconcile(claims, validation)
        mark("reconcile")
        report = run.estimate(report, args.resolve)
        mark("estimate")
        with tempfile.TemporaryFile("w", encoding="utf-8") as handle:
            chunks = render_chunks(report, "json")
            handle.writelines([chunks] if isinstance(chunks, str) else chunks)
        mark("json")
    if profile is not None:
        profile.disable()
        profile.dump_stats(args.driver_profile)
    failed = sum(not o.success for o in validation.outcomes)
    run.spark.stop()
    wall, cpu = marks[-1][1:]
    print(f"{'total':>10} {wall - started[0]:8.1f} s wall {cpu - started[1]:8.1f} s driver CPU  "
          f"({len(claims):,} claims, {failed} expectations failed)")
    try:
        jobs = jobs_of(log_dir)
    finally:
        shutil.rmtree(log_dir, ignore_errors=True)
    by_site: dict[str, list] = collections.defaultdict(lambda: [0, 0.0, 0.0, 0])
    for job in jobs:
        wall = ((job["end"] or job["start"]) - job["start"]) / 1000
        if args.jobs:
            print(f"job {job['id']:>4} {wall:7.1f} s wall {job['run_ms'] / 1000:7.1f} s tasks "
                  f"{job['tasks']:>4} tasks  {job['site']}")
        total = by_site[job["site"]]
        total[0] += 1
        total[1] += wall
        total[2] += job["run_ms"] / 1000
        total[3] += job["tasks"]
    print(f"{'jobs':>5} {'wall s':>8} {'task s':>8} {'tasks':>6}  started at")
    for site, (count, wall, run_s, tasks) in sorted(by_site.items(), key=lambda item: -item[1][1]):
        print(f"{count:>5} {wall:8.1f} {run_s:8.1f} {tasks:>6}  {site}")


if __name__ == "__main__":
    main()
