"""An age written after "the age of" is no count (N7 D9: "14 children under the age of 12" proposed 12 as a
toll, which then conflicted with the toll of another source)."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


def _texts(sentence: str) -> list[str]:
    """The figures found, as their lower bounds written plainly ("27 people" gives "27")."""
    return [f"{q['lower']:g}" for q in quantities_in_text(sentence, "en")]


@pytest.mark.parametrize("sentence, kept", [
    ("The shelling killed 27 people, among them 9 children under the age of 14.", ["27", "9"]),
    ("Pension rules let 300 miners retire at the age of 55 or more.", ["300"]),
    ("Of the 61 patients, those above the ages of 70 were moved first.", ["61"]),
])
def test_an_age_after_the_age_of_is_not_proposed(sentence, kept):
    assert _texts(sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("The average age of 41 victims was not released.", ["41"]),     # a count of victims, whose age is averaged
    ("A toll of 12 was given by the coroner.", ["12"]),
])
def test_a_count_near_the_word_age_is_kept(sentence, kept):
    assert _texts(sentence) == kept


@pytest.mark.parametrize("sentence, lang, kept", [
    ("Doctors counted 64 cases, 22 of them in children younger than 4 and 30 in adults.", "en", ["64", "22", "30"]),
    ("Of the 90 victims, 41 were older than 70.", "en", ["90", "41"]),
    ("Se confirmaron 58 casos: 17 en mayores de 65 y 9 en niños.", "es", ["58", "17", "9"]),
])
def test_a_bound_of_ages_is_not_proposed_and_the_counts_beside_it_are(sentence, lang, kept):
    """N8 D2: "31 in children younger than 5 and 40 in those aged 5 to 14" proposed the age bound 5 as a third count
    of the same scope, in conflict with the two real ones."""
    assert [f"{q['lower']:g}" for q in quantities_in_text(sentence, lang)] == kept


def test_a_figure_after_menores_de_with_a_noun_of_its_own_is_kept():
    found = quantities_in_text("Se vacunó a 300 menores de 40 comunidades.", "es")
    assert [(q["text"], q["counted"]) for q in found] == [("300", "menores"), ("menores de 40", "comunidades")]
