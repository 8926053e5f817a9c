"""Where a sentence ends, and a code of initials before a number.

An abbreviation that is also a word ends a sentence when it is written as the word ("a new price
cap.", "two years ago.", "dijo que no.", "llegaron por mar."); it is an abbreviation before a number
("No. 5", "Art. 12") or, capitalised, before a name ("Cap. Ana Ruiz"). Initials with periods before
a number are a code, as capitals are ("S.B. 1070", "el D.S. 044"), not a count. Invented sentences,
English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.quantities.running import quantities_in_text, sentences


@pytest.mark.parametrize("text, first", [
    ("The government set a new price cap. Some 300 people marched.", "The government set a new price cap."),
    ("The dam broke two years ago. Some 300 families still wait.", "The dam broke two years ago."),
    ("Thieves took cash, phones, etc. Police found 12 of the phones.", "Thieves took cash, phones, etc."),
    ("The storm hit the CIA. Some 40 staff were sent home.", "The storm hit the CIA."),
    ("El ministro dijo que no. Unas 300 personas marcharon.", "El ministro dijo que no."),
    ("Los migrantes llegaron por mar. Unas 300 personas fueron rescatadas.", "Los migrantes llegaron por mar."),
    ("Subió el precio del tope al gen. Unas 40 muestras se perdieron.", "Subió el precio del tope al gen."),
])
def test_an_abbreviation_that_is_also_a_word_ends_a_sentence_as_the_word(text, first):
    assert sentences(text, None)[0].text == first


@pytest.mark.parametrize("text", [
    "Cap. Ana Ruiz said 300 people were rescued.",
    "Gen. Lee said 300 soldiers were hurt.",
    "The rule in No. 5 says 300 people may enter.",
    "El Art. 12 dice que 300 personas pueden entrar.",
    "El Cap. Ruiz dijo que 300 personas fueron rescatadas.",
    "El 3 de ago. 2019 murieron 300 personas.",
])
def test_an_abbreviation_before_a_number_or_a_name_ends_no_sentence(text):
    assert len(sentences(text, None)) == 1


@pytest.mark.parametrize("text, count", [
    ("The Senate passed S.B. 1070 on Friday; officials said 300 people were hurt.", "300 people"),
    ("Congress passed H.J. 2045 on Friday, and 300 people protested.", "300 people"),
    ("Tras publicar el D.S. 044, el gobierno evacuó a 300 familias.", "300"),
    ("El juez citó la R.M. 512 el lunes; 300 personas protestaron.", "300 personas"),
])
def test_initials_with_periods_before_a_number_are_a_code(text, count):
    # a code of capitals names a bill, a decree, a flight: "ISO 9001", "MH 370", "S.B. 1070"
    assert [q["text"] for q in quantities_in_text(text)] == [count]
