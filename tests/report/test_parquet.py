"""reconcile report --format parquet --output DIR/ (reconcile.report.parquet), pandas engine: a
folder of Parquet tables with the JSON report's rows, written whole or not at all."""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner
from conftest import REPO, claim

import reconcile
from reconcile.cli.main import main
from reconcile.errors import OutputError
from reconcile.report import parquet
from reconcile.report.render import render

#: the finding fields JSON leaves out when they do not apply (null in the Parquet table)
OPTIONAL = ("agreed", "scopes", "fields")


def rows(folder: Path) -> list[dict]:
    """A table of the folder as JSON-like rows, a finding's inapplicable fields left out as JSON does."""
    out = pq.read_table(folder).to_pylist()
    return [{k: v for k, v in row.items() if not (k in OPTIONAL and v is None)} for row in out]


def as_tables(folder: Path) -> dict:
    """The folder read back in the shape of the JSON report."""
    summary = json.loads((folder / "summary.json").read_text(encoding="utf-8"))
    assert summary.pop("tables") == {name: f"{name}/" for name in parquet.TABLES}
    return {**summary, **{name: rows(folder / name) for name in parquet.TABLES}}


def both(paths: list[str], out: Path, *options: str) -> tuple[dict, dict]:
    """The JSON report and the Parquet folder of one project, by the command line."""
    runner = CliRunner()
    as_json = runner.invoke(main, ["report", *paths, "--format", "json", "--fail-on", "never", *options])
    assert as_json.exit_code == 0, as_json.output
    as_parquet = runner.invoke(main, ["report", *paths, "--format", "parquet", "--output", f"{out}/",
                                      "--fail-on", "never", *options])
    assert as_parquet.exit_code == 0, as_parquet.output
    assert as_parquet.stdout == "" and f"Wrote {out}/" in as_parquet.stderr
    return json.loads(as_json.stdout), as_tables(out)


def test_the_parquet_findings_equal_the_json_findings_on_the_seed_project(tmp_path):
    from_json, from_parquet = both([str(REPO)], tmp_path / "tables")
    assert from_json["findings"] and from_json["estimates"] and "validation" in from_json
    assert from_parquet["findings"] == from_json["findings"]
    assert from_parquet == from_json  # claims, estimates, sources, summary and validation too


def test_a_generated_project_and_max_findings_give_the_same_rows_as_json(tmp_path):
    sys.path.insert(0, str(REPO / "bench"))
    try:
        import synth
    finally:
        sys.path.remove(str(REPO / "bench"))
    root = synth.generate(tmp_path / "project", 1_500, big_topic=200, seed=5)
    from_json, from_parquet = both([str(root)], tmp_path / "tables", "--no-validate", "--max-findings", "100")
    assert from_json["summary"]["omitted"]  # the limit left findings out, and says so in both
    assert len(from_json["claims"]) >= 1_500 and any("scopes" in f for f in from_json["findings"])
    assert from_parquet == from_json


def test_an_agreement_keeps_its_agreed_range(tmp_path, make_project):
    maker = make_project().source("a", claim(id="a1", value="more than 500"))
    maker.source("b", claim(id="b1", value="between 90 and 120")).source("c", claim(id="c1", value="about 100"))
    from_json, from_parquet = both([str(maker.root)], tmp_path / "tables", "--no-validate")
    assert [f["agreed"] for f in from_parquet["findings"] if "agreed" in f] == [
        {"lower": 90, "upper": 110, "lower_inclusive": True, "upper_inclusive": True}]
    assert from_parquet == from_json


