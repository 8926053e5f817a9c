"""A plain-text header block of a header's labels alone is a header (U8 D1, D2): "outlet: Daily
Planet" drafts the outlet, and a bad line alone ("ulr: https://...", "lang: fr") stops extract at its
line, as README says; a first line that only looks like a label stays text."""
import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TEXT = "Floods killed 5 people in Dhaka on Monday.\n"


def _run(tmp_path, monkeypatch, head: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(head + "\n" + TEXT, encoding="utf-8")
    return CliRunner().invoke(main, ["extract", "a.txt", "-o", "out"])


@pytest.mark.parametrize("head", ["outlet: Daily Planet\n", "outlet: Daily Planet\nauthor: Jane Roe\nlang: en\n",
                                  "site: Daily Planet\n"])
def test_a_header_without_url_title_or_date_still_names_the_outlet(tmp_path, monkeypatch, head):
    result = _run(tmp_path, monkeypatch, head)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "sources" / "daily-planet.yaml").is_file()
    assert not (tmp_path / "out" / "sources" / "a.yaml").exists()
    assert "outlet:" not in (tmp_path / "out" / "sources" / "_topics.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize("head, words", [("ulr: https://x.org/a\n", 'unknown header line "ulr:"; did you mean "url:"?'),
                                         ("lang: fr\n", 'header line "lang: fr" names a language')])
def test_a_bad_header_line_alone_stops_extract_at_its_line(tmp_path, monkeypatch, head, words):
    result = _run(tmp_path, monkeypatch, head)
    assert result.exit_code == 2 and "a.txt:1: " + words in result.stderr
    assert not (tmp_path / "out").exists()


def test_a_first_line_that_only_looks_like_a_label_stays_text(tmp_path, monkeypatch):
    result = _run(tmp_path, monkeypatch, "BANGLADESH: floods kill 40\n")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "sources" / "a.yaml").is_file()
