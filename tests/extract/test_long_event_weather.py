"""Rains and heat that last for weeks are events of weeks, as floods and droughts are: a toll they
leave that the sentence does not date is the year's (GUIDE.md, as_of), not the article's day.
Invented articles."""
from __future__ import annotations

import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


def _as_of(title: str, body: str, lang: str) -> dict[str, str | None]:
    article = parse_article(f"url: https://x.example/a\ntitle: {title}\ndate: 2024-07-10\n\n{body}\n", "a.txt")
    return {p.value: p.as_of for p in propose(article, lang)}


@pytest.mark.parametrize("title, body, lang, value", [
    ("Lluvias dejan 40 muertos en Tarija", "TARIJA (EFE).- Las lluvias de las últimas semanas han dejado 40 "
     "muertos en el departamento.", "es", "40"),
    ("La ola de calor deja 25 muertos en Sevilla", "SEVILLA (EFE).- La ola de calor ha dejado 25 muertos en la "
     "provincia.", "es", "25"),
    ("Heat wave kills 12 in Tulsa", "TULSA (AP) - The heat wave has killed 12 people across the county.", "en",
     "12 people"),
    ("Heavy rains kill 30 in Sylhet", "DHAKA (Reuters) - Heavy rains have killed 30 people in Sylhet.", "en",
     "30 people"),
])
def test_a_toll_of_weeks_of_rain_or_heat_is_the_years(title, body, lang, value):
    assert _as_of(title, body, lang)[value] == "2024"


@pytest.mark.parametrize("title, body, lang, value", [
    ("Fire kills 12 in Tulsa", "TULSA (AP) - A fire has killed 12 people in a warehouse.", "en", "12 people"),
    ("Incendio deja 25 muertos en Sevilla", "SEVILLA (EFE).- Un incendio ha dejado 25 muertos en una nave.", "es",
     "25"),
])
def test_an_event_of_a_day_keeps_its_day(title, body, lang, value):
    assert _as_of(title, body, lang)[value] != "2024"
