"""Session 44 (X5), item 4 of the list: the criterion of a count comes from what the counted people did, not from a
word of what another group did ("2.000 policías acompañaron las marchas": the police escorted the marchers, they did
not protest). Written as a strict xfail on one branch (X5) and fixed on another (X6: the criterion is what the
counted did): it passes now. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str, lang: str) -> dict[str, str | None]:
    text = f"url: https://example.org/a\ntitle: Report\noutlet: Wire\ndate: 2031-08-19\n\n{body}"
    return {p.value: p.criterion for p in propose(parse_article(text, "a.txt"), lang)}


@pytest.mark.parametrize("body, lang, value", [
    ("Unos 2.000 policías acompañaron las marchas en Bogotá.", "es", "Unos 2.000"),
    ("Más de 500 agentes acompañaron a los manifestantes.", "es", "Más de 500"),
    ("Some 2,000 police officers accompanied the marches in Bogotá.", "en", "Some 2,000"),
])
def test_police_who_escort_a_march_did_not_protest(body, lang, value):
    assert _criteria(body, lang)[value] != "protested"


def test_marchers_counted_in_a_march_protested():
    assert _criteria("Unos 2.000 manifestantes marcharon en Bogotá.", "es")["Unos 2.000"] == "protested"
