"""A difference from another figure is no claim (session 47, N1 D7; GUIDE: a figure the text uses as a comparison
with a past event): "Hubo 290 concentraciones (62 más que hace dos años)", "(62 más)", "81 arrestos menos", "40
fewer arrests than in 2019" were proposed as counts that a reviewer could set against the real ones.

Invented sentences (names, places and figures changed), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _values(body: str) -> list[str]:
    return [p.value.split()[0] for p in propose(parse_article(f"title: Report\ndate: 2024-10-02\n\n{body}\n",
                                                              "news.txt"))]


@pytest.mark.parametrize("body, value", [
    ("Hubo 290 concentraciones (62 más que hace dos años).", "290"),
    ("El Gobierno atribuyó la diferencia a que hubo 290 concentraciones (62 más).", "290"),
    ("La jornada acabó con 150 detenidos, muy por encima de la protesta anterior, en la que hubo 81 arrestos menos.",
     "150"),
    ("Hubo 95 muertos en la carretera, 20 muertos menos que el año pasado.", "95"),
    ("Police made 95 arrests on Saturday, 40 fewer arrests than in 2019.", "95"),
    ("Police made 95 arrests on Saturday, 40 more than a year ago.", "95"),
])
def test_a_difference_from_another_figure_is_no_claim(body, value):
    assert _values(body) == [value]


@pytest.mark.parametrize("body, value", [
    ("Dos heridos menos graves fueron atendidos en Tarn.", "Dos"),
    ("Rescuers found 40 more bodies than in March.", "40"),
    ("La cifra de muertos en Tarn (75) es la más alta del año.", "75"),
])
def test_a_count_near_a_comparative_stays_a_claim(body, value):
    assert value in _values(body)
