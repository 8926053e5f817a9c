"""Approximators of both languages read as approximate (SPEC §4): "near N" as "cerca de N";
an approximating adverb bounds the figure across the verb's preposition ("casi al 40%")."""
from __future__ import annotations

import pytest

from reconcile.quantities.parse import find_quantities, parse_quantity


@pytest.mark.parametrize("text, lang", [
    ("near 75%", "en"), ("near 300", "en"), ("somewhere near 300", "en"),
    ("in the vicinity of 300", "en"),
    ("cercano a 300", "es"), ("una cifra cercana al 75%", "es"), ("próximo a 300", "es"),
    ("en torno de 300", "es"), ("en los alrededores de 300", "es"),
])
def test_nearness_is_approximate(text, lang):
    q = parse_quantity(text, lang=lang)
    n = 75 if "%" in text else 300
    assert q.qualifier == "approximate"
    assert (q.lower, q.upper) == (pytest.approx(n * 0.9), pytest.approx(n * 1.1))


@pytest.mark.parametrize("text, lang, qualifier", [
    ("aproximadamente al 6%", "es", "approximate"),
    ("aproximadamente en un 6%", "es", "approximate"),
    ("aproximadamente del 6%", "es", "approximate"),
    ("más o menos en un 6%", "es", "approximate"),
    ("casi al 6%", "es", "nearly"),
    ("casi en un 6%", "es", "nearly"),
    ("roughly by 6%", "en", "approximate"),
    ("approximately to 6%", "en", "approximate"),
    ("almost to 6%", "en", "nearly"),
])
def test_adverb_across_a_preposition(text, lang, qualifier):
    q = parse_quantity(text, lang=lang)
    assert q.qualifier == qualifier and q.unit == "percent"
    assert q.lower == pytest.approx(5.4)


@pytest.mark.parametrize("text, lang", [
    ("las ventas cayeron aproximadamente en un 6% este año", "es"),
    ("sales fell roughly by 6% this year", "en"),
])
def test_running_text_keeps_the_qualifier(text, lang):
    [m] = find_quantities(text, lang)
    assert m.qualifier == "approximate" and m.text.split()[0] in ("aproximadamente", "roughly")


def test_a_preposition_after_about_is_not_an_approximation():
    # "about" is a preposition too: "talked about by 300 people" counts 300 people exactly
    [m] = find_quantities("the film was talked about by 300 people", "en")
    assert m.qualifier == "exact"
