"""What a count counts and what befell it, when its own words do not say: a share of change of
the count before it (its population, its criterion with -change), a crowd (people who
protested), a people named after the figure (people), crews and craft sent with no other verb
(deployed), arrivals (arrived).

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(body: str) -> dict[str, tuple[list[str], str | None]]:
    raw = f"title: Border\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: (p.population, p.criterion) for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, fields", [
    ("Officials said 1,200 migrants crossed into Tarnby in May, 15% fewer than in April.", "15%",
     (["migrants"], "crossed-change")),
    ("Unos 1.200 migrantes cruzaron a Tarnby en mayo, un 15 % menos que en abril.", "15 %",
     (["migrants"], "crossed-change")),
])
def test_a_share_of_change_is_of_the_count_before_it(body, value, fields):
    assert _fields(body)[value] == fields


@pytest.mark.parametrize("body, value", [
    # in a protest's text (a crowd elsewhere: test_a_crowd_protested_only_in_a_protest)
    ("Workers marched against the reform. Police in Tarnby estimated the crowd at 8,000.", "8,000"),
    ("Workers marched against the reform. The crowd of about 30,000 filled the square in Tarnby.", "about 30,000"),
    ("Los trabajadores marcharon contra la reforma. La policía de Tarnby estimó la concurrencia en 8.000.", "8.000"),
    ("Los trabajadores marcharon contra la reforma. Una multitud de unas 30.000 llenó la plaza de Tarnby.",
     "unas 30.000"),
])
def test_a_crowd_is_people_who_protested(body, value):
    assert _fields(body)[value] == (["people"], "protested")


@pytest.mark.parametrize("body, value", [
    ("Around 2,000 Haitians arrive in Tarnby every month.", "Around 2,000"),
    ("En lo que va de año han llegado a Tarnby 2.000 migrantes.", "2.000"),
])
def test_arrivals(body, value):
    assert _fields(body)[value][1] == "arrived"
    assert _fields(body)[value][0] in (["people"], ["migrants"])


@pytest.mark.parametrize("body, value, population", [
    ("More than 300 firefighters, backed by 20 aircraft, fought the fire near Tarnby.", "20", ["aircraft"]),
    ("Trabajan en Tarnby 650 brigadistas y 12 aeronaves.", "12", ["aircraft"]),
])
def test_responders_with_no_other_verb_were_deployed(body, value, population):
    assert _fields(body)[value] == (population, "deployed")


def test_a_spanish_finite_verb_of_affecting():
    assert _fields("Las inundaciones afectaron a los 8.000 habitantes de Tarnby.")["8.000"] == (
        ["inhabitants"], "affected")


@pytest.mark.parametrize("body, lang, expected", [
    # a crowd is a protest's only when the text around tells of one (found by the session's review)
    ("A crowd of 54,000 had packed the stadium for the semi-final.", "en", "packed"),
    ("Una multitud de 50.000 personas despidió al ídolo.", "es", None),
    ("Thousands marched in the capital. Police estimated the crowd at 8,000.", "en", "protested"),
    ("Miles de personas se manifestaron. La policía estimó la concurrencia en 800.000.", "es", "protested"),
])
def test_a_crowd_protested_only_in_a_protest(body, lang, expected):
    article = parse_article(f"url: https://x.example/a\ntitle: T\ndate: 2020-05-14\n\n{body}\n", "a.txt")
    [crowd] = [p for p in propose(article, lang) if p.population == ["people"]]
    assert crowd.criterion == expected
