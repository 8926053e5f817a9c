"""Places of counts on constructions found wrong in session 50 (XC6), each fixed by its mechanism:

1. an infobox's "Location:" line that names a town of one country is the event's place, before a title that
   names the event by its city or by a landmark ("Location: Orvane, Mapo District, Seoul, South Korea";
   "Lugar: Puente de Tetuán en Larache"); not a line that qualifies itself as one part's place
   ("Lugar: Ripoll (explosión fortuita)");
2. a sum of money or a share its clause says is of the nation's purse (a budget, a reform, a tax, a subsidy, a sum
   the government transferred, a fuel's price per gallon), in a report filed from a city, is the country's, not
   the dateline's town.

Invented sentences (names, places and figures changed), English and Spanish.
"""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _places(raw: str) -> dict[str, str | None]:
    return {p.value: p.place for p in propose(parse_article(raw, "news.txt"))}


def test_location_line_names_the_town_before_the_titles_city() -> None:
    raw = ("title: Seoul lantern festival stampede\ndate: 2023-05-02\n\n"
           "Time: 21:40 KST\n"
           "Location: Orvane, Mapo District, Seoul, South Korea\n"
           "Deaths: 41\n"
           "Injuries: 73\n\n"
           "A stampede broke out during a night festival in Seoul.\n")
    places = _places(raw)
    assert places["41"] == "Orvane"
    assert places["73"] == "Orvane"


def test_location_line_a_landmark_named_after_a_town_stands_in_the_next() -> None:
    raw = ("title: Tragedia del puente de Tetuán\ndate: 2021-03-04\n\n"
           "Lugar: Puente de Tetuán en Larache\n"
           "Muertos: 17 personas\n\n"
           "El derrumbe dejó 17 muertos y 25 heridos, según las autoridades.\n")
    assert _places(raw)["25"] in ("Larache", "MA-LAR")


def test_location_line_of_one_part_is_not_the_events() -> None:
    raw = ("title: Atentados de Cataluña\ndate: 2019-06-01\n\n"
           "Lugar: Ripoll (explosión fortuita)\n\n"
           "Los atentados de Cataluña dejaron 12 muertos en Barcelona.\n"
           "Los servicios de emergencia atendieron a 40 heridos.\n")
    assert _places(raw)["40"] != "Ripoll"


def test_a_national_reform_s_sum_is_the_country_s_not_the_dateline_town_s() -> None:
    raw = ("title: March\ndate: 2024-03-02\n\n"
           "GRENOBLE, France (AP) — About 9,000 people marched in Grenoble on Saturday against the tax reform, "
           "police said.\n"
           "The reform would raise 7 billion euros a year, according to the Budget Ministry.\n")
    places = _places(raw)
    assert places["7 billion euros"] == "FR"
    assert places["About 9,000 people"] == "Grenoble"


def test_a_national_budget_s_share_is_the_country_s_not_the_dateline_town_s() -> None:
    raw = ("title: Marcha\ndate: 2024-05-02\n\n"
           "ROSARIO, Argentina (EFE) — Unas 12.000 personas marcharon el jueves en Rosario, según la policía.\n"
           "El rector afirmó que el presupuesto de salud cayó un 22 % en términos reales.\n"
           "El Gobierno sostuvo que transfirió 1,5 billones de pesos a los hospitales.\n")
    places = _places(raw)
    assert places["22 %"] == "AR"
    assert places["1,5 billones de pesos"] == "AR"
