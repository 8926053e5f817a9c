"""'40-odd', 'cuarenta y tantos', '500 y pico' state more than the number and below the next step
of its last digit: (40, 50), (500, 600). Read as 'about 40' before, they admitted 36 and refused 45,
so a report flagged a conflict between 'forty-odd dead' and a count of 45. Invented values."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text
from reconcile.quantities.parse import parse_quantity


@pytest.mark.parametrize("value, lang, bounds", [
    ("40-odd", "en", (40.0, 50.0)),
    ("forty-odd", "en", (40.0, 50.0)),
    ("some 300-odd", "en", (300.0, 400.0)),
    ("2,000-odd", "en", (2000.0, 3000.0)),
    ("cuarenta y tantos", "es", (40.0, 50.0)),
    ("treinta y tantas", "es", (30.0, 40.0)),
    ("500 y pico", "es", (500.0, 600.0)),
])
def test_odd_is_above_the_number_and_below_its_next_step(value, lang, bounds):
    q = parse_quantity(value, lang)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive) == (*bounds, False, False)
    assert q.qualifier == "just-over"


def test_a_count_of_45_fits_forty_odd_and_36_does_not():
    q = parse_quantity("forty-odd", "en")
    assert q.lower < 45 < q.upper and not q.lower < 36


@pytest.mark.parametrize("value, lang", [("40 or so", "en"), ("unos 40", "es"), ("about 40", "en")])
def test_about_stays_around_the_number(value, lang):
    q = parse_quantity(value, lang)
    assert (q.lower, q.upper, q.qualifier) == (36.0, 44.0, "approximate")


def test_running_text_reads_the_bound_with_its_noun():
    [found] = quantities_in_text("Cuarenta y tantos mineros quedaron atrapados.", "es")
    assert (found["lower"], found["upper"], found["counted"]) == (40.0, 50.0, "mineros")
