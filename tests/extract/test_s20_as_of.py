"""A figure's own date in a sentence that names several (issue 14, as_of): a measure takes the day
beside it, and a month with its year after "in" is the time of what the sentence tells, not the
name of an event of that month. Invented sentences, after two reviewers' fresh leads."""
from __future__ import annotations

from reconcile.extract import parse_article, propose

HEAD = "url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n"


def _as_of(title: str, date: str, text: str, lang: str = "en") -> dict[str, str | None]:
    return {p.value: p.as_of for p in propose(parse_article(HEAD.format(title=title, date=date) + text, "a.txt"), lang)}


def test_each_aftershock_takes_its_own_day():
    text = ("The main shock occurred on 3 March. It was followed by two aftershocks: one on 4 March 2021 of "
            "magnitude 6.1 and another two months later on 9 May 2021 of magnitude 5.8.")
    found = _as_of("2021 earthquake", "2021-03-03", text)
    assert found["6.1"] == "2021-03-04" and found["5.8"] == "2021-05-09"


def test_a_month_and_its_year_after_in_date_the_counts_by_the_month():
    text = "The attacks took place in November 2008, when 10 gunmen carried out 12 attacks across the city."
    assert set(_as_of("2008 attacks", "2008-11-26", text).values()) == {"2008-11"}
    texto = "Los ataques ocurrieron en noviembre de 2008, cuando 10 hombres armados perpetraron 12 ataques."
    assert set(_as_of("Ataques de 2008", "2008-11-26", texto, "es").values()) == {"2008-11"}


def test_an_event_named_by_its_month_is_of_the_article_s_day():
    text = "The April 2015 earthquake killed 8,000 people, the government said."
    assert set(_as_of("Earthquake", "2015-04-25", text).values()) == {"2015-04-25"}


def test_what_a_figure_counts_before_estimates_is_no_claimant():
    article = parse_article(HEAD.format(title="Great earthquake", date="1923-09-01")
                            + "Casualty estimates range from about 100,000 to 142,000 deaths. Death toll "
                              "estimates vary from 3,000 to 5,000. Police estimates put the crowd at 40,000.",
                            "a.txt")
    assert [p.claimant for p in propose(article, "en")] == [None, None, "Police"]


def test_a_spanish_doublet_is_one_group():
    text = ("En el incendio fallecieron 49 niños y niñas. Murieron 20 niños, niñas y adolescentes. "
            "Murieron 12 niños y 5 niñas. Murieron 20 soldados y policías.")
    proposals = propose(parse_article(HEAD.format(title="Incendio", date="2009-06-05") + text, "a.txt"), "es")
    assert [p.population for p in proposals] == [["children"], ["children", "teenagers"], ["children"], ["girls"],
                                                 ["police", "soldiers"]]
