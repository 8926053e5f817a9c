"""Places of round 2 of session 51's place fixes:

3. a measure taken "before landfall near X" is not X's: X is where the storm came ashore after it.

Invented sentences (names, places and figures of no real report).
"""
from __future__ import annotations

import pytest
from test_s47_xc_places import _places


# --- 3. before landfall ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Typhoon Lando struck the Philippines in November 2032. It had winds of 300 km/h before landfall near Tacloban.",
    "Typhoon Lando struck the Philippines in November 2032. It had winds of 300 km/h before making landfall near "
    "Tacloban.",
    "El tifón Lando azotó Filipinas en noviembre de 2032. Tuvo vientos de 300 km/h antes de tocar tierra cerca de "
    "Tacloban.",
    "Typhoon Lando struck Samar in November 2032. It had winds of 300 km/h before landfall near Tacloban.",
])
def test_a_measure_before_landfall_is_not_at_the_landfall_town(body):
    assert _places(body, title="Typhoon Lando", date="2032-11-10")["300 km/h"] not in ("Tacloban", "PH-TACLOBAN")


def test_a_measure_at_landfall_keeps_the_landfall_town():
    body = ("Typhoon Lando struck the Philippines in November 2032. It made landfall near Tacloban with winds of "
            "300 km/h.")
    assert _places(body, title="Typhoon Lando", date="2032-11-10")["300 km/h"] == "Tacloban"
