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
