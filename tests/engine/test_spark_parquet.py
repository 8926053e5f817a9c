"""``report --format parquet --engine spark`` (issue 15): the claims, findings and estimates
tables computed and written by the executors (reconcile.engine.spark.write_tables), read back
equal to the pandas engine's folder, table by table, with the same summary.json bytes; and the
driver never builds the claim records, the findings list or the pandas claims frame."""
from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import REPO
from sparkhelp import local_engine

import reconcile
from reconcile.engine import PandasStages
from reconcile.report.parquet import SUMMARY, TABLES

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine(partitions=3)


def generated(root: Path, n_claims: int, seed: int, *, parquet: bool = False) -> Path:
    """A project of ``bench/synth.py`` (CSV tables) or ``bench/synth_parquet.py`` (Parquet
    tables), the desk profile (echoes: cites and via), with YAML declarations."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import synth
        import synth_parquet
    finally:
        sys.path.remove(str(REPO / "bench"))
    if parquet:
        return synth_parquet.generate(root, n_claims, profile="desk", big_topic=150, seed=seed)
    return synth.generate(root, n_claims, big_topic=150, seed=seed, profile="desk")


def folders(engine, root: Path, out: Path, method: str = "consensus", max_findings: int = 0,
            validate: bool = True) -> tuple[Path, Path, object]:
    """The folder of each engine, every stage on it (Spark: tables read by Spark)."""
    pandas_run = PandasStages()
    claims = pandas_run.normalize(pandas_run.read(root))
    pandas_run.report_tables(claims, reconcile.validate(claims) if validate else None, out / "pandas",
                             method=method, max_findings=max_findings)
    spark_claims = engine.normalize(engine.read(root))
    written = engine.report_tables(spark_claims, engine.validate(spark_claims) if validate else None,
                                   out / "spark", method=method, max_findings=max_findings)
    return out / "pandas", out / "spark", written


def plain(value):
    """A value pandas read from a nested Parquet column (arrays of dicts of arrays) as lists and dicts."""
    if isinstance(value, np.ndarray):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def assert_same_tables(on_pandas: Path, on_spark: Path, close: tuple[str, ...] = ()) -> None:
    """Each table read back by pandas equal, column by column (dtypes too); the tables named in
    ``close``: numbers to a relative 1e-9, an estimate's claim weights too."""
    for name in TABLES:
        expected, got = pd.read_parquet(on_pandas / name), pd.read_parquet(on_spark / name)
        assert list(got.columns) == list(expected.columns) and len(got) == len(expected), name
        pd.testing.assert_series_equal(got.dtypes, expected.dtypes)
        for column in expected.columns:
            mine, theirs = got[column], expected[column]
            if mine.dtype == object and any(isinstance(v, (np.ndarray, dict)) for v in theirs):
                mine, theirs = [plain(v) for v in mine], [plain(v) for v in theirs]
                if name in close and column == "claims":
                    assert [[w["id"] for w in row] for row in mine] == [[w["id"] for w in row] for row in theirs]
                    assert all(math.isclose(a["weight"], b["weight"], rel_tol=1e-9, abs_tol=1e-12)
                               for x, y in zip(mine, theirs) for a, b in zip(x, y)), (name, column)
                else:
                    assert mine == theirs, (name, column)
            else:
                pd.testing.assert_series_equal(mine, theirs, check_exact=name not in close, rtol=1e-9, atol=0.0)
    assert (on_spark / "findings" / "_SUCCESS").exists()  # written by Spark


def test_the_seed_project_gives_the_pandas_engines_folder(engine, tmp_path):
    on_pandas, on_spark, written = folders(engine, REPO, tmp_path, max_findings=3)
    summary = json.loads((on_pandas / SUMMARY).read_text(encoding="utf-8"))
    assert summary["summary"]["omitted"] and "validation" in summary  # the limit left some out
    assert len(pd.read_parquet(on_pandas / "findings")) and len(pd.read_parquet(on_pandas / "estimates"))
    assert_same_tables(on_pandas, on_spark)
    assert (on_spark / SUMMARY).read_bytes() == (on_pandas / SUMMARY).read_bytes()
    assert written.record == summary


@pytest.mark.parametrize("parquet, method", [(False, "consensus"), (True, "prefer"), (True, "hull")])
def test_a_generated_project_gives_the_pandas_engines_folder(engine, tmp_path, parquet, method):
    root = generated(tmp_path / "project", 3_000, 5, parquet=parquet)
    on_pandas, on_spark, _ = folders(engine, root, tmp_path, method=method, max_findings=4, validate=parquet)
    summary = json.loads((on_pandas / SUMMARY).read_text(encoding="utf-8"))["summary"]
    assert summary["claims"] >= 3_000 and summary["topics"] > 10 and summary["omitted"]
    assert_same_tables(on_pandas, on_spark)
    assert (on_spark / SUMMARY).read_bytes() == (on_pandas / SUMMARY).read_bytes()


@pytest.mark.parametrize("method", ["consensus", "truth-discovery"])
def test_runs_of_a_few_claims_give_the_same_folder(engine, tmp_path, monkeypatch, method):
    """Each task reconciles its topics in runs (``RUN_CLAIMS`` claims, whole topics): with
    runs of 40 claims, many per task, the tables and the summary are still the pandas engine's."""
    import reconcile.engine.spark as spark_engine

    monkeypatch.setattr(spark_engine, "RUN_CLAIMS", 40)
    root = generated(tmp_path / "project", 2_000, 7, parquet=True)
    on_pandas, on_spark, _ = folders(engine, root, tmp_path, method=method, max_findings=3, validate=False)
    summary = json.loads((on_pandas / SUMMARY).read_text(encoding="utf-8"))["summary"]
    assert summary["topics"] > 20 and summary["omitted"]
    assert_same_tables(on_pandas, on_spark, close=("estimates", "sources") if method == "truth-discovery" else ())
    assert (on_spark / SUMMARY).read_bytes() == (on_pandas / SUMMARY).read_bytes()


