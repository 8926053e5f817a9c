"""Lists in Spanish news (U3 D5, D7, D9): a total's parts by who they are after a colon ("50 lesionados: 24 civiles
y 26 policías") and the later parts of "de las cuales" with nouns of their own ("146 fueron concentraciones, 54
marchas y 18 movilizaciones") are part_of the total; a list's bare items count what its first item's noun counts
("3.082 manifestaciones en 2015, 2.784 en 2016"); the whole of a partitive of places ("26 de los 32
departamentos") is their total, a criterion of its own."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, lang: str = "es"):
    article = parse_article(f"url: https://example.org/a\noutlet: Diario Prueba\ndate: 2021-07-21\nlang: {lang}\n\n"
                            f"{body}\n", "a.txt")
    return {p.value: p for p in propose(article, lang)}


@pytest.mark.parametrize("body, lang, total, parts", [
    ("La Fiscalía informó que se registraron 80 heridos: 45 manifestantes y 35 policías.", "es", "80", ["45", "35"]),
    ("The ministry said 60 people were injured: 41 civilians and 19 soldiers.", "en", "60 people", ["41", "19"]),
])
def test_the_parts_after_a_colon_by_who_they_are_are_parts(body, lang, total, parts):
    found = _proposals(body, lang)
    index = list(found).index(total)
    assert [found[v].part_of for v in parts] == [index] * len(parts)


def test_the_later_parts_with_nouns_of_their_own_are_parts():
    found = _proposals("La Defensoría informó que hubo 310 actividades, de las cuales 200 fueron concentraciones, "
                       "70 marchas y 40 movilizaciones.")
    assert [found[v].part_of for v in ("200", "70", "40")] == [0, 0, 0]


@pytest.mark.parametrize("body", [
    "El sismo dejó 12 muertos, entre ellos 4 niños, 40 heridos y 300 damnificados.",     # counts of their own
    "El sismo dejó 12 muertos, entre ellos 4 niños, y 40 viviendas destruidas.",         # things, not the dead
])
def test_other_counts_after_a_part_are_no_parts(body):
    found = _proposals(body)
    assert found["40"].part_of is None


def test_a_lists_bare_items_count_what_its_first_items_noun_counts():
    found = _proposals("La Delegación del Gobierno contó 4.120 manifestaciones en 2016, 3.950 en 2017 y 3.410 en "
                       "2018.")
    assert [(found[v].population, found[v].criterion) for v in ("4.120", "3.950", "3.410")] == \
        [(["protests"], "held")] * 3


@pytest.mark.parametrize("body, lang, part, whole", [
    ("La Defensoría dijo que hubo marchas en 87 municipios de 19 de los 32 departamentos del país.", "es", "19", "32"),
    ("Officials said protests were held in 21 of Mexico's 32 states.", "en", "21", "32"),
])
def test_the_whole_of_a_partitive_of_places_is_their_total(body, lang, part, whole):
    # the number of all the country's places is a count of its own, the total (as the development set annotates
    # "172 de los 262 municipios"), not a figure of the places the event reached
    found = _proposals(body, lang)
    assert found[whole].criterion == "total"
    assert found[part].criterion != "total"
