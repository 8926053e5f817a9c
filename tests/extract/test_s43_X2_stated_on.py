"""The day a statement was made, named beside its verb of saying, for the verbs a speaker says it with besides "said"
and "informó" (session 43, a new user's report U3, D8: "explicó este martes que más de 53.000 policías ...", told the
day before the article, was given the article's day). The sentences are made up."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose

WEDNESDAY = "2031-08-20"
TUESDAY = "2031-08-19"


def _stated(body: str, lang: str) -> list[str | None]:
    text = f"url: https://example.org/a\noutlet: Diario\nlang: {lang}\ndate: {WEDNESDAY}\n\n{body}"
    return [p.stated_on for p in propose(parse_article(text, "a.txt"))]


@pytest.mark.parametrize("verb", ["explicó", "aseguró", "afirmó", "detalló", "reveló", "sostuvo", "subrayó",
                                  "advirtió", "aclararon", "sostuvieron"])
def test_a_spanish_verb_of_saying_beside_its_weekday_dates_the_statement(verb):
    assert _stated(f"El ministro del Interior, Ramón Ibarra, {verb} el martes que 4.200 agentes fueron desplegados.",
                   "es") == [TUESDAY]


@pytest.mark.parametrize("verb", ["explained", "stressed", "insisted", "revealed", "noted", "warned"])
def test_an_english_verb_of_saying_beside_its_weekday_dates_the_statement(verb):
    assert _stated(f"Interior minister Ramon Ibarra {verb} on Tuesday that 4,200 officers were deployed.",
                   "en") == [TUESDAY]


def test_a_closing_attribution_with_such_a_verb_dates_the_statement():
    assert _stated("Unas 4.200 personas fueron evacuadas, explicó el martes la alcaldía.", "es") == [TUESDAY]


def test_a_day_of_what_is_told_is_still_not_the_day_it_was_stated():
    assert _stated("El ministro aseguró que 4.200 agentes fueron desplegados el martes en la capital.",
                   "es") == [WEDNESDAY]
