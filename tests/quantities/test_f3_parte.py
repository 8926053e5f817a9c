"""Spanish ordinal fractions: "la tercera parte", "las dos terceras partes" (SPEC §4)."""
from __future__ import annotations

import pytest

from reconcile.quantities.parse import find_quantities, parse_quantity


@pytest.mark.parametrize("text, lang, lo, hi, qualifier", [
    ("la tercera parte", "es", 1 / 3, 1 / 3, "exact"),
    ("una tercera parte", "es", 1 / 3, 1 / 3, "exact"),
    ("la quinta parte", "es", 0.2, 0.2, "exact"),
    ("las dos terceras partes", "es", 2 / 3, 2 / 3, "exact"),
    ("menos de la tercera parte", "es", None, 1 / 3, "less-than"),
    ("más de las dos terceras partes", "es", 2 / 3, None, "more-than"),
    ("al menos la cuarta parte", "es", 0.25, None, "at-least"),
    # the English counterparts, read as fractions already (guards)
    ("less than a third", "en", None, 1 / 3, "less-than"),
    ("more than three quarters", "en", 0.75, None, "more-than"),
])
def test_ordinal_fractions_with_comparatives(text, lang, lo, hi, qualifier):
    q = parse_quantity(text, lang=lang)
    assert q.qualifier == qualifier
    assert q.lower == pytest.approx(lo) if lo is not None else q.lower is None
    assert q.upper == pytest.approx(hi) if hi is not None else q.upper is None


@pytest.mark.parametrize("text", ["la primera parte del informe", "la segunda parte del libro",
                                  "la tercera ola del virus"])
def test_an_ordinal_that_ranks_is_no_fraction(text):
    assert find_quantities(text, "es") == []


def test_running_text_reads_the_fraction():
    [m] = find_quantities("votó menos de la cuarta parte del padrón", "es")
    assert (m.upper, m.qualifier) == (0.25, "less-than")
