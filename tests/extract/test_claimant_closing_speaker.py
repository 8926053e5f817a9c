"""A country that reports a count is whose count it is; the one a closing "X said" names is who
states it ("Haiti has reported 300 deaths, UNICEF said"). A wire agency or an outlet that closes
the sentence only carries the country's words. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


def _claimants(body: str, lang: str) -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://diario.example/a\ntitle: Nota\ndate: 2024-05-14\n\n{body}\n", "a.txt")
    return [(p.value, p.claimant) for p in propose(article, lang)]


@pytest.mark.parametrize("body, lang, expected", [
    ("Haiti has reported 300 deaths, UNICEF said.", "en", [("300", "UNICEF")]),
    ("NAIROBI (Reuters) - Somalia has recorded more than 2,000 measles cases and 40 deaths this year, "
     "the World Health Organization said.", "en",
     [("more than 2,000", "World Health Organization"), ("40", "World Health Organization")]),
    ("Haití reportó 300 muertes, informó UNICEF.", "es", [("300", "UNICEF")]),
    ("GINEBRA (EFE) - Somalia ha registrado 400 casos de sarampión, informó la Organización Mundial de la Salud.",
     "es", [("400", "Organización Mundial de la Salud")]),
])
def test_who_closes_the_sentence_states_a_countrys_count(body, lang, expected):
    assert _claimants(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("India reported 300 deaths on Monday.", "en", [("300", "India")]),             # no one else: the country
    ("India reported 300 deaths, AP said.", "en", [("300", "India")]),              # a wire carries it
    ("Chile informó 40 muertos, según Reuters.", "es", [("40", "Chile")]),
    ("India reported 300 deaths, while Pakistan said 40 died.", "en", [("300", "India"), ("40", "Pakistan")]),
])
def test_a_country_with_no_other_speaker_keeps_its_count(body, lang, expected):
    assert _claimants(body, lang) == expected
