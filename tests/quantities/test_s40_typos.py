"""Session 40, a misspelt number word still dropped in a stated value (SPEC §4): a swapped pair of
letters, a slip away from any number, a slip in the other language, and a stray word before a scale."""
from __future__ import annotations

import pytest

from reconcile.errors import QuantityError
from reconcile.quantities.parse import parse_quantity


@pytest.mark.parametrize("text, lang, word, meant", [
    ("over fiev hundred", None, "fiev", "five"),
    ("more than fiev hundred", "en", "fiev", "five"),
    ("between fiev hundred and 700", None, "fiev", "five"),
    ("nien hundred", None, "nien", "nine"),
    ("fiev thousand", None, "fiev", "five"),
    ("twnety thousand", None, "twnety", "twenty"),
])
def test_swapped_letters_are_a_misspelt_number_word(text, lang, word, meant):
    """difflib's ratio counts a swap as two edits: "fiev hundred" was 100 and "nien hundred" 100."""
    with pytest.raises(QuantityError, match=f"misspelt number word {word!r}.*did you mean {meant!r}"):
        parse_quantity(text, lang=lang)


@pytest.mark.parametrize("text, word, meant", [
    ("between fiev and ten", "fiev", "five"),
    ("entre quinientso y mil", "quinientso", "quinientos"),
    ("de quinientso a mil", "quinientso", "quinientos"),
])
def test_a_misspelt_range_end_is_an_error(text, word, meant):
    """The slip is next to "and", not to a number: the range's other end alone was the value (10, 1,000)."""
    with pytest.raises(QuantityError, match=f"misspelt number word {word!r}.*did you mean {meant!r}"):
        parse_quantity(text)


def test_a_slip_alone_gets_a_suggestion_in_either_language_when_none_is_given():
    with pytest.raises(QuantityError, match="did you mean 'quinientos'"):
        parse_quantity("quinientso")


@pytest.mark.parametrize("text", ["xyz hundred", "over xyz hundred", "xyz mil"])
def test_an_unknown_word_before_a_scale_is_an_error(text):
    """"xyz hundred" read as 100: the word was dropped and the scale word kept alone."""
    with pytest.raises(QuantityError, match="'xyz' is no number word"):
        parse_quantity(text)


@pytest.mark.parametrize("text, lang, lower, upper", [
    ("five hundred", None, 500, 500),
    ("quinientos", None, 500, 500),
    ("entre quinientos y mil", "es", 500, 1000),
    ("between five and ten", "en", 5, 10),
    ("a hundred", "en", 100, 100),
    ("several hundred", "en", 200, 999),
    ("few hundred", "en", 200, 999),
    ("unos cientos", "es", 200, 999),
    ("varios miles", "es", 2000, 9999),
])
def test_known_words_before_a_scale_and_right_spellings_still_read(text, lang, lower, upper):
    q = parse_quantity(text, lang=lang)
    assert (q.lower, q.upper) == (lower, upper)


def test_couple_before_a_scale_is_no_stray_word():
    parse_quantity("couple hundred", lang="en")
