"""Session 40: an adverb after a figure is no counted noun ("1.2 million and 300,000 respectively"
gave ``counted`` "respectively"; "60 members respectively" too)."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


@pytest.mark.parametrize("text, expected", [
    ("Officials counted 1.2 million and 300,000 respectively.", [("1.2 million", None), ("300,000", None)]),
    ("Tickets cost $5 each.", [("$5", None)]),
    ("The two groups had 40 and 60 members respectively.", [("two", "groups"), ("40", None), ("60", "members")]),
    ("Some 300 heavily armed men crossed.", [("Some 300", "men")]),
    ("About 500 soldiers crossed.", [("About 500", "soldiers")]),
])
def test_an_adverb_after_a_figure_is_no_counted_noun(text, expected):
    assert [(q["text"], q["counted"]) for q in quantities_in_text(text, "en")] == expected
