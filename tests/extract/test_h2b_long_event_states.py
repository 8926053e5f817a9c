"""The as_of of news copy of an event of weeks (issue 14): its tolls are known by the year, but
the state of things a speaker reports on the day (customers without power, aid sent, firefighters
at work) is of the article's day. The articles are made up."""
from __future__ import annotations

from reconcile.extract import parse_article, propose

DATE = "2041-11-25"


def _as_of(title: str, body: str) -> dict[str, str | None]:
    proposals = propose(parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {DATE}\n\n{body}", "a.txt"))
    return {p.value.split()[0]: p.as_of for p in proposals}


def test_a_state_of_things_a_speaker_reports_in_an_event_of_weeks_is_of_the_articles_day():
    found = _as_of("Floods in Vale province", "Floods have hit Vale province for two weeks. The power company said "
                   "35,000 customers were without power. The Red Crescent said it had delivered 1,500 blankets.")
    assert found == {"35,000": DATE, "1,500": DATE}
    found = _as_of("Inundaciones en Valle Alto", "Las inundaciones azotan Valle Alto desde hace dos semanas. La "
                   "empresa eléctrica dijo que 35.000 clientes estaban sin luz. La Cruz Roja dijo que había "
                   "enviado 2.000 mantas.")
    assert found == {"35.000": DATE, "2.000": DATE}


def test_a_toll_and_an_accounts_figure_of_an_event_of_weeks_stay_by_the_year():
    found = _as_of("Floods in Vale province", "Floods killed 40 people, the governor said. The WHO reported that "
                   "ten million people lacked clean water.")
    assert found == {"40": "2041", "ten": "2041"}
    found = _as_of("Inundaciones en Valle Alto", "Las inundaciones mataron a 40 personas, dijo el gobernador. La OMS "
                   "informó que diez millones de personas carecían de agua potable.")
    assert found == {"40": "2041", "diez": "2041"}


def test_people_moved_to_camps_so_far_in_an_event_of_weeks_are_counted_by_the_year():
    # a present perfect of a displacement counts up to now, as "have been evacuated" does
    found = _as_of("Floods in Vale province", "Floods have hit Vale province for two weeks. More than 40,000 people "
                   "have been moved to 300 relief camps, the authority said.")
    assert found == {"More": "2041", "300": "2041"}
    found = _as_of("Inundaciones en Valle Alto", "Las inundaciones azotan Valle Alto desde hace dos semanas. Más de "
                   "40.000 personas han sido trasladadas a 300 albergues, dijo la autoridad.")
    assert found == {"Más": "2041", "300": "2041"}
