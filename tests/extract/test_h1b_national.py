"""A sum of money or a share of a national matter (a budget, a tax, a price, a reform, the
government's money) is the country's, not the town's where the article's event is: "The reform
would save 14 billion euros" in a Lille march is France's; "el presupuesto universitario cayó un
25 %" in a Córdoba march is Argentina's. A count of people, and a sum with no such word, stay the
event's place.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(body: str, title: str) -> dict[str, str | None]:
    raw = f"title: {title}\ndate: 2024-05-08\n\n{body}\n"
    return {p.value: p.place for p in propose(parse_article(raw, "a.txt"))}


_LILLE = ("LILLE (AP) -- Thousands marched through Lille on Saturday against the pension reform. The reform would "
          "save 14 billion euros a year, the government said. Police counted 9,000 marchers.")
_CORDOBA = ("CÓRDOBA (AP) — Miles de estudiantes marcharon el jueves en Córdoba en defensa de la universidad pública. "
            "El rector afirmó que el presupuesto universitario cayó un 25 % en términos reales. El Gobierno sostuvo "
            "que transfirió 2,1 billones de pesos a las universidades. La policía contó 40.000 manifestantes.")
_HOUSTON = "HOUSTON -- Floods in Houston caused $2 billion in damage, officials said. About 40% of homes were flooded."
_LIMA = "LIMA (EFE).- Las lluvias causaron daños por 200 millones de soles en Lima. Un 40 % de las viviendas se inundó."


@pytest.mark.parametrize("body, title, value, place", [
    (_LILLE, "Pension march in Lille", "14 billion euros", "FR"),
    (_CORDOBA, "Marcha universitaria en Córdoba", "25 %", "AR"),
    (_CORDOBA, "Marcha universitaria en Córdoba", "2,1 billones de pesos", "AR"),
    # guards: a count of people, and sums of the event's own damage, stay the town's
    (_LILLE, "Pension march in Lille", "9,000", "Lille"),
    (_CORDOBA, "Marcha universitaria en Córdoba", "40.000", "Córdoba"),
    (_HOUSTON, "Flood in Houston", "$2 billion", "Houston"),
    (_HOUSTON, "Flood in Houston", "About 40%", "Houston"),
    (_LIMA, "Lluvias en Lima", "200 millones", "Lima"),
    (_LIMA, "Lluvias en Lima", "40 %", "Lima"),
])
def test_a_national_sum_is_the_countrys(body, title, value, place):
    assert _places(body, title)[value] == place
