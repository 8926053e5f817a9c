"""bench/bench_engines.py keeps a run's standard error in a file and names why it failed."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import bench_engines  # noqa: E402


def test_the_cause_of_a_failed_run_is_named_not_the_stack_s_last_frames():
    stderr = "\n".join([
        "26/12/04 WARN TaskSetManager: Stage 12 contains a task of very large size",
        "26/12/04 ERROR Executor: Exception in task 3.0 in stage 12.0 (TID 40)",
        "org.apache.spark.api.python.PythonException: Traceback (most recent call last):",
        "MemoryError",
        *["\tat org.apache.spark.scheduler.Task.run(Task.scala:147)"] * 40,
    ])
    lines = bench_engines.failure_lines(stderr)
    assert lines[:3] == ["26/12/04 ERROR Executor: Exception in task 3.0 in stage 12.0 (TID 40)",
                         "org.apache.spark.api.python.PythonException: Traceback (most recent call last):",
                         "MemoryError"]
    assert "WARN" not in " ".join(lines)


def test_a_run_s_standard_error_goes_to_a_file_it_keeps(tmp_path):
    # more than a pipe holds (64 KB): a pipe read only at the end would stall the run
    log = tmp_path / "run.stderr.log"
    script = "import sys\nfor _ in range(20000): sys.stderr.write('WARN a warning of Spark\\n')\nsys.exit(1)"
    run = bench_engines.measure([sys.executable, "-c", script], limit=8 * 1024 ** 3, timeout=60, log=log)
    assert run["code"] == 1 and not run["killed"]
    assert log.read_text().count("WARN a warning of Spark") == 20000
