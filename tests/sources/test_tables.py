"""Multi-claimant tables (SPEC §3): a table's source column names each row's claimant; Parquet."""
from __future__ import annotations

import pytest

from conftest import TOPIC, write_typed_parquet
from readers import error_of, load


def by_id(frame):
    return frame.set_index("id")


def test_a_source_column_names_each_rows_claimant_by_id_name_or_alias_ignoring_case_and_accents(make_project):
    maker = make_project()
    maker.source("migracion-colombia", name="Migración Colombia", aliases=["Colombian migration authority"])
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/claims.csv", "source,id,topic,value\n"
                                      "MIGRACION COLOMBIA,c1,defections,500\n"
                                      "colombian migration AUTHORITY,c2,defections,501\n"
                                      "mindef,c3,defections,109\n"
                                      "ministry of défence,c4,defections,110\n")
    frame = by_id(load(maker)[1])
    assert list(frame.loc[["c1", "c2", "c3", "c4"], "source"]) == [
        "migracion-colombia", "migracion-colombia", "mindef", "mindef"]
    assert frame["via"].isna().all()


def test_in_a_pointed_table_an_empty_cell_is_the_pointing_source_and_another_name_is_read_through_it(make_project):
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.source("bi", name="Business Insider", kind="media")
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, kind: media}\nclaims: wiki.csv\n")
    maker.write("sources/wiki.csv", "source,id,topic,value,via\n"
                                    ",w1,defections,500,\n"
                                    "Ministry of Defence,w2,defections,109,\n"
                                    "mindef,w3,defections,110,bi\n"
                                    "Wikipedia,w4,defections,111,\n")
    frame = by_id(load(maker)[1])
    assert dict(frame["source"]) == {"w1": "wiki", "w2": "mindef", "w3": "mindef", "w4": "wiki"}
    assert frame.loc["w2", "via"] == "wiki"            # read through the pointing source
    assert frame.loc["w3", "via"] == "bi"              # unless the row gives its own via
    assert frame.loc["w1", "via"] is None and frame.loc["w4", "via"] is None
    assert frame.loc["w2", "line"] == 3 and frame.loc["w2", "file"] == "sources/wiki.csv"


def test_an_undeclared_name_is_an_error_with_a_did_you_mean(make_project):
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia}\nclaims: wiki.csv\n")
    maker.write("sources/wiki.csv", "source,topic,value\n,defections,5\nMinistry of Defense,defections,6\n")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/wiki.csv", 3, "source")
    assert 'source "Ministry of Defense" is not declared' in error.message
    assert 'did you mean "mindef"' in error.hint and "compiles: true" in error.hint


def test_an_undeclared_name_in_a_table_read_on_its_own_is_an_error(make_project):
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/claims.csv", "source,topic,value\nmindeff,defections,5\n")
    error = error_of(maker)
    assert error.line == 2 and 'did you mean "mindef"' in error.hint


def test_a_compiling_source_turns_new_names_into_sources_of_their_own(make_project):
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, compiles: true}\nclaims: wiki.csv\n")
    maker.write("sources/wiki.csv", "source,id,topic,value\n"
                                    "Señor Pérez & Co.,a,defections,5\n"
                                    "SEÑOR PEREZ & CO,b,defections,6\n"
                                    "senor-perez-co,c,defections,7\n"
                                    "Ministry of Defence,d,defections,8\n"
                                    ",e,defections,9\n")
    project, frame = load(maker)
    frame = by_id(frame)
    assert dict(frame["source"]) == {"a": "senor-perez-co", "b": "senor-perez-co", "c": "senor-perez-co",
                                     "d": "mindef", "e": "wiki"}
    created = project.sources["senor-perez-co"]
    assert (created.name, created.kind) == ("Señor Pérez & Co.", "other")  # its first spelling
    assert frame.loc["a", "via"] == "wiki" and frame.loc["e", "via"] is None


def test_a_compiled_name_does_not_excuse_a_typo_in_another_table(make_project):
    maker = make_project()
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, compiles: true}\nclaims: wiki.csv\n")
    maker.write("sources/wiki.csv", "source,topic,value\nNew Outlet,defections,5\n")
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: a.csv\n")
    maker.write("sources/a.csv", "source,topic,value\nNew Outlet,defections,5\n")
    error = error_of(maker)
    assert error.file == "sources/a.csv" and "is not declared" in error.message


