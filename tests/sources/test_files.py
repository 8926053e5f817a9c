"""One safe-path rule for every file a project reads (SPEC §3), and limits a user can raise."""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest

from readers import error_of, load
from reconcile.errors import InputError

SECRET = "TOKEN=hunter2-do-not-show"


def finished_within(seconds: float, function) -> list:
    """Run ``function`` in a daemon thread; what it returned or raised, or [] if it hangs."""
    out: list = []

    def run() -> None:
        try:
            out.append(function())
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            out.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(seconds)
    return out


@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the project, holding files the project must not read."""
    folder = tmp_path / "elsewhere"
    folder.mkdir()
    (folder / "outside.yaml").write_text(f"source: {{id: x, name: {SECRET}}}\n", encoding="utf-8")
    (folder / "outside.csv").write_text(f"topic,value\ndefections,5\n{SECRET},6\n", encoding="utf-8")
    return folder


def test_a_symlink_to_a_file_outside_the_project_is_refused_without_its_content(make_project, outside):
    maker = make_project()
    maker.source("a")
    os.symlink(outside / "outside.yaml", maker.root / "sources" / "link.yaml")
    error = error_of(maker.root)
    assert error.file == "sources/link.yaml" and "outside the project" in error.message
    assert SECRET not in str(error) and "copy the file into the project" in error.hint


def test_a_symlink_to_a_file_inside_the_project_is_read(make_project):
    maker = make_project()
    maker.write("data/a.yaml", "source: {id: a, name: A}\nclaims:\n  - {id: a1, topic: defections, value: 5}\n")
    os.symlink(maker.root / "data" / "a.yaml", maker.root / "sources" / "a.yaml")
    assert list(load(maker.root).frame["id"]) == ["a1"]


@pytest.mark.parametrize("pointer", ["../../elsewhere/outside.csv", "ABSOLUTE"])
def test_claims_pointing_outside_the_project_are_refused(make_project, outside, pointer):
    maker = make_project()
    pointer = str(outside / "outside.csv") if pointer == "ABSOLUTE" else pointer
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims: {pointer}\n")
    assert (maker.root / "sources" / pointer).resolve().exists()
    error = error_of(maker.root)
    assert (error.file, error.line, error.field) == ("sources/a.yaml", 2, "claims")
    assert "outside the project" in error.message
    assert SECRET not in str(error)


def test_a_named_pipe_in_sources_is_refused_without_opening_it(make_project):
    maker = make_project()
    maker.source("a")
    os.mkfifo(maker.root / "sources" / "pipe.csv")
    out = finished_within(20, lambda: load(maker.root))
    assert out, "reading the project hung on a named pipe"
    assert isinstance(out[0], InputError) and "named pipe" in out[0].message
    assert out[0].file == "sources/pipe.csv"


def test_a_link_to_a_device_is_refused(make_project):
    maker = make_project()
    maker.source("a")
    os.symlink("/dev/zero", maker.root / "sources" / "zero.csv")
    out = finished_within(20, lambda: load(maker.root))
    assert out and isinstance(out[0], InputError), "reading /dev/zero did not stop"
    assert out[0].file == "sources/zero.csv"


def test_a_named_pipe_inside_the_project_named_in_claims_is_refused(make_project):
    maker = make_project()
    (maker.root / "data").mkdir()
    os.mkfifo(maker.root / "data" / "pipe.csv")
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: ../data/pipe.csv\n")
    out = finished_within(20, lambda: load(maker.root))
    assert out and isinstance(out[0], InputError) and "named pipe" in out[0].message


def test_a_file_named_on_the_command_line_is_read_as_given(make_project, outside):
    (outside / "claims.csv").write_text("source,id,topic,value\na,c1,defections,5\n", encoding="utf-8")
    maker = make_project()
    maker.source("a")
    claims = load([maker.root / "sources" / "a.yaml", outside / "claims.csv"])
    assert list(claims.frame["id"]) == ["c1"]


def test_a_file_above_the_size_limit_names_the_limit_and_how_to_raise_it(make_project, monkeypatch):
    maker = make_project()
    maker.source("a", {"topic": "defections", "value": 5, "quote": "x" * 4000})
    monkeypatch.setenv("RECONCILE_MAX_FILE_MB", "0.002")
    error = error_of(maker.root)
    assert error.file == "sources/a.yaml" and "limit" in error.message
    assert "RECONCILE_MAX_FILE_MB" in error.hint


def test_a_read_stops_at_the_size_limit_on_a_file_that_does_not_say_its_size(monkeypatch):
    from reconcile.sources import read_project_file

    monkeypatch.setenv("RECONCILE_MAX_FILE_MB", "1")
    out = finished_within(20, lambda: read_project_file(Path("/dev/zero"), "zero", None))
    assert out and isinstance(out[0], InputError) and "RECONCILE_MAX_FILE_MB" in out[0].hint


def test_a_bad_limit_setting_is_an_error(make_project, monkeypatch):
    maker = make_project()
    maker.source("a")
    monkeypatch.setenv("RECONCILE_MAX_FILE_MB", "lots")
    assert "RECONCILE_MAX_FILE_MB" in str(error_of(maker.root))


# --- no claim dropped silently -------------------------------------------------------------

def test_a_pointed_table_is_matched_by_its_path_not_its_name(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: tables/data.csv\n")
    maker.write("sources/tables/data.csv", "id,topic,value\na1,defections,5\n")
    maker.write("sources/data.csv", "source,id,topic,value\na,d1,defections,6\n")
    assert sorted(load(maker.root).frame["id"]) == ["a1", "d1"]


def test_a_table_pointed_at_through_a_symlink_is_read_once(make_project):
    maker = make_project()
    maker.write("sources/a.csv", "id,topic,value\na1,defections,5\n")
    os.symlink("a.csv", maker.root / "sources" / "b.csv")
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: b.csv\n")
    assert list(load(maker.root).frame["id"]) == ["a1"]


def test_a_source_whose_claims_name_its_own_file_is_an_error(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: a.yaml\n")
    error = error_of(maker.root)
    assert (error.file, error.line, error.field) == ("sources/a.yaml", 2, "claims")


def test_two_source_files_may_not_point_at_one_table(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: shared.csv\n")
    maker.write("sources/b.yaml", "source: {id: b, name: B}\nclaims: ./shared.csv\n")
    maker.write("sources/shared.csv", "topic,value\ndefections,5\n")
    error = error_of(maker.root)
    assert error.file == "sources/b.yaml" and "sources/a.yaml" in error.message


@pytest.mark.parametrize("pointer", ["claims.txt", "claims", "other.yaml"])
def test_claims_naming_a_file_that_is_not_a_table_is_an_error(make_project, pointer):
    maker = make_project()
    maker.write(f"sources/{pointer}", "topic,value\ndefections,5\n")
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims: {pointer}\n")
    error = error_of(maker.root)
    assert (error.line, error.field) == (2, "claims") and ".csv" in error.hint
