"""Session 40: an adverb after a figure is no counted noun ("1.2 million and 300,000 respectively"
gave ``counted`` "respectively"; "60 members respectively" too); "won" after a figure is the verb
unless nothing follows it ("12 won seats" had become 12 South Korean won)."""
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


@pytest.mark.parametrize("text, expected", [
    ("Of the 40 candidates, 12 won seats.", [("40", None, "candidates"), ("12", None, None)]),
    ("It cost 500 billion won ($375 million).", [("500 billion won", "KRW", None), ("$375 million", "USD", None)]),
    ("It cost 500 won.", [("500 won", "KRW", None)]),
])
def test_won_is_money_only_with_no_word_after_it(text, expected):
    assert [(q["text"], q["unit"], q["counted"]) for q in quantities_in_text(text, "en")] == expected


@pytest.mark.parametrize("text", ["₽-500", "₱-500"])
def test_a_minus_after_any_money_sign_is_a_minus(text):
    # numbers.CURRENCY_SYMBOLS had stayed a copy of the lexicon's old nine money signs
    from reconcile import parse_quantity

    assert parse_quantity(text, "en").lower == -500