def test_the_tables_have_their_types_for_pandas(tmp_path, make_project):
    import pandas as pd

    maker = make_project().source("a", claim(id="a1", value="more than 500", population=["soldiers"]))
    maker.source("b", claim(id="b1", value="between 90 and 120", population=["soldiers"]))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "parquet", "-o",
                                       str(tmp_path / "out"), "--no-validate"])
    assert result.exit_code == 1  # a conflict, as with any other format
    claims = pd.read_parquet(tmp_path / "out" / "claims")
    assert list(claims.columns) == list(parquet.schemas()["claims"].names)
    assert claims["lower"].tolist() == [500.0, 90.0] and pd.isna(claims.loc[0, "upper"])
    assert claims["line"].dtype == "int64" and list(claims.loc[1, "population"]) == ["soldiers"]
    (finding,) = pd.read_parquet(tmp_path / "out" / "findings").to_dict("records")
    assert finding["kind"] == "value-conflict" and finding["gap"] == 380.0 and list(finding["claims"]) == ["a1", "b1"]


def test_without_a_folder_it_is_an_error_before_any_work(make_project):
    maker = make_project().source("a", claim(id="a1", value="not a number at all"))
    for extra in ([], ["-o", "-"]):
        result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "parquet", *extra])
        assert result.exit_code == 2 and result.stdout == ""
        assert "--format parquet writes a folder of tables" in result.stderr and "--output DIR" in result.stderr


def report_of(make_project):
    maker = make_project().source("a", claim(id="a1", value="500"), claim(id="a2", value="109"))
    return maker, reconcile.reconcile(reconcile.normalize(reconcile.read(maker.root)))


def test_a_folder_holding_other_files_is_not_replaced(tmp_path, make_project):
    _, report = report_of(make_project)
    target = tmp_path / "notes"
    target.mkdir()
    (target / "mine.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(OutputError, match="holds other files; not replacing it"):
        parquet.write_parquet(report, target)
    assert os.listdir(target) == ["mine.txt"]
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(OutputError, match="--output is a file"):
        parquet.write_parquet(report, tmp_path / "file")


def test_an_earlier_report_is_replaced_whole_and_nothing_is_left_beside_it(tmp_path, make_project):
    _, report = report_of(make_project)
    target = tmp_path / "tables"
    parquet.write_parquet(report, target)
    (target / "claims" / "part-00000.parquet").write_bytes(b"stale")
    parquet.write_parquet(report, target)
    assert len(rows(target / "claims")) == 2
    assert sorted(os.listdir(tmp_path)) == ["project", "tables"]


def test_a_failed_write_leaves_the_earlier_report_as_it_was(tmp_path, make_project):
    _, report = report_of(make_project)
    target = tmp_path / "tables"
    parquet.write_parquet(report, target)
    before = {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()}
    written = []

    def fail_on_the_third(table, folder):
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        written.append(folder.name)
        parquet.write_with_pyarrow(table, folder)

    with pytest.raises(OutputError, match="No space left on device"):
        parquet.write_parquet(report, target, write_table=fail_on_the_third)
    assert {p.relative_to(target): p.read_bytes() for p in target.rglob("*") if p.is_file()} == before
    assert sorted(os.listdir(tmp_path)) == ["project", "tables"]  # no temporary folder left


def test_it_never_writes_into_the_projects_inputs(make_project):
    maker, report = report_of(make_project)
    with pytest.raises(OutputError, match="refusing to write over or beside the project's inputs"):
        parquet.write_parquet(report, maker.root / "sources" / "tables", {maker.root / "sources"})
    link = maker.root / "link"
    link.symlink_to(maker.root / "elsewhere")
    with pytest.raises(OutputError, match="symbolic link"):
        parquet.write_parquet(report, link)
    assert not (maker.root / "elsewhere").exists()


def test_render_gives_the_summary_that_names_the_tables(tmp_path, make_project):
    _, report = report_of(make_project)
    text = render(report, "parquet")
    assert json.loads(text)["tables"] == {"claims": "claims/", "findings": "findings/", "estimates": "estimates/",
                                          "sources": "sources/"}
    parquet.write_parquet(report, tmp_path / "tables")
    assert (tmp_path / "tables" / "summary.json").read_text(encoding="utf-8") == text
