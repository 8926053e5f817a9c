"""The article's place after review (F5): a later sentence of the opening that tells the event
happening in a town places the article.

- when neither the title nor the first sentence names the kind of the event ("At least 600 people
  died in Ecuador", "Al menos 600 personas murieron en Ecuador"), a later sentence telling an event
  of any kind is the article's ("The earthquake occurred in Portoviejo", "El terremoto ocurrió en
  Portoviejo");
- who carries out an attack names its kind ("Gunmen killed 30", "Hombres armados mataron a 30"), as
  a disease names an epidemic ("Cholera has killed 800", "El cólera ha matado a 800");
- kinds that tell one event are one: a storm's floods and slides ("A hurricane ... Flooding occurred
  in X", "Un huracán ... Las inundaciones ocurrieron en X"), a protest's riots;
- an event of another kind than the one the opening names still keeps the article's place ("A
  hurricane ... An earthquake struck X", "Un huracán ... Un sismo sacudió X").

Invented articles and sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article
from reconcile.extract.scene import article_place
from reconcile.quantities.running import sentences


def _where(title: str, body: str) -> tuple[str, str] | None:
    article = parse_article(f"title: {title}\ndate: 2015-03-05\n\n{body}\n", "news.txt")
    return article_place(article, sentences(article.text, None))


@pytest.mark.parametrize("title, body, name", [
    # the opening names no kind of event: the later sentence's event is the article's
    ("Hundreds dead in Ecuador", "At least 600 people died in Ecuador on Saturday, officials said. The earthquake "
     "occurred in Portoviejo, in the west.", "Portoviejo"),
    ("Cientos de muertos en Ecuador", "Al menos 600 personas murieron en Ecuador el sábado, dijeron las autoridades. "
     "El terremoto ocurrió en Portoviejo, en el oeste.", "Portoviejo"),
    # who attacked names an attack
    ("Thirty dead in Nigeria", "Gunmen killed 30 people in Nigeria on Monday, officials said. The attack took place "
     "in Kano. Police arrested 5 suspects.", "Kano"),
    ("Treinta muertos en Nigeria", "Hombres armados mataron a 30 personas en Nigeria el lunes, dijeron las "
     "autoridades. El ataque ocurrió en Kano. La policía detuvo a 5 sospechosos.", "Kano"),
    # a storm's floods are the storm's event
    ("Thirty dead in Honduras", "A hurricane killed 30 people across Honduras on Monday. The worst flooding occurred "
     "in Choluteca.", "Choluteca"),
    ("Treinta muertos en Honduras", "Un huracán mató a 30 personas en Honduras el lunes. Las peores inundaciones "
     "ocurrieron en Choluteca.", "Choluteca"),
])
def test_a_later_sentence_telling_the_articles_event_places_it(title, body, name):
    where = _where(title, body)
    assert where is not None and where[1] == name


@pytest.mark.parametrize("title, body, country", [
    # another kind of event than the opening's: not the article's place
    ("Thirty dead in Honduras", "A hurricane killed 30 people across Honduras on Monday. An earthquake struck "
     "Choluteca on Tuesday.", "HN"),
    ("Treinta muertos en Honduras", "Un huracán mató a 30 personas en Honduras el lunes. Un sismo sacudió Choluteca "
     "el martes.", "HN"),
])
def test_a_later_sentence_telling_another_kind_of_event_does_not(title, body, country):
    where = _where(title, body)
    assert where is not None and where[0] == country
