"""The day of each figure in a sentence that tells more than one day (invented news copy):

- "se manifestaron el martes" is what they did (demonstrated), not a verb of saying: the statement is of the
  day the sentence's verb of saying names ("dijo el jueves la Delegación");
- a figure told "a week ago" / "hace una semana" is of that day, another figure of the sentence is not;
- "the toll of 700 announced on Sunday" dates the 700 (and no statement of the sentence): the running toll
  beside it is of the article's day.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _days(raw: str) -> dict[str, tuple[str | None, str | None]]:
    return {p.value: (p.as_of, p.stated_on) for p in propose(parse_article(raw, "a.txt"))}


@pytest.mark.parametrize("body, value, as_of, stated_on", [
    ("BILBAO, 22 nov (EFE) - Unas 4.000 personas se manifestaron el martes en Vitoria, dijo el jueves la "
     "Delegación del Gobierno.", "Unas 4.000 personas", "2024-11-19", "2024-11-21"),
    ("Unos 900 estudiantes se manifestaron el lunes ante el rectorado, informó el miércoles la Policía Municipal.",
     "Unos 900", "2024-11-18", "2024-11-20"),
])
def test_demonstrating_is_no_verb_of_saying(body, value, as_of, stated_on):
    assert _days(f"date: 2024-11-22\n\n{body}\n")[value] == (as_of, stated_on)


@pytest.mark.parametrize("body, earlier, earlier_day, now", [
    ("QUITO, Feb. 20 (AP) - Health workers counted 95 dengue cases a week ago and 180 today, the ministry said.",
     "95", "2024-02-13", "180"),
    ("Los hospitales atendieron 40 casos hace dos semanas y 75 hoy, según el ministerio.",
     "40", "2024-02-06", "75"),
    ("Rescuers had found 12 survivors two days ago and 30 by Tuesday, officials said.",
     "12", "2024-02-18", "30"),
])
def test_a_figure_told_weeks_ago_is_of_that_day(body, earlier, earlier_day, now):
    days = _days(f"date: 2024-02-20\n\n{body}\n")
    assert days[earlier][0] == earlier_day
    assert days[now][0] != earlier_day


def test_who_arrived_weeks_ago_is_no_day_of_the_figure():
    days = _days("date: 2024-02-20\n\nAuthorities deported 300 migrants who arrived two weeks ago, police said.\n")
    assert days["300"][0] == "2024-02-20"


def test_a_figure_announced_on_a_day_of_its_own():
    raw = ("date: 2024-03-12\n\nHERAT, March 12 (Reuters) - At least 1,200 people have been reported dead after an "
           "earthquake hit the province on Saturday, and the toll of 600 announced on Sunday has doubled, officials "
           "said.\n")
    days = _days(raw)
    assert days["600"][0] == "2024-03-10"
    assert days["At least 1,200 people"] == ("2024-03-12", "2024-03-12")


@pytest.mark.parametrize("body, value, as_of", [
    # a part of a year named with it
    ("In late 1987, the camps near the border housed about 120,000 people.", "about 120,000 people", "1987"),
    ("By mid-2015 some 4,000 families had left the valley.", "some 4,000", "2015"),
    # an event of days named by weekday and day, one month: its month
    ("El incendio arrasó la comarca desde el viernes 8 hasta el martes 12 de agosto de 2003 y costó la vida a 6 "
     "vecinos.", "6", "2003-08"),
    # a figure of the week before the one the sentence names; one of a month its own words name
    ("New cases in the week ending May 10 numbered 1,150, down from 2,300 reported the week before, and 4,000 per "
     "week in the beginning of April.", "2,300", "2020-05-03"),
    ("New cases in the week ending May 10 numbered 1,150, down from 2,300 reported the week before, and 4,000 per "
     "week in the beginning of April.", "4,000", "2020-04"),
    ("New cases in the week ending May 10 numbered 1,150, down from 2,300 reported the week before, and 4,000 per "
     "week in the beginning of April.", "1,150", "2020-05-10"),
    # the article's month after another month
    ("The death rate fell from a peak of 7% in March to 1.5% this month, the agency said.", "1.5%", "2020-05"),
    ("The death rate fell from a peak of 7% in March to 1.5% this month, the agency said.", "7%", "2020-03"),
])
def test_a_figures_own_period(body, value, as_of):
    found = {p.value: p.as_of for p in propose(parse_article(f"date: 2020-05-20\n\n{body}\n", "a.txt"))}
    assert found[value] == as_of


@pytest.mark.parametrize("body, value, as_of", [
    # residents an event left so, on a day the sentence names: that day (N1 D6)
    ("Officials said 412,300 Georgia residents were still without power on Saturday.", "412,300", "2021-05-08"),
    ("On Saturday, some 1,800 residents remained without power, the utility said.", "some 1,800", "2021-05-08"),
    ("El sábado, unos 600 vecinos quedaron atrapados en la sierra, según la Guardia Civil.", "unos 600", "2021-05-08"),
    # a town's people: a stock, by the year
    ("On Saturday the fire reached Paradise, a town home to 26,000 residents.", "26,000", "2021"),
    ("On Saturday, most of the 9,000 residents of Berry Creek had fled.", "9,000", "2021"),
])
def test_residents_an_event_left_so_are_of_its_day(body, value, as_of):
    found = {p.value: p.as_of for p in propose(parse_article(f"date: 2021-05-09\n\n{body}\n", "a.txt"))}
    assert found[value] == as_of


@pytest.mark.parametrize("body, value", [
    ("At least 54 people have died in Louisiana following Hurricane Rita's devastation last week, officials said.",
     "At least 54 people"),
    ("La cifra de muertos ha subido a 31 tras el paso del huracán el martes, según Protección Civil.", "31"),
])
def test_a_running_toll_after_the_events_passing_is_of_the_day_it_is_told(body, value):
    found = {p.value: p.as_of for p in propose(parse_article(f"date: 2022-10-02\n\n{body}\n", "a.txt"))}
    assert found[value] == "2022-10-02"


@pytest.mark.parametrize("later, value, as_of", [
    ("Organizers in Boston claimed a crowd of 120,000.", "120,000", "2017-01-21"),
    ("Los organizadores de Sevilla cifran la asistencia en 30.000 personas.", "30.000 personas", "2017-01-21"),
    ("Police say 40 people remain in custody.", "40 people", "2017-01-22"),
])
def test_a_crowd_count_later_in_a_march_story_is_of_the_marchs_day(later, value, as_of):
    raw = ("date: 2017-01-22\n\nNEW YORK (AP) - Hundreds of thousands of people marched in US cities on Saturday, "
           f"organizers said.\n\n{later}\n")
    found = {p.value: p.as_of for p in propose(parse_article(raw, "a.txt"))}
    assert found[value] == as_of


@pytest.mark.parametrize("date, body, value, as_of", [
    # R1: a part of a year in a comparison dates neither the other figure's month nor the sentence
    ("2022-10-05", "Inflation rose to 7.9% in September, up from 4% in early 2021.", "7.9%", "2022-09"),
    ("2022-10-05", "Unemployment fell to 3.6% in September, a level last seen in late 1969.", "3.6%", "2022-09"),
    # "desde hace dos semanas": a count since then, of today
    ("2022-10-05", "La policía suma 280 detenidos desde hace dos semanas, cuando comenzaron las protestas.", "280",
     "2022-10-05"),
    # a week before something else, or before a period: no day seven days back
    ("2022-10-05", "Stores sold 2,500 turkeys the week before Thanksgiving, the association said.", "2,500",
     "2022-10-05"),
    # "12 until 3 July" is no span of days
    ("2019-07-25", "The number of deaths stood at 14 until 3 July, the ministry said.", "14", "2019-07-03"),
    # the residents a town registers: its stock
    ("2022-10-01", "The town of Sanibel, where 6,300 residents are registered, was flattened by the storm on "
                   "Wednesday.", "6,300", "2022"),
])
def test_r1_reviews_date_cases(date, body, value, as_of):
    found = {p.value: p.as_of for p in propose(parse_article(f"date: {date}\n\n{body}\n", "a.txt"))}
    assert found[value] == as_of


def test_the_previous_week_of_last_week_is_no_week_before_the_article():
    raw = "date: 2022-10-05\n\nThere were 600 cases last week, compared with 550 the previous week.\n"
    found = {p.value: p.as_of for p in propose(parse_article(raw, "a.txt"))}
    assert found["550"] != "2022-09-28"     # the article's day less 7 lies inside "last week", the 600's own week
