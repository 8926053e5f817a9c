"""Hostile projects (session 35): a folder on the way to an output that links out of the
project, --output into a table folder the project reads."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


@pytest.fixture
def linked(make_project, tmp_path, monkeypatch):
    """A project whose committed reports/ links to a folder outside it; the user runs from its parent."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="500"))
    outside = tmp_path / "outside"
    outside.mkdir()
    (maker.root / "reports").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(maker.root.parent)
    return maker.root.name, outside


@pytest.mark.parametrize("args", [
    ["report", "{p}", "--no-validate", "--format", "markdown", "--output", "{p}/reports/r.md"],
    ["report", "{p}", "--no-validate", "--format", "parquet", "--output", "{p}/reports/pq/"],
    ["validate", "{p}", "--docs", "{p}/reports/docs"],
])
def test_nothing_is_written_through_a_linked_folder_of_the_project(linked, args):
    project, outside = linked
    result = CliRunner().invoke(main, [a.format(p=project) for a in args])
    assert result.exit_code == 2 and "symbolic link" in result.stderr, result.output
    assert list(outside.iterdir()) == []


def test_init_does_not_write_through_a_linked_sources_folder(tmp_path, monkeypatch):
    outside = tmp_path / "outside"
    outside.mkdir()
    (tmp_path / "p").mkdir()
    (tmp_path / "p" / "sources").symlink_to(outside, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init", "p"])
    assert result.exit_code == 2 and "symbolic link" in result.stderr, result.output
    assert list(outside.iterdir()) == [] and not (tmp_path / "p" / "expectations").exists()


@pytest.mark.parametrize("args", [["--format", "csv", "--output", "data/parts/x.csv"],
                                  ["--format", "parquet", "--output", "data/parts/rep/"]])
def test_no_report_is_written_into_a_table_folder_the_project_reads(make_project, monkeypatch, args):
    """README: --output never writes over or into the project's inputs. A report written into a
    folder of part files had become a part, and the project stopped loading."""
    maker = make_project()
    maker.write("data/parts/part-0.csv", "id,topic,value\nd1,defections,600\n")
    maker.write("sources/t.yaml", "source: {id: t, name: T}\nclaims: ../data/parts/\n")
    monkeypatch.chdir(maker.root)
    result = CliRunner().invoke(main, ["report", ".", "--no-validate", "--fail-on", "never", *args])
    assert result.exit_code == 2 and "inputs" in result.stderr, result.output
    assert sorted(p.name for p in (maker.root / "data" / "parts").iterdir()) == ["part-0.csv"]


def test_a_workbook_with_a_cell_far_out_is_read_as_wide_as_its_header(make_project):
    """A 5 KB workbook with one cell at XFD1048576 had kept report busy for ten minutes (every
    row padded to 16,384 columns)."""
    import openpyxl

    import reconcile

    maker = make_project()
    maker.source("a", name="A")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["topic", "value", "source"])
    sheet.append(["defections", "500", "a"])
    sheet.append(["defections", "600", "a"])
    sheet["XFD1048576"] = "far out"   # read past the header only by a few columns: not this one
    book.save(maker.root / "sources" / "claims.xlsx")
    frame = reconcile.normalize(reconcile.read(maker.root)).frame
    assert sorted(frame["text"]) == ["500", "600"] and set(frame["line"]) == {2, 3}
    sheet["D3"] = "beyond the header"   # a value under no name, near the table: an error (session 37), not dropped
    book.save(maker.root / "sources" / "claims.xlsx")
    with pytest.raises(reconcile.ReconcileError, match="column D holds a value but has no name"):
        reconcile.read(maker.root)


def test_a_parquet_table_that_decodes_past_the_file_limit_is_refused(make_project, monkeypatch):
    """5 KB of Parquet (one 100 KB quote in a dictionary, 2,000 rows) decodes to 200 MB: the limit
    is on the decoded rows, not on the encoded pages the metadata counts."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    import reconcile
    from reconcile.errors import InputError

    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: claims.parquet\n")
    pq.write_table(pa.table({"topic": ["defections"] * 2000, "value": ["5"] * 2000, "quote": ["x" * 100_000] * 2000}),
                   maker.root / "sources" / "claims.parquet")
    monkeypatch.setenv("RECONCILE_MAX_FILE_MB", "10")
    with pytest.raises(InputError, match="the decoded table is .* above the 10.0 MB limit"):
        reconcile.normalize(reconcile.read(maker.root))


@pytest.mark.parametrize("char", ["\x0b", "\x1b", "\ufffe"])
def test_a_character_yaml_refuses_is_named_with_its_line(make_project, char):
    import reconcile
    from reconcile.errors import InputError

    maker = make_project()
    maker.write("sources/t.yaml", f'source: {{id: t, name: T}}\nclaims:\n  - {{topic: defections, value: 5, '
                                  f'quote: "a{char}b"}}\n')
    with pytest.raises(InputError) as caught:
        reconcile.read(maker.root)
    assert caught.value.file == "sources/t.yaml" and caught.value.line == 3 and caught.value.hint


@pytest.mark.parametrize("written", ['""', "' '"])
def test_an_empty_claims_path_says_so(make_project, written):
    import reconcile
    from reconcile.errors import InputError

    maker = make_project()
    maker.write("sources/t.yaml", f"source: {{id: t, name: T}}\nclaims: {written}\n")
    with pytest.raises(InputError, match='"claims" is empty') as caught:
        reconcile.read(maker.root)
    assert caught.value.line == 2


def test_a_long_run_of_letters_as_a_value_is_refused_word_by_word():
    """README Limits. "about aaaa..." cost the square of its length (the glued-number pattern
    "\\S*x\\d\\S*" was searched from every position): 40,000 letters took a minute. The glued word is
    now found word by word (timed by hand: 128,000 letters in 0.08 s)."""
    from reconcile.errors import QuantityError
    from reconcile.quantities.parse import _glued, parse_quantity

    assert _glued("about " + "a" * 50_000) is None
    assert _glued("about x over500 y") == "over500"
    with pytest.raises(QuantityError, match="no quantity in stated value"):
        parse_quantity("about " + "a" * 50_000)


@pytest.mark.parametrize("command", [["report"], ["validate"], ["sources"]])
def test_a_symbolic_link_that_loops_is_an_input_error(make_project, monkeypatch, command):
    """A looping link gave Python's RuntimeError traceback and exit 1 (reconcile.read() too)."""
    import os

    import reconcile
    from reconcile.errors import InputError

    maker = make_project()
    os.symlink("loop.yaml", maker.root / "sources" / "loop.yaml")
    monkeypatch.chdir(maker.root)
    result = CliRunner().invoke(main, command)
    assert result.exit_code == 2, result.output
    assert "a symbolic link that loops" in result.output and "Traceback" not in result.output
    with pytest.raises(InputError, match="a symbolic link that loops"):
        reconcile.read(".")


def test_a_csv_row_far_wider_than_its_header_is_refused_at_once(make_project):
    """README Limits. A row of 300,000 stray commas (a 300 KB file) took 113 s and 1.4 GB before its
    error: pandas built an index of the extra cells. The exact reader now gives the error at once
    (timed by hand: 0.4 s, 115 MB)."""
    from conftest import TOPIC

    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: t.csv\n")
    maker.write("sources/t.csv", f"topic,value\n{TOPIC},5\n{TOPIC},6" + "," * 300_000 + "\n")
    result = CliRunner().invoke(main, ["report", str(maker.root)])
    assert result.exit_code == 2, result.output
    assert "sources/t.csv:3: row has 300002 cells but the header has 2" in result.output