def test_truth_discovery_tables_agree_to_a_relative_1e_9(engine, tmp_path):
    root = generated(tmp_path / "project", 2_000, 3, parquet=True)
    on_pandas, on_spark, _ = folders(engine, root, tmp_path, method="truth-discovery", validate=False)
    estimates = pd.read_parquet(on_pandas / "estimates")
    assert (estimates["method"] == "truth-discovery").all() and len(estimates)
    assert pd.read_parquet(on_pandas / "sources")["reliability"].notna().any()
    assert_same_tables(on_pandas, on_spark, close=("estimates", "sources"))
    assert (on_spark / SUMMARY).read_bytes() == (on_pandas / SUMMARY).read_bytes()


def test_the_driver_never_builds_the_claims_or_the_findings(engine, tmp_path, monkeypatch):
    """Under --engine spark --format parquet the driver builds no claim record, no list of
    findings and no pandas frame of the claims: each would fail here (the executors, other
    processes, are not patched)."""
    import reconcile.engine.spark as spark_engine
    import reconcile.engine.tables as tables
    import reconcile.pipeline as pipeline
    from reconcile.cli.main import main

    root = generated(tmp_path / "project", 2_000, 9, parquet=True)
    runner = CliRunner()
    on_pandas = runner.invoke(main, ["report", str(root), "--format", "parquet", "-o", f"{tmp_path / 'pandas'}/",
                                     "--max-findings", "5"])
    assert on_pandas.exit_code == 1, on_pandas.output  # the conflicts put in

    def never(*args, **kwargs):
        raise AssertionError("the driver built what the executors write")

    for module, name in ((pipeline, "claim_records"), (spark_engine, "topic_results"), (tables, "to_pandas"),
                         (pipeline, "reconcile"), (spark_engine.SparkStages, "reconcile")):
        monkeypatch.setattr(module, name, never)
    on_spark = runner.invoke(main, ["report", str(root), "--format", "parquet", "-o", f"{tmp_path / 'spark'}/",
                                    "--max-findings", "5", "--engine", "spark", "--spark-master", "local[2]"])
    assert on_spark.exit_code == on_pandas.exit_code, on_spark.output
    assert on_spark.stderr.replace("/spark/", "/pandas/") == on_pandas.stderr  # the same exit message
    assert_same_tables(tmp_path / "pandas", tmp_path / "spark")
    assert (tmp_path / "spark" / SUMMARY).read_bytes() == (tmp_path / "pandas" / SUMMARY).read_bytes()


def test_a_tasks_function_carries_the_projects_broadcast_not_its_topics(engine, tmp_path, monkeypatch):
    """The reconciler's tasks read the project from one broadcast (unpickled once per Python
    worker): a task's function, unpickled in every task, stays small however many topics the
    project declares (600,000 at 30M desk claims: 86 MB in each of 600 tasks before)."""
    import dataclasses

    from pyspark import Broadcast, cloudpickle

    import reconcile.engine.spark as spark_engine
    from reconcile.engine.spark import RUN_CLAIMS, _shared_project, _topic_result, _topics_tables

    given: list = []
    for name in ("_topic_result", "_topics_tables"):
        made = getattr(spark_engine, name)
        monkeypatch.setattr(spark_engine, name, lambda *args, made=made: given.append(args[0]) or made(*args))
    claims = engine.normalize(engine.read(REPO))
    engine.reconcile(claims)                                          # a JSON report's findings
    engine.report_tables(claims, None, tmp_path / "tables")          # --format parquet
    assert len(given) == 2 and all(isinstance(handle, Broadcast) for handle in given)

    project = reconcile.read(REPO)
    one = next(iter(project.topics.values()))
    many = dataclasses.replace(project, topics={f"topic-{i:05d}": dataclasses.replace(one, id=f"topic-{i:05d}")
                                                for i in range(20_000)})
    shared = _shared_project(engine.spark, many)
    context = engine.spark.sparkContext
    try:
        columns = ["id", "topic", "value"]
        for task in (_topic_result(shared, columns, 0, RUN_CLAIMS),
                     _topics_tables(shared, columns, 0, "consensus", RUN_CLAIMS)):
            assert len(cloudpickle.dumps(task)) < 20_000
        assert len(cloudpickle.dumps(many)) > 1_000_000   # what each task carried
        assert shared.value.raw is None and len(shared.value.topics) == 20_000
    finally:
        # pickling a broadcast notes it for the next Python function Spark prepares (pyspark's
        # ``_pickled_broadcast_vars``): the next test's job must not carry this one, destroyed
        context._pickled_broadcast_vars.clear()
        shared.destroy()


def test_the_folder_rules_hold_on_spark(engine, tmp_path, make_project):
    """The target checks of write_parquet: never into a folder of other files, nothing half-written."""
    from conftest import claim

    from reconcile.errors import OutputError

    maker = make_project().source("a", claim(id="a1", value="more than 500")).source("b", claim(id="b1", value="90"))
    claims = engine.normalize(engine.read(maker.root))
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="holds other files"):
        engine.report_tables(claims, None, taken)
    assert sorted(p.name for p in taken.iterdir()) == ["notes.txt"]
    written = engine.report_tables(claims, None, tmp_path / "out")
    assert written.failing_count("conflict") == 1
    again = engine.report_tables(claims, None, tmp_path / "out")  # an earlier report: replaced
    assert again.record == written.record
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
