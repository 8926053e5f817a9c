"""'500-plus' and '500 plus' state at least 500, as '500+' does (a bound written as a word after
the number, English news style); 'plus' before another number is addition, no bound. Spanish
writes the bound as '500 o más' (already read). Invented sentences."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text
from reconcile.quantities.parse import parse_quantity


@pytest.mark.parametrize("value", ["500+", "500-plus", "500 plus"])
def test_plus_after_a_number_is_at_least(value):
    q = parse_quantity(value, "en")
    assert (q.lower, q.upper, q.qualifier) == (500.0, None, "at-least")


def test_the_spanish_bound_reads_the_same():
    q = parse_quantity("500 o más", "es")
    assert (q.lower, q.upper, q.qualifier) == (500.0, None, "at-least")


def test_plus_before_a_number_is_no_bound():
    found = quantities_in_text("The storm killed 12 plus 3 rescuers.", "en")
    assert [(m["text"], m["qualifier"]) for m in found][:1] == [("12", "exact")]


def test_a_plus_figure_in_running_text_is_a_count_not_a_name():
    [found] = quantities_in_text("A crowd of 5,000-plus protesters marched on the capital.", "en")
    assert (found["lower"], found["upper"], found["qualifier"], found["counted"]) == (5000.0, None, "at-least",
                                                                                     "protesters")


@pytest.mark.parametrize("text", ["The F-16 crashed.", "The 5G network failed.", "A 30-day ban began."])
def test_names_and_compounds_with_digits_stay_out(text):
    assert quantities_in_text(text, "en") == []
