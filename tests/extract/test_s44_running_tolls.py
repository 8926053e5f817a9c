"""Session 44 (X5), a count of an event of weeks over a span that ends on the day it is told ("murieron en las
últimas 24 horas", "have killed 47 people in the last two weeks") is dated by the sentence, up to that day, not by the
event's year (users' reports U1 D5, U2 D4); an undated toll of an event of weeks is still known by its year (GUIDE.md,
as_of). Invented sentences in the style of the users' texts."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(title: str, date: str, body: str) -> dict[str, str | None]:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Diario Ejemplo\ndate: {date}\n\n{body}"
    return {p.value: p.as_of for p in propose(parse_article(text, "a.txt"))}


@pytest.mark.parametrize("title, body, value", [
    ("Floods in India", "Heavy rains have killed 47 people in the last two weeks, officials said.", "47 people"),
    ("Floods in India", "Over the past 24 hours, the floods killed 12 people.", "12 people"),
    ("Lluvias monzónicas en Pakistán", "Nueve personas más murieron en las últimas 24 horas en Pakistán.",
     "Nueve personas"),
    ("Tifón en Filipinas", "Durante los últimos tres días el tifón dejó 20 muertos.", "20"),
])
def test_a_count_of_an_event_of_weeks_over_a_span_up_to_the_day_told_is_of_that_day(title, body, value):
    assert _as_of(title, "2024-11-21", body)[value] == "2024-11-21"


@pytest.mark.parametrize("title, body, value", [
    ("2010 Pakistan floods", "The floods killed 1,985 people across the country.", "1,985 people"),
    ("Inundaciones en Pakistán de 2010", "Las inundaciones causaron 1.985 muertos.", "1.985"),
    ("Lluvias dejan 40 muertos en Tarija", "Las lluvias de las últimas semanas dejaron 40 muertos.", "40"),
])
def test_an_undated_toll_of_an_event_of_weeks_is_still_known_by_the_year(title, body, value):
    assert _as_of(title, "2010-07-26", body)[value] == "2010"
