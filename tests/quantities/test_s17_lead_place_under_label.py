"""A place and its figure on a line whose label names a count ("Víctimas: Tarn 101") is a count
of that place, not a name with digits ("calle Bartolomé Mitre 3060" still is). Invented lines."""
import pytest

from reconcile import quantities_in_text


@pytest.mark.parametrize("line, lang, found", [
    ("Víctimas: Tarn 101", "es", ["101"]),
    ("Muertos: San Pedro Sula 40", "es", ["40"]),
    ("Número de heridos: Villa Nueva 23", "es", ["23"]),
    ("Deaths: Port Brill 16", "en", ["16"]),
    ("Missing: Cerro Alto 7", "en", ["7"]),
])
def test_a_place_and_its_count_under_a_count_label(line, lang, found):
    assert [q["text"] for q in quantities_in_text(line, lang)] == found


@pytest.mark.parametrize("line, lang", [
    ("Vive en la calle Bartolomé Mitre 3060.", "es"),
    ("Ubicación: Calle Mitre 3060", "es"),
    ("Address: Avenida Central 1450", "en"),
])
def test_a_name_with_digits_elsewhere_stays_a_name(line, lang):
    assert quantities_in_text(line, lang) == []
