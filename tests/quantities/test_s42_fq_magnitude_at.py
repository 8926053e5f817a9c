""""measured at 7.1": a magnitude, not a time of day (FQ item 2); session 42."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


# --- 2. "measured at 7.1": a magnitude, not a time of day ----------------------------------------

@pytest.mark.parametrize("text, value", [
    ("The quake measured at 7.1 on the Richter scale.", 7.1),
    ("The earthquake measured at 7.1.", 7.1),
    ("The quake, which measured at 6 on the Richter scale, damaged 300 homes.", 6),
    ("The aftershock registered at 5.4, the survey said.", 5.4),
])
def test_a_magnitude_after_at_is_kept_as_a_quantity_with_no_unit(text, value):
    found = quantities_in_text(text)
    assert [(q["lower"], q["upper"], q["unit"]) for q in found][:1] == [(value, value, None)]


@pytest.mark.parametrize("text", ["The meeting ends at 7.30.", "They met at 7 on Tuesday.", "Polls close at 8."])
def test_a_clock_after_at_is_still_a_time_of_day(text):
    assert quantities_in_text(text) == []
