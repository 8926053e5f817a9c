"""as_of of a count dated by a moment after the last day named ("the next morning", "a la
mañana siguiente"), or by a month named as a time within it ("by mid-May", "a finales de
mayo"). Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(text, lang, date):
    article = parse_article(f"url: https://example.org/a\ntitle: Tormenta\ndate: {date}\n\n{text}", "a.txt")
    return {p.value: p.as_of for p in propose(article, lang)}


@pytest.mark.parametrize("text, lang, value", [
    ("The storm hit on 3 May 2021. The next morning, 300 people were evacuated.", "en", "300 people"),
    ("The storm hit on 3 May 2021. The following evening, 300 people were evacuated.", "en", "300 people"),
    ("La tormenta golpeó el 3 de mayo de 2021. A la mañana siguiente, 300 personas fueron evacuadas.", "es",
     "300 personas"),
])
def test_the_next_morning_is_the_day_after_the_last_day_named(text, lang, value):
    assert _as_of(text, lang, "2021-05-03")[value] == "2021-05-04"


@pytest.mark.parametrize("text, lang, value", [
    ("On 5 May, 12 people died. By mid-May, 30 had died.", "en", "30"),
    ("On 5 May, 12 people died. By the end of May, 45 had died.", "en", "45"),
    ("El 5 de mayo murieron 12 personas. A mediados de mayo habían muerto 30.", "es", "30"),
    ("El 5 de mayo murieron 12 personas. A finales de mayo habían muerto 45.", "es", "45"),
])
def test_a_month_named_as_a_time_within_it_is_that_month(text, lang, value):
    assert _as_of(text, lang, "2021-05-03")[value] == "2021-05"


def test_a_month_that_names_the_event_is_still_its_day():
    found = _as_of("The April 2015 Nepal earthquake killed 8,962 people.", "en", "2015-04-25")
    assert found["8,962 people"] == "2015-04-25"


@pytest.mark.parametrize("text, lang, value", [
    ("The storm reached the coast on 5 May 2021. That night, 300 people were evacuated.", "en", "300 people"),
    ("The storm reached the coast on 5 May 2021. Later that day, 300 people were evacuated.", "en", "300 people"),
    ("La tormenta llegó a la costa el 5 de mayo de 2021. Esa noche, 300 personas fueron evacuadas.", "es",
     "300 personas"),
    ("La tormenta llegó a la costa el 5 de mayo de 2021. Ese mismo día, 300 personas fueron evacuadas.", "es",
     "300 personas"),
])
def test_that_night_is_the_last_day_named(text, lang, value):
    # an event of weeks (a storm) dates an undated count by its year: "that night" is a day
    assert _as_of(text, lang, "2021-05-03")[value] == "2021-05-05"


@pytest.mark.parametrize("text, lang, value", [
    ("The storm reached the coast on 5 May 2021. The following week, 300 people were still missing.", "en",
     "300 people"),
    ("La tormenta llegó a la costa el 5 de mayo de 2021. A la semana siguiente, 300 personas seguían desaparecidas.",
     "es", "300 personas"),
])
def test_the_following_week_is_a_week_after_the_last_day_named(text, lang, value):
    assert _as_of(text, lang, "2021-05-03")[value] == "2021-05-12"
