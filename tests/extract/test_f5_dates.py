"""Dates after review (F5): a word of "now" dates only its own clause's figure.

- an up-to-now word ("now", "ahora", "has risen to", "asciende a") counts for the figure of its own
  clause, or for every clause when it opens the sentence ("So far, ...", "Hasta la fecha, ..."); in
  another clause ("..., and the army now patrols the town", "y el ejército patrulla ahora la
  ciudad") it does not cancel the day named before;
- a day is a report's when its sentence tells of updating or issuing figures too ("updated its
  count", "actualizó sus cifras"), and the next sentence's counts are of it;
- a report goes on with the same pronouns in both languages: "This shows" / "Este muestra", "These
  show" / "Estos muestran", "They list" / "Estos registran".

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _as_of(title: str, body: str, value: str) -> str | None:
    raw = f"title: {title}\ndate: 2015-03-09\n\n{body}\n"
    return {p.value: p.as_of for p in propose(parse_article(raw, "news.txt"))}[value]


@pytest.mark.parametrize("title, body, value, as_of", [
    # "now" in another clause than the figure's: the day named before
    ("Market attack in Nigeria", "On Saturday, gunmen attacked a market in Kano. The attackers killed 30 traders, "
     "and the army now patrols the town.", "30", "2015-03-07"),
    ("Ataque en Nigeria", "El sábado, hombres armados atacaron un mercado en Kano. Mataron a 30 comerciantes y el "
     "ejército patrulla ahora la ciudad.", "30", "2015-03-07"),
    ("Ataque en Nigeria", "El martes 3 de marzo, hombres armados atacaron un mercado en Kano. Mataron a 30 "
     "comerciantes y el ejército patrulla ahora la ciudad.", "30", "2015-03-03"),
    ("Market attack in Nigeria", "On 3 March, gunmen attacked a market in Kano. The attackers killed 30 traders, and "
     "the army now patrols the town.", "30", "2015-03-03"),
    # one clause gives the report's figure, the next the figure up to now
    ("Bus crash in Peru", "On 2 March the ministry issued a report. It lists 300 dead and puts the toll now at "
     "310.", "300", "2015-03-02"),
    ("Accidente de autobús en Perú", "El 2 de marzo el ministerio publicó un reporte. Este registra 300 muertos y "
     "la cifra asciende ahora a 310.", "300", "2015-03-02"),
])
def test_a_word_of_now_in_another_clause_keeps_the_day_before(title, body, value, as_of):
    assert _as_of(title, body, value) == as_of


@pytest.mark.parametrize("title, body, value", [
    # the up-to-now word of the figure's own clause, or of the sentence's opening
    ("Bus crash in Peru", "On 2 March the ministry issued a report. It lists 300 dead and puts the toll now at "
     "310.", "310"),
    ("Accidente de autobús en Perú", "El 2 de marzo el ministerio publicó un reporte. Este registra 300 muertos y la "
     "cifra asciende ahora a 310.", "310"),
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. So far, 30 people have died and 40 are "
     "missing.", "40"),
    ("Accidente de autobús en Perú", "El autobús se salió de la carretera el 2 de marzo cerca de Cusco. Hasta la "
     "fecha, han muerto 30 personas y 40 siguen desaparecidas.", "40"),
    ("Bus crash in Peru", "The bus left the road on 2 March near Cusco. 30 people have died and 40 have been "
     "injured.", "40"),
])
def test_a_word_of_now_in_the_figures_clause_is_the_articles_day(title, body, value):
    assert _as_of(title, body, value) == "2015-03-09"


@pytest.mark.parametrize("title, body, value", [
    # a day of updating or issuing figures is a report's (an outbreak's count is otherwise known by the year)
    ("Cholera outbreak in Peru", "On 2 March the ministry updated its count. It lists 20 dead.", "20"),
    ("Brote de cólera en Perú", "El 2 de marzo, el ministerio actualizó sus cifras. Este registra 20 muertos.",
     "20"),
    ("Cholera outbreak in Peru", "On 2 March the ministry revised its figures. They show 20 dead.", "20"),
    ("Brote de cólera en Perú", "El 2 de marzo, el ministerio revisó sus datos. Estos muestran 20 muertos.",
     "20"),
    # the pronouns of a report going on, the same in both languages
    ("Cholera outbreak in Peru", "On 2 March the ministry issued a report. This shows 20 dead.", "20"),
    ("Brote de cólera en Perú", "El 2 de marzo, el ministerio emitió un reporte. Este muestra 20 muertos.",
     "20"),
    ("Cholera outbreak in Peru", "On 2 March the ministry issued two reports. These list 20 dead.", "20"),
    ("Brote de cólera en Perú", "El 2 de marzo, el ministerio emitió dos reportes. Estos registran 20 muertos.",
     "20"),
])
def test_a_sentence_going_on_telling_a_report_has_its_day(title, body, value):
    assert _as_of(title, body, value) == "2015-03-02"

