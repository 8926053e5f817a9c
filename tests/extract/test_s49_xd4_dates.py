"""as_of, session 49 (XD4): invented sentences of the constructions a user's news on migrants showed extract dating
wrong (a year or a month named after its figure, a count over a span of months, a weekday the count runs to)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _dates(text: str, date: str, lang: str) -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://example.org/a\ntitle: Arrivals\ndate: {date}\n\n{text}", "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


@pytest.mark.parametrize("text, lang, expected", [
    # a year named after its figure, or before it as a whole year, is that figure's
    ("So far in 2031 some 51,200 people have crossed the border, against a total of 38,400 for the year 2029, "
     "officials said.", "en", ("38,400", "2029")),
    ("En lo que va de 2031 fueron repatriadas 12.410 personas, mientras que en todo el año 2030 la cifra total fue "
     "de 40.975, informó el ministerio.", "es", ("40.975", "2030")),
    # figures then their months with "of"/"de", one each or "respectively"
    ("June had the most arrivals, 7,310, well above the 5,128 of February.", "en", ("5,128", "2031-02")),
    ("Junio fue el mes con más llegadas, con 7.310, muy por encima de los 5.128 y 5.904 de febrero y marzo, "
     "respectivamente.", "es", ("5.904", "2031-03")),
    # a count over a span of months, or over the first months of a year, is as of the span's end
    ("Migración retornó a 900 personas entre febrero y abril.", "es", ("900 personas", "2031-04")),
    ("En los primeros cinco meses de 2030 cruzaron 31.200 personas.", "es", ("31.200 personas", "2030-05")),
    # a weekday the count runs to, not the weekday it was told on
    ("The minister revealed during a press conference on Monday that 9,412 migrants have crossed the jungle until "
     "Sunday.", "en", ("9,412", "2031-07-13")),
])
def test_a_period_bound_to_its_figure_dates_it(text, lang, expected):
    assert expected in _dates(text, "2031-07-16", lang)


def test_a_month_of_a_span_keeps_its_own_listed_figure():
    dates = _dates("Officials returned 900 people between February and April, 250 in February.", "2031-07-16", "en")
    assert ("900 people", "2031-04") in dates
    assert ("250", "2031-02") in dates
