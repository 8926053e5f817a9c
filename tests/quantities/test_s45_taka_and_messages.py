"""Smaller readings new users hit (session 45): Bangladesh's taka as its press writes it ("Tk 35.2 million",
"৳500") is BDT, not a bare number beside a count of people (N5 D5); a range written backwards with "to"
or "a" gets the same "write the lower bound first" as with a dash (N1 D7); and "did" is no counted noun
(N1 D8)."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, value", [("Tk 35.2 million", 35_200_000), ("৳500", 500), ("Tk. 20 crore", 200_000_000)])
def test_taka(text, value) -> None:
    q = reconcile.parse_quantity(text, "en")
    assert (q.lower, q.unit) == (value, "BDT")


def test_taka_in_running_text() -> None:
    found = reconcile.quantities_in_text("So far, Tk 35.2 million in cash has been allocated.", "en")
    assert [(q["lower"], q["unit"]) for q in found] == [(35_200_000, "BDT")]


def test_capital_tk_is_no_currency() -> None:
    assert reconcile.parse_quantity("TK 500", "en").unit is None


@pytest.mark.parametrize("text, lang, hint", [("600 to 500", "en", "500 to 600"), ("600 a 500", "es", "500 a 600"),
                                              ("600-500", "en", "500 to 600")])
def test_a_backwards_range_says_which_bound_goes_first(text, lang, hint) -> None:
    with pytest.raises(reconcile.ReconcileError, match=f"first bound is above its second.*{hint}"):
        reconcile.parse_quantity(text, lang)


@pytest.mark.parametrize("text", ["In the 1990s, thousands did.", "Hundreds did.", "Thousands did not return."])
def test_did_is_no_counted_noun(text) -> None:
    assert [q["counted"] for q in reconcile.quantities_in_text(text, "en")] == [None]


@pytest.mark.parametrize("text, given, other", [("nadie", "en", "es"), ("ninguno", "en", "es"), ("none", "es", "en"),
                                                ("no one", "es", "en")])
def test_a_word_for_zero_in_the_other_language_says_which(text, given, other) -> None:
    with pytest.raises(reconcile.ReconcileError, match=f"set lang: {other}"):   # N1 D6: it had said "no quantity"
        reconcile.parse_quantity(text, given)


def test_a_backwards_spanish_range_is_told_in_spanish() -> None:
    with pytest.raises(reconcile.ReconcileError, match="write the lower bound first: ocho a once"):   # R1 C3
        reconcile.parse_quantity("once u ocho", "es")
