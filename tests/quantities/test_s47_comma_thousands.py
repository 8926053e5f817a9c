"""A count written with a comma before three digits in Spanish ("90,000 personas", as Mexico and Central
America write ninety thousand) was read as 90 without a word (N2 D1). No count is written to three decimals:
in Spanish of no region such a count reads as thousands, in a stated value, in running text and in a
claim's quote; a measure keeps Spain's decimal comma, and es-ES keeps it for a count. Made-up sentences."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli.main import main


@pytest.mark.parametrize("text, lang, lower", [("45,000", "es", 45_000), ("más de 45,000", "es", 45_000),
                                               ("unos 3,250 manifestantes", "es", 2_925),
                                               ("más de 45,000 personas", None, 45_000),
                                               ("más de 45,000", "es-MX", 45_000), ("más de 45,000", "es-ES", 45),
                                               ("45.000", "es", 45_000), ("1,5 millones", "es", 1_500_000),
                                               ("12,345,678", "es", 12_345_678), ("2,75", "es", 2.75),
                                               ("1,250 mm", "es", 1.25), ("3,125 millones", "es", 3_125_000)])
def test_a_count_with_a_comma_before_three_digits_reads_as_thousands(text, lang, lower) -> None:
    assert reconcile.parse_quantity(text, lang).lower == pytest.approx(lower)


def test_the_cli_reads_it_so() -> None:
    result = CliRunner().invoke(main, ["parse", "--json", "--lang", "es", "45,000"])
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["lower"] == 45_000


def test_a_claim_and_its_quote_read_it_alike(make_project) -> None:
    maker = make_project()
    maker.source("prensa", {"id": "p1", "topic": "defections", "value": "45,000", "lang": "es",
                            "quote": "La asistencia fue de 45,000 personas."})
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["claims"][0]["lower"] == 45_000
    assert [f for f in report["findings"] if f["kind"] == "unquoted-value"] == []


def test_running_spanish_reads_such_a_count_as_thousands_and_a_measure_as_spain_does() -> None:
    found = reconcile.quantities_in_text("Marcharon 45,000 personas; la policía contó 12,500 y cayeron 1,250 mm de "
                                         "lluvia.", "es")
    assert [(q["text"], q["lower"]) for q in found] == [("45,000 personas", 45_000), ("12,500", 12_500),
                                                        ("1,250 mm", 1.25)]


def test_a_scaled_figure_keeps_its_decimal_comma_in_running_text() -> None:
    found = reconcile.quantities_in_text("Unos 2,5 millones de personas y otras 3,125 millones.", "es")
    assert [q["lower"] for q in found][-1] == 3_125_000
