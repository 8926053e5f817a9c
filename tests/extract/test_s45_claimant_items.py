"""Session 45, X9: who states a figure and the day it is of, in sentences of wire copy (issue 14).

Sentences written for these tests (none copied from the data set): a comparison's relative clause names who gave
the figure it is set against, not the sentence's own figure; a name that ends in a word of digits and capitals
("Coordinadora Feminista 8M") is read whole; a figure told as days before the sentence's ("from 21 a day earlier",
"frente a los 21 del día anterior") is dated that many days before.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, date: str = "2024-05-08", title: str = "Bus crash") -> dict:
    raw = f"title: {title}\ndate: {date}\n\n{body}\n"
    return {p.value: p for p in propose(parse_article(raw, "wire.txt"))}


@pytest.mark.parametrize("body, value", [
    ("Thousands marched, the Coordinadora Feminista 8M said, putting the crowd at 120,000.", "120,000"),
    ("La Coordinadora Feminista 8M cifró en 120.000 los asistentes.", "120.000"),
    ("Unas 120.000 personas marcharon, según la Coordinadora Feminista 8M.", "Unas 120.000 personas"),
])
def test_a_name_that_ends_in_digits_and_capitals_is_read_whole(body, value):
    assert _proposals(body, title="Marcha del 8M")[value].claimant == "Coordinadora Feminista 8M"
