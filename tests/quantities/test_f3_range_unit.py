"""A unit written after a range applies to both ends, whatever the dash (SPEC §4)."""
from __future__ import annotations

import pytest

from reconcile.quantities.parse import find_quantities, parse_quantity


@pytest.mark.parametrize("text, lang, lo, hi, unit", [
    ("52–57%", "en", 52, 57, "percent"),            # en dash glued to both ends
    ("52-57%", "en", 52, 57, "percent"),            # hyphen
    ("52—57%", "en", 52, 57, "percent"),            # em dash
    ("52-57 percent", "en", 52, 57, "percent"),
    ("12–18 km", "en", 12, 18, "km"),
    ("52–57%", "es", 52, 57, "percent"),
    ("52-57 por ciento", "es", 52, 57, "percent"),
    ("12-18 km", "es", 12, 18, "km"),
])
def test_unit_after_a_dash_range_is_both_ends(text, lang, lo, hi, unit):
    q = parse_quantity(text, lang=lang)
    assert (q.lower, q.upper, q.qualifier, q.unit) == (lo, hi, "range", unit)


@pytest.mark.parametrize("text, lang", [
    ("the poll gave the mayor 52–57% of the vote", "en"),
    ("la encuesta da al alcalde un 52–57% de los votos", "es"),
])
def test_running_text_reads_the_range_with_its_unit(text, lang):
    [m] = [m for m in find_quantities(text, lang) if m.qualifier == "range"]
    assert (m.lower, m.upper, m.unit) == (52, 57, "percent")


@pytest.mark.parametrize("text, lang", [("the ZX-81 km post", "en"), ("el poste ZX-81 km", "es")])
def test_a_code_glued_to_letters_takes_no_unit(text, lang):
    # a number glued by a dash to letters ("ZX-81") is a name, not a distance
    assert all(m.unit != "km" for m in find_quantities(text, lang))
