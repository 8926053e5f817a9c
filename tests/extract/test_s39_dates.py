"""Session 39: the dates of a new user's articles (as_of, stated_on). Each test is an invented sentence of the
kind the user's articles hold, and fails before its fix."""
from __future__ import annotations

import pytest

import reconcile
from tests.extract.test_s21_review import _by_value


# --- a year after an event's noun and "of", "de" is a date, not a count --------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("The floods of 2010 killed 1,985 people in Pakistan.", "1,985 people"),
    ("The earthquake of 2010 killed about 220,000 people in Haiti.", "about 220,000 people"),
    ("The riots of 2011 injured 200 people.", "200 people"),
])
def test_a_year_after_of_before_the_verb_of_the_toll_is_no_count(text, value):
    assert [q["text"] for q in reconcile.quantities_in_text(text)] == [value]
    found = _by_value(text, date="2022-02-04")
    assert list(found) == [value]
    assert found[value].as_of == text.split(" of ")[1][:4]


@pytest.mark.parametrize("text, lang, value", [
    ("The attack left a toll of 1500 killed.", "en", "1500"),
    ("The attack left a toll of 1500 killed and 300 injured.", "en", "1500"),
    ("Los restos de 1500 víctimas fueron hallados.", "es", "1500"),
])
def test_a_figure_after_of_that_its_noun_counts_is_still_a_count(text, lang, value):
    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)][0] == value
