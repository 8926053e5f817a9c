""""y pico" and "-odd" under a comparative (session 37: a TypeError traceback in parse, report and extract)."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, lang, lower, upper, qualifier", [
    ("más de 500 y pico", "es", 500, None, "more-than"),       # above (500, 600): above 500
    ("más de mil y pico", "es", 1000, None, "more-than"),
    ("more than 500-odd", "en", 500, None, "more-than"),
    ("at least 40-odd", "en", 40, None, "more-than"),
    ("menos de 500 y pico", "es", None, 600, "less-than"),     # below (500, 600): below 600
    ("less than 40-odd", "en", None, 50, "less-than"),
    ("500 y pico", "es", 500, 600, "just-over"),               # unchanged
])
def test_odd_under_a_comparative(text, lang, lower, upper, qualifier):
    q = reconcile.parse_quantity(text, lang)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier) == (lower, upper, False, False,
                                                                                      qualifier)


def test_odd_under_a_comparative_in_running_text():
    [found] = reconcile.quantities_in_text("Más de 500 y pico militares desertaron, según el Gobierno.", "es")
    assert (found["lower"], found["upper"], found["counted"]) == (500, None, "militares")
    [mention] = reconcile.find_quantities("Son más de 500 y pico, dijo.")
    assert mention.text == "más de 500 y pico"
