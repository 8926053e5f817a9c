"""The commands as a new user met them (session 41): Ctrl-C takes back a report redirected to a
file, the future-date checks give the same result in every time zone, loose claim files are named
as given, parse keeps a line per stdin line, a stream that cannot write a character escapes it,
and sources --json says null for an undeclared country."""
from __future__ import annotations

import datetime
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO
from reconcile.cli.main import main

ENV = {**os.environ, "PYTHONPATH": str(REPO)}
BEFORE = b"what the file held before\n"


def reconcile_command(*args: str, **options) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "reconcile", *args], capture_output=True, timeout=120,
                          **options)


# --- 1. Ctrl-C leaves no partial report in a file on stdout ---------------------------------

@pytest.fixture(scope="module")
def big_project(tmp_path_factory) -> Path:
    """A project whose JSON report is about 20 MB: written over a second or so, long enough to
    interrupt while it is being written."""
    sys.path.insert(0, str(REPO / "bench"))
    try:
        from synth import generate
    finally:
        sys.path.remove(str(REPO / "bench"))
    return generate(tmp_path_factory.mktemp("big") / "project", 1_000, big_topic=1_000)


@pytest.mark.parametrize("mode", ["ab", "r+b"], ids=["appended (>>)", "after earlier output (> with a group)"])
@pytest.mark.parametrize("signame, code", [("SIGINT", 130), ("SIGTERM", 143), ("SIGHUP", 129)])
def test_ctrl_c_while_the_report_is_written_to_a_file_leaves_the_file_as_it_was(big_project, tmp_path, mode,
                                                                               signame, code):
    out = tmp_path / "out.json"
    out.write_bytes(BEFORE)
    with open(out, mode) as stdout:
        stdout.seek(0, os.SEEK_END)
        run = subprocess.Popen([sys.executable, "-m", "reconcile", "report", str(big_project), "--no-validate",
                                "--format", "json"], stdout=stdout, stderr=subprocess.PIPE, env=ENV,
                               # a background job (`pytest &`) inherits SIGINT ignored, and Python then
                               # raises no KeyboardInterrupt: the command runs as from a terminal
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        deadline = time.monotonic() + 60
        while out.stat().st_size <= len(BEFORE) and run.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert run.poll() is None, "the report was written before it could be interrupted"
        written = out.stat().st_size
        run.send_signal(getattr(signal, signame))   # Ctrl-C; a CI job cancelled; a terminal closed
        stderr = run.communicate(timeout=60)[1]
    assert written > len(BEFORE)
    assert run.returncode == code, stderr[-2000:]
    assert b"Traceback" not in stderr
    assert (b"Interrupted" in stderr) == (signame == "SIGINT")
    assert out.read_bytes() == BEFORE


def test_a_report_appended_to_a_file_follows_what_it_held(make_project, tmp_path):
    maker = make_project()
    maker.source("a", {"id": "c1", "topic": "defections", "value": "500", "place": "CO", "as_of": "2019-03-07"})
    out = tmp_path / "out.json"
    out.write_bytes(BEFORE)
    with open(out, "ab") as stdout:
        done = subprocess.run([sys.executable, "-m", "reconcile", "report", str(maker.root), "--no-validate",
                               "--format", "json"],
                              stdout=stdout, stderr=subprocess.PIPE, env=ENV, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    held = out.read_bytes()
    assert held.startswith(BEFORE)
    assert json.loads(held[len(BEFORE):])["summary"]["claims"] == 1


# --- 2. "today" of the future-date checks is the same in every time zone ---------------------

def dated_project(make_project, day: datetime.date) -> Path:
    maker = make_project()
    maker.source("s", {"id": "c1", "topic": "defections", "value": "5", "as_of": day.isoformat(),
                       "stated_on": day.isoformat()})
    return maker.root


def test_a_claim_dated_today_anywhere_passes_whatever_the_time_zone(make_project):
    # today where the day starts first: in Pago Pago (UTC-11) it is still a day or two earlier
    today_somewhere = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=14))).date()
    root = dated_project(make_project, today_somewhere)
    runs = [reconcile_command("validate", str(root), "--format", "json", env={**ENV, "TZ": zone})
            for zone in ("UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago")]
    assert [run.returncode for run in runs] == [0, 0, 0], runs[-1].stderr[-2000:]
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    assert json.loads(runs[0].stdout)["success"] is True


def test_a_claim_dated_after_today_everywhere_is_in_the_future(make_project, monkeypatch):
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    try:
        tomorrow_everywhere = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=14))).date() \
            + datetime.timedelta(days=1)
        result = CliRunner().invoke(main, ["validate", str(dated_project(make_project, tomorrow_everywhere)),
                                           "--format", "json"])
    finally:
        monkeypatch.undo()
        time.tzset()
    assert result.exit_code == 1, result.output
    failed = [r["description"] for r in json.loads(result.stdout)["outcomes"] if not r["success"]]
    assert failed == ["as_of is not in the future.", "stated_on is not in the future."]


# --- 3. claim files outside any project are named as given, wherever the command runs ----------

