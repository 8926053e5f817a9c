"""Session 44 (X5), a month named as last year's ("in September last year", "Last year in September", "septiembre
del año pasado") is of the year before the article's, and "last September" / "el pasado septiembre" is the latest
such month before the article's (user's report U1 D4); a month a count runs since is still no date of it. Invented
sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in

DATE = "2023-12-19"


@pytest.mark.parametrize("sentence, when", [
    ("Last year in September, at least 74 people were killed in an earthquake in Sichuan.", "2022-09"),
    ("In September last year, at least 74 people were killed.", "2022-09"),
    ("En septiembre del año pasado murieron 74 personas.", "2022-09"),
    ("Last September, at least 74 people were killed.", "2023-09"),
    ("El pasado septiembre murieron 74 personas.", "2023-09"),
    ("Last December, 74 people died.", "2022-12"),
    ("Since September last year, 74 people were killed.", None),
])
def test_a_month_of_last_year_or_the_last_such_month(sentence, when):
    assert dates_in(sentence, DATE) == when


def test_a_toll_of_last_years_month_is_proposed_with_it():
    text = (f"url: https://example.org/a\ntitle: Quake in Gansu\noutlet: Wire\ndate: {DATE}\n\n"
            "Last year in September, at least 74 people were killed in an earthquake in Sichuan, officials said.")
    assert [p.as_of for p in propose(parse_article(text, "a.txt"))] == ["2022-09"]


@pytest.mark.parametrize("text", ["The toll at last may reach 500, officials said.", "The last march drew 500 people.",
                                  "Which of the last may be counted is unclear: 500 died."])
def test_a_modal_may_or_a_march_after_last_is_no_month(text):
    """(review of the session's diff: "at last may reach 500" was dated May) An English month is written
    with its capital."""
    from reconcile.extract.dates import _month_last_year

    assert _month_last_year(text, "2023-10-05") is None
