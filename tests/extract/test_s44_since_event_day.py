"""Session 44 (X5), the day of the event a count runs since ("since the storm hit on Friday", "desde que el huracán
tocó tierra el viernes") is where the count began, neither the day it is of (``as_of``) nor the day it was told
(``stated_on``): both are the article's day, or the day the sentence says it was told. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose

TUESDAY = "2031-08-19"


def _dates(body: str) -> dict[str, tuple[str | None, str | None]]:
    text = f"url: https://example.org/a\ntitle: Report\noutlet: Wire\ndate: {TUESDAY}\n\n{body}"
    return {p.value: (p.as_of, p.stated_on) for p in propose(parse_article(text, "a.txt"))}


@pytest.mark.parametrize("body, value", [
    ("At least 94 people have died since the storm hit on Friday, officials said.", "At least 94 people"),
    ("Since the hurricane made landfall on Friday, 94 people have been killed.", "94 people"),
    ("The storm has killed 94 people since it struck the coast on Friday.", "94 people"),
    ("The storm has killed 94 people since it struck the coast last Friday.", "94 people"),
    ("Al menos 94 personas han muerto desde que el huracán tocó tierra el viernes, informó Protección Civil.",
     "Al menos 94 personas"),
    ("La tormenta ha dejado 94 muertos desde que tocó tierra el pasado viernes.", "94"),
])
def test_the_day_a_count_runs_since_dates_neither_the_count_nor_its_statement(body, value):
    assert _dates(body)[value] == (TUESDAY, TUESDAY)


def test_a_count_since_the_event_told_on_a_day_is_of_that_day():
    found = _dates("At least 94 people have died since the storm hit on Friday, officials said on Monday.")
    assert found["At least 94 people"] == ("2031-08-18", "2031-08-18")


def test_a_count_on_the_events_day_keeps_it():
    assert _dates("The storm hit on Friday and killed 12 people.")["12 people"][0] == "2031-08-15"
