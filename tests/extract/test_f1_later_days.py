"""A day told after the one named before, said the same way in English and Spanish: "On the
4th" / "El día 4" (a day of the same month), "The day after" / "Al otro día" (the next day); an
ordinal before its noun ("the 5th crash") is no day.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(title: str, body: str) -> str | None:
    raw = f"title: {title}\ndate: 2015-03-09\n\n{body}\n"
    return next(p.as_of for p in propose(parse_article(raw, "news.txt")) if p.value.startswith("30"))


@pytest.mark.parametrize("title, body, as_of", [
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. On the 4th, rescuers found 30 bodies.",
     "2015-03-04"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. El día 4, los "
     "rescatistas hallaron 30 cuerpos.", "2015-03-04"),
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. The day after, rescuers found 30 bodies.",
     "2015-03-03"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. Al otro día, "
     "los rescatistas hallaron 30 cuerpos.", "2015-03-03"),
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. It was the 5th crash this year; 30 died.",
     "2015-03-02"),
])
def test_a_later_day_is_said_the_same_in_both_languages(title, body, as_of):
    assert _as_of(title, body) == as_of
