"""Claims tables read by Spark (reconcile.engine.tables): with --engine spark the driver never
reads a CSV or Parquet table's rows; the claims, the validation, the report and every error
(message, file, line, field, fix) are the pandas engine's."""
from __future__ import annotations

import json
import sys

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import REPO, TOPIC, write_typed_parquet
from sparkhelp import local_engine

import reconcile
from reconcile.errors import ReconcileError
from reconcile.sources import tables

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def both(engine, root):
    """The claims of ``root`` by each engine (the Spark engine reads its own tables)."""
    on_pandas = reconcile.normalize(reconcile.read(root))
    project = engine.read(root)
    assert engine._noted, "the Spark engine noted no table to read"
    return on_pandas, engine.normalize(project)


def same(engine, root):
    on_pandas, on_spark = both(engine, root)
    pd.testing.assert_frame_equal(on_spark.frame, on_pandas.frame)  # the same claims frame, dtypes too
    assert on_spark.project == on_pandas.project
    report = reconcile.render(reconcile.reconcile(on_pandas, reconcile.validate(on_pandas)), "json")
    spark_report = reconcile.render(engine.reconcile(on_spark, engine.validate(on_spark)), "json")
    assert spark_report == report
    return on_pandas


def error(function, *args):
    with pytest.raises(ReconcileError) as caught:
        function(*args)
    exc = caught.value
    return (type(exc).__name__, str(exc), exc.file, exc.line, exc.field, exc.hint)


def same_error(engine, root):
    on_pandas = error(lambda: reconcile.normalize(reconcile.read(root)))
    on_spark = error(lambda: engine.normalize(engine.read(root)))
    assert on_spark == on_pandas
    return on_pandas


def csv_project(make_project, rows: list[str], header: str = "id,source,topic,value,place,as_of,part_of"):
    maker = make_project()
    maker.source("migracion-colombia", name="Migración Colombia", aliases=["Migracion"])
    maker.write("sources/compiler.yaml", "source:\n  id: compiler\n  name: Compiler\n  compiles: true\n"
                                         "claims: figures.csv\n")
    maker.write("sources/figures.csv", "\n".join([header, *rows]) + "\n")
    return maker.root


GOOD = ["a1,Migración Colombia,{t},more than 500,CO,2019-03-07,",
        "a2,migracion,{t},about 1200,CO,2019-03-08,",
        "a3,Some Outlet,{t},300,CO-NSA,2019-03-09,a5",
        'a4,,{t},"1,100",CO,2019-03-08,',
        "a5,Some Outlet,{t},between 900 and 1200,CO,2019-03-09,"]


def good_rows():
    return [r.format(t=TOPIC) for r in GOOD]


def test_a_csv_table_gives_the_same_claims_validation_and_report(engine, make_project):
    root = csv_project(make_project, good_rows())
    claims = same(engine, root)
    assert "some-outlet" in claims.project.sources  # a compiled claimant, made from its first row


def test_a_parquet_table_gives_the_same_claims_validation_and_report(engine, make_project):
    root = csv_project(make_project, good_rows())
    frame = pd.read_csv(root / "sources" / "figures.csv", dtype=str)
    frame.loc[1, "value"] = None  # a missing cell, and a number stored as a number
    frame["lower"] = None
    table = pa.table({"id": frame["id"], "source": frame["source"].fillna(""), "topic": frame["topic"],
                      "value": pa.array([500, None, 300, 1100, 95], type=pa.int64()),
                      "place": frame["place"], "as_of": frame["as_of"], "part_of": frame["part_of"]})
    pq.write_table(table, root / "sources" / "figures.parquet", row_group_size=2)
    (root / "sources" / "figures.csv").unlink()
    (root / "sources" / "compiler.yaml").write_text(
        "source:\n  id: compiler\n  name: Compiler\n  compiles: true\nclaims: figures.parquet\n", encoding="utf-8")
    bad = same_error(engine, root)  # the row without a value
    assert bad[3] == 2 and bad[4] == "value"
    table = table.set_column(3, "value", pa.array([500, 1200, 300, 1100, 95], type=pa.int64()))
    pq.write_table(table, root / "sources" / "figures.parquet", row_group_size=2)
    same(engine, root)


