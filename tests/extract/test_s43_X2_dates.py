"""Dates of counts in news copy (session 43, a new user's report U2): a count "since mid-July" is of the day it is
told, not of the month it starts from (D1); a toll in a dated news report of an earthquake is of its day, not of the
year, and one statement keeps one date (D8); a toll of a past event given for comparison ("the worst since the 2005
floods, when ...") is of that event (D9). The sentences are made up, in the style of wire copy."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in

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
