"""A source file's own `url` and `note` (accepted since they are source fields) are shown beside the
Sources table in the text, Markdown and HTML reports; they were shown nowhere (U1 of session 43).
The JSON's `sources` keep their contract keys (SPEC §6)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: t\n    title: T\n    unit: people\n"


def _report(tmp_path: Path, head: str, fmt: str) -> str:
    (tmp_path / "sources").mkdir(exist_ok=True)
    (tmp_path / "sources" / "_topics.yaml").write_text(TOPICS)
    (tmp_path / "sources" / "agency.yaml").write_text(
        f"source:\n  id: agency\n  name: Agency\n{head}claims:\n  - {{topic: t, value: 40}}\n")
    (tmp_path / "sources" / "paper.yaml").write_text("source:\n  id: paper\n  name: Paper\nclaims:\n"
                                                     "  - {topic: t, value: 41}\n")
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", fmt, "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return result.stdout


HEAD = "  url: https://agency.example/bulletins\n  note: weekly bulletin; counts only registered deaths\n"


@pytest.mark.parametrize(("fmt", "shown"), [
    ("text", "Agency: https://agency.example/bulletins; weekly bulletin; counts only registered deaths"),
    ("markdown", "- **Agency**: [agency.example](https://agency.example/bulletins); weekly bulletin; counts only "
                 "registered deaths"),
    ("html", '<li><b>Agency</b>: <a href="https://agency.example/bulletins">agency.example</a>; weekly bulletin; '
             "counts only registered deaths</li>"),
])
def test_a_sources_url_and_note_are_shown_beside_the_sources_table(tmp_path, fmt, shown):
    out = _report(tmp_path, HEAD, fmt)
    assert "About the sources:" in out and shown in out
    about = out.split("About the sources:", 1)[1][:400]
    assert "Paper" not in about   # a source with neither is not listed


def test_no_url_or_note_no_list(tmp_path):
    assert "About the sources" not in _report(tmp_path, "", "text")


def test_untrusted_url_and_note_stay_text(tmp_path):
    head = "  url: javascript:alert(1)\n  note: <script>x</script>\n"
    page = _report(tmp_path, head, "html")
    assert "<script>x" not in page and "&lt;script&gt;x" in page and 'href="javascript' not in page
    markdown = _report(tmp_path, head, "markdown")
    assert "](javascript" not in markdown


def test_the_json_sources_keep_their_keys(tmp_path):
    sources = json.loads(_report(tmp_path, HEAD, "json"))["sources"]
    assert {tuple(source) for source in sources} == {("id", "name", "kind", "claims", "reliability")}
