"""Seconds and peak memory of each stage of the pipeline on N synthetic claims.

    python bench/bench_pipeline.py                 # 10k and 100k claims
    python bench/bench_pipeline.py 10000 100000 1000000
    python bench/bench_pipeline.py --skip-validate 1000000
    python bench/bench_pipeline.py --skip-validate --commands-only --formats json,html --profile desk 1000000
    python bench/bench_pipeline.py --scaling [--profile desk]   # one topic of 10k and 100k claims

Stages: load (read files), normalize (claims frame; Great Expectations is imported meanwhile,
while a helper process parses the stated values, as the command does), validate (GX; then GX
alone on the same claims and the shipped suite, timed apart),
reconcile (findings; quotes read partly in a helper process, as the command does), render (JSON,
streamed as the command writes it). Each stage: wall seconds and this process's CPU seconds (on a
shared machine the wall clock moves with the others' load). Then the whole command,
`reconcile report --format json`, in a fresh process, as a user runs it. Memory is the process's
peak resident set so far (ru_maxrss), so it only grows from stage to stage. Prints figures;
asserts nothing.

Measured 2 Dec 2026, two cores shared with other work (load 3-10: compare CPU seconds, not wall),
`--skip-validate --commands-only --formats json,html --profile desk 1000000` (the report
command still validates): json 336.6 s CPU / 5.4 GB before, 305 s CPU / 4.8 GB after; html did
not finish before (each topic's chart made every estimate of the report a dict: quadratic),
251 s CPU / 5.1 GB and a 13.8 MB page after (the first 300 topics in full, the rest one row each).
The scattered profile at 1M passed 19 GB and was stopped (at 100k: 2.0 GB, 94 s CPU; before the
changes 2.05 GB, 105 s CPU, the same report).
Later the same day, load about 9 (CPU seconds inflate under it: the html figure rose with no
change that touches it; the like-for-like check is the 100k pair below): json 284 s CPU / 4.07 GB,
html 272 s CPU / 4.58 GB (same 13.8 MB page). The same 100k desk project, old code and new run one
after the other (`reconcile report d100k --format html|json`, /usr/bin/time), twice: html 43.5,
47.8 -> 40.9, 43.1 s CPU, 0.86 -> 0.80-0.82 GB, the page byte-identical; json (once each) 52.0 ->
43.3 s CPU, 0.76 -> 0.70 GB, byte-identical. Where the CPU goes (py-spy at 200k): reading quotes
for unquoted-value (one find_quantities per distinct quote, ~170 us each) 27%, writing JSON 13%,
the reconciler 11%, normalize 11% (of it parsing distinct values 8%), importing GX 8%, reading
files 6%: the parser is over a third of it, and quotes are mostly distinct, so caching cannot help
there.
Issue 15 item 3, a later session (load 7-10 throughout, a 30M Spark run beside: compare CPU
seconds; `reconcile report PROJECT --format F --fail-on never --max-findings 10000` under
/usr/bin/time, the projects generated once by synth.generate): the quote check now overlaps
the rest (a helper reads quotes from the last topic back, begun before validating, while this
process validates and reconciles from the first topic on), the raw claims and the claims frame
are let go before rendering, and JSON items share one C encoder. 1M desk: json 237 s CPU /
3.92 GB / 576 s wall at load 7-8 (midway, before the read-ahead and the frees: 254 s / 4.15 GB /
971 s; the same 1.37 GB of JSON both times), html 230 s CPU / 4.50 GB / the same 13.8 MB page
(854 s wall). 200k desk json, the code before and after: 60.9 -> 54.5 s
CPU, 1.10 -> 1.04 GB, byte-identical. The issue's own (scattered) profile at 100k, json, start
and end of the session: 135.2 -> 112.5 s CPU, 2.08 -> 2.06 GB, byte-identical (at 1M it needs
some 19 GB: not run). Still far from 30 s: at 1M desk the main process alone spends well over 150 s of CPU
(normalizing, the reconciler, the report's claim records and findings, writing JSON), and
memory peaks while rendering, with every claim record, kept finding and estimate alive at once.
Issue 15 item 3, PJ's session (load 5-8, other engineers' runs beside: compare CPU; `reconcile
report /tmp/pj/d1m --format F --fail-on never --max-findings 10000` under /usr/bin/time -v, the
1M desk project generated once with synth.generate(..., profile="desk"); the code before the
session (a34186b) from a worktree; CPU = user+sys of the command and its helper): claim records
kept as columns (ClaimRecords: a code per claim into the distinct values, a dict made only when
read, the JSON written from the columns), then the cyclic collector every 50,000 new containers
and frozen after each pause (the command's own process only), then the html page reading the
claims once. 1M desk json: 194.4 -> 183.5 (records) -> 162.6 s CPU (both), peak 4.16 -> 3.78
-> 3.83 GB, wall 390 -> 511 -> 401 s (load), the same 1.37 GB of JSON (cmp) each time. 1M html:
183.0 -> 131.8 s CPU, peak 4.40 -> 4.71 GB, wall 596 -> 229 s (load fell meanwhile), the same
13.8 MB page (cmp); with the page reading the claims three times it had peaked at 5.41 GB (148.8
s CPU). Back to back at the end (json, 1M, new code then the old, load about 7): 142.8 vs 174.2 s
CPU, 3.83 vs 3.90 GB, 237 vs 241 s wall, byte-identical: the CPU saved is mostly the main
process's, but on a machine this loaded the wall clock barely moved (peak memory also varies
run to run: the old code's was 4.16 GB in the first run). The html page still holds every
claim as a dict in its topic views beside the columns,
hence +0.3 GB there. At 200k the collector's time in the main process (gc.callbacks) went 3.63
-> 0.49 s, and building + encoding the claim records 2.4 -> 1.1 s CPU.
Where memory peaks (RSS sampled each second, json at 1M): it climbs through reconciliation,
from 1.8 GB after validation to 3.7 GB, as findings, stated scopes and estimates are made while
the claims frame (about 1.3 GB) is still alive, then stays while rendering. The frame cannot go
sooner from the command alone: the engine's stage call (reconcile/engine, not PJ's) holds it
through reconcile(). Floor, measured at 1M before the session (--stage, this process's CPU):
normalize 18.6 s, reconcile 97.8 s (the quote check about a third of it), render json 39.2 s;
the reconciler alone is three times the 30 s target on one core, so 30 s wall needs the topics
(independent) split over both cores, which the kept findings' deferred words (closures over each
topic's reconciler, written when rendered) stand in the way of.
PJ's next session (issue 15 item 3; `reconcile report /tmp/pj/d1m --format F --fail-on never
--max-findings 10000` under /usr/bin/time -v, CPU = user+sys of the command and its helpers,
each commit run from a git worktree with PYTHONPATH; load 3-11 from other work throughout, so
compare runs made side by side only). Topics shared with a helper process (conflicts/cores.py:
runs of whole topics, the helper from the last back, its findings' words written there, quotes
read ahead handed on): byte-identical at 200k and 1M (json and html, cmp), but it does not pay
on this machine. Reconcile stage alone, 200k desk, in process: one process 17.3 s CPU; shared,
this process 10.6 s + helper 9.9 s (critical path -39%, +3.2 s in all), yet wall 34 -> 43 s at
load 7-10: the helper seldom had a core to itself. Whole command, 1M desk json: old code (ff6fc0f)
175.0 s CPU / 3.97 GB / 272 s wall; shared topics 260.1 s / 3.84 GB / 435 s (the run before it);
run side by side, release alone 177.1 s / 3.72 GB / 263 s against release + shared topics 215.1 s
/ 3.75 GB / 297 s. html (where the helper writes words the page never shows): 156.8 s / 4.84 GB
old against 206.3 s / 4.73 GB shared. So the command does not share topics (share_topics was opt-in
in the library, off by default; removed on 3 Dec, measured again: 1M desk json 420 s wall / 203
CPU-s / 3.95 GB without, 665 s / 240 CPU-s / 3.87 GB with, load 2.5-10, the same bytes). What stays:
the claims frame emptied as soon as the report's claim records are made
(pipeline.reconcile(release=True); the reconciler keeps the 19 columns it reads) and Arrow's
allocator told to give back its unused pages: 1M json peak 3.83-3.97 GB (old, two runs) -> 3.72 GB,
CPU unchanged (175.0 / 179.8 old, 177.1 new); at 200k in process the reconcile stage's peak 845-849
-> 796 MB. html at e04f7e1 then ff6fc0f, back to back: 158.4 vs 144.3 s CPU, 4.61 vs 4.69 GB, 177 vs
155 s wall, the same 13.8 MB page (the old code's html CPU ranged 131.0-156.8 s over three runs
today: within the noise). Far from 2 GB: at 200k the reconcile stage adds
~390 MB (tracemalloc) spread over findings (~40 MB of Finding objects and their dicts), claims as
intervals (28 MB), stated scopes' figures (26 MB), deferred words' partials (~55 MB), claim records
(21 MB), estimates: no one structure to cut. The floor on two cores is the CPU: ~175 s of it at 1M
(normalize ~19, reconcile ~98 of which quotes ~33, render json ~39) against a 30 s (60 s html) wall.
PR's session (issue 15: the reconciler's CPU per claim, both engines; load 2-5 from others
throughout). Fewer Python steps per claim and per finding's words (f6824e9, ff96364), the quote
check with the cyclic collector paused wherever it runs (133fe61; the command's helper had it
on) and the Spark executors' runs of topics reconciled with it paused (dcd7c25; the pandas
engine's reconcile already was). Every report byte-identical (200k and 1M json, cmp). 200k desk
claims in process, 4867d5d and new alternating: reconcile_claims without quotes plus every kept
finding's to_dict 12.3/10.2/11.4 -> 11.1/9.6/11.0 s CPU; the quote check alone, collector on as
in the helper, 8.8 -> 7.0 s; as a Spark task (runs of 20,000 claims, words written, pickled)
21.8 -> 12.5 s. Spark at 1M (`bench/bench_engines.py 1000000 --profile desk --engines spark
pandas --commands report-parquet`, 23:25 UTC): spark 312.4 s wall, 340 CPU-s, tree 4.46 GB; pandas
160.1 s, 164 CPU-s, 4.97 GB (Spark/pandas 2.07x CPU, 1.95x wall); 4867d5d's spark right after
(its worktree, `--engines spark`): 248.2 s, 403 CPU-s, 5.21 GB (load 3.1 against 3.5): 403 -> 340
CPU-s. As a Spark task, quotes included (/tmp/pr/spk.py: runs of 20,000 of the 200k desk claims
reconciled, words written, pickled): 27.7 -> 18.1 s CPU. The pandas command at 1M json (`reconcile report
/tmp/pj/d1m --format json --fail-on never --max-findings 10000`, /usr/bin/time -v, new and
4867d5d back to back twice, byte-identical) did not show a gain above the noise: new then old
140.9 vs 125.6 CPU-s, old then new 133.7 vs 168.9 (3.83-3.88 GB, 182-253 s wall). The floor, at
200k in process (~12 s): the quote check is half (one find_quantities per distinct quote, 111k
of 200k, ~55 us each: tokenize ~17 us, then numbers, units and operators, none over a third),
the rest is Python objects per claim and per kept finding (3,801 topics, 53k stated scopes,
200k findings kept: a frozen ClaimInterval 1.8 us and a Finding 1.6 us to make, ~10 us of
words each); halving it needs a faster parser or fewer objects (columnar findings), not more
of these cuts.
H4's session (3 Dec, issue 15 item 3; load 7-10 from the other engineers throughout, so CPU-s,
not wall). The opt-ins that spread the work to a second process (fork, share_topics) are gone:
neither paid (figures in their commits). Where the 1M desk json goes now (`reconcile report
claims-desk-1000000 --format json --fail-on never` with a line per stage: bench/stage_lines.py,
which wraps the command's Progress; this process's user + sys CPU-s, the helpers' apart, RSS at
the stage's end): read 11.2 + 3.6 (0.69 GB); normalize 11.6 + 3.8, its helper 8.4 (1.63 GB,
peak 1.90); validate 7.5 + 2.1 (1.73 GB); reconcile 61.3 + 5.6, the quote helper 39.1 (3.80 GB:
the report's findings, claim records, stated scopes and estimates, +2.1 GB); render json 35.4 +
9.9 (3.81 GB, peak 3.92). Whole: 517 s wall, 175.2 + 26.1 CPU-s, 3.92 GB, 1.24M minor faults,
load 6.6 -> 8.7, the same bytes as before the session (cmp).
System time, 26 s at 1M (21-35 s in other runs): not the helpers' pickling (their sys is 1.0 s
of it: /usr/bin/time's 26.1 less this process's own 25.1) but (1) writing the 1.37 GB report: a
bare Python loop writing 1.37 GB of text to a file here costs 8.2 s of sys (render's 9.9 s is
that); (2) page faults, ~1.2M (4.9 GB first touched: the heap's 3.9 GB plus pymalloc arenas
given back and taken again; `perf record` at 200k: the kernel 8.7% of all samples, its largest
symbol clear_page_erms, zeroing new pages); (3) reading 400 Parquet and YAML files (3.6 s).
Only (2) is ours to cut, by a smaller heap; (1) is the report's size, fixed by its bytes.
The quote check (unquoted-value, ~40 CPU-s at 1M, nearly all in find_quantities on the ~555k quotes
whose stated value is a bare number, each distinct, ~78 us each on the synthetic "Quote N: 6168
crossed") has no exact pre-check: whether a quote holds a bare stated number depends on words any
distance before or after it, by the parser's own rules ("between 5,000 and 6168" and "from 5,000 to
6168" read 6168 as a range's end, "6168 million" as 6.168e9, "some 6168" and "casi 6168" as
approximate, "17.6168" as one number, "entre 5.000 y 6168" in Spanish the same), and those rules
live in quantities/modifiers.py, units.py and numbers.py, which the extraction engineers change
this week. A pre-check equal to the full parse on every quote would have to restate that grammar
(and follow every change to it); a narrow one (a lone number between words the parser reads nothing
in) needs the parser to export the words its rules read, which it does not. Sped up, the parse
helps both the quote check and normalize; that is the parser owners' lever.
P9's session (s50, issue 15 item 3: the scattered profile's memory; load 5-15 from other work:
RSS and CPU-s, not wall). `python bench/stage_lines.py report P --format json -o out.json
--fail-on never` under /usr/bin/time, P = synth.generate(P, 100000) (scattered). Where the
memory goes at 100k (RSS at each stage's end): read 0.19 GB; normalize 0.41 (peak 0.47, the
parse helper); validate 0.43; reconcile 1.57 (+1.14 GB); render json 1.61, peak 1.70 GB (a
1.33 GB report). What reconcile adds (tracemalloc at 30k, 378k findings kept, +258 MB traced):
the kept findings, ~680 B each, 1.36M of the 1.49M listed at 100k scope differences: per scope
difference its Finding (104 B), claim ids (56), gap and ratio, and its deferred words and scopes
(two _Later, their arguments and the lists of claims chosen on each side: ~450 B, 55% of all
that reconcile adds). A scope difference's words and scopes now share one slotted _ScopePair
that holds a lone side's claim as itself (~140 B): 100k json peak 1.70 -> 1.20 GB (reconcile
stage 1.57 -> 1.07 GB), 95.7 -> 84.7 CPU-s (noise-level at this load), the same 1.33 GB of
JSON (sha256). At 1M scattered (11.7 GB before) the kept findings are ~15M: under 2 GB needs
them not held at all (each topic's findings written as the topic is done), not smaller.
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synth import PROFILES, generate  # noqa: E402


#: runs a command with its output written to the file named first and prints the command's own
#: peak memory (MB) and CPU seconds (user + system: on a shared machine, steadier than the wall clock)
MEASURED = (
    "import resource, subprocess, sys\n"
    "with open(sys.argv[1], 'wb') as out:\n"
    "    subprocess.run(sys.argv[2:], stdout=out)\n"
    "used = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "print(round(used.ru_maxrss / 1024), round(used.ru_utime + used.ru_stime, 1))\n"
)


def summary_of(path: Path) -> str:
    """Findings found (by verdict, kept or not) and omitted, from a JSON report's summary (the
    report's first bytes), as text."""
    import json
    import re

    with open(path, encoding="utf-8") as handle:
        head = handle.read(4096)
    found = re.search(r'"findings":\s*(\{[^}]*\})', head)
    omitted = re.search(r'"omitted":\s*(\{[^}]*\})', head)
    if not found or not omitted:
        return ""
    total = sum(json.loads(found.group(1)).values())
    left = sum(json.loads(omitted.group(1)).values())
    return f"; {total:,} findings found, {total - left:,} listed"


def peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def stages(root: Path, skip_validate: bool, max_findings: int) -> None:
    """Run in a child process so that each size starts from a clean heap. Each stage's wall
    time, this process's CPU time (steadier on a shared machine; a helper process's is not in
    it) and the peak memory so far."""
    from reconcile import Claims, normalize, read, reconcile, validate
    from reconcile.pipeline import render_chunks

    rows = []
    clock = [time.perf_counter(), time.process_time()]

    def lap() -> tuple[float, float]:
        wall, cpu = time.perf_counter() - clock[0], time.process_time() - clock[1]
        clock[:] = [time.perf_counter(), time.process_time()]
        return wall, cpu

    loaded = read([root])
    rows.append(("load", *lap(), peak_mb()))
    if skip_validate:
        project, frame = normalize(loaded, parallel=True)
        rows.append(("normalize", *lap(), peak_mb()))
    else:  # as the command does: GX imported here while a helper process parses values
        from reconcile.expect.gx import warm_up

        project, frame = normalize(loaded, parallel=True, meanwhile=warm_up)
        rows.append(("normalize + GX import", *lap(), peak_mb()))
    if not skip_validate:
        result = validate(Claims(project, frame))
        rows.append((f"validate ({sum(not o.success for o in result.outcomes)} failed)", *lap(), peak_mb()))
        alone = gx_alone(project, frame)
        rows.append(("GX alone, same claims and suite", alone, lap()[1], peak_mb()))
    lap()
    report = reconcile(Claims(project, frame), max_findings=max_findings, parallel=True)
    found = sum(report.summary(0, {})["findings"].values())
    rows.append((f"reconcile ({found:,} findings, {len(report.findings):,} kept)", *lap(), peak_mb()))
    size = sum(len(chunk) for chunk in render_chunks(report, "json", max_findings=max_findings))
    rows.append((f"render json ({size / 1e6:.1f} MB)", *lap(), peak_mb()))
    for name, seconds, cpu, mb in rows:
        print(f"  {name:<44} {seconds:8.2f} s ({cpu:7.2f} s CPU)   peak {mb:8.0f} MB")


