"""Session 48 (XP3), a figure and the one it changed to are two figures, not a range, when the first is written in
words ("increased from eight to 19") or the verb names the figure it revised ("ha rebajado esa cifra hasta 370.000":
the level it was lowered to, not a ceiling). A range with no change before it stays a range. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.quantities.running import quantities_in_text


def _read(sentence: str, lang: str | None = None) -> list[tuple[str, float | None, float | None, str]]:
    return [(q["text"], q["lower"], q["upper"], q["qualifier"]) for q in quantities_in_text(sentence, lang)]


@pytest.mark.parametrize("sentence, lang, first", [
    ("The death toll has increased from eight to 19, the ministry said.", "en", "eight"),
    ("The toll rose from twenty-five to 19 overnight.", "en", "twenty-five"),
    ("El número de muertos pasó de ocho a 19, según el ministerio.", "es", "ocho"),
    ("La Policía elevó la cifra de 8 a 19.", "es", "8"),
    ("Police raised the figure from 8 to 19.", "en", "8"),
])
def test_a_change_from_a_figure_to_another_gives_both_figures(sentence, lang, first):
    found = _read(sentence, lang)
    assert [text for text, *_ in found] == [first, "19"]
    assert found[-1][1:] == (19, 19, "exact")


@pytest.mark.parametrize("sentence, lang, text, value", [
    ("La Delegación del Gobierno ha rebajado esa cifra hasta 370.000 asistentes.", "es", "370.000", 370000),
    ("El Gobierno ha elevado el número de muertos hasta 94.", "es", "94", 94),
])
def test_a_revised_figure_up_to_a_level_is_that_level(sentence, lang, text, value):
    assert _read(sentence, lang)[0][:4] == (text, value, value, "exact")


@pytest.mark.parametrize("sentence, lang, text, lower, upper, qualifier", [
    ("Estimates ranged from eight to 19 dead.", "en", "from eight to 19", 8, 19, "range"),
    ("Hasta 370.000 personas podrían asistir.", "es", "Hasta 370.000 personas", None, 370000, "at-most"),
])
def test_with_no_change_before_it_a_range_and_a_ceiling_stay(sentence, lang, text, lower, upper, qualifier):
    assert _read(sentence, lang)[0] == (text, lower, upper, qualifier)
