"""Numbers that are no quantity a reader takes: a number in a compound adjective, a bound of a
rule, a bill's number. Invented sentences, English and Spanish (none copied from the data set)."""
from __future__ import annotations

import pytest

from reconcile.quantities.running import quantities_in_text


def _texts(text: str) -> list[str]:
    return [q["text"] for q in quantities_in_text(text)]


@pytest.mark.parametrize("text", [
    "A three-lane road was damaged.",
    "The 12-lane bridge was closed for hours.",
    "When there is a tremor above 5.5, the trains stop.",
    "If there's a storm of over 100 km/h, the port closes.",
    "Cuando hay un temblor mayor a 5,5, los trenes se detienen.",
    "Si se produce un sismo de más de 6, se evacúa la escuela.",
    "The bill, known as S.B. 1070, was passed in April.",
])
def test_no_quantity(text):
    assert _texts(text) == []


@pytest.mark.parametrize("text, want", [
    ("A three-lane road collapsed and over 40 people were hurt.", ["over 40 people"]),
    ("When the tremor struck, over 40 people were in class.", ["over 40 people"]),
    ("Cuando llegó la ola, más de 40 personas estaban en clase.", ["más de 40 personas"]),
    ("The tremor measured over 5.5 and 40 people were hurt.", ["over 5.5", "40 people"]),
])
def test_the_counts_beside_them_stay(text, want):
    assert _texts(text) == want
