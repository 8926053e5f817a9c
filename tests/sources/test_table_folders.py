"""A folder of part files as one claims table (``claims: folder/``, issue 15): a Spark job's
output folder or a folder of CSV parts, read as it is."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

from conftest import TOPIC
from readers import error_of, load
from reconcile.cli.main import main
from reconcile.errors import ReconcileError

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

WIKI = "source: {id: wiki, name: Wikipedia, compiles: true}\nclaims: %s\n"


def _project(make_project, claims: str = "parts/"):
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/wiki.yaml", WIKI % claims)
    return maker


def _parquet(maker, name: str, **columns):
    path = maker.root / "sources" / "parts" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.table(columns), path)
    return path


def _spark_parts(maker):
    """Two Parquet parts as a Spark job writes them, with its markers beside them."""
    first = _parquet(maker, "part-00000-5f1c-c000.snappy.parquet", source=[None, "Ministry of Defence"],
                     id=["p1", "p2"], topic=[TOPIC, TOPIC], value=["more than 500", "109"])
    _parquet(maker, "part-00001-5f1c-c000.snappy.parquet", source=["Someone Else"], id=["p3"], topic=[TOPIC],
             value=["7"])
    parts = first.parent
    (parts / "_SUCCESS").write_bytes(b"")
    (parts / "._SUCCESS.crc").write_bytes(b"crc\x00\x00\x00\x02\x00")
    (parts / ".part-00000-5f1c-c000.snappy.parquet.crc").write_bytes(b"crc\x00junk")
    return parts


def _rows(frame):
    return {row.id: (row.source, row.file, row.line) for row in frame.itertuples()}


def test_a_folder_of_parquet_parts_is_one_table_each_row_naming_its_part_and_row(make_project):
    maker = _project(make_project)
    _spark_parts(maker)
    project, frame = load(maker)
    first, second = (f"sources/parts/part-0000{i}-5f1c-c000.snappy.parquet" for i in (0, 1))
    assert _rows(frame) == {"p1": ("wiki", first, 1), "p2": ("mindef", first, 2), "p3": ("someone-else", second, 1)}
    assert frame.set_index("id").loc["p2", "via"] == "wiki"       # read through the pointing source
    assert project.sources["someone-else"].file == second         # compiled: named in the second part


def test_the_folder_may_be_named_without_its_slash_and_parts_are_read_in_name_order(make_project):
    maker = _project(make_project, "parts")
    _parquet(maker, "b.parquet", id=["b1"], topic=[TOPIC], value=["2"])
    _parquet(maker, "a.parquet", id=["a1"], topic=[TOPIC], value=["1"])
    _parquet(maker, "c.PARQUET", id=["c1"], topic=[TOPIC], value=["3"])
    frame = load(maker)[1]
    assert list(frame["id"]) == ["a1", "b1", "c1"]


def test_a_folder_of_csv_parts_each_with_its_own_header(make_project):
    maker = _project(make_project)
    maker.write("sources/parts/part-0.csv", "id,topic,value\nc1,defections,5\nc2,defections,6\n")
    maker.write("sources/parts/part-1.csv", "value,topic,source,id\n7,defections,Ministry of Defence,c3\n")
    assert _rows(load(maker)[1]) == {"c1": ("wiki", "sources/parts/part-0.csv", 2),
                                      "c2": ("wiki", "sources/parts/part-0.csv", 3),
                                      "c3": ("mindef", "sources/parts/part-1.csv", 2)}


def test_parquet_parts_of_different_columns_are_read_as_their_union(make_project):
    """As Spark's mergeSchema: a column a part lacks is empty in its rows (and a column may hold
    another type in another part: each part is read as a table of its own)."""
    maker = _project(make_project)
    _parquet(maker, "part-0.parquet", id=["a"], topic=[TOPIC], value=["5"], place=["CO"])
    _parquet(maker, "part-1.parquet", id=["b"], topic=[TOPIC], value=[6.0], lang=["es"])
    frame = load(maker)[1].set_index("id")
    assert frame.loc["a", "place"] == "CO" and frame.loc["b", "place"] is None
    assert frame.loc["b", "lower"] == 6 and frame.loc["b", "lang"] == "es"


def test_the_project_loads_as_if_the_parts_were_one_file_but_for_file_and_line(make_project, tmp_path):
    maker = _project(make_project)
    maker.write("sources/parts/part-0.csv", "source,id,topic,value\n,w1,defections,500\nmindef,w2,defections,109\n")
    maker.write("sources/parts/part-1.csv", "source,id,topic,value\nNew Paper,w3,defections,about 450\n")
    split = load(maker)
    whole = _project(lambda: type(maker)(tmp_path / "whole").topics({"id": TOPIC, "title": "Defections",
                                                                       "unit": "people"}), "wiki.csv")
    whole.write("sources/wiki.csv", "source,id,topic,value\n,w1,defections,500\nmindef,w2,defections,109\n"
                                    "New Paper,w3,defections,about 450\n")
    one = load(whole)
    columns = [c for c in one[1].columns if c not in ("file", "line")]
    assert split[1][columns].equals(one[1][columns])
    assert sorted(split[0].sources) == sorted(one[0].sources)


def test_the_markers_of_spark_and_hadoop_are_skipped(make_project):
    maker = _project(make_project)
    parts = _spark_parts(maker)
    (parts / "_committed_123").write_text("not a table")
    (parts / ".hidden.csv").write_text("not,a,table\n")
    assert sorted(load(maker)[1]["id"]) == ["p1", "p2", "p3"]


@pytest.mark.parametrize("stray, said", [("notes.txt", "a file that is not a part"), ("old", "a folder")])
def test_anything_else_in_the_folder_is_an_error_that_names_it(make_project, stray, said):
    maker = _project(make_project)
    _spark_parts(maker)
    target = maker.root / "sources" / "parts" / stray
    target.mkdir() if stray == "old" else target.write_text("x")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/wiki.yaml", 2, "claims")
    assert f'"{stray}"' in error.message and said in error.message
    assert "move it out of parts/" in error.hint


def test_a_folder_mixing_csv_and_parquet_parts_is_an_error(make_project):
    maker = _project(make_project)
    _parquet(maker, "part-0.parquet", id=["a"], topic=[TOPIC], value=["5"])
    maker.write("sources/parts/part-1.csv", "id,topic,value\nb,defections,6\n")
    error = error_of(maker)
    assert error.file == "sources/wiki.yaml" and "mixes .csv and .parquet parts" in error.message


def test_an_empty_folder_is_an_error(make_project):
    maker = _project(make_project)
    (maker.root / "sources" / "parts").mkdir()
    (maker.root / "sources" / "parts" / "_SUCCESS").write_bytes(b"")
    error = error_of(maker)
    assert error.line == 2 and "holds no part files" in error.message


def test_a_symlinked_part_pointing_outside_the_project_is_refused(make_project, tmp_path):
    maker = _project(make_project)
    _parquet(maker, "part-0.parquet", id=["a"], topic=[TOPIC], value=["5"])
    outside = tmp_path / "outside.parquet"
    pq.write_table(pa.table({"id": ["x"], "topic": [TOPIC], "value": ["9"]}), outside)
    os.symlink(outside, maker.root / "sources" / "parts" / "part-1.parquet")
    error = error_of(maker)
    assert error.file == "sources/wiki.yaml" and "parts/part-1.parquet" in error.message
    assert "lies outside the project folder" in error.message


def test_a_folder_outside_the_project_is_refused(make_project, tmp_path):
    maker = _project(make_project, "../../elsewhere/")
    (tmp_path / "elsewhere").mkdir()
    pq.write_table(pa.table({"id": ["x"], "topic": [TOPIC], "value": ["9"]}), tmp_path / "elsewhere" / "p.parquet")
    error = error_of(maker)
    assert error.field == "claims" and "lies outside the project folder" in error.message


def _large_second_part(make_project):
    """Two CSV parts, the second ~0.3 MB (above RECONCILE_MAX_FILE_MB=0.2)."""
    maker = _project(make_project)
    maker.write("sources/parts/part-0.csv", "id,topic,value\na,defections,5\n")
    maker.write("sources/parts/part-1.csv", "id,topic,value\n" + "b,defections,6\n" * 20_000)
    return maker


def test_a_part_above_the_size_limit_is_refused_by_name(make_project, monkeypatch):
    maker = _large_second_part(make_project)
    monkeypatch.setenv("RECONCILE_MAX_FILE_MB", "0.2")
    error = error_of(maker)
    assert error.file == "sources/parts/part-1.csv" and "limit" in error.message


def test_a_table_an_engine_reads_itself_is_held_to_the_file_limit_too(make_project, monkeypatch):
    from reconcile.engine.tables import read_deferred

    maker = _large_second_part(make_project)
    _, noted = read_deferred(maker.root)        # the Spark engine's reading: paths noted, rows not read
    assert [t.display for t in noted] == ["sources/parts/part-0.csv", "sources/parts/part-1.csv"]
    monkeypatch.setenv("RECONCILE_MAX_FILE_MB", "0.2")
    with pytest.raises(ReconcileError) as caught:
        read_deferred(maker.root)
    assert caught.value.file == "sources/parts/part-1.csv" and "RECONCILE_MAX_FILE_MB" in caught.value.hint


def test_an_error_in_the_second_part_names_that_part_and_its_row(make_project):
    maker = _project(make_project)
    _parquet(maker, "part-00000.parquet", id=["a", "b"], topic=[TOPIC, TOPIC], value=["5", "6"])
    _parquet(maker, "part-00001.parquet", id=["c", "d", "e"], topic=[TOPIC] * 3, value=["7", "oops", "9"])
    with pytest.raises(ReconcileError) as info:  # a QuantityError
        load(maker)
    assert (info.value.file, info.value.line) == ("sources/parts/part-00001.parquet", 2)
    result = CliRunner().invoke(main, ["report", str(maker.root)])
    assert result.exit_code == 2 and "sources/parts/part-00001.parquet:2:" in result.stderr


def test_a_part_another_source_file_points_at_is_an_error(make_project):
    maker = _project(make_project)
    _parquet(maker, "part-0.parquet", id=["a"], topic=[TOPIC], value=["5"])
    maker.write("sources/other.yaml", "source: {id: other, name: Other}\nclaims: parts/part-0.parquet\n")
    error = error_of(maker)
    assert "is also the table of" in error.message


def test_the_cli_reports_on_a_spark_output_folder_as_it_is(make_project):
    maker = _project(make_project)
    _spark_parts(maker)
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.stderr
    claims = json.loads(result.stdout)["claims"]
    assert sorted((c["id"], c["line"]) for c in claims) == [("p1", 1), ("p2", 2), ("p3", 1)]


def test_a_folder_in_sources_named_like_a_table_is_a_table_of_parts_read_on_its_own(make_project):
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    folder = maker.root / "sources" / "claims.parquet"
    folder.mkdir()
    pq.write_table(pa.table({"source": ["mindef"], "id": ["m1"], "topic": [TOPIC], "value": ["109"]}),
                   folder / "part-00000.parquet")
    pq.write_table(pa.table({"source": ["Ministry of Defence"], "id": ["m2"], "topic": [TOPIC], "value": ["110"]}),
                   folder / "part-00001.parquet")
    (folder / "_SUCCESS").write_bytes(b"")
    assert _rows(load(maker)[1]) == {"m1": ("mindef", "sources/claims.parquet/part-00000.parquet", 1),
                                      "m2": ("mindef", "sources/claims.parquet/part-00001.parquet", 1)}
    pq.write_table(pa.table({"id": ["m3"], "topic": [TOPIC], "value": ["111"]}), folder / "part-00002.parquet")
    error = error_of(maker)  # read on its own: each part needs its source column
    assert (error.file, error.field) == ("sources/claims.parquet/part-00002.parquet", "source")
    (folder / "notes.txt").write_text("x")
    error = error_of(maker)
    assert error.file == "sources/claims.parquet" and '"notes.txt"' in error.message
