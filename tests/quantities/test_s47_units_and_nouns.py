"""Stated units that were lost or wrong, counted nouns that were adverbs, and head counts joined by a hyphen
(N2 D9, D10, D11). The sentences are made up."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, lang, unit", [
    ("The tablet packs a 7,500 mAh cell.", "en", "mAh"), ("It charges at 65W over USB.", "en", "W"),
    ("The heater draws 900 watts.", "en", "W"), ("Madrid reached 42C on Sunday.", "en", "degC"),
    ("Phoenix hit 118F.", "en", "degF"), ("Córdoba llegó a 44C.", "es", "degC"),
    ("The truck makes 1,050 pound-feet of torque.", "en", "lb-ft"),
    ("The bank cut rates by 50 basis points.", "en", "bp"),
    ("El banco subió los tipos 50 puntos básicos.", "es", "bp")])
def test_a_stated_unit_is_kept(text, lang, unit) -> None:
    assert [q["unit"] for q in reconcile.quantities_in_text(text, lang)] == [unit]


@pytest.mark.parametrize("text", ["Gate 12 C opened.", "He got a grade c in 4 subjects.", "Winds of 3 W to E."])
def test_a_lone_letter_is_no_unit(text) -> None:
    assert "degC" not in [q["unit"] for q in reconcile.quantities_in_text(text, "en")]


@pytest.mark.parametrize("text, lang, counted", [
    ("Arrests rose to 60 overnight.", "en", None), ("Cases reached 80 countrywide.", "en", None),
    ("Los detenidos llegaron a 60 anoche.", "es", None), ("9,000 striking nurses marched.", "en", "nurses"),
    ("The 70 remaining passengers were freed.", "en", "passengers"), ("It razed 300 homes and 90 others.", "en", None)])
def test_a_counted_noun_is_no_adverb_and_is_found_after_an_adjective(text, lang, counted) -> None:
    assert reconcile.quantities_in_text(text, lang)[-1]["counted"] == counted


@pytest.mark.parametrize("text, value, counted", [
    ("A 2,000-strong army advanced.", 2_000, "army"), ("A 40-member delegation left.", 40, "delegation"),
    ("A six-person crew was rescued.", 6, "crew")])
def test_a_head_count_joined_by_a_hyphen_is_a_count(text, value, counted) -> None:
    assert [(q["lower"], q["counted"]) for q in reconcile.quantities_in_text(text, "en")] == [(value, counted)]
