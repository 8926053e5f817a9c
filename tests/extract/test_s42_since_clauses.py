"""Session 42 (FX), a count whose clause goes on from an earlier coordinated clause with "since", "now", "so
far", "hasta ahora", "desde entonces", "ya" ("The quake struck on August 5 ... and the toll has since risen to
259") is of the day the article tells it, not of the event's day the earlier clause names; the earlier
clause's own figures keep that day. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(title: str, body: str) -> dict[str, str | None]:
    article = parse_article(f"title: {title}\ndate: 2018-08-09\n\n{body}\n", "since.txt")
    return {p.value: p.as_of for p in propose(article)}


@pytest.mark.parametrize("title, body, value", [
    ("Lombok earthquake", "The quake struck Lombok on August 5 and the toll has since risen to 259.", "259"),
    ("Lombok earthquake", "A quake struck Lombok on August 5, and 259 deaths have now been confirmed.", "259"),
    ("Lombok earthquake", "A quake struck Lombok on August 5, and so far 259 people are known to have died.",
     "259 people"),
    ("Sismo de Lombok", "El sismo sacudió Lombok el 5 de agosto y desde entonces el balance ha subido a 259 muertos.",
     "259"),
    ("Sismo de Lombok", "El sismo sacudió Lombok el 5 de agosto y el balance de muertos ya asciende a 259.", "259"),
    ("Sismo de Lombok", "El sismo sacudió Lombok el 5 de agosto y hasta ahora se contabilizan 259 muertos.", "259"),
])
def test_a_count_since_the_event_of_an_earlier_clause_is_of_the_articles_day(title, body, value):
    assert _as_of(title, body)[value] == "2018-08-09"


def test_the_earlier_clauses_own_figure_keeps_the_events_day():
    found = _as_of("Lombok earthquake",
                   "The quake struck Lombok on August 5, killing 98 people, and the toll has since risen to 259.")
    assert found == {"98 people": "2018-08-05", "259": "2018-08-09"}


@pytest.mark.parametrize("title, body, value, day", [
    # no "since": the count of the clause after the event's day is of that day
    ("Fire in Lima", "A fire broke out in Lima on Sunday and twelve people died.", "twelve people", "2018-08-05"),
    # the figure's clause names a day of its own
    ("Sismo de Lombok", "El sismo sacudió Lombok el domingo y el martes el balance ya ascendía a 200 muertos.", "200",
     "2018-08-07"),
    # "ya que" is "because", no "now"
    ("Incendio en Lima", "El incendio se declaró en Lima el 5 de agosto y murieron 12 personas, ya que no había "
     "salidas.", "12 personas", "2018-08-05"),
])
def test_without_since_or_with_a_day_of_its_own_the_clause_keeps_its_day(title, body, value, day):
    assert _as_of(title, body)[value] == day
