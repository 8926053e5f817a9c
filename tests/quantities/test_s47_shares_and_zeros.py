"""A fraction before "of the N noun" was dropped by quantities_in_text although find_quantities reads it (N2
D6): "a quarter of the 80 houses" keeps its quarter beside the 80. Zero said in words (SPEC §4's none, no one,
nadie) was no quantity of running text (N2 D7): "No one was hurt", "No arrests were made", "No hubo heridos" are
stated zeros, with the noun they count where they name one; "No one knows" and "no reason" are none. The
sentences are made up."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, lang, values", [
    ("A quarter of the 80 houses burned.", "en", [0.25, 80]), ("Half of the 12 miners were rescued.", "en", [0.5, 12]),
    ("Three-quarters of these 80 houses burned.", "en", [0.75, 80]),
    ("La mitad de los 12 mineros fue rescatada.", "es", [0.5, 12]),
    ("Un cuarto de las 80 casas ardió.", "es", [0.25, 80])])
def test_a_share_of_a_figure_is_kept_beside_it(text, lang, values) -> None:
    assert [q["lower"] for q in reconcile.quantities_in_text(text, lang)] == values


@pytest.mark.parametrize("text, lang, counted", [
    ("No one was hurt in the fire.", "en", None), ("Nobody died, the mayor said.", "en", None),
    ("No arrests were made.", "en", "arrests"), ("There were no casualties among the crew.", "en", "casualties"),
    ("None of the miners were injured.", "en", "miners"), ("Nadie resultó herido.", "es", None),
    ("No hubo heridos en el incendio.", "es", "heridos"), ("Ningún detenido, según la policía.", "es", "detenido")])
def test_a_zero_said_in_words_is_a_quantity(text, lang, counted) -> None:
    found = reconcile.quantities_in_text(text, lang)
    assert [(q["lower"], q["upper"], q["qualifier"], q["counted"]) for q in found] == [(0, 0, "exact", counted)]


@pytest.mark.parametrize("text, lang", [("No one knows how many left.", "en"), ("There is no reason to leave.", "en"),
                                        ("Nadie sabe cuántos se fueron.", "es"), ("No hay razón para irse.", "es")])
def test_no_without_a_count_is_no_zero(text, lang) -> None:
    assert reconcile.quantities_in_text(text, lang) == []