@pytest.mark.parametrize("flag", [True, False])
def test_typed_parquet_columns_give_the_same_claims_and_report(engine, make_project, flag):
    """Dates, timestamps, flags and lists stored as typed columns (as pandas and Spark write them)
    are read as their values by both engines; a typed ``complete`` decides a breakdown-conflict."""
    maker = make_project()
    write_typed_parquet(maker, flag)
    claims = same(engine, maker.root)
    kinds = {f.kind for f in reconcile.reconcile(claims).findings}
    assert ("breakdown-conflict" in kinds) is flag


def test_a_generated_parquet_project_and_yaml_claims_joined_in(engine, tmp_path):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from synth_parquet import generate
    finally:
        sys.path.remove(str(REPO / "bench"))
    root = tmp_path / "project"
    generate(root, 3_000, profile="desk")
    first = sorted((root / "sources").glob("source-*.parquet"))[0]
    topic = pq.read_table(first).column("topic")[0].as_py()
    (root / "sources" / "extra.yaml").write_text(
        f"source:\n  id: extra\n  name: Extra\nclaims:\n  - topic: {topic}\n    value: about 700\n"
        "    place: CO\n    as_of: 2019-03-07\n", encoding="utf-8")
    same(engine, root)


def test_the_driver_does_not_read_the_tables(engine, make_project, monkeypatch):
    root = csv_project(make_project, good_rows())
    on_pandas = reconcile.normalize(reconcile.read(root))

    def refuse(data, display):
        raise AssertionError(f"the driver read {display}")

    monkeypatch.setitem(tables.TABLE_READERS, ".csv", refuse)
    monkeypatch.setattr(tables, "_frame_csv", refuse)
    with pytest.raises(AssertionError):
        reconcile.read(root)  # the pandas engine reads it
    on_spark = engine.normalize(engine.read(root))
    pd.testing.assert_frame_equal(on_spark.frame, on_pandas.frame)


@pytest.mark.parametrize("row, field", [
    ("a9,Migracion,{t},about 40,Atlantis,2019-03-09,", "place"),         # unknown place
    ("a9,Migracion,{t},lots of people,CO,2019-03-09,", "value"),         # a value the parser refuses
    ("a9,Nobody Known,{t},40,CO,2019-03-09,", "source"),                 # not compiled: see below
    ("a1,Migracion,{t},41,CO,2019-03-09,", "id"),                        # duplicate id
    ("a9,Migracion,{t},41,CO,2019-03-09,nope", "part_of"),               # names no claim
    ("a9,Migracion,{t},41,CO,2019-03-09,a3", "part_of"),                 # a total of another source
    ("a9,Migracion,other-topic,41,CO,2019-03-09,", "topic"),             # unknown topic
])
def test_a_bad_row_is_the_same_error(engine, make_project, row, field):
    root = csv_project(make_project, [*good_rows(), row.format(t=TOPIC)])
    if field == "source":  # a table that compiles takes any name: make it one that does not
        (root / "sources" / "compiler.yaml").write_text(
            "source:\n  id: compiler\n  name: Compiler\nclaims: figures.csv\n", encoding="utf-8")
    found = same_error(engine, root)
    assert found[2] == "sources/figures.csv" and found[4] == field
    assert found[3] == (4 if field == "source" else 7)  # the source: the first row naming an unknown


