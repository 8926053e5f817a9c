"""Claimants of news copy (invented sentences, English and Spanish): a month after a day's number
and a time that opens the sentence ("On Monday", "Ayer", "Last week") are no part of a claimant's
name; a body with a name of its own is that name, whatever country or description news copy
writes before it."""
from __future__ import annotations

import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.attr_names import body_name
from reconcile.extract.propose import propose


def _claimants(text: str, lang: str) -> list[str | None]:
    article = parse_article(f"url: https://example.org/a\ntitle: X\ndate: 2020-05-14\n\n{text}", "a.txt")
    return [p.claimant for p in propose(article, lang)]


@pytest.mark.parametrize("text, lang, who", [
    ("On 6 May rescuers found 12 bodies in the river.", "en", "rescuers"),
    ("On 3 March Red Cross officials said 40 people died.", "en", "Red Cross officials"),
    ("El 6 de Mayo Protección Civil informó que murieron 40 personas.", "es", "Protección Civil"),
    ("El 2 de Junio la Cruz Roja informó que murieron 40 personas.", "es", "Cruz Roja"),
    ("On Monday police said 40 people are missing.", "en", "police"),
    ("El lunes la policía dijo que 40 personas están desaparecidas.", "es", "policía"),
    ("Yesterday police said 40 people are missing.", "en", "police"),
    ("Ayer la policía dijo que 40 personas están desaparecidas.", "es", "policía"),
    ("Last week the ministry said 40 people died.", "en", "ministry"),
    ("La semana pasada el ministerio dijo que murieron 40 personas.", "es", "ministerio"),
])
def test_the_date_before_a_subject_is_not_its_name(text, lang, who):
    assert _claimants(text, lang) == [who]


@pytest.mark.parametrize("text, lang, who", [
    ("May Rescue Team said 40 people died.", "en", "May Rescue Team"),     # no day before it: a name
    ("The Year of Mercy Foundation said 40 people died.", "en", "Year of Mercy Foundation"),
    ("On 12 June, Mayor John May said 40 people died.", "en", "John May"),
])
def test_a_month_word_in_a_name_stays(text, lang, who):
    assert _claimants(text, lang) == [who]


@pytest.mark.parametrize("text, lang, who", [
    ("Israel's COGAT said 300 trucks entered Gaza on Monday.", "en", "COGAT"),
    ("Peru's transport regulator Sutran said 40 roads were closed.", "en", "Sutran"),
    ("El regulador de transporte peruano Sutran informó que 40 carreteras fueron cerradas.", "es", "Sutran"),
    ("La agencia chilena de emergencias Senapred informó que 40 casas ardieron.", "es", "Senapred"),
])
def test_a_name_of_its_own_drops_what_news_copy_writes_before_it(text, lang, who):
    assert _claimants(text, lang) == [who]


@pytest.mark.parametrize("name, kept", [
    ("Peru's National Meteorological Service", "National Meteorological Service (Peru)"),   # generic: its country
    ("Peru's Health Ministry", "Peru's Health Ministry"),                                    # every state has one
    ("Greece's fire service", "Greece's fire service"),
    ("bomberos de Lima", "bomberos de Lima"),                                               # a place, not a name
])
def test_generic_bodies_keep_their_country(name, kept):
    assert body_name(name) == kept
