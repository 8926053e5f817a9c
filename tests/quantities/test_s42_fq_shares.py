""""three in four adults": a share, as "1 in 5" (FQ item 4); session 42."""
from __future__ import annotations

import pytest

from reconcile import find_quantities, parse_quantity, quantities_in_text


# --- 4. "three in four adults": a share, as "1 in 5" -----------------------------------------------

@pytest.mark.parametrize("text, figure, value, counted", [
    ("Three in four adults support the law.", "Three in four", 0.75, "adults"),
    ("Two out of three voters stayed home.", "Two out of three", 2 / 3, "voters"),
    ("7 in 10 residents back the plan.", "7 in 10", 0.7, "residents"),
    ("Tres de cada cuatro adultos lo apoyan.", "Tres de cada cuatro", 0.75, "adultos"),
])
def test_a_proportion_in_words_or_digits_is_one_share(text, figure, value, counted):
    [item] = quantities_in_text(text)
    assert (item["text"], item["counted"]) == (figure, counted)
    assert item["lower"] == item["upper"] == pytest.approx(value)


@pytest.mark.parametrize("text, value", [("three in four adults", 0.75), ("three in four", 0.75),
                                         ("7 in 10 adults", 0.7), ("tres de cada cuatro", 0.75)])
def test_a_stated_proportion_is_one_share(text, value):
    q = parse_quantity(text)
    assert q.lower == q.upper == pytest.approx(value) and q.qualifier == "exact"


@pytest.mark.parametrize("text, values", [
    ("3 in 2019 and 5 in 2020", [3, 2019, 5, 2020]),     # a year after "in" is no denominator
    ("5 in 3 days", [5, 3]),                              # no share above one
])
def test_in_between_two_figures_that_are_no_share(text, values):
    assert [m.lower for m in find_quantities(text, "en")] == values
