"""A share of a strike's followers is on-strike-share (session 47, N1 D8; dev6's on-strike, GUIDE: a share ends in
-share): "secundó la huelga el 35%", "paró algo más del 16%", "un 6,5% la siguieron" had no criterion; and another's
reading of it, in a clause that refers back to it ("cifra que los sindicatos elevaron al 80%", "datos que elevan al
91% y 95%"), counts what it counts.

Invented sentences (names, places and figures changed).
"""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _criteria(body: str, date: str = "2002-06-21") -> dict[str, str | None]:
    return {p.value: p.criterion for p in propose(parse_article(f"title: Report\ndate: {date}\n\n{body}\n",
                                                                "news.txt"))}


def test_a_share_of_a_strikes_followers_is_on_strike_share():
    crit = _criteria("La huelga general de ayer tuvo un seguimiento desigual. Para el Gobierno, paró el 14% de la "
                     "población activa, cifra que los sindicatos elevaron al 80%. Según la Junta, en Tarn secundó "
                     "la huelga el 32% de los trabajadores y el 28% de los leoneses, datos que elevan al 91% y 95%, "
                     "respectivamente, los sindicatos. En Brill, un 7,5% de los funcionarios la siguieron.")
    assert {crit[v] for v in ("14%", "32%", "28%", "91%", "95%", "7,5%")} == {"on-strike-share"}
    assert {crit[v] for v in crit if v.endswith("80%")} == {"on-strike-share"}


def test_a_share_with_no_strike_is_no_strike_share():
    crit = _criteria("La lluvia paró a las diez en Tarn. El 40% de los vecinos votó en la consulta.")
    assert crit.get("40%") != "on-strike-share"
