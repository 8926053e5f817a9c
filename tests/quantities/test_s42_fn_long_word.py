"""A word far longer than any number word is no slip of one, and is not compared letter by letter (N8 D2)."""
import pytest

from reconcile import parse_quantity
from reconcile.errors import QuantityError
from reconcile.quantities import spelling

LONG = "x" * 200_000


@pytest.fixture
def no_comparison(monkeypatch):
    """Comparing a long word costs the square of its length: fail the test instead of waiting for it."""
    def compare(word, *args, **kwargs):
        if len(word) > 1000:
            raise AssertionError("a 200,000-letter word was compared with the number words")
        return real(word, *args, **kwargs)

    real = spelling.difflib.get_close_matches
    spelling.suggest.cache_clear()
    monkeypatch.setattr(spelling.difflib, "get_close_matches", compare)
    yield
    spelling.suggest.cache_clear()


def test_a_word_of_200000_letters_is_no_slip_of_a_number_word(no_comparison):
    assert spelling.suggest(LONG, "en") is None
    assert spelling.suggest_either(LONG, "es") is None


def test_a_value_with_a_200000_letter_word_gives_its_error(no_comparison):
    with pytest.raises(QuantityError, match="no quantity in stated value"):
        parse_quantity(LONG)
    with pytest.raises(QuantityError, match="misspelt number word 'fiev'"):
        parse_quantity("fiev " + LONG)


def test_a_figure_beside_a_200000_letter_word_keeps_its_reading(no_comparison):
    assert parse_quantity("about 5 " + LONG).qualifier == "approximate"


def test_a_slip_as_long_as_the_longest_number_words_is_still_found():
    assert spelling.suggest("cuatrocienntos", "es") == ("cuatrocientos", "cuatrocientos")
    assert spelling.suggest("seventeenish", "en") == ("seventeen", "about seventeen")
