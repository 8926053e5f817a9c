"""The command line: exit codes, stdout/stderr, --output safety, parse, sources, init."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys

import pytest
from pathlib import Path
from click.testing import CliRunner

import reconcile
from conftest import REPO, claim
from reconcile.cli.main import main

SCOPE = dict(population=["soldiers"], criterion="crossed-into-colombia", place="CO", as_of="2019-03-07")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def conflicted(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", **SCOPE))
    maker.source("b", claim(id="b1", value=109, **SCOPE))
    return maker


def test_report_json_equals_the_library_dict(runner, conflicted):
    result = runner.invoke(main, ["report", str(conflicted.root), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    project, frame = reconcile.normalize(reconcile.read([conflicted.root]))
    claims = reconcile.Claims(project, frame)
    report = dataclasses.replace(reconcile.reconcile(claims), validation=reconcile.validate(claims))
    assert json.loads(result.stdout) == report.to_dict()


def test_the_readme_library_example_gives_what_report_json_prints(runner, conflicted):
    """README: reconcile.reconcile(project, claims, validation).to_dict() is the CLI's JSON,
    "validation" key included; without a validation, what --no-validate prints."""
    project, frame = reconcile.normalize(reconcile.read([conflicted.root]))
    claims = reconcile.Claims(project, frame)
    validated = reconcile.reconcile(claims, reconcile.validate(claims))
    result = runner.invoke(main, ["report", str(conflicted.root), "--format", "json", "--fail-on", "never"])
    assert json.loads(result.stdout) == validated.to_dict() and "validation" in validated.to_dict()
    result = runner.invoke(main, ["report", str(conflicted.root), "--format", "json", "--no-validate"])
    assert json.loads(result.stdout) == reconcile.reconcile(reconcile.Claims(project, frame)).to_dict()


def test_a_claimreview_named_before_its_authors_source_file_reports(runner, make_project):
    """sources/cr.jsonld sorts before sources/example-agency.yaml; it used to exit 2 with
    'duplicate source id "example-agency"'."""
    maker = make_project()
    maker.source("example-agency", claim(id="e1", value="more than 500", **SCOPE), name="Example Agency")
    maker.write("sources/cr.jsonld", json.dumps(
        {"@type": "ClaimReview", "claimReviewed": "More than 500 soldiers crossed",
         "about": {"identifier": "defections"},
         "itemReviewed": {"@type": "Claim", "author": {"name": "Example Agency"}, "datePublished": "2019-03-07"}}))
    result = runner.invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate", "--fail-on", "never"])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["summary"]["sources"] == 1 and {c["source"] for c in data["claims"]} == {"example-agency"}


def test_report_json_has_the_contract_shape(runner, conflicted):
    result = runner.invoke(main, ["report", str(conflicted.root), "--format", "json", "--no-validate"])
    data = json.loads(result.stdout)
    assert data["schema"] == "reconcile.report/2"
    assert set(data) == {"schema", "summary", "sources", "claims", "findings", "estimates"}
    assert data["summary"]["findings"] == {"conflict": 1, "consistent": 0, "not-comparable": 0, "warning": 0}
    assert set(data["summary"]) == {"claims", "sources", "topics", "findings", "omitted"}
    assert data["summary"]["omitted"] == {} and data["summary"]["sources"] == len(data["sources"])
    assert set(data["sources"][0]) == {"id", "name", "kind", "claims", "reliability"}
    assert set(data["estimates"][0]) == {"topic", "population", "criterion", "place", "as_of", "lower", "upper",
                                         "lower_inclusive", "upper_inclusive", "point", "status", "method", "claims"}
    first = next(c for c in data["claims"] if c["id"] == "a1")
    assert first["lower"] == 500 and first["upper"] is None and first["lower_inclusive"] is False
    assert first["qualifier"] == "more-than" and first["place"] == "CO" and first["line"] == 5
    assert first["file"] == "sources/a.yaml"
    conflict = next(f for f in data["findings"] if f["kind"] == "value-conflict")
    assert (conflict["verdict"], conflict["gap"], conflict["ratio"]) == ("conflict", 391, 4.6)


def test_a_conflict_exits_1_and_says_why_on_stderr(runner, conflicted):
    result = runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--format", "json"])
    assert result.exit_code == 1
    assert "--fail-on conflict" in result.stderr
    json.loads(result.stdout)  # stdout stays clean data


def test_fail_on_never_exits_0_and_fail_on_warning_counts_warnings(runner, make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5, **SCOPE))
    assert runner.invoke(main, ["report", "--no-validate", str(maker.root), "--fail-on", "never"]).exit_code == 0
    assert runner.invoke(main, ["report", "--no-validate", str(maker.root)]).exit_code == 0
    assert runner.invoke(main, ["report", "--no-validate", str(maker.root), "--fail-on", "warning"]).exit_code == 1


def test_bad_input_exits_2_with_file_line_on_stderr_and_no_traceback(runner, make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5, plaec="CO"))
    result = runner.invoke(main, ["report", "--no-validate", str(maker.root)])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: sources/a.yaml:") and 'unknown field "plaec"' in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


def test_a_bad_option_exits_2(runner, conflicted):
    assert runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--format", "pdf"]).exit_code == 2


def test_a_missing_path_exits_2(runner, tmp_path):
    result = runner.invoke(main, ["report", "--no-validate", str(tmp_path / "nope")])
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_output_writes_the_file_and_nothing_else_to_stdout(runner, conflicted, tmp_path):
    target = tmp_path / "report.json"
    result = runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--format", "json",
                                  "-o", str(target), "--fail-on", "never"])
    assert result.exit_code == 0 and result.stdout == ""
    assert json.loads(target.read_text())["schema"] == "reconcile.report/2"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".report")] == []


def test_output_refuses_to_write_over_an_input(runner, conflicted):
    source = conflicted.root / "sources" / "a.yaml"
    before = source.read_bytes()
    result = runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "-o", str(source)])
    assert result.exit_code == 2 and "refusing to write over" in result.stderr
    assert source.read_bytes() == before


def test_the_same_inputs_give_the_same_bytes(runner):
    for fmt in ("json", "text", "markdown", "csv"):
        first = runner.invoke(main, ["report", str(REPO), "--format", fmt, "--fail-on", "never"]).stdout
        second = runner.invoke(main, ["report", str(REPO), "--format", fmt, "--fail-on", "never"]).stdout
        assert first == second and first


def test_parse_json_prints_one_object_per_line(runner):
    result = runner.invoke(main, ["parse", "--json", "more than 500", "109"])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0] == {"text": "more than 500", "lang": "en", "lower": 500, "upper": None,
                        "lower_inclusive": False, "upper_inclusive": False, "qualifier": "more-than"}
    assert lines[1]["lower"] == lines[1]["upper"] == 109 and lines[1]["qualifier"] == "exact"


def test_parse_reads_stdin_when_no_text_is_given(runner):
    result = runner.invoke(main, ["parse", "--json", "--lang", "es"], input="más de 500\n1.200\n")
    values = [json.loads(line) for line in result.stdout.splitlines()]
    assert [v["lower"] for v in values] == [500, 1200] and values[0]["lang"] == "es"


def test_parse_refuses_stdin_that_is_not_utf8_at_its_line(runner):
    """Latin-1 "más de 500" was read as "m?s de 500": exactly 500, the qualifier lost, exit 0."""
    result = runner.invoke(main, ["parse", "--json"], input="500\r\nm\xe1s de 500\n".encode("latin-1"))
    assert result.exit_code == 2
    assert json.loads(result.stdout.splitlines()[0])["lower"] == 500
    assert "<stdin>:2:" in result.stderr and "0xE1" in result.stderr and "iconv" in result.stderr
    assert "Traceback" not in result.output
    again = runner.invoke(main, ["parse", "--json"], input="\ufeffm\xe1s de 500\r\n".encode("utf-8"))
    assert again.exit_code == 0 and json.loads(again.stdout)["qualifier"] == "more-than"


def test_parse_error_is_reported_in_line_and_exits_2(runner):
    result = runner.invoke(main, ["parse", "--json", "109", "no number here"])
    assert result.exit_code == 2
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["lower"] == 109
    assert set(lines[1]) == {"text", "error"} and lines[1]["text"] == "no number here"


def test_sources_lists_claim_counts(runner):
    result = runner.invoke(main, ["sources", str(REPO), "--json"])
    rows = {row["id"]: row for row in json.loads(result.stdout)}
    assert rows["migracion-colombia"]["claims"] == 9 and rows["mindef-venezuela"]["claims"] == 2


def test_init_scaffolds_a_project_that_reports_and_never_overwrites(runner, tmp_path):
    target = tmp_path / "new"
    assert runner.invoke(main, ["init", str(target)]).exit_code == 0
    assert (target / "sources" / "_topics.yaml").is_file()
    assert (target / "expectations" / "claims.json").is_file()
    edited = target / "sources" / "example-agency.yaml"
    edited.write_text(edited.read_text() + "\n# mine\n")
    runner.invoke(main, ["init", str(target)])
    assert edited.read_text().endswith("# mine\n")
    result = runner.invoke(main, ["report", str(target), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["summary"]["claims"] == 1


def test_the_packaged_suite_is_the_repository_suite():
    from reconcile.sources.scaffold import default_suite

    assert json.loads(default_suite()) == json.loads((REPO / "expectations" / "claims.json").read_text())


def test_python_dash_m_reconcile_runs_the_same_command(tmp_path):
    result = subprocess.run([sys.executable, "-m", "reconcile", "parse", "--json", "109"],
                            capture_output=True, text=True, cwd=tmp_path,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["lower"] == 109


@pytest.mark.parametrize("make_bad, code, stderr", [
    (False, 1, "finding(s) at or above --fail-on conflict"),
    (True, 2, "Error: "),
])
def test_the_command_in_its_own_process_keeps_its_exit_codes_and_output(conflicted, make_bad, code, stderr):
    if make_bad:
        conflicted.write("sources/broken.yaml", "source: {id: broken, name: Broken}\nclaims:\n  - {value: 5}\n")
    result = subprocess.run([sys.executable, "-m", "reconcile", "report", str(conflicted.root), "--format", "json",
                             "--no-validate"], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == code, result.stderr
    assert stderr in result.stderr
    if not make_bad:  # stdout complete and flushed before the process ends
        assert json.loads(result.stdout)["summary"]["claims"] == 2


def test_report_defaults_to_the_project_in_the_current_folder(runner, conflicted, monkeypatch):
    monkeypatch.chdir(conflicted.root)
    result = runner.invoke(main, ["report", "--no-validate", "--format", "json"])
    assert result.exit_code == 1 and json.loads(result.stdout)["summary"]["claims"] == 2


def test_output_infers_the_format_from_the_suffix_and_is_readable_by_others(runner, conflicted, tmp_path):
    target = tmp_path / "report.md"
    runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "-o", str(target), "--fail-on", "never"])
    assert target.read_text().startswith("# ")
    assert target.stat().st_mode & 0o044  # group/other may read it (umask permitting)


def test_output_refuses_to_write_into_the_sources_folder(runner, conflicted):
    target = conflicted.root / "sources" / "new.yaml"
    result = runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--format", "json",
                                  "-o", str(target)])
    assert result.exit_code == 2 and not target.exists()


def test_init_on_an_existing_project_keeps_it_working(runner, conflicted):
    assert runner.invoke(main, ["init", str(conflicted.root)]).exit_code == 0
    assert not (conflicted.root / "sources" / "example-agency.yaml").exists()
    assert runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--fail-on", "never"]).exit_code == 0


def test_output_refuses_the_sources_folder_also_when_given_a_claim_file(runner, conflicted):
    claim_file = conflicted.root / "sources" / "a.yaml"
    result = runner.invoke(main, ["report", "--no-validate", str(claim_file),
                                  "--output", str(conflicted.root / "sources" / "z.csv")])
    assert result.exit_code == 2 and "refusing to write over or beside" in result.stderr
    assert not (conflicted.root / "sources" / "z.csv").exists()


def test_a_folder_that_cannot_be_written_is_exit_2_without_a_traceback(runner, conflicted, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = runner.invoke(main, ["init", str(blocker / "project")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert str(blocker) in result.stderr and "check the path" in result.stderr
    result = runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--output", str(blocker / "r.md")])
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_output_never_overwrites_a_table_read_from_outside_sources(runner, make_project, tmp_path):
    maker = make_project()
    maker.write("data/t.csv", "topic,value\ndefections,5\n")
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: ../data/t.csv\n")
    table = maker.root / "data" / "t.csv"
    before = table.read_text()
    result = runner.invoke(main, ["report", "--no-validate", str(maker.root), "--format", "csv", "-o", str(table)])
    assert result.exit_code == 2 and "refusing to write over" in result.stderr and table.read_text() == before


def test_output_never_overwrites_what_a_loose_claim_file_made_the_run_read(runner, make_project, monkeypatch):
    maker = make_project()   # the working folder is a project; the claim file lies outside it
    loose = maker.root.parent / "loose.csv"
    loose.write_text("source,topic,value\na,defections,5\n")
    maker.source("a")
    monkeypatch.chdir(maker.root)
    topics = maker.root / "sources" / "_topics.yaml"
    before = topics.read_text()
    result = runner.invoke(main, ["report", "--no-validate", str(loose), "--format", "json",
                                  "-o", "sources/_topics.yaml"])
    assert result.exit_code == 2 and topics.read_text() == before


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout here")
def test_output_to_dev_stdout_in_a_pipe_writes_into_the_pipe(conflicted):
    result = subprocess.run([sys.executable, "-m", "reconcile", "report", str(conflicted.root), "--fail-on",
                             "never", "--format", "json", "-o", "/dev/stdout"], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["claims"] == 2


def test_output_dash_is_standard_output(runner, conflicted, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--fail-on", "never",
                                  "--format", "json", "--output", "-"])
    assert result.exit_code == 0 and json.loads(result.stdout)["summary"]["claims"] == 2
    assert not (tmp_path / "-").exists() and "Wrote" not in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_output_to_a_named_pipe_writes_into_it(runner, conflicted, tmp_path):
    import threading

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    result = runner.invoke(main, ["report", "--no-validate", str(conflicted.root), "--fail-on", "never",
                                  "--output", str(fifo)])
    reader.join(timeout=30)
    assert result.exit_code == 0 and fifo.exists() and not fifo.is_file()
    assert received and "Reconciliation report" in received[0]


def test_extract_refuses_a_source_id_that_is_not_a_slug(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("According to the Ministry, 109 soldiers left.")
    result = runner.invoke(main, ["extract", str(article), "--source", "Bad Id"])
    assert result.exit_code == 2 and "bad-id" in result.stderr


def test_report_runs_the_expectations_and_exits_1_when_they_fail(runner, make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5, **dict(SCOPE, as_of="2999-01-01")))
    result = runner.invoke(main, ["report", str(maker.root), "--format", "json"])
    assert result.exit_code == 1 and "expectation(s) failed" in result.stderr
    data = json.loads(result.stdout)
    assert data["validation"]["success"] is False
    assert data["validation"]["failed"][0]["failing"] == ["sources/a.yaml:5 (a1)"]
    assert runner.invoke(main, ["report", str(maker.root), "--no-validate"]).exit_code == 0
    assert runner.invoke(main, ["report", str(maker.root), "--fail-on", "never"]).exit_code == 0


def test_the_text_report_has_the_same_bytes_whatever_the_terminal_width(runner, conflicted):
    args = ["report", "--no-validate", str(conflicted.root), "--fail-on", "never"]
    first = runner.invoke(main, args, env={"COLUMNS": "60"})
    second = runner.invoke(main, args, env={"COLUMNS": "250"})
    assert first.stdout == second.stdout


def test_parse_in_a_project_uses_its_tolerance(runner, make_project, monkeypatch):
    maker = make_project()
    (maker.root / "sources" / "_topics.yaml").write_text("topics: [{id: defections}]\nsettings: {tolerance: 0.2}\n")
    monkeypatch.chdir(maker.root)
    result = runner.invoke(main, ["parse", "--json", "about 500"])
    assert json.loads(result.stdout)["lower"] == 400


@pytest.mark.parametrize("inside", ["sources", "reports", "reports/2019"])
def test_parse_anywhere_inside_a_project_uses_its_tolerance(runner, make_project, monkeypatch, inside):
    """SPEC §3: the project is the nearest folder above that holds sources/ (the report uses
    the project's tolerance from there too)."""
    maker = make_project()
    (maker.root / "sources" / "_topics.yaml").write_text("topics: [{id: defections}]\nsettings: {tolerance: 0.2}\n")
    (maker.root / inside).mkdir(parents=True, exist_ok=True)
    monkeypatch.chdir(maker.root / inside)
    result = runner.invoke(main, ["parse", "--json", "about 500"])
    assert json.loads(result.stdout)["lower"] == 400


def test_output_into_the_projects_reports_folder_makes_it_as_init_would(runner, make_project, monkeypatch):
    """SPEC §3 lays out reports/; a copy of a project's sources/ alone has none, and the README's
    'reconcile report --output reports/report.md' had stopped on 'create it first'. Any other
    missing folder is still an error."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="500"))
    monkeypatch.chdir(maker.root)
    result = runner.invoke(main, ["report", "--no-validate", "--format", "markdown", "--output", "reports/report.md"])
    assert result.exit_code == 0, result.output
    assert (maker.root / "reports" / "report.md").is_file()
    result = runner.invoke(main, ["report", "--no-validate", "--output", "report5/r.md"])
    assert result.exit_code == 2 and "does not exist" in result.stderr and not (maker.root / "report5").exists()


@pytest.mark.parametrize("output", ["tables.parquet", "tables/"])
def test_an_output_named_as_a_folder_of_tables_is_written_as_parquet(runner, make_project, tmp_path, output):
    """It had been written as a text report into a file of that name (a file 'tables', no folder)."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="500"))
    target = tmp_path / output
    result = runner.invoke(main, ["report", "--no-validate", str(maker.root), "--output", str(target) +
                                  ("/" if output.endswith("/") else "")])
    assert result.exit_code == 0, result.output
    assert target.is_dir() and (target / "summary.json").is_file()


def test_a_claimreview_without_a_publisher_says_it_has_no_author(runner, make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="500"))
    maker.source("b", claim(id="b1", value="109"))
    result = runner.invoke(main, ["report", "--no-validate", str(maker.root), "--format", "claimreview",
                                  "--review-url", "https://example.org/review", "--fail-on", "never"])
    assert result.exit_code == 0 and "has no author" in result.stderr and "--publisher NAME" in result.stderr
    result = runner.invoke(main, ["report", "--no-validate", str(maker.root), "--format", "claimreview",
                                  "--review-url", "https://example.org/review", "--publisher-url", "https://example.org"])
    assert result.exit_code == 2 and "--publisher-url is given without --publisher" in result.stderr
