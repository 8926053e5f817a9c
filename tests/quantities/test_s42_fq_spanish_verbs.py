"""A Spanish verb says a short sentence is Spanish (FQ item 1); session 42."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


def _items(text: str, lang: str | None = None) -> list[tuple]:
    return [(q["text"], q["lower"], q["upper"], q["unit"], q["counted"]) for q in quantities_in_text(text, lang)]


# --- 1. a Spanish verb says a short sentence is Spanish ------------------------------------------

@pytest.mark.parametrize("text, figure, value, unit", [
    ("Pesaba 2.500 kg.", "2.500 kg", 2500, "kg"),             # imperfect -aba
    ("Caminaron 1.200 km.", "1.200 km", 1200, "km"),          # preterite -aron
    ("Recorrieron 3.500 km.", "3.500 km", 3500, "km"),        # preterite -ieron
    ("Pesaban 2.500 kg.", "2.500 kg", 2500, "kg"),
])
def test_a_spanish_verb_makes_a_short_sentence_spanish_and_its_dot_thousands(text, figure, value, unit):
    """"Pesaba 2.500 kg." alone was English, 2.5 kg: a verb says nothing when it has no accent."""
    assert _items(text) == [(figure, value, value, unit, None)]


@pytest.mark.parametrize("text, value", [("It weighed 2.500 kg.", 2.5), ("Sharon weighed 2.500 kg.", 2.5),
                                         ("Casaba melons weighed 2.500 kg.", 2.5)])
def test_english_words_with_those_endings_say_nothing_of_spanish(text, value):
    assert [q["lower"] for q in quantities_in_text(text)] == [value]
