"""The Spark engine (reconcile.engine.spark) in local mode: the same validation and the same
report as the pandas engine. One small session for the module (local[2], two shuffle
partitions, no UI). Skipped with the reason when pyspark or Java is missing; ``-m "not spark"``
skips them on purpose (Spark takes a while to start)."""
from __future__ import annotations

import datetime
import json
import math
import os
import shutil
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import REPO, claim

import reconcile
from reconcile.expect.validate import MAX_FAILING, run_suites
from reconcile.model.records import CLAIM_COLUMNS, Project, Source, Topic

pytestmark = pytest.mark.spark

pytest.importorskip("pyspark", reason="the Spark engine needs pyspark: pip install reconcile[spark]")
if shutil.which("java") is None:
    pytest.skip("the Spark engine needs Java 17 or newer (java is not on PATH)", allow_module_level=True)

from reconcile.engine.spark import POSITION, SparkStages, SuitesOnSpark, session, to_spark  # noqa: E402

SYNTH = REPO / "bench" / "synth.py"
TODAY = datetime.date(2024, 1, 1)
TOPIC = "venezuelan-military-defections-2019"
CONF = {"spark.sql.shuffle.partitions": "2", "spark.ui.enabled": "false"}


@pytest.fixture(scope="module")
def spark():
    return session("local[2]", CONF)


@pytest.fixture(scope="module")
def engine(spark):
    stages = SparkStages("local[2]", CONF)
    stages._spark = spark
    return stages


# --- the two traps of issue 15 ------------------------------------------------------------------

def test_executors_run_this_interpreter(spark):
    """PYSPARK_PYTHON: a worker that ran another Python would import another reconcile."""
    def which(batches):
        for batch in batches:
            yield pd.DataFrame({"executable": [sys.executable] * len(batch)})

    seen = {row.executable for row in spark.range(4, numPartitions=2).mapInPandas(which, "executable string").collect()}
    assert seen == {sys.executable}


def test_a_missing_float_is_a_null_not_a_nan(spark):
    frame = pd.DataFrame({"lower": [1.0, np.nan, 3.0], "upper": [np.nan, np.nan, 2.0]})
    df = to_spark(spark, frame, position=True)
    assert df.filter("isnan(lower) or isnan(upper)").count() == 0
    assert df.filter("lower is null").count() == 1 and df.filter("upper is null").count() == 2
    assert [row[POSITION] for row in df.orderBy(POSITION).collect()] == [0, 1, 2]


# --- validation: the same outcomes as the pandas engine -----------------------------------------

def frame(*rows: dict) -> pd.DataFrame:
    base = {"id": "mc-1", "source": "migracion-colombia", "topic": TOPIC, "text": "more than 500", "lang": "en",
            "lower": 500.0, "upper": np.nan, "lower_inclusive": False, "upper_inclusive": False,
            "qualifier": "more-than", "population": ("police", "soldiers"), "criterion": "crossed-into-colombia",
            "place": "CO", "as_of": "2019-03-07", "stated_on": "2019-03-07", "quote": None, "url": None,
            "via": None, "cites": None, "part_of": None, "complete": False, "note": None,
            "file": "sources/migracion-colombia.yaml", "line": 5}
    df = pd.DataFrame([{**base, **row} for row in rows], columns=list(CLAIM_COLUMNS))
    return df.astype({"lower": "float64", "upper": "float64"})


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "expectations").mkdir()
    shutil.copy(REPO / "expectations" / "claims.json", tmp_path / "expectations" / "claims.json")
    return Project(root=str(tmp_path),
                   sources={"migracion-colombia": Source("migracion-colombia", "Migración Colombia"),
                            "mindef": Source("mindef", "Ministerio de la Defensa")},
                   topics={TOPIC: Topic(TOPIC, bounds=(0, 150000))})