def loose_files(folder: Path) -> list[Path]:
    folder.mkdir()
    (folder / "a.yaml").write_text('source: {id: a, name: Fuente A}\nclaims:\n'
                                   '  - {topic: t, value: "más de 500", place: CO, as_of: 2019-03-07}\n',
                                   encoding="utf-8")
    (folder / "b.yaml").write_text('source: {id: b, name: Fuente B}\nclaims:\n'
                                   '  - {topic: t, value: "109", place: CO, as_of: 2019-03-07}\n', encoding="utf-8")
    return [folder / "a.yaml", folder / "b.yaml"]


def report_files(*paths: str) -> list[str]:
    result = CliRunner().invoke(main, ["report", *paths, "--no-validate", "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return [c["file"] for c in json.loads(result.stdout)["claims"]]


@pytest.mark.parametrize("here", [".", "loose", "loose/deeper", "/"])
def test_loose_files_given_by_absolute_path_are_named_by_it_from_any_folder(tmp_path, monkeypatch, here):
    files = loose_files(tmp_path / "loose")
    (tmp_path / "loose" / "deeper").mkdir()
    monkeypatch.chdir(tmp_path / here)
    assert report_files(*map(str, files)) == [files[0].as_posix(), files[1].as_posix()]


def test_loose_files_given_by_relative_path_are_named_as_given(tmp_path, monkeypatch):
    loose_files(tmp_path / "loose")
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path / "other")
    assert report_files("../loose/a.yaml", "../loose/b.yaml") == ["../loose/a.yaml", "../loose/b.yaml"]
    monkeypatch.chdir(tmp_path)
    assert report_files("loose/a.yaml", "loose/b.yaml") == ["loose/a.yaml", "loose/b.yaml"]


def test_an_error_in_a_loose_file_names_it_as_given(tmp_path, monkeypatch):
    bad = tmp_path / "loose" / "bad.yaml"
    bad.parent.mkdir()
    bad.write_text("source: {id: a, name: A}\nclaims:\n  - {topic: t, value: '5', plaec: CO}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["report", str(bad), "--no-validate"])
    assert result.exit_code == 2
    assert f"Error: {bad.as_posix()}:3: " in result.stderr and "plaec" in result.stderr


# --- 4. parse: a line of output for every line of stdin, blank ones too -----------------------

@pytest.mark.parametrize("as_json", [[], ["--json"]])
def test_a_blank_stdin_line_is_an_error_line_so_output_pairs_with_input(as_json):
    result = CliRunner().invoke(main, ["parse", *as_json], input="500\n\n600\n   \n")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0].startswith(("500\t", '{"text": "500"')) and lines[2].startswith(("600\t", '{"text": "600"'))
    assert "error" in lines[1] and "error" in lines[3]
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert [e.split(":")[1].strip() for e in errors] == ["<stdin>", "<stdin>"]
    assert errors[0].startswith("Error: <stdin>:2: empty stated value") and errors[1].startswith("Error: <stdin>:4: ")
    assert "2 value(s) could not be parsed" in result.stderr


def test_a_blank_stdin_line_gives_the_line_an_empty_argument_gives():
    piped = CliRunner().invoke(main, ["parse", "--json"], input="\n")
    given = CliRunner().invoke(main, ["parse", "--json", ""])
    assert piped.exit_code == given.exit_code == 2
    assert piped.stdout == given.stdout


# --- 5. a stream that cannot write every character escapes it ---------------------------------

ASCII_LOCALE = {**{k: v for k, v in ENV.items() if k not in ("PYTHONIOENCODING", "LANG", "LC_CTYPE")},
                "LC_ALL": "C", "PYTHONUTF8": "0"}


def test_parse_in_an_ascii_locale_writes_infinity_as_an_escape():
    done = reconcile_command("parse", "more than 5", env=ASCII_LOCALE)
    assert done.returncode == 0 and b"Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.stdout == b"more than 5\t(5, \\u221e)\tmore-than\n"


def test_a_report_in_an_ascii_locale_writes_accents_as_escapes(tmp_path):
    loose_files(tmp_path / "loose")
    done = reconcile_command("report", "loose/a.yaml", "loose/b.yaml", "--no-validate", cwd=tmp_path,
                             env=ASCII_LOCALE)
    assert done.returncode == 1 and b"Traceback" not in done.stderr, done.stderr[-2000:]
    assert b'Fuente A "m\\xe1s de 500"' in done.stdout and b"\\u221e" in done.stdout


# --- 7. sources --json: null for a country no source declares ---------------------------------

def test_sources_json_gives_null_for_an_undeclared_country_and_the_table_a_blank(make_project):
    maker = make_project()
    maker.source("a", {"topic": "defections", "value": "5"})
    maker.source("b", {"topic": "defections", "value": "6"}, country="CO")
    listed = CliRunner().invoke(main, ["sources", str(maker.root), "--json"])
    assert listed.exit_code == 0, listed.output
    assert [row["country"] for row in json.loads(listed.stdout)] == [None, "CO"]
    table = CliRunner().invoke(main, ["sources", str(maker.root)])
    assert table.exit_code == 0 and "None" not in table.stdout
    assert table.stdout.splitlines()[2].split() == ["a", "A", "other", "1", "sources/a.yaml"]
