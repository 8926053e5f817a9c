"""Who states a number in news copy: a person named with the office they hold is the person, not
the office with the name ("County Judge Ann Lee" -> Ann Lee, "el viceministro Juan Pérez" -> Juan
Pérez), whichever office news copy writes before the name.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str) -> dict[str, str | None]:
    raw = f"title: Floods\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, who", [
    # an office before the name: "protest leader", "County Judge", "Chief District Officer",
    # "WHO representative"; "el viceministro", "la rectora", "la jueza"
    ("Protest leader Ana Ruiz said 5,000 people marched in Lima.", "5,000 people", "Ana Ruiz"),
    ("County Judge Ann Lee said 23 shelters were open in Dallas.", "23", "Ann Lee"),
    ("Chief District Officer Ram Thapa said 12 people were missing in Dolpa.", "12 people", "Ram Thapa"),
    ("WHO representative Omar Haddad said 45% of clinics in Aden were closed.", "45%", "Omar Haddad"),
    ("El viceministro Juan Carlos Pérez dijo que 40 personas murieron en Oruro.", "40 personas",
     "Juan Carlos Pérez"),
    ("La rectora María Gómez afirmó que 300 alumnos marcharon en Quito.", "300", "María Gómez"),
    # Spanish writes the office's adjective after it: "el líder opositor", "el ministro británico"
    ("El líder opositor Juan Soto dijo que 90 personas marcharon en Quito.", "90 personas", "Juan Soto"),
])
def test_an_office_before_a_name_is_not_the_claimant(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # an office named by its field keeps it: no holder's name follows
    ("El ministro de Defensa dijo que 14 soldados murieron en Oruro.", "14", "ministro de Defensa"),
    ("A police officer said 30 people were hurt in Lima.", "30 people", "police"),
])
def test_an_office_without_a_name_stays(body, value, who):
    assert _claimants(body)[value] == who
