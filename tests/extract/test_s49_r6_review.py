"""The review of session 49's first round (R6): what its fixes got wrong, each with invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(text: str, lang: str = "en", date: str = "2024-03-06") -> dict[str, object]:
    article = parse_article(f"title: x\ndate: {date}\noutlet: Wire Test\n\n" + text, "a.txt")
    return {p.value: p for p in propose(article, lang)}


@pytest.mark.parametrize("text, lang, value, claimant", [
    # a body that counts keeps its count; the credit after it only relays it (R6 1)
    ("La Policía Nacional contabilizó 20.000 manifestantes, según La Vanguardia.", "es", "20.000", "Policía Nacional"),
    ("Police counted 20,000 marchers, according to the organizers.", "en", "20,000", "Police"),
    ("Migración Colombia registró 1.200 ingresos, según El Tiempo.", "es", "1.200", "Migración Colombia"),
    # what does not count, or counts of itself, is no teller: the credit after it is (R5 3)
    ("Los vecinos registran 200 quejas al mes, según la asociación.", "es", "200", "asociación"),
    ("El nuevo hallazgo eleva a 45 el número de fallecidos, según Protección Civil.", "es", "45", "Protección Civil"),
])
def test_a_credit_after_a_counting_verb_outranks_its_subject_only_when_the_subject_is_no_body(text, lang, value,
                                                                                               claimant):
    assert _proposals(text, lang)[value].claimant == claimant
