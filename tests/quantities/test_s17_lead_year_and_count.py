"""A year and a count joined by "to" / "a" are two numbers, not a range: a range's two ends are
written alike ("1,500 to 2,000"), and "2025" (no separator) before "28,614" is the year of the
count. Invented sentences."""
import pytest

from reconcile.quantities.parse import find_quantities


@pytest.mark.parametrize("text, lang, values", [
    ("Officials raised the toll for 2025 to 31,402 deaths.", "en", [(2025, 2025), (31402, 31402)]),
    ("The agency revised its figure for 1998 to 4,150 cases.", "en", [(1998, 1998), (4150, 4150)]),
    ("El ministerio elevó la cifra de 2024 a 12.500 casos.", "es", [(2024, 2024), (12500, 12500)]),
    ("Sanidad corrigió el total de 2019 a 3.870 contagios.", "es", [(2019, 2019), (3870, 3870)]),
])
def test_a_year_then_a_count_is_no_range(text, lang, values):
    found = find_quantities(text, lang)
    assert [(m.lower, m.upper) for m in found] == values


@pytest.mark.parametrize("text, lang, bounds", [
    ("From 1,500 to 2,000 people marched.", "en", (1500, 2000)),
    ("Some 1500 to 2000 people marched.", "en", (1500, 2000)),
    ("Between 1,900 and 2,100 homes flooded.", "en", (1900, 2100)),
    ("Entre 1.500 y 2.000 personas marcharon.", "es", (1500, 2000)),
    ("De 1.800 a 2.400 familias perdieron su casa.", "es", (1800, 2400)),
])
def test_ranges_written_alike_stay_ranges(text, lang, bounds):
    (found,) = find_quantities(text, lang)
    assert (found.lower, found.upper) == bounds and found.qualifier == "range"
