"""A weekday set off by a comma is no date of the figure after it (invented sentences)."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


@pytest.mark.parametrize("text, found", [
    ("On Tuesday, 5 more died in the hospital.", ["5"]),
    ("On Tuesday, five more died in the hospital.", ["five"]),
    ("El martes, 5 más murieron en el hospital.", ["5"]),
    ("El sábado, 12 fueron rescatados con vida.", ["12"]),
])
def test_a_count_after_a_weekday_and_a_comma_is_found(text, found):
    assert [q["text"] for q in quantities_in_text(text)] == found


@pytest.mark.parametrize("text", ["The march began on Saturday 13 at noon.", "La marcha empezó el sábado 13 a las 11."])
def test_a_weekday_and_its_day_stay_a_date(text):
    assert quantities_in_text(text) == []
