"""Session 48 (XP3), parts of a total that were left unlinked (N3 D11, N4 D9): the last of a list by place after a
serial comma ("..., and three in Ormoc"), each place of "one each in A, B, and C", the second of two parts of one
shape ("21 son policías y 23 son niños"), and the parts of a set the sentence opens with ("Of the 42 dead, 41 were
civilians"). Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _parts(body: str, lang: str | None = None) -> list[tuple[str, str | None, int | None]]:
    text = f"url: https://example.org/a\ntitle: Quake\noutlet: Wire\ndate: 2031-10-01\n\n{body}\n"
    return [(p.value, p.place, p.part_of) for p in propose(parse_article(text, "a.txt"), lang)]


def test_the_last_part_after_a_serial_comma_is_a_part():
    assert _parts("The council said 72 people were killed in the Philippines, including 30 in Manila, 22 in "
                  "Cebu City, and three in Ormoc.")[1:] == [("30", "Manila", 0), ("22", "Cebu City", 0),
                                                           ("three", "Ormoc", 0)]


def test_one_each_in_three_places_is_three_parts():
    assert _parts("The council said 72 people were killed in the Philippines, including 30 in Manila, 22 in "
                  "Cebu City, and one each in Ormoc, Tacloban, and Davao.")[3:] == [
        ("one", "Ormoc", 0), ("one", "Tacloban", 0), ("one", "Davao", 0)]


@pytest.mark.parametrize("body, lang", [
    ("La comisión registra 317 muertos en Nicaragua. De los 317 decesos, 21 son policías y 23 son niños.", "es"),
    ("De los 317 decesos registrados entre el 18 de abril y el 30 de julio, la comisión explicó que 21 son "
     "policías y 23 son niños.", "es"),
    ("Of the 317 dead, 21 were police officers and 23 were children.", "en"),
])
def test_both_parts_of_a_set_are_parts_of_it(body, lang):
    assert [(value, part_of) for value, _, part_of in _parts(body, lang)] == [("317", None), ("21", 0), ("23", 0)]


def test_a_figure_larger_than_the_set_it_follows_is_no_part():
    assert [part_of for *_, part_of in _parts("Of the 40 students, 300 marched.")] == [None, None]