def gx_alone(project, frame) -> float:
    """Seconds GX itself takes to run the shipped suite (expectations/claims.json) on the
    same claims, as validate hands them over: the validation frame, GX expectation objects."""
    import datetime

    import importlib

    from reconcile.expect import gx as expect_gx

    # the module: the package exports a function of that name
    expect = importlib.import_module("reconcile.expect.validate")
    from reconcile.expect.frame import validation_frame
    from reconcile.pipeline import default_suite_path

    table = validation_frame(frame)
    suite = expect.load_suite(default_suite_path())
    expectations = [expect_gx.build_expectation(s.type, s.kwargs, s.description, {})
                    for s in suite.expectations]
    parameters = expect.suite_parameters(project, datetime.date.today())
    t = time.perf_counter()
    expect_gx.run_suite(table, expectations, "claims", parameters, expect.MAX_FAILING)
    return time.perf_counter() - t


def one_topic_scaling(sizes: tuple[int, ...] = (10_000, 100_000), profile: str = "scattered",
                      max_findings: int = 10_000) -> None:
    """Reconcile time of one topic of growing size, and its cost per claim against the first
    size's (issue 15: 100,000 claims in one topic within 1.5x the per-claim cost of 10,000)."""
    from reconcile import Claims, normalize, read, reconcile

    print(f"one topic, growing ({profile} profile, --max-findings {max_findings}; reconcile stage only):")
    first = None
    for size in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            # a quarter of the claims in one topic
            root = generate(Path(tmp) / "p", size * 4, big_topic=size, profile=profile)
            project, frame = normalize(read([root]))
            frame = frame[frame["topic"] == "big-topic"]
            t, cpu = time.perf_counter(), time.process_time()
            report = reconcile(Claims(project, frame), max_findings=max_findings)
            seconds, cpu = time.perf_counter() - t, time.process_time() - cpu
            found = sum(report.summary(0, {})["findings"].values())
            per_claim = cpu / len(frame) * 1e6
            ratio = f"  x{per_claim / first:.2f} the per-claim CPU of the first" if first else ""
            print(f"  {len(frame):>7,} claims  {seconds:7.2f} s ({cpu:7.2f} s CPU, {per_claim:6.1f} us/claim)  "
                  f"{found:>13,} findings, {len(report.findings):>6,} kept{ratio}", flush=True)
            first = first or per_claim


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000])
    parser.add_argument("--skip-validate", action="store_true")
    parser.add_argument("--max-findings", type=int, default=10_000,
                        help="findings kept per topic, as reconcile report --max-findings (default 10,000)")
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--formats", default="json", help="report formats to time, comma-separated (json,html)")
    parser.add_argument("--commands-only", action="store_true",
                        help="only the whole commands, in fresh processes (not the stages one by one)")
    parser.add_argument("--scaling", action="store_true", help="only the one-topic scaling check")
    parser.add_argument("--scaling-sizes", type=int, nargs="+", default=[10_000, 100_000],
                        help="claims in the one topic of --scaling (default 10,000 and 100,000)")
    parser.add_argument("--profile", choices=PROFILES, default="scattered",
                        help="synthetic claims: scattered (every pair a scope difference or a conflict) "
                             "or desk (a data desk's: sources near one true value); see bench/synth.py")
    args = parser.parse_args()
    if args.scaling:
        one_topic_scaling(tuple(args.scaling_sizes), args.profile, args.max_findings)
        return
    if args.stage:
        stages(Path(args.stage), args.skip_validate, args.max_findings)
        return
    reconcile_cmd = Path(sys.executable).parent / "reconcile"
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            t = time.perf_counter()
            root = generate(Path(tmp) / "project", size, profile=args.profile)
            print(f"{size:,} claims, {args.profile} profile (generated in {time.perf_counter() - t:.1f} s)")
            extra = ["--skip-validate"] if args.skip_validate else []
            extra += ["--max-findings", str(args.max_findings)]
            if not args.commands_only:
                subprocess.run([sys.executable, __file__, "--stage", str(root), *extra], check=True)
            commands = [["report", str(root), "--format", fmt, "--fail-on", "never",
                         "--max-findings", str(args.max_findings)] for fmt in args.formats.split(",")]
            if not args.skip_validate:
                commands.append(["validate", str(root), "--format", "json"])
            for command in commands:
                t = time.perf_counter()
                output = Path(tmp) / "output"
                done = subprocess.run([sys.executable, "-c", MEASURED, str(output), str(reconcile_cmd), *command],
                                      stdout=subprocess.PIPE, text=True, check=False)
                seconds = time.perf_counter() - t
                child_peak, cpu = (done.stdout.strip().splitlines()[-1].split() if done.stdout.strip()
                                   else ("?", "?"))
                name = " ".join(command[:1] + command[2:4]) if command[0] == "report" else command[0]
                found = summary_of(output) if "json" in command else ""
                print(f"  {'reconcile ' + name:<44} {seconds:8.2f} s   peak {child_peak:>8} MB  "
                      f"({cpu} s CPU; whole command, exit {done.returncode}; output "
                      f"{output.stat().st_size / 1e6:.1f} MB{found})", flush=True)
                output.unlink()


if __name__ == "__main__":
    main()
