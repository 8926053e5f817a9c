"""Session 40: "couple hundred" without its article read as 100 exact ("hundred" alone), while
"a couple hundred" is about 200; "couple thousand" was no quantity at all."""
from __future__ import annotations

import pytest

from reconcile import parse_quantity, quantities_in_text


@pytest.mark.parametrize("text, lower, upper", [
    ("couple hundred", 180, 220), ("couple of hundred", 180, 220), ("couple thousand", 1800, 2200),
    ("a couple hundred", 180, 220),
])
def test_couple_without_its_article_is_about_twice_the_scale(text, lower, upper):
    q = parse_quantity(text, "en")
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, "approximate")


def test_a_couple_of_people_is_still_no_figure():
    assert quantities_in_text("A couple of people died.", "en") == []
    assert [q["text"] for q in quantities_in_text("The couple said 300 people came.", "en")] == ["300 people"]
