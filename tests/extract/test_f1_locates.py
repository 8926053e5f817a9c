"""A distance that only says where a place lies, in a sentence that tells no event ("Tarn is
located in the north, forty miles west of Brill", "Tarn se encuentra a 60 km al oeste de Brill"),
is geography, not a claim: extract proposes none (running.locates_a_place); a distance of the event
("The quake struck 40 km west of Brill") stays a claim.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _values(title: str, body: str) -> list[str]:
    raw = f"title: {title}\ndate: 2015-03-09\n\n{body}\n"
    return [p.value for p in propose(parse_article(raw, "news.txt"))]


@pytest.mark.parametrize("title, body, values", [
    ("Earthquake in Pakistan", "An earthquake struck Pakistan on Saturday, killing 40 people in Tarn. Tarn is located "
     "in the north, forty miles west of Brill.", ["40 people"]),
    ("Terremoto en Pakistán", "Un terremoto sacudió Pakistán el sábado y mató a 40 personas en Tarn. Tarn se "
     "encuentra a 60 km al oeste de Brill.", ["40 personas"]),
    ("Earthquake in Pakistan", "The quake struck 40 km west of Brill on Saturday, killing 12 people.",
     ["40 km", "12 people"]),
    ("Terremoto en Pakistán", "El sismo ocurrió a 40 km al oeste de Brill el sábado y mató a 12 personas.",
     ["40 km", "12 personas"]),
])
def test_a_distance_that_only_locates_a_place_is_no_claim(title, body, values):
    assert _values(title, body) == values
