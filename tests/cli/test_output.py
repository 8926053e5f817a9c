"""cli.output's helpers of `reconcile report`: the format, the terminal options, what stderr says."""
from __future__ import annotations

import pytest

from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.cli.output import report_format, report_verdict, terminal_options
from reconcile.errors import OutputError
from reconcile.model.records import ExpectationOutcome, Report, Validation


@pytest.mark.parametrize("fmt, output, expected", [
    (None, None, "text"), (None, "-", "text"), (None, "out/r.MD", "markdown"), (None, "r.jsonld", "claimreview"),
    (None, "r.unknown", "text"), ("csv", "r.json", "csv"), ("parquet", "tables/", "parquet"),
])
def test_the_format_is_the_option_else_the_output_suffix_else_text(fmt, output, expected):
    assert report_format(fmt, output) == expected


@pytest.mark.parametrize("output", [None, "-"])
def test_parquet_needs_an_output_folder(output):
    with pytest.raises(OutputError, match="folder of tables") as info:
        report_format("parquet", output)
    assert info.value.field == "--output"


def test_only_text_on_a_terminal_gets_colour_and_width():
    # pytest captures stdout: not a terminal, so the same bytes every time
    assert terminal_options("text", None, no_color=False) == {"color": False, "width": None}
    assert terminal_options("markdown", None, no_color=False) == {}


def report(**omitted: int) -> Report:
    return Report(claims=(), findings=(), sources={}, topics={}, omitted={"t": omitted} if omitted else {})


def validation(*successes: bool) -> Validation:
    return Validation(outcomes=tuple(ExpectationOutcome("expectations/claims.json", "x", None, ok)
                                     for ok in successes), claims=3)


def test_findings_at_or_above_fail_on_are_counted_kept_or_not():
    result = report(**{"value-conflict": 1200, "uncorroborated": 3})
    assert report_verdict(result, None, "conflict", "json", None) == (
        ["1,200 finding(s) at or above --fail-on conflict"], 1)
    assert report_verdict(result, None, "warning", "json", None) == (
        ["1,203 finding(s) at or above --fail-on warning"], 1)
    assert report_verdict(result, None, "never", "json", None) == ([], 0)


def test_failed_expectations_fail_the_report_unless_fail_on_never():
    assert report_verdict(report(), validation(True, False, False), "conflict", "text", None) == (
        ["2 expectation(s) failed; run reconcile validate for the details"], 1)
    assert report_verdict(report(), validation(True), "conflict", "text", None) == ([], 0)
    # --fail-on never keeps the exit code at 0, but the failed suite is still said on stderr
    assert report_verdict(report(), validation(False), "never", "text", None) == (
        ["1 expectation(s) failed (exit 0: --fail-on never); run reconcile validate for the details"], 0)


def test_a_claimreview_without_a_url_is_said_first_and_does_not_fail():
    messages, code = report_verdict(report(**{"value-conflict": 1}), None, "conflict", "claimreview", None)
    assert messages[0].startswith("The ClaimReview has no url") and len(messages) == 2 and code == 1
    assert report_verdict(report(), None, "conflict", "claimreview", "https://example.org/r") == ([], 0)


def test_suite_files_are_checked_before_anything_is_read(tmp_path):
    from reconcile.cli.output import suite_files
    from reconcile.errors import ExpectationError

    suite = tmp_path / "claims.json"
    suite.write_text("{}", "utf-8")
    assert suite_files(()) is None and suite_files((str(suite),)) == [suite]
    with pytest.raises(ExpectationError, match="no such suite file") as info:
        suite_files((str(suite), str(tmp_path / "nothere.json")))
    assert info.value.file == str(tmp_path / "nothere.json")


def test_a_parsed_line_is_tab_separated_or_json_and_an_error_says_why():
    import json

    from reconcile.cli.output import parsed_line
    from reconcile.model.records import QuantityConfig

    assert parsed_line("more than 500", "en", None, as_json=False) == ("more than 500\t(500, ∞)\tmore-than", True)
    line, ok = parsed_line("about 500", "en", QuantityConfig(tolerance=0.2), as_json=True)
    assert ok and (json.loads(line)["lower"], json.loads(line)["upper"]) == (400, 600)
    line, ok = parsed_line("many", "en", None, as_json=True)
    assert not ok and json.loads(line)["text"] == "many" and json.loads(line)["error"]
    line, ok = parsed_line("many", "en", None, as_json=False)
    assert not ok and line.startswith("many\terror: ")   # on stdout, in its place among the values


