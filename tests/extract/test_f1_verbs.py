"""The verbs of dating a count say the same in English and Spanish:

- a day a count was stated on, after the event's ("The minister confirmed on 5 March that",
  "El ministro precisó el 5 de marzo que"), is not the count's day;
- a report the sentence before dated goes on as a statement too ("issued a statement. The
  statement lists", "emitió un comunicado. El comunicado registra");
- a count in the present ("the toll reaches 30", "los muertos suman 30") is of the article's day,
  not of a day told before in the past.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(title: str, date: str, body: str) -> str | None:
    raw = f"title: {title}\ndate: {date}\n\n{body}\n"
    return next(p.as_of for p in propose(parse_article(raw, "news.txt")) if p.value.startswith("30"))


@pytest.mark.parametrize("title, date, body, as_of", [
    ("Bus crash in Peru", "2015-03-02", "The bus left the road on 2 March 2015. The minister confirmed on 5 March "
     "that 30 people died.", "2015-03-02"),
    ("Accidente de autobús en Perú", "2015-03-02", "El autobús se salió de la carretera el 2 de marzo de 2015. El "
     "ministro precisó el 5 de marzo que murieron 30 personas.", "2015-03-02"),
    ("Cholera outbreak in Peru", "2015-03-09", "On 2 March the ministry issued a statement. The statement lists 30 "
     "dead.", "2015-03-02"),
    ("Brote de cólera en Perú", "2015-03-09", "El 2 de marzo el ministerio emitió un comunicado. El comunicado "
     "registra 30 muertos.", "2015-03-02"),
    ("Bus crash in Peru", "2015-03-09", "The bus left the road on Saturday near Cusco. As officials reported, the "
     "toll reaches 30.", "2015-03-09"),
    ("Accidente de autobús en Perú", "2015-03-09", "El autobús se salió de la carretera el sábado cerca de Cusco. "
     "Según informaron, los muertos suman 30.", "2015-03-09"),
])
def test_the_verbs_of_dating_a_count_say_the_same_in_both_languages(title, date, body, as_of):
    assert _as_of(title, date, body) == as_of
