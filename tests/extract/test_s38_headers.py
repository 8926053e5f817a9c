"""A plain-text article's header lines (``url:``, ``date:``, ``outlet:``, ``lang:``): a date of a
month or a year alone, bad header lines, the outlet's own claims, and the draft topic of a
population counted with no criterion.

Invented articles, English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(date: str, body: str, lang: str | None = None) -> dict[str, tuple[str | None, list[str]]]:
    raw = f"url: https://example.org/z\ndate: {date}\noutlet: Example News\n\n{body}\n"
    return {p.value: (p.as_of, p.checks) for p in propose(parse_article(raw, "z.txt"), lang)}


# --- a header date of a year or a month alone -------------------------------------------------
@pytest.mark.parametrize("date, body, value, as_of", [
    # the year from the header, the day from the text
    ("1983", "On 14 March the army said 300 soldiers had been deployed to the valley.", "300", "1983-03-14"),
    ("1983-06", "On 14 March the army said 300 soldiers had been deployed to the valley.", "300", "1983-03-14"),
    ("1983", "El 14 de marzo, el ejército dijo que 300 soldados habían sido desplegados en el valle.", "300",
     "1983-03-14"),
    # a month the text names
    ("1983", "In March, the ministry counted 40 dead.", "40", "1983-03"),
    # a day named before in the paragraph
    ("1983", "On 14 March the army deployed 300 soldiers. Twenty of them were wounded.", "Twenty", "1983-03-14"),
    # of a month's article, a day months after it is of the year before (news tells what happened)
    ("1983-06", "On 14 December the army said 50 soldiers had been killed.", "50", "1982-12-14"),
])
def test_a_header_of_a_year_or_a_month_gives_the_year_of_the_days_the_text_names(date, body, value, as_of):
    found, checks = _proposals(date, body)[value]
    assert found == as_of
    assert not any(check.startswith("as_of (the article's date") for check in checks)


@pytest.mark.parametrize("date, body, value, as_of, kind", [
    ("1983", "On Thursday the army said 300 soldiers had been deployed to the valley.", "300", "1983", "year"),
    ("1983-06", "Yesterday the army said 300 soldiers had been deployed to the valley.", "300", "1983-06", "month"),
    ("1983", "El jueves, el ejército dijo que 300 soldados habían sido desplegados en el valle.", "300", "1983",
     "year"),
    ("1983", "Last month 12 people died in the valley.", "12 people", "1983", "year"),
])
def test_a_weekday_names_no_day_against_a_year_or_a_month_alone(date, body, value, as_of, kind):
    found, checks = _proposals(date, body)[value]
    assert found == as_of
    assert f"as_of (the article's date, which gives only the {kind})" in checks
