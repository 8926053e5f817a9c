"""A folder of part files as one claims table (``claims: folder/``) on both engines: the Spark
engine reads the parts itself (one scan per schema or header), each row naming its part; the
JSON report is byte-identical to the pandas engine's, and a bad row is the same error."""
from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import TOPIC
from sparkhelp import local_engine

import reconcile
from reconcile.cli.main import main
from reconcile.errors import ReconcileError

pytestmark = pytest.mark.spark

ROWS = [("d1", None, "more than 500", "CO", "2019-03-07"), ("d2", "Ministry of Defence", "109", "CO", "2019-03-07"),
        ("d3", "New Paper", "about 520", "CO", "2019-03-07"), ("d4", None, "between 400 and 450", "CO", "2019-03-08"),
        ("d5", "Ministry of Defence", "115", "CO", "2019-03-08"), ("d6", "Other Outlet", "430", "CO", "2019-03-08")]


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def _project(make_project):
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/desk.yaml", "source: {id: desk, name: Data Desk, compiles: true}\nclaims: desk.parquet/\n")
    return maker


def _cli(engine, root, monkeypatch, *args):
    """``reconcile ARGS`` on each engine (the Spark one on the tests' session): both results."""
    monkeypatch.chdir(root)
    on_pandas = CliRunner().invoke(main, list(args))
    monkeypatch.setattr("reconcile.engine.stages", lambda *a, **k: engine)
    monkeypatch.setattr("reconcile.cli.main.stages", lambda *a, **k: engine)
    on_spark = CliRunner().invoke(main, [*args, "--engine", "spark"])
    monkeypatch.undo()
    return on_pandas, on_spark


def test_a_spark_output_folder_gives_the_same_json_report_on_both_engines(engine, make_project, monkeypatch):
    """Parts as Spark writes them (``_SUCCESS``, ``.part-....crc``), one part rewritten since by
    another tool (its checksum file stale: read as the pandas engine reads it), and a part of
    other columns (their union, as Spark's mergeSchema)."""
    maker = _project(make_project)
    folder = maker.root / "sources" / "desk.parquet"
    spark = engine.spark
    frame = spark.createDataFrame([(i, s, TOPIC, v, p, a) for i, s, v, p, a in ROWS[:4]],
                                  "id string, source string, topic string, value string, place string, as_of string")
    frame.coalesce(2).write.parquet(str(folder))  # a Spark job's output folder, as it is
    parts = sorted(folder.glob("part-*.parquet"))
    assert parts and (folder / "_SUCCESS").exists() and list(folder.glob(".part-*.crc"))
    first = pq.read_table(parts[0])
    pq.write_table(first.set_column(first.schema.get_field_index("value"), "value",
                                    pa.array(["about 100"] * first.num_rows)), parts[0])
    pq.write_table(pa.table({"id": [r[0] for r in ROWS[4:]], "source": [r[1] for r in ROWS[4:]],
                             "topic": [TOPIC, TOPIC], "value": [115, 430], "lang": ["es", "en"]}),
                   folder / "part-99999-extra.parquet")
    on_pandas, on_spark = _cli(engine, maker.root, monkeypatch, "report", "--format", "json", "--fail-on", "never")
    assert on_pandas.exit_code == on_spark.exit_code == 0, on_spark.output
    assert on_spark.stdout == on_pandas.stdout
    assert '"file": "sources/desk.parquet/part-99999-extra.parquet"' in on_pandas.stdout


def test_a_folder_of_csv_parts_gives_the_same_json_report_on_both_engines(engine, make_project, monkeypatch):
    maker = _project(make_project)
    maker.write("sources/desk.yaml", "source: {id: desk, name: Data Desk, compiles: true}\nclaims: parts\n")
    lines = [",".join((i, s or "", TOPIC, f'"{v}"', p, a)) for i, s, v, p, a in ROWS]
    maker.write("sources/parts/part-00000.csv", "id,source,topic,value,place,as_of\n" + "\n".join(lines[:3]) + "\n")
    maker.write("sources/parts/part-00001.csv", "id,source,topic,value,place,as_of\n" + "\n".join(lines[3:]) + "\n")
    maker.write("sources/parts/_SUCCESS", "")
    on_pandas, on_spark = _cli(engine, maker.root, monkeypatch, "report", "--format", "json", "--fail-on", "never")
    assert on_pandas.exit_code == on_spark.exit_code == 0, on_spark.output
    assert on_spark.stdout == on_pandas.stdout
    assert '"file": "sources/parts/part-00001.csv"' in on_pandas.stdout


def _error(function):
    with pytest.raises(ReconcileError) as caught:
        function()
    exc = caught.value
    return (type(exc).__name__, str(exc), exc.file, exc.line, exc.field, exc.hint)


def test_a_bad_row_in_the_second_part_is_the_same_error_on_both_engines(engine, make_project, monkeypatch):
    maker = _project(make_project)
    folder = maker.root / "sources" / "desk.parquet"
    folder.mkdir()
    pq.write_table(pa.table({"id": ["a", "b"], "topic": [TOPIC] * 2, "value": ["5", "6"]}),
                   folder / "part-00000.parquet")
    pq.write_table(pa.table({"id": ["c", "d"], "topic": [TOPIC] * 2, "value": ["7", "8"],
                             "place": ["CO", "Atlantis"]}), folder / "part-00001.parquet")
    on_pandas = _error(lambda: reconcile.normalize(reconcile.read(maker.root)))
    on_spark = _error(lambda: engine.normalize(engine.read(maker.root)))
    assert on_spark == on_pandas
    assert on_pandas[2:5] == ("sources/desk.parquet/part-00001.parquet", 2, "place")
    failed_pandas, failed_spark = _cli(engine, maker.root, monkeypatch, "validate")
    assert failed_pandas.exit_code == failed_spark.exit_code == 2
    assert failed_spark.stderr == failed_pandas.stderr
    assert "sources/desk.parquet/part-00001.parquet:2" in failed_spark.stderr
