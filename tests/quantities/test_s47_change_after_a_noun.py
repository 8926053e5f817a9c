"""A change "from A to B" after a noun of change and what changed ("increases in ICU patients from 122 to 129")
was one range [122, 129] (N2 D8); as "rose from 122 to 129" is, it is two figures: the level before and the
level now. A range that no change opens stays one. The sentences are made up."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, lang", [
    ("Admissions: 90, with increases in ward patients from 61 to 74.", "en"),
    ("It reported a drop in active cases from 61 to 74.", "en"),
    ("Hubo una subida de los ingresos en planta de 61 a 74.", "es")])
def test_a_change_of_a_named_count_is_two_figures(text, lang) -> None:
    found = reconcile.quantities_in_text(text, lang)
    assert [(q["lower"], q["upper"]) for q in found][-2:] == [(61, 61), (74, 74)]


def test_a_range_no_change_opens_stays_one() -> None:
    found = reconcile.quantities_in_text("Crews of from 61 to 74 men were sent.", "en")
    assert [(q["lower"], q["upper"]) for q in found] == [(61, 74)]
