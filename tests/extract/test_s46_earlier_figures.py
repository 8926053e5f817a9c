"""A figure told as an earlier one, which a newer figure replaced (N6 D4: "up from", "earlier said",
"Anteriormente", "la última cifra anterior"): not of the article's day. With no day of its own it has no as_of and a
note, and a stated_on before the newer figure's, so that the report reads the claimant's pair as a revision, not as
a value-conflict. A day it names keeps it. The sentences are made up; 2024-05-08 is a Wednesday."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.extract import parse_article, propose

WEDNESDAY = "2024-05-08"


def _proposals(body: str, date: str = WEDNESDAY) -> dict:
    return {p.value: p for p in propose(parse_article(f"url: https://example.org/a\ndate: {date}\n\n{body}", "a.txt"))}


@pytest.mark.parametrize("body, newer, earlier", [
    ("A health official told AFP on Wednesday that the death toll had climbed to 1,870, up from 1,312.", "1,870",
     "1,312"),
    ("The death toll has risen to 1,870 from 1,312, the health ministry said.", "1,870", "1,312"),
    ("Mr. Delmar earlier said 1,312 people were killed.", None, "1,312 people"),
    ("Anteriormente, la agencia Orbe hablaba de al menos 120 muertos, citando fuentes oficiales.", None,
     "al menos 120"),
    ("La cifra de muertos asciende a 188, frente a la última cifra anterior confirmada, de 74 muertos.", "188", "74"),
    ("El balance pasó de 74 a 188 muertos, informó la alcaldía.", "188", "74"),
])
def test_an_earlier_figure_is_not_of_the_articles_day(body, newer, earlier):
    got = _proposals(body)
    if newer is not None:
        assert (got[newer].as_of, got[newer].stated_on) == (WEDNESDAY, WEDNESDAY)
    assert (got[earlier].as_of, got[earlier].stated_on) == (None, "2024-05-07")
    assert any(check.startswith("as_of (none: an earlier figure") for check in got[earlier].checks)
    assert any(check.startswith("stated_on (2024-05-07") for check in got[earlier].checks)


def test_the_parts_of_an_earlier_count_are_earlier_too():
    got = _proposals("De la última cifra anterior confirmada, de 74 muertos, 70 se localizaron en Olmedo.")
    assert (got["74"].as_of, got["70"].as_of) == (None, None)
    assert got["70"].stated_on == "2024-05-07"


@pytest.mark.parametrize("body, value, as_of", [
    # a day of its own
    ("The toll rose to 45 on Wednesday, up from 30 on Monday.", "30", "2024-05-06"),
    ("El balance subió a 27 el miércoles, frente a los 21 del día anterior.", "21", "2024-05-07"),
    # a crowd said earlier to have marched is still of the march's day: only a toll is replaced by a newer one
    ("The police said earlier that they estimated 30,000 people were marching.", "30,000 people", WEDNESDAY),
])
def test_an_earlier_figure_keeps_a_day_it_names_and_a_crowd_its_day(body, value, as_of):
    assert _proposals(body)[value].as_of == as_of


def test_the_report_reads_an_earlier_figure_of_one_claimant_as_a_revision(tmp_path, monkeypatch):
    article = tmp_path / "toll.txt"
    article.write_text("url: https://example.org/toll\ndate: 2024-05-08\n\nA health ministry spokesman told AFP on "
                       "Wednesday that the death toll had climbed to 1,870, up from 1,312.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    assert runner.invoke(main, ["extract", str(article), "--output", "out"]).exit_code == 0
    result = runner.invoke(main, ["report", "out", "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    kinds = {finding["kind"]: finding["verdict"] for finding in json.loads(result.output)["findings"]}
    assert kinds.get("revision") == "warning" and "value-conflict" not in kinds
