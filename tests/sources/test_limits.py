"""Hostile and broken input to the readers: an InputError with file and line, never a traceback
or a machine out of memory; limits named with the setting that raises them (issue 11)."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from conftest import TOPIC
from readers import error_of, load


# --- YAML ----------------------------------------------------------------------------------

def test_a_thousand_claims_aliasing_one_long_quote_are_refused_by_size(make_project, monkeypatch):
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "4096")  # the quote itself is allowed
    maker = make_project()
    claims = "".join(f"  - {{topic: {TOPIC}, value: {i}, quote: *q}}\n" for i in range(1000))
    maker.write("sources/a.yaml", "source: {id: a, name: A, note: &q '" + "x" * 2_000_000 + "'}\nclaims:\n" + claims)
    error = error_of(maker)
    assert error.file == "sources/a.yaml" and "alias" in error.message


def test_a_quote_above_the_cell_limit_names_the_limit(make_project, monkeypatch):
    maker = make_project()
    maker.source("a", {"topic": TOPIC, "value": 5, "quote": "x" * 300_000})
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/a.yaml", 7) and "256.0 KB limit" in error.message
    assert "RECONCILE_MAX_CELL_KB" in error.hint
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "400")
    assert len(load(maker)) == 1


@pytest.mark.parametrize("text", ["source: &s {id: a, name: A, note: [*s]}\n",
                                  "source: {id: a, name: A}\nclaims: &c [*c]\n"])
def test_a_recursive_yaml_alias_is_an_error(make_project, text):
    maker = make_project()
    maker.write("sources/a.yaml", text)
    error = error_of(maker)
    assert error.file == "sources/a.yaml" and "contains itself" in error.message


@pytest.mark.parametrize("depth", [350, 999])
@pytest.mark.parametrize("style", ["flow", "block"])
def test_deeply_nested_yaml_is_an_error_with_its_line(make_project, depth, style):
    maker = make_project()
    if style == "flow":
        nested = "[" * depth + "]" * depth
        maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims: {nested}\n")
    else:
        nested = "".join("  " * (i + 1) + "-\n" for i in range(depth))
        maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims:\n{nested}")
    error = error_of(maker)
    assert error.file == "sources/a.yaml" and error.line is not None and "nest" in error.message


# --- wrong types ---------------------------------------------------------------------------

def test_a_list_where_a_country_belongs_is_an_error_not_a_python_repr(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A, country: [CO]}\n")
    error = error_of(maker)
    assert error.field == "country" and "must be text" in error.message and "['CO']" not in str(error)


def test_a_null_population_entry_is_an_error_not_the_tag_none(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims:\n  - topic: {TOPIC}\n    value: 5\n"
                                  "    population: [soldiers, null]\n")
    error = error_of(maker)
    assert (error.line, error.field) == (5, "population") and "empty entry" in error.message


# --- JSON (ClaimReview) --------------------------------------------------------------------

def claimreview(**review):
    doc = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "More than 500 crossed",
           "about": {"identifier": TOPIC}, "itemReviewed": {"@type": "Claim", "author": {"name": "Someone"}}}
    doc.update(review)
    return doc


def test_a_claimreview_reads(make_project):
    maker = make_project()
    maker.write("sources/review.json", json.dumps(claimreview()))
    assert load(maker).frame.loc[0, "source"] == "someone"


@pytest.mark.parametrize("text, words, line", [
    ("[" * 5000 + "]" * 5000, "nest", 1),
    ('{"x":\n' + "[" * 80 + "]" * 80 + "}", "nest", 2),
    ('{"@type": "ClaimReview",\n "n": ' + "1" * 5000 + "}", "digits", 2),
    ('{"@type": "ClaimReview",\n "claimReviewed": "a",\n "claimReviewed": "b"}', "twice", 3),
])
def test_hostile_json_is_an_input_error_with_its_line(make_project, text, words, line):
    maker = make_project()
    maker.write("sources/review.json", text)
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/review.json", line) and words in error.message


@pytest.mark.parametrize("kind", [5, True, False, None, 1e300, {"@id": "x"}, [True, 5], ["Claim"], ""])
def test_a_claimreview_type_that_is_not_the_text_claimreview_is_no_claimreview(make_project, kind):
    maker = make_project()
    maker.write("sources/review.json", json.dumps(claimreview(**{"@type": kind})))
    assert "no ClaimReview found" in error_of(maker).message


@pytest.mark.parametrize("field, review, said", [
    ("itemReviewed.author", {"itemReviewed": {"author": True}}, "true or false"),
    ("itemReviewed.author.name", {"itemReviewed": {"author": {"name": False}}}, "true or false"),
    ("about", {"about": [True]}, "true or false"),
    ("about.name", {"about": {"identifier": 7}}, "a number"),
    ("itemReviewed.appearance.url", {"itemReviewed": {"author": "A", "appearance": [{"url": [[1]]}]}}, "a list"),
])
def test_a_claimreview_thing_of_the_wrong_type_is_an_error_naming_field_and_type(make_project, field, review, said):
    maker = make_project()
    maker.write("sources/review.json", json.dumps(claimreview(**review)))
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/review.json", 1)
    assert f"{field} must be text, not {said}" in error.message


def test_a_claimreview_author_whose_name_is_an_object_is_an_error(make_project):
    maker = make_project()
    maker.write("sources/review.json", json.dumps(claimreview(itemReviewed={"author": {"name": {"x": 1}}})))
    error = error_of(maker)
    assert "author.name must be text" in error.message and "{'x'" not in str(error)


# --- XLSX ----------------------------------------------------------------------------------

def workbook(rows, replace: dict[str, bytes] | None = None) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    if not replace:
        return buffer.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, replace.get(item.filename, source.read(item)))
    return out.getvalue()


ROWS = [["source", "topic", "value"], ["a", TOPIC, 5]]
SHEET = "xl/worksheets/sheet1.xml"


@pytest.mark.parametrize("xml", [
    b"<worksheet><sheetData><row r='1'><c r='A1' t='inlineStr'><is><t>source</t></is></c></row><row",
    b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
    b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
    b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]>'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    b'<row r="1"><c r="A1" t="inlineStr"><is><t>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</t></is></c></row>'
    b"</sheetData></worksheet>",
])
def test_a_broken_or_entity_laden_sheet_is_an_input_error(make_project, xml):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.xlsx", workbook(ROWS, {SHEET: xml}))
    error = error_of(maker)
    assert error.file == "sources/claims.xlsx"


def test_an_xlsx_cell_above_the_cell_limit_is_refused_before_openpyxl_reads_it(make_project, monkeypatch):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.xlsx", workbook(ROWS + [["a", TOPIC, "x" * 20_000]]))
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "2")
    error = error_of(maker)
    assert error.file == "sources/claims.xlsx" and "RECONCILE_MAX_CELL_KB" in error.hint


def test_an_xlsx_that_unpacks_above_the_file_limit_is_refused(make_project, monkeypatch):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.xlsx", workbook(ROWS + [["a", TOPIC, "x" * 200]] * 2000))
    monkeypatch.setenv("RECONCILE_MAX_FILE_MB", "0.2")  # the workbook is smaller, its content is not
    assert (maker.root / "sources" / "claims.xlsx").stat().st_size < 0.2 * 2**20
    error = error_of(maker)
    assert "unpacked" in error.message and "RECONCILE_MAX_FILE_MB" in error.hint


@pytest.mark.parametrize("rows, line", [
    (f"a,{TOPIC},5,short\na,{TOPIC},6,{'y' * 3000}\n", 3),            # pandas' reader
    (f'\na,{TOPIC},6,"{"y" * 3000}\nz"\n', 3),                          # line by line (a blank line, a line break)
])
def test_a_csv_cell_above_the_cell_limit_names_its_line_and_the_limit(make_project, monkeypatch, rows, line):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.csv", "source,topic,value,quote\n" + rows)
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "2")
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/claims.csv", line) and "RECONCILE_MAX_CELL_KB" in error.hint


def test_a_long_xlsx_cell_that_compresses_well_is_still_refused(make_project, monkeypatch):
    maker = make_project()
    maker.source("a")
    maker.write("sources/claims.xlsx", workbook(ROWS + [["a", TOPIC, "x" * 10_000]]))
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "8")  # the workbook is smaller; the XML text is within 6x
    assert (maker.root / "sources" / "claims.xlsx").stat().st_size < 8192
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/claims.xlsx", 3, "value")


def test_a_lone_surrogate_in_a_claimreview_is_an_error_at_its_line(make_project):
    """'\\ud800' alone decodes to half a character: it used to crash the claims frame."""
    import reconcile
    from reconcile.errors import ReconcileError

    maker = make_project()
    maker.source("agency")
    maker.write("sources/reviews.json", '[{"@type": "ClaimReview",\n "claimReviewed": "more than 500 \\ud800",'
                                        '\n "about": "defections", "itemReviewed": {"author": {"name": "Agency"}}}]')
    with pytest.raises(ReconcileError, match="half a character") as info:
        reconcile.normalize(reconcile.read(maker.root))
    assert info.value.line == 2


def test_a_surrogate_pair_is_one_character_and_reads(make_project):
    from reconcile.sources.jsonfile import parse_json

    assert parse_json('{"a": "\\ud83d\\ude00"}', "x.json") == {"a": "\U0001F600"}


@pytest.mark.parametrize("column, cells", [
    ("quote", ["short", "x" * 3000, "short"]),                  # a text column (measured in one vectorised call)
    ("population", [["police"], ["y" * 1500, "z" * 1500], []]),  # a column of lists (measured cell by cell)
])
def test_a_parquet_cell_above_the_cell_limit_names_its_row_and_column(make_project, monkeypatch, column, cells):
    """A Parquet file's cells are measured once read (it may compress a long run of one letter well)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    maker = make_project()
    maker.source("a")
    table = pa.table({"source": ["a"] * 3, "topic": [TOPIC] * 3, "value": ["5", "6", "7"], column: cells})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    maker.write("sources/claims.parquet", sink.getvalue())
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "2")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/claims.parquet", 2, column)
    assert "RECONCILE_MAX_CELL_KB" in error.hint
