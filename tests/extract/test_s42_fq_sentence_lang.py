"""extract reads each sentence in the language ``quantities_in_text`` gives it (session 42, FQ item 5): one
decision, so that a figure extract proposes is the figure the running-text reader takes."""
from __future__ import annotations

import pytest

from reconcile import parse_quantity, quantities_in_text
from reconcile.extract import parse_article, propose


def _article(*paragraphs: str) -> str:
    return "title: x\ndate: 2024-03-06\n\n" + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize("paragraphs, sentence, lang", [
    # "miles" in "165 miles per hour" is English, whatever the article around it
    (("El huracán Otis tocó tierra en Acapulco el martes y dejó al menos 27 muertos, según las autoridades "
      "del estado de Guerrero.", "Winds hit 165 miles per hour."), "Winds hit 165 miles per hour.", "en"),
    # a short sentence that says nothing of its language takes its paragraph's, not the article's
    (("The caravan left Honduras on Monday and reached the border of Guatemala after a long walk, the "
      "officials of the two countries said on Tuesday. More than 2,000 people were in the caravan, and the "
      "police of both countries were at the border when they arrived, according to the officials.",
      "La caravana salió el lunes. "
      "Distancia total: 3,5 km."), "Distancia total: 3,5 km.", "es"),
    # a short sentence whose own words say its language is read in it, in an article of the other
    (("Las autoridades informaron el martes de que la caravana llegó a la frontera con Guatemala después "
      "de una larga caminata.", "Police said 3,000 marched."), "Police said 3,000 marched.", "en"),
])
def test_extract_reads_a_sentence_in_the_language_quantities_in_text_gives_it(paragraphs, sentence, lang):
    raw = _article(*paragraphs)
    body = raw.split("\n\n", 1)[1]
    expected = [(q["lower"], q["upper"]) for q in quantities_in_text(body)
                if body.index(sentence) <= q["start"] < body.index(sentence) + len(sentence)]
    proposals = [p for p in propose(parse_article(raw, "news.txt")) if sentence in p.quote]
    assert expected and proposals
    read = {(q.lower, q.upper) for q in (parse_quantity(p.value, p.lang) for p in proposals)}
    assert read == set(expected)
    assert {p.lang for p in proposals} == {lang}
