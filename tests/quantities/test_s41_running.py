"""quantities_in_text on running text: a new user's report (session 41, U4 items 2-6, U5 item 1)."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


def _items(text: str, lang: str | None = None) -> list[tuple]:
    return [(q["text"], q["lower"], q["upper"], q["qualifier"], q["unit"]) for q in quantities_in_text(text, lang)]


@pytest.mark.parametrize("text, figure, unit", [
    ("Interest rates stayed at 5% for the year.", "5%", "percent"),
    ("AT&T said Friday it will slash its payroll by 1.5%.", "1.5%", "percent"),
    ("Output fell by 8 per cent.", "8 per cent", "percent"),
    ("The river rose by 2 metres overnight.", "2 metres", "m"),
    ("The car was travelling at 20 mph when it hit the wall.", "20 mph", "mph"),
    ("Prices were cut by $5.", "$5", "USD"),
])
def test_a_figure_with_a_unit_after_at_or_by_is_no_time_of_day(text, figure, unit):
    assert [(q["text"], q["unit"]) for q in quantities_in_text(text)] == [(figure, unit)]


@pytest.mark.parametrize("text", ["The meeting starts at 5 and ends by 7.", "They met at 10 on Tuesday."])
def test_a_bare_small_figure_after_at_or_by_is_still_a_time_of_day(text):
    assert quantities_in_text(text) == []