def test_an_extracted_project_is_never_written_through_a_link_into_a_file_or_over_files(tmp_path):
    from reconcile.cli.output import write_project

    # (each file as extract writes it: its first line says so)
    draft = "# Proposed by `reconcile extract` from a.txt: review every claim\n"
    files = {"sources/_topics.yaml": "# Draft topics proposed by `reconcile extract`: merge\ntopics: []\n",
             "sources/outlet.yaml": draft + "source: {id: outlet}\n"}
    out = write_project(str(tmp_path / "new"), files, force=False, inputs=set())
    assert (out / "sources" / "outlet.yaml").read_text() == draft + "source: {id: outlet}\n"
    with pytest.raises(OutputError, match="2 file\\(s\\) exist already"):
        write_project(str(out), files, force=False, inputs=set())
    write_project(str(out), {**files, "sources/outlet.yaml": draft + "changed\n"}, force=True, inputs=set())
    assert (out / "sources" / "outlet.yaml").read_text() == draft + "changed\n"
    (tmp_path / "link").symlink_to(out)
    (tmp_path / "file").write_text("x")
    for target, message in (("link", "symbolic link"), ("file", "not a folder")):
        with pytest.raises(OutputError, match=message):
            write_project(str(tmp_path / target), files, force=True, inputs=set())


def test_extract_never_writes_into_a_projects_own_sources_even_with_force(tmp_path):
    from reconcile.cli.output import write_project

    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    own = project / "sources" / "migracion-colombia.yaml"
    own.write_text("source: {id: migracion-colombia, name: Migración Colombia}\n")
    files = {"sources/outlet.yaml": "# Proposed by `reconcile extract` from a.txt: review every claim\nsource: {}\n"}
    for force in (False, True):
        with pytest.raises(OutputError, match="not a draft that reconcile extract wrote"):
            write_project(str(project), files, force=force, inputs=set())
    assert sorted(p.name for p in (project / "sources").iterdir()) == ["migracion-colombia.yaml"]
    assert own.read_text() == "source: {id: migracion-colombia, name: Migración Colombia}\n"


