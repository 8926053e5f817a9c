"""Session 42: hostile and broken CSV tables from a new user's report (N5): a header of many repeated
names, rows of empty cells, a blank first line."""
from __future__ import annotations

import pandas
import pytest

from readers import error_of, load
from tests.sources.test_s37_tables import _pointed


def _no_pandas_parser(monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("pandas parsed a CSV file whose header is refused")

    monkeypatch.setattr(pandas, "read_csv", refuse)


def test_a_header_of_50000_repeated_names_is_refused_before_pandas_reads_it(make_project, monkeypatch):
    """pandas renames repeated names in time that grows as the square of their number (a 200 KB file took
    minutes): the header is checked first, with the csv module."""
    maker = make_project()
    _pointed(maker, "tab.csv", "topic,value" + ",x" * 50_000 + "\ndefections,5\n")
    _no_pandas_parser(monkeypatch)
    error = error_of(maker)
    assert (error.message, error.file, error.line) == ('column "x" appears twice in the header', "sources/tab.csv", 1)


@pytest.mark.parametrize("separator", [",", ";"])
def test_an_unknown_column_is_refused_from_the_first_row(make_project, monkeypatch, separator):
    maker = make_project()
    _pointed(maker, "tab.csv", separator.join(["topic", "value"] + [f"c{k}" for k in range(20_000)])
             + f"\ndefections{separator}5\n")
    _no_pandas_parser(monkeypatch)
    error = error_of(maker)
    assert (error.message, error.line, error.field) == ('unknown column "c0"', 1, "c0")


@pytest.mark.parametrize("content", [
    "topic,value,note\ndefections,600,\n,,\n",                     # a cleared row, as spreadsheets write it
    "topic,value,note\ndefections,600,\n , ,  \n",                 # spaces only
    "topic,value,note\n,,\ndefections,600,\n\n;;\n".replace(";", ","),
])
def test_a_csv_row_of_empty_cells_is_skipped_as_in_xlsx_and_parquet(make_project, content):
    maker = make_project()
    _pointed(maker, "tab.csv", content)
    frame = load(maker)[1]
    assert list(frame["lower"]) == [600]
    assert list(frame["line"]) == [content.split("\n").index("defections,600,") + 1]


def test_rows_after_an_empty_row_keep_their_lines(make_project):
    maker = make_project()
    _pointed(maker, "tab.csv", "id,topic,value\na,defections,1\n,,\nb,defections,2\n")
    assert dict(load(maker)[1].set_index("id")["line"]) == {"a": 2, "b": 4}


def test_a_csv_whose_first_line_is_blank_says_the_first_row_names_the_columns(make_project):
    """It said "row has 2 cells but the header has 0; quote cells that contain the separator"."""
    maker = make_project()
    _pointed(maker, "tab.csv", "\ntopic,value\ndefections,600\n")
    error = error_of(maker)
    assert (error.message, error.file, error.line) == (
        "the first row is empty: a table's first row names its columns", "sources/tab.csv", 1)
    assert "write the column names (topic, value, ...) in the first line" in error.hint