SCENARIOS = {
    "good": [{}, {"id": "b", "lower": 109.0, "upper": 109.0, "qualifier": "exact", "text": "109", "line": 9}],
    # the NaN trap: a lost upper bound of a closed interval must fail "not null", as in pandas
    "missing text and qualifier": [{}, {"id": "b", "text": None, "qualifier": None, "line": 9}],
    "lower above upper": [{}, {"id": "bad", "lower": 600.0, "upper": 500.0, "qualifier": "range",
                               "file": "sources/mindef.yaml", "line": 31}],
    "above the topic's bounds": [{"lower": 200000.0, "upper": 250000.0, "qualifier": "range"}],
    "duplicate ids": [{"id": "dup", "line": 40}, {"id": "dup", "line": 3}, {"id": "other", "line": 9}],
    "unknown source and place": [{"source": "nobody", "line": 12}, {"id": "x", "place": "XX", "line": 2}],
    "malformed and future dates": [{"as_of": "2019-3-7"}, {"id": "f", "stated_on": "2024-01-02", "line": 8},
                                   {"id": "far", "as_of": "3019-03-07", "line": 9}],
    "more failures than are listed": [{"id": f"c{i}", "source": "nobody", "line": i + 1,
                                       "file": f"sources/{'ab'[i % 2]}.yaml"} for i in range(MAX_FAILING + 7)],
}


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_the_suites_give_the_same_outcomes_on_spark(spark, project, scenario):
    claims = frame(*SCENARIOS[scenario])
    on_pandas, _ = run_suites(claims, project, today=TODAY)
    on_spark, _ = run_suites(claims, project, today=TODAY, runner=SuitesOnSpark(spark))
    assert on_spark == on_pandas
    if scenario != "good":
        assert not on_spark.success


def test_a_lost_upper_bound_fails_not_null_on_spark(spark, project, tmp_path):
    """The trap itself: GX's not-null check on Spark passes a NaN; the engine sends a null."""
    suite = {"name": "t", "expectations": [{"type": "expect_column_values_to_not_be_null",
                                            "kwargs": {"column": "upper"}}]}
    (tmp_path / "expectations" / "claims.json").write_text(json.dumps(suite), "utf-8")
    claims = frame({}, {"id": "closed", "lower": 1.0, "upper": 2.0, "line": 8})
    validation, _ = run_suites(claims, project, today=TODAY, runner=SuitesOnSpark(spark))
    (outcome,) = [o for o in validation.outcomes if o.expectation == "expect_column_values_to_not_be_null"]
    assert not outcome.success
    assert outcome.failing == ("sources/migracion-colombia.yaml:5 (mc-1)",)


def test_a_topic_suite_and_the_whole_table_check(spark, project, tmp_path):
    (tmp_path / "expectations" / f"{TOPIC}.json").write_text(json.dumps({"name": TOPIC, "expectations": [
        {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "max_value": 300}},
        {"type": "expect_table_columns_to_match_set", "kwargs": {"column_set": list(CLAIM_COLUMNS)}}]}), "utf-8")
    claims = frame({}, {"id": "other-topic", "topic": "other", "lower": 900.0, "line": 7},
                   {"id": "low", "lower": 10.0, "line": 9})
    on_pandas, _ = run_suites(claims, project, today=TODAY)
    on_spark, _ = run_suites(claims, project, today=TODAY, runner=SuitesOnSpark(spark))
    assert on_spark == on_pandas
    (between,) = [o for o in on_spark.outcomes if o.suite == f"expectations/{TOPIC}.json"
                  and o.expectation == "expect_column_values_to_be_between"]
    assert between.failing == ("sources/migracion-colombia.yaml:5 (mc-1)",)


# --- the report: byte-identical JSON ------------------------------------------------------------

def reports(engine, path: Path, method: str = "consensus") -> tuple[str, str]:
    """The JSON report of each engine, every stage on it (Spark: values parsed in the executors)."""
    claims = reconcile.normalize(reconcile.read(path))
    spark_claims = engine.normalize(engine.read(path))  # its tables (CSV, Parquet) read by Spark
    pd.testing.assert_frame_equal(spark_claims.frame, claims.frame)  # the same claims frame, dtypes too
    on_pandas = reconcile.estimate(reconcile.reconcile(claims, reconcile.validate(claims)), method)
    on_spark = engine.estimate(engine.reconcile(spark_claims, engine.validate(spark_claims)), method)
    return reconcile.render(on_pandas, "json"), reconcile.render(on_spark, "json")


