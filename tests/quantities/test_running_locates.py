"""A distance that tells where a place lies, in a sentence with no event: for extract to leave
out (quantities_in_text keeps it). Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.quantities.running import locates_a_place


def _at(sentence: str, figure: str) -> bool:
    start = sentence.index(figure)
    return locates_a_place(sentence, start, start + len(figure))


@pytest.mark.parametrize("sentence, figure", [
    ("Tarn is located in the north of the province, forty miles west of Brill.", "forty miles"),
    ("The village lies 12 km south of the capital.", "12 km"),
    ("Tarn se encuentra a 40 km al oeste de Brill.", "40 km"),
    ("El pueblo está ubicado a 12 km de la capital.", "12 km"),
])
def test_a_distance_that_locates_a_place(sentence, figure):
    assert _at(sentence, figure)


@pytest.mark.parametrize("sentence, figure", [
    ("The quake struck 40 km west of Brill.", "40 km"),
    ("The epicentre was located 40 km west of Brill.", "40 km"),
    ("El sismo ocurrió a 40 km al oeste de Brill.", "40 km"),
    ("The town is located near the coast and 40 people live there.", "40"),
])
def test_a_distance_of_the_event_or_no_distance(sentence, figure):
    assert not _at(sentence, figure)
