"""The day a count inherits from the sentence before: a report's day, when the sentence before
dated a report and this one goes on telling it ("On 2 March the ministry issued a report. It lists
30 dead", "El 2 de marzo el ministerio publicó un reporte. Este muestra 30 muertos"); never when the
sentence before dated something else ("The first cases were confirmed on 2 March"), nor when the
sentence counts up to now ("The toll now stands at 30", "La cifra asciende a 30", "ya son 30",
"hasta la fecha", "30 people have died", "han muerto 30"): that count is of the article's day.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(title: str, body: str, value: str) -> str | None:
    raw = f"title: {title}\ndate: 2015-03-09\n\n{body}\n"
    return {p.value: p.as_of for p in propose(parse_article(raw, "news.txt"))}[value]


@pytest.mark.parametrize("title, body, value", [
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. The toll now stands at 30.", "30"),
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. The toll has risen to 30 dead.", "30"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. La cifra de "
     "muertos asciende a 30.", "30"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. Hasta la "
     "fecha, los muertos ya son 30.", "30"),
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. Since then, 30 people have died.", "30 people"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. Desde "
     "entonces, 30 personas han muerto.", "30 personas"),
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. The toll has since risen to 30.", "30"),
    # a toll in the present perfect counts up to now
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. 30 people have died.", "30 people"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. Han muerto 30 "
     "personas.", "30 personas"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. La cifra se "
     "ha elevado a 30.", "30"),
])
def test_a_count_up_to_now_is_of_the_articles_day(title, body, value):
    assert _as_of(title, body, value) == "2015-03-09"


@pytest.mark.parametrize("title, body, value, as_of", [
    # the sentence before dated a report: its day
    ("Cholera outbreak in Peru", "On 2 March the ministry issued a report. It lists 30 dead.", "30", "2015-03-02"),
    ("Brote de cólera en Perú", "El 2 de marzo el ministerio publicó un reporte. Este muestra 30 muertos.", "30",
     "2015-03-02"),
    # the report goes on over several sentences
    ("Cholera outbreak in Peru", "On 2 March the ministry issued a report. It lists 20 dead. It also lists 30 "
     "missing.", "30", "2015-03-02"),
    ("Brote de cólera en Perú", "El 2 de marzo el ministerio publicó un reporte. Este muestra 20 muertos. Este también "
     "registra 30 desaparecidos.", "30", "2015-03-02"),
    # the sentence before dated the first cases, not a report: an outbreak's count, by the year
    ("Cholera outbreak in Peru", "The first cases were confirmed on 2 March. The tally lists 30 dead.", "30",
     "2015"),
    ("Brote de cólera en Perú", "Los primeros casos se confirmaron el 2 de marzo. El conteo registra 30 muertos.",
     "30", "2015"),
    # a report dated before, but the count is up to now
    ("Cholera outbreak in Peru", "On 2 March the ministry issued a report. The count now stands at 30 dead.", "30",
     "2015"),
    ("Brote de cólera en Perú", "El 2 de marzo el ministerio publicó un reporte. El conteo asciende ahora a 30 "
     "muertos.", "30", "2015"),
])
def test_a_count_inherits_the_day_of_a_report_the_sentence_before_dated(title, body, value, as_of):
    assert _as_of(title, body, value) == as_of
