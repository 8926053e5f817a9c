"""A misspelt qualifier word in a stated value ("abut 110", "at leats 500", "fewer then 50", "upto 50",
"cerca 500") is an error with the word to write: the reader skipped it and read an exact figure, a
silent wrong interval that made false conflicts (SPEC §4: never a silent wrong value)."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile import parse_quantity
from reconcile.cli.main import main
from reconcile.errors import QuantityError


@pytest.mark.parametrize(("text", "lang", "fix"), [
    ("abut 110", "en", "about"), ("arround 1,200", "en", "around"), ("at leats 500", "en", "least"),
    ("mroe than 400,000", "en", "more"), ("fewer then 50", "en", "than"), ("less then 7", "en", "than"),
    ("upto 50", "en", "up to"), ("atleast 30", "en", "at least"), ("nearlly 90", "en", "nearly"),
    ("alrededo de 500", "es", "alrededor"), ("cerca 500", "es", "cerca de"), ("más 300", "es", "más de"),
    ("apoximadamente 40", "es", "aproximadamente"), ("abut 110", None, "about"),
])
def test_a_slip_in_a_qualifier_is_an_error_naming_the_word_to_write(text, lang, fix):
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text, lang)
    if fix is not None:
        assert repr(fix) in str(caught.value)


@pytest.mark.parametrize(("text", "lang", "qualifier"), [
    ("more then 500", "en", "more-than"), ("al menos 30", "es", "at-least"), ("poco menos de 9", "es", "nearly"),
    ("just 500", "en", "exact"), ("maybe 500", "en", "exact"), ("a total of 500", "en", "exact"),
    ("at least 500", "en", "at-least"), ("about 110", "en", "approximate"), ("only 40", "en", "exact"),
    ("cerca de 500", "es", "approximate"), ("más de 500", "es", "more-than"), ("unos 500", "es", "approximate"),
    ("500 soldados", "es", "exact"), ("then 500", "en", "exact"), ("hasta 500", "es", "at-most"),
    # real words a letter from a qualifier's, and no phrase run together (review of the session's diff)
    ("Early 500", "en", "exact"), ("cover 500", "en", "exact"), ("ever 500", "en", "exact"),
    ("caso 500", "en", "exact"), ("caso 500", "es", "exact"),
])
def test_values_without_a_slip_read_as_before(text, lang, qualifier):
    assert parse_quantity(text, lang).qualifier == qualifier


def test_a_slip_in_a_table_cell_stops_the_report_at_its_line(tmp_path: Path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text("topics:\n  - id: t\n    title: T\n    unit: people\n")
    (tmp_path / "sources" / "red-cross.yaml").write_text("source:\n  id: red-cross\n  name: Red Cross\n"
                                                         "claims: rows.csv\n")
    (tmp_path / "sources" / "rows.csv").write_text("topic,value,place\nt,113,BR\nt,abut 110,BR\n")
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "rows.csv:3:" in result.output and "'about'" in result.output
