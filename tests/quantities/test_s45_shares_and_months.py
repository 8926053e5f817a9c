"""Spanish fact-checker's values (N7, session 45): a share with no figure ("la mitad", "half", "more than half",
"two thirds") in a topic that is no topic of shares is an error, as "50%" is in a count (it had been a count of 0.5
people); and a month written in
words ("marzo de 2019", "March 2019") is the period 2019-03, as "7 de marzo de 2019" is a day (it had been
"not a date")."""
from __future__ import annotations

import pytest

import reconcile
from reconcile.model.names import parse_date


def _report(tmp_path, value: str, unit: str = "people"):
    from click.testing import CliRunner

    from reconcile.cli.main import main

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(f"topics:\n  - {{id: t, unit: {unit}}}\n")
    claims = f"claims:\n  - {{topic: t, value: {value}}}\n"
    (tmp_path / "sources" / "a.yaml").write_text("source: {id: a, name: A}\n" + claims)
    return CliRunner().invoke(main, ["report", str(tmp_path), "--format", "json"])


@pytest.mark.parametrize("value", ["half", "la mitad", "two thirds", "un tercio", "about half", "more than half",
                                   "más de la mitad", "la tercera parte"])
def test_a_share_of_no_figure_in_a_count_names_file_and_line(tmp_path, value) -> None:
    result = _report(tmp_path, value)
    assert result.exit_code == 2
    assert "sources/a.yaml:3" in result.stderr
    assert f'the value "{value}" is a share of a total, not a figure, but topic "t" counts people' in result.stderr


def test_a_share_in_a_percent_topic_is_an_error_too(tmp_path) -> None:
    assert _report(tmp_path, "la mitad", "percent").exit_code == 2


def test_a_share_in_a_topic_of_shares_is_its_figure(tmp_path) -> None:
    result = _report(tmp_path, "la mitad", "share")
    assert result.exit_code == 0, result.stderr
    assert '"lower": 0.5' in result.stdout


@pytest.mark.parametrize("value, read", [("half a million", 500_000), ("medio millón", 500_000), ("half a dozen", 6),
                                         ("0.5", 0.5), ("none", 0)])
def test_figures_with_fractions_still_read_in_a_count(tmp_path, value, read) -> None:
    result = _report(tmp_path, value)
    assert result.exit_code == 0, result.stderr
    assert f'"lower": {read}' in result.stdout.replace(".0,", ",")


def test_the_parser_still_reads_a_share(tmp_path) -> None:
    assert reconcile.parse_quantity("la mitad", "es").lower == 0.5   # SPEC §4's parser: a topic of shares uses it


@pytest.mark.parametrize("text, month", [
    ("marzo de 2019", "2019-03"), ("March 2019", "2019-03"), ("mar. 2019", "2019-03"), ("setiembre 2019", "2019-09"),
    ("mayo del 2019", "2019-05"), ("September, 2020", "2020-09")])
def test_a_month_in_words_is_a_period(text, month) -> None:
    assert parse_date(text) == month


@pytest.mark.parametrize("text", ["abc 2019", "del 2019", "marzo"])
def test_what_is_no_month_is_still_refused(text) -> None:
    with pytest.raises(ValueError, match="is not a date"):
        parse_date(text)
