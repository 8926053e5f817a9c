"""The text report gives each claim's date stated with its quote, file and line (SPEC §2: a claim's
provenance is its quote, url, date stated, file and line; U1 D8), and the Sources table never cuts
a source's kind in two ("government" / "-agency")."""
from click.testing import CliRunner

from reconcile.cli.main import main


def test_stated_on_and_whole_kinds_in_the_text_report(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text("topics:\n  - id: t\n    title: T\n", encoding="utf-8")
    (tmp_path / "sources" / "a.yaml").write_text(
        "source: {id: a, name: A, kind: government-agency}\nclaims:\n"
        "  - {id: a1, topic: t, value: 5, stated_on: 2023-03-16, quote: Five people}\n"
        "  - {id: a2, topic: t, value: 6, stated_on: 2023-03-17}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    text = CliRunner().invoke(main, ["report", "--fail-on", "never"]).stdout
    assert "a1 (A; stated on 2023-03-16; sources/a.yaml:3)" in text
    assert "a2 (A; stated on 2023-03-17; sources/a.yaml:4)" in text
    assert "government-agency" in text and "\n-agency" not in text.replace(" ", "")