@pytest.mark.parametrize("earlier, later", [
    ("a8,Migracion,{t},lots of people,CO,2019-03-09,", "a9,Migracion,other-topic,41,CO,2019-03-09,"),
    ("a8,Migracion,{t},40,Atlantis,2019-03-09,", "a9,Migracion,{t},lots of people,CO,2019-03-09,"),
    ("a8,Migracion,{t},40,CO,2019-13-45,", "a9,Migracion,other-topic,41,CO,2019-03-09,"),
])
def test_of_two_bad_rows_both_engines_report_the_first_in_file_order(engine, make_project, earlier, later):
    root = csv_project(make_project, [*good_rows(), earlier.format(t=TOPIC), later.format(t=TOPIC)])
    found = same_error(engine, root)
    assert found[2] == "sources/figures.csv" and found[3] == 7


def test_a_loop_of_parts_and_the_same_claim_twice(engine, make_project):
    rows = good_rows()
    rows[0] = rows[0] + "a6"
    loop = [*rows, f"a6,Migracion,{TOPIC},10,CO,2019-03-09,a1"]
    found = same_error(engine, csv_project(make_project, loop))
    assert "a part of itself" in found[1]
    twice = [*good_rows(), f",Migracion,{TOPIC},10,CO,2019-03-09,", f",Migracion,{TOPIC},10,CO,2019-03-09,"]
    found = same_error(engine, csv_project(make_project, twice))
    assert "written twice" in found[1] and found[3] == 8


def test_a_csv_with_a_line_break_in_a_cell_is_read_line_for_line_as_pandas_does(engine, make_project):
    rows = good_rows()
    rows[2] = rows[2].replace("300", '"300"') + "\n" + f'a7,Migracion,{TOPIC},"between 10\nand 20",CO,2019-03-09,'
    claims = same(engine, csv_project(make_project, rows))  # the cell with a line break
    assert claims.frame["line"].tolist() == [2, 3, 4, 5, 7, 8]
    root2 = csv_project(make_project, [*good_rows(), "", f"a8,Migracion,{TOPIC},12,CO,2019-03-09,"])
    claims = same(engine, root2)  # a blank line: line numbers as the file's
    assert claims.frame["line"].tolist()[-1] == 8


def test_the_command_line_reads_tables_on_spark(engine, make_project, monkeypatch):
    from click.testing import CliRunner

    from reconcile.cli.main import main

    root = csv_project(make_project, good_rows())
    monkeypatch.chdir(root)
    on_pandas = CliRunner().invoke(main, ["report", "--format", "json", "--no-validate"])
    monkeypatch.setattr("reconcile.engine.stages", lambda *a, **k: engine)
    monkeypatch.setattr("reconcile.cli.main.stages", lambda *a, **k: engine)
    on_spark = CliRunner().invoke(main, ["report", "--format", "json", "--no-validate", "--engine", "spark"])
    assert on_spark.exit_code == on_pandas.exit_code == 0, on_spark.output
    assert json.loads(on_spark.stdout) == json.loads(on_pandas.stdout)
    bad = csv_project(make_project, [*good_rows(), f"a9,Migracion,{TOPIC},about 40,Atlantis,2019-03-09,"])
    monkeypatch.chdir(bad)
    failed = CliRunner().invoke(main, ["validate", "--engine", "spark"])
    assert failed.exit_code == 2 and "sources/figures.csv:7" in failed.output and "Atlantis" in failed.output


def test_an_unknown_criterion_in_a_topics_criteria_is_the_same_error(engine, make_project):
    root = csv_project(make_project, good_rows(), header="id,source,topic,value,place,as_of,part_of")
    (root / "sources" / "figures.csv").write_text(
        "id,source,topic,value,place,as_of,criterion\n"
        f"a1,Migración Colombia,{TOPIC},more than 500,CO,2019-03-07,crossed\n"
        f"a2,migracion,{TOPIC},about 1200,CO,2019-03-08,registered\n", encoding="utf-8")
    (root / "sources" / "_topics.yaml").write_text(
        f"topics:\n  - id: {TOPIC}\n    unit: people\n    criteria: [{{id: crossed, within: registred}}]\n",
        encoding="utf-8")
    kind, message, *_ = same_error(engine, root)
    assert kind == "InputError" and '"registred" is the criterion of no claim' in message
    assert 'did you mean "registered"' in message
