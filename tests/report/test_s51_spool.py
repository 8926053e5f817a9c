"""A JSON report's findings written out topic by topic as they are found (``model.spool.FindingSpool``,
``reconcile(..., spool=True)``, what ``reconcile report --format json`` does): the same bytes as the
report whose findings are held, in every format; the spool re-readable; a failure while the report is
written leaves no file."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli.main import main
from reconcile.errors import OutputError
from reconcile.model.records import Finding, Report
from reconcile.model.spool import FindingSpool, finding_of
from reconcile.pipeline import render_chunks
from reconcile.report.render import render, render_json
from reconcile.runtime.writing import write_atomically

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "bench"))
from synth import generate  # noqa: E402


@pytest.fixture(scope="module", params=["desk", "scattered"])
def project(request, tmp_path_factory) -> Path:
    # a big topic of 120 claims: more findings than a --max-findings of 50 lists of it
    return generate(tmp_path_factory.mktemp(request.param) / "p", 500, big_topic=120, profile=request.param)


def _reports(root: Path, max_findings: int | None) -> tuple[Report, Report]:
    held = reconcile.reconcile(reconcile.normalize(reconcile.read(root)), max_findings=max_findings)
    spooled = reconcile.reconcile(reconcile.normalize(reconcile.read(root)), max_findings=max_findings, spool=True)
    assert isinstance(spooled.findings, FindingSpool) and isinstance(held.findings, tuple)
    return held, spooled


@pytest.mark.parametrize("max_findings", [10_000, 50, 0])
def test_a_spooled_report_is_the_same_json_as_a_held_one(project, max_findings):
    held, spooled = _reports(project, max_findings)
    assert len(spooled.findings) == len(held.findings) > 0
    assert spooled.verdict_counts() == held.verdict_counts()
    for listing in (max_findings, 10, 0):   # the spool listed as it is, or read back and chosen from
        assert render_json(spooled, listing) == render_json(held, listing)
    assert spooled.to_dict(max_findings) == held.to_dict(max_findings)
    if max_findings == 50:   # what reads the findings as objects reads them back the same
        for fmt in ("csv", "markdown"):
            assert render(spooled, fmt) == render(held, fmt)


def test_the_spool_reads_back_the_same_findings_every_time(project):
    held, spooled = _reports(project, 10_000)
    first = [finding.to_dict() for finding in spooled.findings]
    assert first == [finding.to_dict() for finding in held.findings]
    assert [finding.to_dict() for finding in spooled.findings] == first   # re-readable
    assert spooled.findings.kinds == {kind: sum(1 for f in held.findings if f.kind == kind)
                                      for kind in {f.kind for f in held.findings}}


def test_topics_written_out_of_order_are_read_back_in_the_reports_order():
    def finding(topic: str, n: int) -> Finding:
        return Finding(kind="value-conflict", topic=topic, claims=(f"{topic}-{n}", f"{topic}-{n + 1}"),
                       explanation=lambda: f"words of {topic} {n} \u00e9\ud800", gap=float(n), ratio=1.5)
    with FindingSpool() as spool:
        spool.add("b", [finding("b", 1), finding("b", 2)])
        spool.add("a", [finding("a", 1)])
        spool.add("c", [])
        assert [f.topic for f in spool] == ["a", "b", "b"] and spool.most == 2 and len(spool) == 3
        back = list(spool)
        assert back[0].explanation == "words of a 1 \u00e9\ud800"   # a lone surrogate comes back as it went
        assert [f.to_dict() for f in back] == [finding("a", 1).to_dict(), finding("b", 1).to_dict(),
                                               finding("b", 2).to_dict()]
        assert finding_of(back[1].to_dict()).to_dict() == back[1].to_dict()


def test_the_spool_is_read_in_blocks_cut_at_whole_lines(monkeypatch):
    from reconcile.model import spool as spool_module

    monkeypatch.setattr(spool_module, "READ_BLOCK", 7)   # smaller than a line: lines span blocks
    findings = [Finding(kind="scope-difference", topic="t", claims=(f"x{n:02d}", f"y{n:02d}"), explanation=f"e{n}")
                for n in range(30)]
    held = Report(claims=(), findings=tuple(findings), sources={}, topics={})
    with FindingSpool() as spool:
        spool.add("t", findings)
        spooled = Report(claims=(), findings=spool, sources={}, topics={})
        assert render_json(spooled) == render_json(held)
        assert [f.to_dict() for f in spool] == [f.to_dict() for f in findings]


def test_an_empty_spool_is_an_empty_list():
    with FindingSpool() as spool:
        assert render_json(Report(claims=(), findings=spool, sources={}, topics={})) == \
            render_json(Report(claims=(), findings=(), sources={}, topics={}))


def test_the_command_writes_the_same_json_as_the_held_report(project, tmp_path):
    held = reconcile.reconcile(reconcile.normalize(reconcile.read(project)))
    out = tmp_path / "r.json"
    result = CliRunner().invoke(main, ["report", str(project), "--format", "json", "-o", str(out), "--no-validate",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8") == render_json(held)


def test_a_failure_while_the_findings_are_written_leaves_no_file(project, tmp_path, monkeypatch):
    _, spooled = _reports(project, 10_000)
    target = tmp_path / "r.json"

    def broken(self):
        yield "\n    {}"
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(FindingSpool, "json_chunks", broken)
    with pytest.raises(OutputError):
        write_atomically(str(target), render_chunks(spooled, "json"), set())
    assert os.listdir(tmp_path) == []   # neither the report nor its temporary file
