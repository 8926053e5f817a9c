"""Names with digits after a capitalised name or brand were counts (N2 D5): "a Kirin 990 chip", "the Pixel 8
soon", "a Global 2000 firm", "Fold 4 sells for $999", "Java 21.0", "the Ear (3)". The number is the name's when
no count of a noun follows it: a noun of the other grammatical number, a verb before a sum, a version, a
bracket. A count after a name stays ("Colombia 500 soldiers", "Bus 38 passengers"); so does "call the 112
emergency line", now a telephone line. The sentences are made up."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text", [
    "The phone runs on a Kirin 990 chip and costs $700.", "Google will ship its Pixel 8 soon for $700.",
    "A Global 2000 firm cut $700 in fees.",
    "The Fold 4 sells for $700.", "Support for Java 21.0 costs $700.", "The Ear (3) costs $700.",
    "A Force 6 gale cost $700.", "They will sell RedMagic 9 soon for $700.",
    "Residents should call the 112 emergency line, which cost $700."])
def test_a_number_of_a_name_is_no_quantity(text) -> None:
    assert [q["text"] for q in reconcile.quantities_in_text(text, "en")] == ["$700"]


@pytest.mark.parametrize("text, lang, counted", [
    ("The UN said Colombia 500 soldiers crossed.", "en", "soldiers"), ("The Bus 38 passengers were hurt.", "en",
                                                                       "passengers"),
    ("Officials in Lagos 300 police were deployed.", "en", "police"), ("Hubo 3 heridos.", "es", "heridos")])
def test_a_count_after_a_name_stays(text, lang, counted) -> None:
    assert [q["counted"] for q in reconcile.quantities_in_text(text, lang)] == [counted]
