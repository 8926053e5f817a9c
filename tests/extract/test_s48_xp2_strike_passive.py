"""A strike its followers are told of in the passive is on-strike too (session 48, XP2; R2's leftover of session
47): "la huelga general fue secundada por el 77% de los trabajadores" had no criterion, "The strike was observed by
60% of workers" had "observed" (GUIDE: a share ends in -share).

Invented sentences (names, places and figures changed).
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str, title: str) -> dict[str, str | None]:
    return {p.value: p.criterion for p in propose(parse_article(f"title: {title}\ndate: 2002-06-21\n\n{body}\n",
                                                                "news.txt"))}


@pytest.mark.parametrize("body", [
    "La huelga general convocada por las centrales fue secundada por el 64% de los trabajadores de Tarn.",
    "El paro nacional fue seguido por el 64% de los docentes, según los sindicatos.",
    "The general strike in Tarn was observed by 64% of workers, the unions said.",
])
def test_a_share_that_followed_a_strike_in_the_passive_is_on_strike_share(body):
    assert _criteria(body, "Huelga general")["64%"] == "on-strike-share"


def test_a_passive_of_no_strike_is_no_strike_share():
    crit = _criteria("La reforma fue respaldada por el 64% de los votantes. The eclipse was observed by 64% of "
                     "residents.", "Consulta")
    assert "on-strike-share" not in crit.values()
