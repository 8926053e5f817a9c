"""Session 49 (XP4): a figure after "N in" is a share's denominator only when N can be a share of it ("7 in 10
residents"); "rose to 718 in 13 of the 28 districts" counts 13 districts (N3, left by XP3). Invented sentences."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


@pytest.mark.parametrize("text, figures", [
    ("Cholera cases rose to 718 in 13 of the 28 districts.", ["718", "13", "28"]),
    ("Los casos subieron a 546 en 12 de los 32 municipios.", ["546", "12", "32"]),
    ("Police counted 120 in 4 towns.", ["120", "4"]),
])
def test_a_figure_after_a_larger_one_and_in_is_no_denominator(text, figures):
    assert [item["text"] for item in quantities_in_text(text)] == figures


@pytest.mark.parametrize("text, figure", [
    ("7 in 10 residents back the plan.", "7 in 10"),
    ("3 out of 5 voters stayed home.", "3 out of 5"),
])
def test_a_share_of_digits_stays_one_share(text, figure):
    assert [item["text"] for item in quantities_in_text(text)] == [figure]