def test_the_seed_project_reports_the_same_bytes(engine):
    on_pandas, on_spark = reports(engine, REPO)
    assert json.loads(on_pandas)["findings"]  # a report with something in it
    assert on_spark == on_pandas


def synthetic(root: Path, n_claims: int, seed: int) -> Path:
    sys.path.insert(0, str(SYNTH.parent))
    try:
        import synth
    finally:
        sys.path.remove(str(SYNTH.parent))
    return synth.generate(root, n_claims, big_topic=300, seed=seed)


@pytest.mark.parametrize("seed, run_claims", [(7, None), (11, 60)])
def test_generated_projects_report_the_same_bytes(engine, tmp_path, monkeypatch, seed, run_claims):
    """(11: each task reconciles its topics in runs of 60 claims or so, many runs a task.)"""
    import reconcile.engine.spark as spark_engine

    if run_claims:
        monkeypatch.setattr(spark_engine, "RUN_CLAIMS", run_claims)
    root = synthetic(tmp_path / "project", 2_000, seed)
    on_pandas, on_spark = reports(engine, root)
    data = json.loads(on_pandas)
    assert len(data["claims"]) >= 2_000 and data["findings"] and data["summary"]["topics"] > 10
    assert on_spark == on_pandas


def close(a, b, path: str = "") -> None:
    """Equal, numbers to a relative 1e-9."""
    if isinstance(a, float) or isinstance(b, float):
        assert math.isclose(a, b, rel_tol=1e-9, abs_tol=0.0) or a == b, (path, a, b)
    elif isinstance(a, dict):
        assert a.keys() == b.keys(), path
        for key in a:
            close(a[key], b[key], f"{path}.{key}")
    elif isinstance(a, list):
        assert len(a) == len(b), path
        for i, (x, y) in enumerate(zip(a, b)):
            close(x, y, f"{path}[{i}]")
    else:
        assert a == b, (path, a, b)


def test_truth_discovery_agrees_to_a_relative_1e_9(engine, tmp_path):
    root = synthetic(tmp_path / "project", 1_500, 3)
    on_pandas, on_spark = reports(engine, root, "truth-discovery")
    pandas_data, spark_data = json.loads(on_pandas), json.loads(on_spark)
    assert pandas_data["estimates"] and any(e.get("method") == "truth-discovery" for e in pandas_data["estimates"])
    close(spark_data, pandas_data)


def test_the_command_line_runs_on_spark(engine, make_project, monkeypatch):
    from reconcile.cli.main import main

    maker = make_project().source("a", claim(id="a1", value="more than 500"), claim(id="a2", value="120"))
    maker.source("b", claim(id="b1", value="about 90"))
    runner = CliRunner()
    on_pandas = runner.invoke(main, ["report", str(maker.root), "--format", "json", "--fail-on", "never"])
    monkeypatch.setenv("RECONCILE_ENGINE", "spark")
    on_spark = runner.invoke(main, ["report", str(maker.root), "--format", "json", "--fail-on", "never",
                                    "--spark-master", "local[2]", "--spark-conf", "spark.sql.shuffle.partitions=2"])
    assert on_spark.exit_code == on_pandas.exit_code == 0, on_spark.output
    assert on_spark.stdout == on_pandas.stdout
    validated = [runner.invoke(main, ["validate", str(maker.root), "--format", "json", "--engine", engine])
                 for engine in ("spark", "pandas")]
    assert validated[0].exit_code == validated[1].exit_code
    assert validated[0].stdout == validated[1].stdout


