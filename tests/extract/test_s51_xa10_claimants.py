"""Session 51, XA10: extract's claimant, round two of session 51.

Every sentence here is invented, in the constructions of the texts or reviewer's cases it stands for.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str, lang: str | None = None) -> dict[str, str | None]:
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "wire.txt"), lang)}


# --- item 1: "según X" after "de" and a figure makes X the claimant (no relative clause telling the figure) -------
@pytest.mark.parametrize("body, value, who", [
    ("Más de 5.000 personas según la policía se manifestaron en Guadalajara.", "Más de 5.000 personas", "policía"),
    ("Alrededor de 2.000 personas según la Guardia Urbana participaron en la marcha.", "Alrededor de 2.000 personas",
     "Guardia Urbana"),
    ("Cerca de 800 vecinos según los bomberos fueron evacuados en Lorca.", "Cerca de 800", "bomberos"),
])
def test_a_credit_after_de_and_a_figure_names_its_claimant(body, value, who):
    assert _claimants(body, "es")[value] == who


def test_a_place_after_a_services_name_is_no_part_of_it():
    body = "La tormenta dejó más de 30 muertos según Protección Civil en Valparaíso."
    assert _claimants(body, "es")["más de 30"] == "Protección Civil"


@pytest.mark.parametrize("body, value, who", [
    ("Asistieron 30.000 personas, según la Delegación del Gobierno en Andalucía.", "30.000 personas",
     "Delegación del Gobierno en Andalucía"),
    ("Some 300 people were evacuated, according to the Varnian Embassy in Kyiv.", "Some 300 people",
     "Varnian Embassy in Kyiv"),
])
def test_a_seat_keeps_its_place_in_its_name(body, value, who):
    assert _claimants(body)[value] == who
