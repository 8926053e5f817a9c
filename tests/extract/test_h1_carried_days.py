"""The day a count is of when its sentence names none, or names several: a day carried from the
sentence before yields to the sentence's own present ("remain missing", "siguen desaparecidas"),
a stock (the people who live in a place, a staff, a membership) takes no carried day, and a
figure followed by its own day takes that day, not what the sentence's days share.

Invented articles (none copied from the data set), English and Spanish. 2024-05-08 is a
Wednesday: "Monday" is 6 May, "Tuesday" 7 May.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(body: str, title: str = "Mine collapse") -> dict[str, str | None]:
    raw = f"title: {title}\ndate: 2024-05-08\n\n{body}\n"
    return {p.value: p.as_of for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, day", [
    # a present of a state that lasts: the article's day, not the day the sentence before named
    ("On 6 May rescuers found 12 bodies. Police said 40 people remain missing.", "40 people", "2024-05-08"),
    ("On 6 May rescuers found 12 bodies. Another 40 miners are still trapped, the company said.", "40",
     "2024-05-08"),
    ("El 6 de mayo los rescatistas hallaron 12 cuerpos. La policía dijo que 40 personas siguen desaparecidas.",
     "40 personas", "2024-05-08"),
    ("El 6 de mayo los rescatistas hallaron 12 cuerpos. Otros 40 mineros están atrapados, dijo la empresa.",
     "40", "2024-05-08"),
    # guards: a count told in the past is of the day named before
    ("On 6 May rescuers found 12 bodies. Another 40 miners were injured.", "40", "2024-05-06"),
    ("El 6 de mayo los rescatistas hallaron 12 cuerpos. Otros 40 mineros resultaron heridos.", "40",
     "2024-05-06"),
])
def test_a_present_count_is_not_of_the_day_carried_from_before(body, value, day):
    assert _as_of(body)[value] == day


@pytest.mark.parametrize("body, value", [
    # the people who live in a place: a stock, known by the year, whatever day the paragraph named
    ("A bridge collapsed on 3 May. The town, home to 8,000 residents, was cut off.", "8,000"),
    ("Un puente colapsó el 3 de mayo. El pueblo, de 8.000 habitantes, quedó aislado.", "8.000"),
    ("A bridge collapsed on Monday. The town of 8,000 residents was cut off.", "8,000"),
    ("Un puente colapsó el lunes. El pueblo de 8.000 habitantes quedó aislado.", "8.000"),
    # a staff, a membership
    ("A fire broke out on 3 May. The factory, which employed 300 workers, was destroyed.", "300"),
    ("Un incendio se declaró el 3 de mayo. La fábrica, que empleaba a unos 300 trabajadores, quedó destruida.",
     "unos 300"),
    ("A fire destroyed the union's hall on 3 May. The union has 2,000 members.", "2,000"),
    ("Un incendio destruyó la sede del sindicato el 3 de mayo. El sindicato cuenta con 2.000 afiliados.", "2.000"),
])
def test_a_stock_takes_no_day_carried_from_before(body, value):
    assert _as_of(body, "Bridge collapse")[value] == "2024"


@pytest.mark.parametrize("body, days", [
    ("A building collapsed in Lagos on Monday. The toll rose to 45 on Tuesday from 30 on Monday.",
     {"45": "2024-05-07", "30": "2024-05-06"}),
    ("Un edificio se derrumbó en Lima el lunes. El saldo subió a 45 el martes, desde 30 el lunes.",
     {"45": "2024-05-07", "30": "2024-05-06"}),
    ("The toll rose to 45 on 7 May from 30 on 6 May.", {"45": "2024-05-07", "30": "2024-05-06"}),
    ("El saldo subió a 45 el 7 de mayo, desde 30 el 6 de mayo.", {"45": "2024-05-07", "30": "2024-05-06"}),
    # guard: one day named, every figure's
    ("Floodwaters killed 45 people and injured 30 on Tuesday.", {"45 people": "2024-05-07", "30": "2024-05-07"}),
])
def test_each_figure_takes_the_day_written_after_it(body, days):
    found = _as_of(body, "Building collapse")
    assert {value: found[value] for value in days} == days


@pytest.mark.parametrize("body, value, month", [
    # a month named with "in" / "en" alone: that month of the article's year
    ("In March, floods in the north killed 40 people.", "40 people", "2024-03"),
    ("En marzo, las inundaciones del norte mataron a 40 personas.", "40 personas", "2024-03"),
    ("An earlier collapse in April had killed 12 miners.", "12", "2024-04"),
    ("Un derrumbe anterior en abril había matado a 12 mineros.", "12", "2024-04"),
    # months after the article's: of the year before (news tells what happened)
    ("In December, floods in the north killed 40 people.", "40 people", "2023-12"),
    ("En diciembre, las inundaciones del norte mataron a 40 personas.", "40 personas", "2023-12"),
    # guards: a comparison with a month dates nothing; "in may" is no month
    ("Rescuers found 40 more bodies than in March.", "40", "2024-05-08"),
    ("Rescuers fear the rains in may have killed 40 people.", "40 people", "2024-05-08"),
])
def test_a_month_named_with_in_dates_the_count(body, value, month):
    assert _as_of(body)[value] == month


@pytest.mark.parametrize("body, days", [
    # each clause of its own day, between semicolons
    ("On Monday, 12 people died; on Tuesday, 5 others died in hospital.",
     {"12 people": "2024-05-06", "5": "2024-05-07"}),
    ("El lunes murieron 12 personas; el martes, otras 5 murieron en el hospital.",
     {"12 personas": "2024-05-06", "5": "2024-05-07"}),
    ("On Monday rescuers found 12 bodies; on Tuesday they found 5 more bodies.",
     {"12": "2024-05-06", "5": "2024-05-07"}),
    ("El lunes los rescatistas hallaron 12 cuerpos; el martes hallaron otros 5 cuerpos.",
     {"12": "2024-05-06", "5": "2024-05-07"}),
])
def test_each_clause_takes_its_own_day(body, days):
    found = _as_of(body, "Bus crash")
    assert {value: found[value] for value in days} == days


@pytest.mark.parametrize("body, value, day", [
    # a measure of the event is the opening's day, in whatever tense the sentence tells it
    ("A strong earthquake struck the south on 5 May, killing 45 people. The quake has a magnitude of 6.8.",
     "6.8", "2024-05-05"),
    ("Un fuerte terremoto sacudió el sur el 5 de mayo y mató a 45 personas. El sismo tuvo una magnitud de 6,8.",
     "6,8", "2024-05-05"),
    # a Spanish "still" before a present: the article's day, as English "are still searching"
    ("A strong earthquake struck the south on 5 May, killing 45 people. Rescuers are still searching for 20 people.",
     "20 people", "2024-05-08"),
    ("Un fuerte terremoto sacudió el sur el 5 de mayo y mató a 45 personas. Los rescatistas aún buscan a 20 personas.",
     "20 personas", "2024-05-08"),
    # guards: an aftershock's magnitude is not the event's; a "still" in the past is of the day before
    ("A strong earthquake struck the south on 5 May. Aftershocks of up to magnitude 4.1 have shaken the area.",
     "4.1", "2024-05-08"),
    ("Un fuerte terremoto sacudió el sur el 5 de mayo. Los rescatistas aún buscaban a 20 personas.",
     "20 personas", "2024-05-05"),
])
def test_a_measure_of_the_event_and_a_present_in_any_tense(body, value, day):
    assert _as_of(body, "Earthquake")[value] == day
