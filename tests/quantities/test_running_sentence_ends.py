"""A sentence that ends with a unit written with a slash ends there ("200 km/h."): the "h." is no
initial. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.quantities.running import sentences


@pytest.mark.parametrize("text, first", [
    ("Gusts reached 180 km/h. The agency said 40 homes were lost.", "Gusts reached 180 km/h."),
    ("Las ráfagas llegaron a 180 km/h. La agencia dijo que 40 casas se perdieron.",
     "Las ráfagas llegaron a 180 km/h."),
    ("The current ran at 3 m/s. Divers found 12 wrecks.", "The current ran at 3 m/s."),
])
def test_a_unit_with_a_slash_ends_a_sentence(text, first):
    assert [s.text for s in sentences(text, None)][0] == first


@pytest.mark.parametrize("text", [
    "The U.S. Army said 40 were hurt.",
    "Officials met J. Smith on Monday.",
    "La O.N.U. dijo que 40 murieron.",
])
def test_initials_end_no_sentence(text):
    assert len(sentences(text, None)) == 1


@pytest.mark.parametrize("text", [
    "El Gral. Pérez dijo que 45 soldados murieron.",
    "La Cía. Minera informó 45 heridos.",
    "Maj. Gen. Lena Berg said 45 soldiers died.",
    "Adm. Lena Berg said 45 sailors were rescued.",
])
def test_a_title_of_rank_ends_no_sentence(text):
    assert len(sentences(text, None)) == 1
