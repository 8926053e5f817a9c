"""Every value extract writes is one the value field reads (SPEC §6: the folder extract writes
loads as a project). Running text reads some figures the value field did not: Spanish "Un" opening
a sentence ("Un minero murió"). Invented articles."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.errors import QuantityError
from reconcile.extract.propose import _loadable
from reconcile.quantities.parse import parse_quantity
from reconcile.quantities.running import Found


@pytest.mark.parametrize("value", ["Un", "un", "Una", "una."])
def test_a_value_that_is_only_un_or_una_is_one(value):
    q = parse_quantity(value, "es")
    assert (q.lower, q.upper, q.qualifier) == (1.0, 1.0, "exact")


def test_un_is_no_english_value():
    with pytest.raises(QuantityError):
        parse_quantity("Un", "en")


@pytest.mark.parametrize("text", [
    "CUSCO (EFE) - Un minero murió y al menos 12 resultaron heridos en el derrumbe, informó la Policía.",
    "PIURA (AFP) - Una mujer murió y 30 familias perdieron sus casas en la inundación, informó el municipio.",
])
def test_what_extract_writes_from_a_figure_in_words_loads(tmp_path, text):
    article = tmp_path / "nota.txt"
    article.write_text(f"url: https://diario.example/nota\ntitle: Nota\ndate: 2024-03-02\n\n{text}\n",
                       encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    done = runner.invoke(main, ["extract", str(article), "--output", str(out)])
    assert done.exit_code == 0, done.output
    report = runner.invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output


def _found(text: str, value: float) -> Found:
    return Found(start=0, end=len(text), text=text, lower=value, upper=value, lower_inclusive=True,
                 upper_inclusive=True, qualifier="exact", unit=None, counted=None, lang="en", number_start=0)


@pytest.mark.parametrize("text, value, lang, written", [
    ("Un", 1.0, "en", "1"),             # a figure the value field does not read in the line's language
    ("Dos mil", 2000.0, "en", "2,000"),
])
def test_a_value_the_field_would_not_read_is_written_in_digits_with_a_check(text, value, lang, written):
    checks: list[str] = []
    assert _loadable(text, _found(text, value), lang, checks) == written
    assert checks and repr(text) in checks[0]


def test_a_value_the_field_reads_is_kept_as_the_quote_writes_it():
    checks: list[str] = []
    assert _loadable("al menos 12", _found("al menos 12", 12.0), "es", checks) == "al menos 12"
    assert checks == []
