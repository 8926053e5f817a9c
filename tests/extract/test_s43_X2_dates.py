"""Dates of counts in news copy (session 43, a new user's report U2): a count "since mid-July" is of the day it is
told, not of the month it starts from (D1); a toll in a dated news report of an earthquake is of its day, not of the
year, and one statement keeps one date (D8); a toll of a past event given for comparison ("the worst since the 2005
floods, when ...") is of that event (D9). The sentences are made up, in the style of wire copy."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in
from reconcile.extract.event_kind import is_long_event

TUESDAY = "2031-08-19"


def _as_of(body: str, date: str = TUESDAY, title: str = "Report") -> dict[str, str | None]:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: {date}\n\n{body}"
    return {p.value: p.as_of for p in propose(parse_article(text, "a.txt"))}


def test_a_part_of_a_month_a_count_runs_since_is_no_date_of_the_count():
    for body in ("Monsoon rains have killed at least 812 people since mid-July, the disaster agency said.",
                 "Cholera has sickened 3,400 people since early July.",
                 "Landslides have buried 96 homes since late July.",
                 "Since mid-July, monsoon rains have killed at least 812 people.",
                 "The rains have displaced 40,000 people since the end of July.",
                 "The rains have displaced 40,000 people since the beginning of July.",
                 "Las lluvias han dejado 812 muertos desde mediados de julio."):
        assert dates_in(body, TUESDAY) is None, body


def test_a_part_of_a_month_named_as_the_time_of_a_count_still_dates_it():
    assert dates_in("In mid-July, monsoon rains killed 40 people.", TUESDAY) == "2031-07"
    assert dates_in("Floods killed 40 people in late July.", TUESDAY) == "2031-07"
    assert dates_in("By the end of July, 300 people had died.", TUESDAY) == "2031-07"


def test_a_count_since_mid_month_is_of_the_day_it_was_told_and_grows_from_the_earlier_one():
    found = _as_of("Monsoon rains have killed at least 812 people in the country since mid-July, the National "
                   "Disaster Agency said on Tuesday.\n\nThe agency said on Friday that 700 people had died.")
    assert found["at least 812 people"] == TUESDAY
    assert found["700 people"] == "2031-08-15"


def test_a_death_toll_in_the_title_is_no_event_of_weeks():
    assert not is_long_event("Death toll rises to 212 in Ecuador quake")
    assert not is_long_event("Peru earthquake death toll climbs to 150")
    assert not is_long_event("Landslide death toll reaches 40")
    assert not is_long_event("Death toll rises to 40")
    assert is_long_event("Assam floods: death toll rises to 67")
    assert is_long_event("Cholera outbreak death toll tops 300")


def test_a_toll_told_in_a_news_report_of_a_quake_is_of_its_day_not_of_the_year():
    found = _as_of("At least 212 people have lost their lives, a spokesman for the civil defence agency said "
                   "Tuesday. Another 640 people were injured, he said.\n\n"
                   "The quake destroyed 3,100 homes, the agency said.",
                   title="Death toll rises to 212 in Ecuador quake")
    assert found == {"At least 212 people": TUESDAY, "640 people": TUESDAY, "3,100": TUESDAY}


def test_a_toll_from_a_quake_named_by_its_weekday_counts_up_to_the_day_it_is_told():
    # the weekday names the quake, not the count, which has risen since
    found = _as_of("The toll from Sunday's quake has risen to 259, officials said.")
    assert found == {"259": TUESDAY}


def test_one_statement_on_a_quake_keeps_one_date_in_a_news_report_titled_by_its_toll():
    # Monday's article, titled by its toll: the minister's toll and what he adds in the next sentence are both of
    # the day he told them, not one of the day and one of the year
    found = _as_of("Interior minister Rafael Ocampo said on Monday that 1,230 people had died and 3,400 were "
                   "injured in the north. In the provincial capital, where 800 died, rescuers were still digging, "
                   "Ocampo said.", date="2031-03-10", title="Quake death toll climbs to 1,230")
    assert found == {"1,230 people": "2031-03-10", "3,400": "2031-03-10", "800": "2031-03-10"}


def test_a_toll_of_an_event_named_by_its_weekday_and_told_later_stays_of_that_day():
    # "A count reported later of the event's day stays the event's day" (GUIDE.md, as_of); a fire's toll too
    assert _as_of("Officials said 150 people died in Sunday's quake in the north.", date="2031-03-10") == {
        "150 people": "2031-03-09"}
    assert _as_of("Police said 12 people died in Sunday's fire at a market in the capital.", date="2031-03-10") == {
        "12 people": "2031-03-09"}


def test_a_toll_of_a_past_event_given_for_comparison_is_of_that_event():
    for body, year in (
            ("The toll is the worst since the 2005 earthquake, when more than 70,000 people died, officials said.",
             "2005"),
            ("It is the deadliest monsoon since the 1998 floods, when some 4,000 people were killed.", "1998"),
            ("Es la cifra más alta desde las inundaciones de 2010, cuando murieron más de 1.700 personas, según "
             "las autoridades.", "2010")):
        assert set(_as_of(body).values()) == {year}, body


def test_a_count_after_the_clause_of_a_past_event_is_not_of_it():
    found = _as_of("Since the 2010 floods, when the dams were rebuilt, more than 300 people have died in the valley.")
    assert found == {"more than 300 people": TUESDAY}


def test_a_count_of_a_past_event_asks_the_reviewer_to_move_it():
    text = (f"url: https://example.org/a\ntitle: Report\noutlet: Wire\ndate: {TUESDAY}\n\n"
            "The toll is the worst since the 2005 earthquake, when more than 70,000 people died, officials said.")
    [proposal] = propose(parse_article(text, "a.txt"))
    assert any(check.startswith("as_of (2005: a count of another event") for check in proposal.checks)
