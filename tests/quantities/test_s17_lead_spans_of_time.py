"""A week or a minute after a word of a span ("the past week", "la última semana", "cada minuto")
is a span of time, not a label whose number is a name ("week 12", "el minuto 90"). Found by the
session's review (invented sentences)."""
import pytest

from reconcile import quantities_in_text


@pytest.mark.parametrize("text, lang, found", [
    ("Over the past week 40 were arrested in the capital.", "en", ["40"]),
    ("Last week, 40 were arrested.", "en", ["40"]),
    ("En la última semana 30 fallecieron por el virus.", "es", ["30"]),
    ("Cada minuto 30 niños mueren de hambre en el mundo.", "es", ["30"]),
    ("In the first minute 12 fans were hurt in a crush.", "en", ["12"]),
    ("Cases peaked in week 12.", "en", []),
    ("El gol llegó en el minuto 90.", "es", []),
])
def test_spans_of_time_and_labels(text, lang, found):
    assert [q["text"] for q in quantities_in_text(text, lang)] == found
