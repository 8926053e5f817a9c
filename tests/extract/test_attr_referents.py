"""The person a sentence with no verb of speech opens with, whom a "he" or "she" after it means
(``attr_referents``: for propose.py to keep as the one a pronoun refers to). Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract.attr_referents import is_person_pronoun, person_subject


@pytest.mark.parametrize("sentence, person", [
    ("Governor Lena Ortiz toured the flooded district on Sunday.", "Lena Ortiz"),
    ("La gobernadora Lena Ortiz recorrió el distrito inundado.", "Lena Ortiz"),
    ("Lena Ortiz, the provincial governor, toured the district.", "Lena Ortiz"),
    ("Health Minister Omar bin Salem visited the hospital.", "Omar bin Salem"),
])
def test_a_person_named_with_a_role_opens_the_sentence(sentence, person):
    assert person_subject(sentence) == person


@pytest.mark.parametrize("sentence", [
    "Governor Lena Ortiz said 40 homes were lost.",      # a verb of speech: an attribution, read elsewhere
    "The Red Cross sent 12 trucks.",                      # a body, no role
    "Hurricane Olga struck the coast.",                   # a storm's name
    "In Springfield Lena Ortiz arrived late.",            # a place before the name, no role
])
def test_no_person_when_the_subject_is_not_one_named_with_a_role(sentence):
    assert person_subject(sentence) is None


def test_a_persons_pronoun():
    assert is_person_pronoun("She said 40 homes were lost.") and is_person_pronoun("Luego él dijo que eran 40.")
    assert not is_person_pronoun("It said 40 homes were lost.") and not is_person_pronoun("They said 40 died.")