def test_extract_with_force_writes_over_its_own_drafts(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The ministry said 109 soldiers have defected.\n", encoding="utf-8")
    runner = CliRunner()
    first = runner.invoke(main, ["extract", str(article), "--output", str(tmp_path / "out")])
    assert first.exit_code == 0, first.output
    again = runner.invoke(main, ["extract", str(article), "--output", str(tmp_path / "out"), "--force"])
    assert again.exit_code == 0, again.output


def test_extract_writes_over_a_places_draft_of_an_earlier_version(tmp_path):
    from reconcile.cli.output import write_project

    (tmp_path / "out" / "sources").mkdir(parents=True)
    old = tmp_path / "out" / "sources" / "_places.yaml"
    old.write_text("# Cities named by the proposed claims (GeoNames): check each one is the place meant.\nplaces: []\n")
    draft = "# Proposed by `reconcile extract` from a.txt: review every claim\nsource: {}\n"
    write_project(str(tmp_path / "out"), {"sources/a.yaml": draft}, force=True, inputs=set())
    assert (tmp_path / "out" / "sources" / "a.yaml").read_text() == draft


def test_extract_with_force_over_an_earlier_extract_leaves_one_project_that_runs(tmp_path):
    """SPEC §6: DIR is a project, so report DIR runs on it as it is. A second extract with --force
    replaced _topics.yaml but left the first article's drafts, which then named unknown topics."""
    first, second = tmp_path / "en.txt", tmp_path / "es.txt"
    first.write_text("Floods kill at least 42\n\nThe Red Cross said on Monday that floods killed at least 42 "
                     "people in Peru.\n", encoding="utf-8")
    second.write_text("Lluvias dejan 15 muertos\n\nEl Indeci informó el martes que las lluvias dejaron 15 muertos "
                      "en Tumbes.\n", encoding="utf-8")
    runner, out = CliRunner(), str(tmp_path / "rr")
    assert runner.invoke(main, ["extract", str(first), "--output", out]).exit_code == 0
    again = runner.invoke(main, ["extract", str(second), "--output", out, "--force"])
    assert again.exit_code == 0, again.output
    assert "removed" in again.stderr and "earlier extract" in again.stderr
    report = runner.invoke(main, ["report", out, "--no-validate", "--fail-on", "never"])
    assert report.exit_code == 0, report.output
    assert all("en.txt" not in p.read_text("utf-8") for p in (tmp_path / "rr" / "sources").iterdir())


def test_extract_checks_every_file_before_writing_any(tmp_path):
    from reconcile.cli.output import write_project

    draft = "# Proposed by `reconcile extract` from a.txt: review every claim\nsource: {}\n"
    out = tmp_path / "o9"
    (out / "sources").mkdir(parents=True)
    precious = tmp_path / "precious.yaml"
    precious.write_text(draft)
    (out / "sources" / "red-cross.yaml").symlink_to(precious)
    files = {"sources/_topics.yaml": "# Draft topics proposed by `reconcile extract`: merge\ntopics: []\n",
             "sources/a.yaml": draft, "sources/red-cross.yaml": draft + "changed\n"}
    with pytest.raises(OutputError, match="symbolic link"):
        write_project(str(out), files, force=True, inputs=set())
    assert sorted(p.name for p in (out / "sources").iterdir()) == ["red-cross.yaml"]  # nothing written
    assert precious.read_text() == draft


def test_a_draft_of_a_source_the_project_declares_says_to_copy_its_claims_not_move_the_file(tmp_path, monkeypatch):
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    (project / "sources" / "migracion-colombia.yaml").write_text(
        "source:\n  id: migracion-colombia\n  name: Migración Colombia\n  kind: government-agency\n"
        "  aliases: [Colombian migration authority]\nclaims: []\n", encoding="utf-8")
    article = project / "art.txt"
    article.write_text("Más de 500 militares cruzaron\n\nMigración Colombia informó el jueves que más de 500 "
                       "militares venezolanos han cruzado a Colombia.\n", encoding="utf-8")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["extract", "art.txt"])
    assert result.exit_code == 0, result.output
    text = (project / "extracted" / "sources" / "migracion-colombia.yaml").read_text("utf-8")
    assert "copy its claims into the claims: list of\n# sources/migracion-colombia.yaml" in text
    assert "kind: government-agency" in text and "Colombian migration authority" in text


@pytest.mark.parametrize("where, output", [(".", "sources"), (".", "sources/drafts"), (".", "expectations/x"),
                                           ("sources", "extracted")])
def test_extract_never_writes_into_a_projects_sources_or_expectations(tmp_path, monkeypatch, where, output):
    """README, Security: "It never writes over or into sources/ or expectations/". `-o sources`
    wrote sources/sources/, and `-o extracted` run from inside sources/ wrote there. (The default
    from inside sources/ is the project's extracted/: test_s39_writes.)"""
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    (project / "expectations").mkdir()
    own = project / "sources" / "mc.yaml"
    own.write_text("source: {id: mc, name: Migración Colombia}\nclaims: []\n", encoding="utf-8")
    article = tmp_path / "art.txt"
    article.write_text("Más de 500 militares venezolanos han cruzado a Colombia, informó el jueves Migración "
                       "Colombia.\n", encoding="utf-8")
    before = sorted(str(p.relative_to(project)) for p in project.rglob("*"))
    monkeypatch.chdir(project / where)
    result = CliRunner().invoke(main, ["extract", str(article), "--output", output])
    assert result.exit_code == 2, result.output
    assert "would write into the project's" in result.output and "Traceback" not in result.output
    assert sorted(str(p.relative_to(project)) for p in project.rglob("*")) == before


def test_extract_into_a_folder_named_sources_that_is_no_project_is_allowed(tmp_path, monkeypatch):
    """A folder of projects called sources/ (no source file in it) is not a project's sources/."""
    (tmp_path / "sources" / "desk").mkdir(parents=True)
    article = tmp_path / "art.txt"
    article.write_text("The ministry said 109 soldiers have defected.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "sources" / "desk")
    result = CliRunner().invoke(main, ["extract", str(article)])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "sources" / "desk" / "extracted" / "sources").is_dir()