def test_compiles_must_be_true_or_false(make_project):
    maker = make_project()
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, compiles: maybe}\n")
    error = error_of(maker)
    assert error.field == "compiles" and error.line == 1


def test_a_hundred_thousand_claimants_in_one_compiled_table(make_project):
    maker = make_project()
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, compiles: true}\nclaims: wiki.csv\n")
    rows = "".join(f"Contributor {i},defections,{i % 10}\n" for i in range(100_000))
    maker.write("sources/wiki.csv", "source,topic,value\n" + rows)
    project, frame = load(maker)
    assert len(project.sources) == 100_001 and frame["source"].nunique() == 100_000
    assert project.sources["contributor-99999"].name == "Contributor 99999"


def test_parquet_is_read_like_csv_and_a_rows_line_is_its_row_number(make_project):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, compiles: true}\nclaims: wiki.parquet\n")
    table = pa.table({"source": [None, "Ministry of Defence", "Someone Else"],
                      "id": ["p1", "p2", "p3"], "topic": [TOPIC] * 3,
                      "value": ["more than 500", "1.200", "7"], "lang": ["en", "es", None],
                      "population": [["soldiers", "police"], None, ["police"]]})
    pq.write_table(table, maker.root / "sources" / "wiki.parquet")
    frame = by_id(load(maker)[1])
    assert dict(frame["line"]) == {"p1": 1, "p2": 2, "p3": 3}
    assert dict(frame["source"]) == {"p1": "wiki", "p2": "mindef", "p3": "someone-else"}
    assert frame.loc["p1", "lower"] == 500 and frame.loc["p2", "lower"] == 1200
    assert frame.loc["p1", "population"] == ("police", "soldiers")


def test_parquet_numbers_are_numbers_whatever_the_language(make_project):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    maker = make_project()
    maker.source("a")
    pq.write_table(pa.table({"source": ["a", "a"], "id": ["x", "y"], "topic": [TOPIC, TOPIC],
                             "value": [1.5, 1200.0], "lang": ["es", "es"]}),
                   maker.root / "sources" / "claims.parquet")
    frame = by_id(load(maker)[1])
    assert frame.loc["x", "lower"] == 1.5 and frame.loc["y", "lower"] == 1200


def test_typed_parquet_dates_flags_and_lists_are_read_as_their_values(make_project):
    maker = make_project()
    write_typed_parquet(maker)
    frame = by_id(load(maker)[1])
    assert str(frame.loc["total", "as_of"])[:10] == "2019-03-07"
    assert str(frame.loc["other", "as_of"])[:10] == "2019-03-01"
    assert str(frame.loc["total", "stated_on"])[:10] == "2019-03-08"  # the day as written, in its zone
    assert bool(frame.loc["total", "complete"]) is True
    assert frame.loc["part", "population"] == ("soldiers",)


@pytest.mark.parametrize("flag", [True, False])
def test_a_typed_complete_flag_decides_a_breakdown_conflict(make_project, flag):
    import reconcile

    maker = make_project()
    write_typed_parquet(maker, flag)
    kinds = {f.kind for f in reconcile.reconcile(reconcile.normalize(reconcile.read(maker.root))).findings}
    assert ("breakdown-conflict" in kinds) is flag  # the one part, 300, is all of a complete total of 500


def test_a_broken_parquet_file_is_an_input_error(make_project):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.parquet", b"PAR1 not really parquet PAR1")
    error = error_of(maker)
    assert error.file == "sources/claims.parquet" and "Parquet" in error.message


def test_a_parquet_column_of_an_unknown_type_is_an_error(make_project):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    maker = make_project()
    maker.source("a")
    pq.write_table(pa.table({"source": ["a"], "topic": [TOPIC], "value": ["5"],
                             "quote": pa.array([{"x": 1}])}), maker.root / "sources" / "claims.parquet")
    error = error_of(maker)
    assert error.field == "quote" and "struct" in error.message


@pytest.mark.parametrize("text", ["Ministry of Defence", "  MIGRACION_colombia ", "a\tb\nc", "Señor Pérez", "ß", ""])
def test_the_ascii_shortcut_of_fold_gives_the_same_key(text):
    import unicodedata

    from reconcile.model.names import fold_name

    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    assert fold_name(text) == " ".join(stripped.casefold().replace("_", " ").split())
