"""Who gives a figure, in the ways an encyclopedic lead names them: a body's report or figures
named before the body ("Later estimates by the United Nations raised"), a verb in the past right
after the name ("un informe de Human Rights Watch documentó"), and English collectives with the
nouns that say which ("human rights groups estimated", "opposition sources claimed"). Invented
sentences, each rule in English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


def _claimants(body: str, lang: str) -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://wiki.example/a\ntitle: Nota\ndate: 1998-05-14\n\n{body}\n", "a.txt")
    return [(p.value, p.claimant) for p in propose(article, lang)]


@pytest.mark.parametrize("body, lang, expected", [
    # the figures a body gives, named before it
    ("The Red Crescent counted 800 homes destroyed. Later estimates by the World Bank raised the figure to 2,000.",
     "en", [("800", "Red Crescent"), ("2,000", "World Bank")]),
    ("La Media Luna Roja contó 800 viviendas destruidas. Estimaciones posteriores del Banco Mundial elevaron la "
     "cifra a 2.000.", "es", [("800", "Media Luna Roja"), ("2.000", "Banco Mundial")]),
    ("Las últimas cifras de la Defensa Civil elevaron a 90 los muertos.", "es", [("90", "Defensa Civil")]),
    # a verb in the past ends the name read after "a report by", "un informe de"
    ("Un informe de Amnistía Internacional documentó 45 ejecuciones.", "es", [("45", "Amnistía Internacional")]),
    ("Según fuentes de la policía murieron 14 personas.", "es", [("14 personas", "policía")]),
    # an English collective and the nouns before it
    ("The army said 12 soldiers died, though human rights groups estimated the toll at over 200.",
     "en", [("12", "army"), ("over 200", "human rights groups")]),
    ("The ministry put the toll at 30, while opposition sources claimed that as many as 400 had died.",
     "en", [("30", "ministry"), ("as many as 400", "opposition sources")]),
    # the Spanish of the verbs English reads: concluded, listed
    ("In its final report, the Inquiry Board concluded that 1,800 people had been killed.", "en",
     [("1,800 people", "Inquiry Board")]),
    ("En su informe final, la Junta Investigadora concluyó que 1.800 personas fueron asesinadas.", "es",
     [("1.800 personas", "Junta Investigadora")]),
    ("El informe del comité enumeró 230 víctimas.", "es", [("230", "comité")]),
    # a study of a year and its author
    ("Según un estudio de 2011 de la Universidad de Cuenca, murieron 900 personas.", "es",
     [("900 personas", "Universidad de Cuenca")]),
    ("According to a 2011 study by the University of Cuenca, 900 people died.", "en",
     [("900 people", "University of Cuenca")]),
    # a month after "by" is when, not who
    ("The WHO's tally reached 8,000 by April.", "en", [("8,000", "WHO")]),
])
def test_the_body_that_gives_the_figure_is_named(body, lang, expected):
    assert _claimants(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("Official figures put the toll at 40.", "en", [("40", "Government")]),     # figures alone: the government's
    ("Las cifras oficiales elevaron a 40 los muertos.", "es", [("40", "Gobierno")]),
    ("According to the Armed Forces, 40 died.", "en", [("40", "Armed Forces")]),
    ("Según el censo de 2010, la ciudad tenía 4.000 habitantes.", "es", [("4.000", "censo de 2010")]),
])
def test_figures_with_no_body_after_them_stay_as_they_were(body, lang, expected):
    assert _claimants(body, lang) == expected
