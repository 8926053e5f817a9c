""""a magnitude-7.1 earthquake": the figure, no name with digits and no minus (FQ item 3); session 42."""
from __future__ import annotations

import pytest

from reconcile import parse_quantity, quantities_in_text


def _items(text: str, lang: str | None = None) -> list[tuple]:
    return [(q["text"], q["lower"], q["upper"], q["unit"], q["counted"]) for q in quantities_in_text(text, lang)]


# --- 3. "a magnitude-7.1 earthquake" ---------------------------------------------------------------

@pytest.mark.parametrize("text, value", [
    ("A magnitude-7.1 earthquake struck central Mexico.", 7.1),
    ("a magnitude-7.1 earthquake", 7.1),
    ("Un sismo de magnitud-6,4 sacudió la costa.", 6.4),
])
def test_a_magnitude_joined_by_a_hyphen_is_the_figure_not_a_negative_one(text, value):
    """"magnitude-7.1" was a name with digits (as "COVID-19"), dropped; the hyphen is no minus."""
    found = quantities_in_text(text)
    assert [(q["lower"], q["upper"], q["counted"]) for q in found] == [(value, value, None)]
    assert parse_quantity(text).lower == value


def test_a_name_glued_to_its_number_by_a_hyphen_is_still_a_name():
    assert _items("COVID-19 killed 300 people.") == [("300 people", 300, 300, None, "people")]
    assert _items("A Category-4 hurricane killed 300 people.") == [("300 people", 300, 300, None, "people")]
