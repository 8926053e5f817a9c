"""A common word that opens a sentence, a line or a label owes its capital to where it stands:
"Para que...", "Como resultado...", "Población: 40 000", "Most of the dead..." name no town (a
gazetteer has Pará's Belém, Como, a Philippine Población, a Czech Most). Mid-sentence, a
capitalised name stays a place, and a real town that is also a word ("Concepción", "Nice")
stays one at a sentence's start.

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import places_in


@pytest.mark.parametrize("text", [
    "Para que el acuerdo fuese válido, hacían falta 4 millones de votos.",
    "Como resultado, 30 familias perdieron su casa.",
    "Población: 48 000 000",
    "Pueblo y gobierno celebraron el acuerdo.",
    "Solo 12 personas sobrevivieron.",
    "Tarde en la noche llegaron 40 heridos.",
    "Most of the 40 dead were children.",
    "City officials counted 300 homes destroyed.",
    "Gente de todo el país marchó.",
])
def test_a_common_word_at_a_sentence_start_is_no_place(text):
    assert places_in(text) == []


@pytest.mark.parametrize("text, code", [
    ("Concepción sufrió 40 muertos.", "CL"),
    ("Nice was hit by the storm.", "FR"),
    ("The flood reached Como on Monday.", "IT"),
    ("El sismo sacudió Concepción.", "CL"),
])
def test_a_town_stays_a_place(text, code):
    found = places_in(text, code)
    assert found and found[0][0].startswith(code)


def test_a_label_of_an_infobox_is_no_place_of_its_count():
    raw = ("title: Referendo de paz\ndate: 2016-10-02\n\nEl referendo se celebró en Colombia el 2 de octubre.\n\n"
           "Población: 48 747 632\n\nPara que el acuerdo fuese válido, el Sí debía sumar 4 396 626 votos.\n")
    places = {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}
    assert places["48 747 632"] == "CO"
    assert places["4 396 626"] == "CO"


@pytest.mark.parametrize("text", [
    "La matanza ocurrió en San Pedro Limón, municipio de Tlatlaya.",     # was San Pedro Sula, Honduras
    "The mudslide buried homes in San Miguel Totonicapán on Sunday.",    # was San Miguel, read as San Diego
    "Hubo 12 heridos en Puerto Ayora Viejo.",
])
def test_a_known_part_of_a_longer_town_name_is_no_place(text):
    assert places_in(text) == []


@pytest.mark.parametrize("text, code", [
    ("Hubo 12 heridos en Santa Rosa de Copán.", "HN-CP"),      # the place after "de" is read on its own
    ("The flood hit San Pedro Sula on Monday.", "HN-SAN-PEDRO-SULA"),
    ("Rains hit Santa Cruz Province.", "BO-SANTA-CRUZ-DE-LA-SIE"),
    ("Llovió en Puerto Ayacucho.", "VE-PUERTO-AYACUCHO"),
])
def test_a_whole_town_name_or_a_name_and_its_kind_stays_a_place(text, code):
    assert [p[0] for p in places_in(text)] == [code]
