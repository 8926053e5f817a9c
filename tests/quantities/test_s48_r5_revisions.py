"""R5's review (session 48): a revision that may come ("podría elevar la cifra hasta 500", "no descarta rebajar esa
cifra hasta 300") keeps its ceiling; only a revision made ("ha rebajado esa cifra hasta 370.000") is exact."""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


@pytest.mark.parametrize("text, qualifier", [
    ("El Gobierno podría elevar la cifra hasta 500 muertos.", "at-most"),
    ("El Gobierno no descarta rebajar esa cifra hasta 300.", "at-most"),
    ("La Delegación del Gobierno ha rebajado esa cifra hasta 370.000 asistentes.", "exact"),
])
def test_a_revision_that_may_come_keeps_its_ceiling(text, qualifier):
    [found] = quantities_in_text(text, "es")
    assert found["qualifier"] == qualifier