def test_extract_into_the_project_itself_with_force_keeps_its_own_sources(tmp_path, monkeypatch):
    """README, Security: extract never writes over sources/. `-o . --force` from the project's
    folder replaced sources/unhcr.yaml (its claim gone) and _topics.yaml with drafts of the same
    names, because only files the run would not write again were checked for being drafts."""
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    topics = project / "sources" / "_topics.yaml"
    topics.write_text("topics: [{id: t, unit: people, title: My precious topic}]\n", encoding="utf-8")
    own = project / "sources" / "unhcr.yaml"
    own.write_text("source: {id: unhcr, name: UNHCR, aliases: [UN refugee agency]}\n"
                   "claims: [{id: keep-me, topic: t, value: 5}]\n", encoding="utf-8")
    article = project / "art.txt"
    article.write_text("The UN refugee agency said that 300 people had crossed the border.\n", encoding="utf-8")
    before = {path: path.read_bytes() for path in (topics, own)}
    monkeypatch.chdir(project)
    for output in (".", str(project)):
        result = CliRunner().invoke(main, ["extract", "art.txt", "-o", output, "--force"])
        assert result.exit_code == 2, result.output
        assert "unhcr.yaml is not a draft that reconcile extract wrote" in result.output
    assert {path: path.read_bytes() for path in (topics, own)} == before
    assert sorted(p.name for p in (project / "sources").iterdir()) == ["_topics.yaml", "unhcr.yaml"]


def test_a_project_alias_written_with_the_matches_the_name_the_text_gives(tmp_path, monkeypatch):
    """SPEC §6: a claimant that matches a source of the current project by alias keeps its id.
    "aliases: [The UN refugee agency]" did not match the text's "UN refugee agency"."""
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    (project / "sources" / "unhcr.yaml").write_text(
        "source: {id: unhcr, name: UNHCR, aliases: [The UN refugee agency]}\nclaims: []\n", encoding="utf-8")
    (project / "art.txt").write_text("The UN refugee agency said that 300 people had crossed the border.\n",
                                     encoding="utf-8")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["extract", "art.txt", "-o", "out"])
    assert result.exit_code == 0, result.output
    assert "unhcr.yaml" in {p.name for p in (project / "out" / "sources").iterdir()}


@pytest.mark.parametrize("inside", ["reports/tables", "reports/tables/findings", "reports/tables/sources"])
def test_a_command_run_inside_a_parquet_report_finds_the_project_above_it(make_project, monkeypatch, inside):
    """README: commands run anywhere inside a project find it. Inside reports/tables/ (a Parquet
    report), its sources/ table was taken for the project's sources/: "unknown column name"."""
    from conftest import claim

    maker = make_project()
    maker.source("a", claim(id="a1", value="500"))
    monkeypatch.chdir(maker.root)
    assert CliRunner().invoke(main, ["report", "-o", "reports/tables/", "--fail-on", "never"]).exit_code == 0
    monkeypatch.chdir(maker.root / inside)
    for command in (["report", "--format", "json", "--fail-on", "never"], ["validate"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0, result.output


def test_extract_puts_nested_populations_in_one_draft_topic_as_the_seed_has_them(tmp_path):
    """README: counts of one population share a draft topic whatever their criterion, so that the
    report sets "500 crossed" beside "109 defected". "Soldiers and police" and "soldiers" got two
    topics, and the report never related them."""
    article = tmp_path / "seed.txt"
    article.write_text("url: https://x.example/a\ndate: 2019-03-08\noutlet: Wire\n\nMore than 500 Venezuelan "
                       "soldiers and police officers have crossed into Colombia, Migración Colombia said on "
                       "Thursday.\n\nVenezuela's defence minister, Vladimir Padrino López, said on Wednesday that "
                       "109 soldiers had been expelled.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["extract", str(article), "-o", str(out)]).exit_code == 0
    result = CliRunner().invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    import json

    report = json.loads(result.stdout)
    assert report["summary"]["topics"] == 1
    assert [f["kind"] for f in report["findings"] if f["verdict"] == "not-comparable"] == ["scope-difference"]