def test_a_command_in_a_process_of_its_own_runs_its_topics_on_this_interpreter(make_project):
    """The session is this engine's (master, executors' Python), not one Great Expectations
    starts first: the report's topics run in Python workers that import pyarrow and reconcile."""
    import subprocess

    maker = make_project().source("a", claim(id="a1", value="more than 500"), claim(id="a2", value="120"))
    command = [sys.executable, "-m", "reconcile", "report", str(maker.root), "--format", "json", "--fail-on", "never"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYSPARK_")}
    on_pandas = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    on_spark = subprocess.run(command + ["--engine", "spark", "--spark-master", "local[1]"],
                              capture_output=True, text=True, env=env, timeout=600)
    assert on_spark.returncode == on_pandas.returncode == 0, on_spark.stderr[-2000:]
    assert on_spark.stdout == on_pandas.stdout
    assert "Traceback" not in on_spark.stderr


# --- --format parquet: the same tables, written by Spark ----------------------------------------

def test_the_parquet_tables_spark_writes_equal_the_pandas_engines(engine, tmp_path):
    import pyarrow.parquet as pq

    from reconcile.engine import PandasStages
    from reconcile.report.parquet import SUMMARY, TABLES

    root = synthetic(tmp_path / "project", 1_200, 13)
    claims = reconcile.normalize(reconcile.read(root))
    on_pandas = reconcile.reconcile(claims)
    PandasStages().write_parquet(on_pandas, tmp_path / "pandas", max_findings=40)
    engine.write_parquet(engine.reconcile(claims), tmp_path / "spark", max_findings=40)
    listed = json.loads(reconcile.render(on_pandas, "json", max_findings=40))
    assert listed["summary"]["omitted"] and listed["findings"]
    for name in TABLES:
        on_spark = pq.read_table(tmp_path / "spark" / name)
        assert on_spark.to_pylist() == pq.read_table(tmp_path / "pandas" / name).to_pylist(), name
    assert (tmp_path / "spark" / "findings" / "_SUCCESS").exists()  # Spark's own part files
    findings = [{k: v for k, v in row.items() if v is not None or k not in ("agreed", "scopes", "fields")}
                for row in pq.read_table(tmp_path / "spark" / "findings").to_pylist()]
    assert findings == listed["findings"]
    assert (tmp_path / "spark" / SUMMARY).read_bytes() == (tmp_path / "pandas" / SUMMARY).read_bytes()


def test_report_format_parquet_on_spark_by_the_command_line(engine, make_project, tmp_path):
    import pandas as pd

    from reconcile.cli.main import main

    maker = make_project().source("a", claim(id="a1", value="more than 500"), claim(id="a2", value="120"))
    maker.source("b", claim(id="b1", value="about 90"))
    out = tmp_path / "tables"
    result = CliRunner().invoke(main, ["report", str(maker.root), "--engine", "spark", "--spark-master", "local[2]",
                                       "--format", "parquet", "-o", f"{out}/", "--no-validate"])
    assert result.exit_code == 1, result.output  # the conflicts, as in every format
    as_json = json.loads(CliRunner().invoke(main, ["report", str(maker.root), "--format", "json",
                                                   "--no-validate"]).stdout)
    assert pd.read_parquet(out / "claims")["id"].tolist() == [c["id"] for c in as_json["claims"]]
    assert pd.read_parquet(out / "findings")["kind"].tolist() == [f["kind"] for f in as_json["findings"]]


# --- stated values parsed in the executors --------------------------------------------------------

def test_the_executors_parse_with_the_projects_settings(spark):
    from reconcile.claims.build import parse_keys
    from reconcile.engine.values import parse_on_spark
    from reconcile.model.records import QuantityConfig

    config = QuantityConfig(tolerance=0.25)
    keys = [("about 100", "en"), ("más de 1.200", "es"), ("1.200", None), ("unos 1,5 millones", None),
            ("not a number at all", "en"), None, ("hundreds", "en"), ("30%", "en")]
    on_spark = parse_on_spark(spark, keys, config)
    assert on_spark == parse_keys(keys, config)
    assert on_spark[0][:2] == (75.0, 125.0)  # the project's tolerance, not the default 10%
    assert on_spark[4] is None and on_spark[5] is None


def test_a_value_the_parser_refuses_is_the_same_error_on_spark(engine, make_project):
    from reconcile.errors import QuantityError

    maker = make_project().source("a", claim(id="a1", value="more than 500"), claim(id="a2", value="lots and lots"))
    errors = []
    for normalize in (reconcile.normalize, engine.normalize):
        with pytest.raises(QuantityError) as caught:
            normalize(reconcile.read(maker.root))
        errors.append(str(caught.value))
    assert errors[0] == errors[1] and "lots and lots" in errors[0] and "a.yaml:" in errors[0]
