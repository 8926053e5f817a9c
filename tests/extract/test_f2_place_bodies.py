"""A body's common noun that opens a sentence owes its capital to where it stands, not to a name:
"Authorities in Arequipa said ...", "Autoridades en Arequipa informaron ..." say where the
authorities are, as "the authorities in Arequipa" does; "the UN Mission in Syria" is a name whose
place is the body's. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.place_bodies import in_body_name


@pytest.mark.parametrize("text, name, expected", [
    ("Authorities in Arequipa said 30 people died.", "Arequipa", False),
    ("Autoridades en Arequipa informaron que 30 personas murieron.", "Arequipa", False),
    ("Police in Cusco counted 12 injured.", "Cusco", False),
    ("Heavy rain fell. Policía en Cusco contó 12 heridos.", "Cusco", False),
    ("The UN Mission in Syria said 30 people died.", "Syria", True),
    ("La Misión de la ONU en Siria dijo que 30 personas murieron.", "Siria", True),
])
def test_a_body_noun_capitalised_by_a_sentence_start_is_no_name(text, name, expected):
    assert in_body_name(text, text.index(name), name, False) is expected


@pytest.mark.parametrize("body, value", [
    ("Authorities in Arequipa said 30 people died.", "30 people"),
    ("Autoridades en Arequipa informaron que 30 personas murieron.", "30 personas"),
    ("Police in Arequipa said 30 people died.", "30 people"),
    ("Policía en Arequipa dijo que 30 personas murieron.", "30 personas"),
])
def test_a_count_of_authorities_at_a_place_is_that_place(body, value):
    raw = f"title: Sismo en Perú\ndate: 2011-03-14\n\nUn sismo sacudió el sur de Perú.\n\n{body}\n"
    places = {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}
    assert places[value] == "Arequipa"
