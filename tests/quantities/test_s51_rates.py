"""Shares of a result written high first, and an open end set off by a comma (N9 D6, D7)."""
import pytest

from reconcile import parse_quantity
from reconcile.quantities import find_quantities


@pytest.mark.parametrize("text, lang, first", [
    ("Official results have the governor at 61.2 to 37 percent for his rival.", "en", "61.2"),
    ("Turnout fell from 12 to 8% in the second round.", "en", "12"),
    ("El desempleo bajó de 12 a 8 por ciento.", "es", "12"),
    ("La alcaldesa ganó por 53,9 a 45 por ciento.", "es", "53,9"),
])
def test_the_first_share_written_high_first_takes_the_percent_sign(text: str, lang: str, first: str) -> None:
    found = find_quantities(text, lang)
    assert [m.text for m in found][0] == first
    assert [m.unit for m in found] == ["percent", "percent"]


@pytest.mark.parametrize("text", [
    "The home side won 3 to 1 in the rain.",                     # no sign on either
    "From 2019 to 45 percent of voters said so.",                # a year is no share
    "It moved from 12 to 8 percentage points.",                  # points of a change, not a share
])
def test_no_sign_is_given_where_the_second_is_no_share_of_the_first(text: str) -> None:
    assert find_quantities(text, "en")[0].unit is None


@pytest.mark.parametrize("text, lang, lower, upper, qualifier", [
    ("30%, or more", "en", 30, None, "at-least"),
    ("500, or fewer", "en", None, 500, "at-most"),
    ("del orden del 30 por ciento, o más", "es", 30, None, "at-least"),
    ("unos 200, o menos", "es", None, 200, "at-most"),
])
def test_an_open_end_after_a_comma_bounds_the_figure(text, lang, lower, upper, qualifier) -> None:
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)


def test_a_comma_then_another_figure_is_no_open_end() -> None:
    found = find_quantities("The toll was 30, or more than 40 by another count.", "en")
    assert [(m.text, m.qualifier) for m in found] == [("30", "exact"), ("more than 40", "more-than")]
