"""Session 51 (XA9): the body a figure is credited to, not the outlet, in shapes new users met (invented sentences)."""
from __future__ import annotations

import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.attribution import attributions, claimant_for
from reconcile.extract.propose import propose
from reconcile.model.names import slugify


def _claimant(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    found = claimant_for(attributions(sentence), start, start + len(figure), slugify, sentence)
    return found.who if found is not None else None


def _claimants(body: str, lang: str) -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://diario.example/a\ntitle: Nota\ndate: 2031-03-03\n\n{body}\n", "a.txt")
    return [(p.value, p.claimant) for p in propose(article, lang)]


@pytest.mark.parametrize("sentence, who", [
    # the data's adjective after its noun, as Spanish writes it
    ("Según los datos más recientes del Ministerio de Salud, hay 120 casos de dengue en Olancho.",
     "Ministerio de Salud"),
    ("Según el boletín epidemiológico de la Secretaría de Salud, se han registrado 120 casos de dengue.",
     "Secretaría de Salud"),
    ("Según el reporte diario de la Comisión de Auxilio, 120 familias fueron evacuadas.", "Comisión de Auxilio"),
    ("Según las cifras actualizadas de Protección Civil, 120 familias fueron evacuadas.", "Protección Civil"),
])
def test_according_to_the_data_of_a_body_credits_the_body(sentence, who):
    assert _claimant(sentence, "120") == who


@pytest.mark.parametrize("sentence, who", [
    ("El informe de la ONU, según el cual 300 civiles murieron, fue publicado el lunes.", "ONU"),
    ("El balance del Ministerio de Defensa, según el cual murieron 300 soldados, fue criticado.",
     "Ministerio de Defensa"),
    ("Se conoció el informe de Amnistía Internacional, según el cual 300 civiles murieron.", "Amnistía Internacional"),
])
def test_according_to_which_after_a_bodys_document_credits_the_body(sentence, who):
    assert _claimant(sentence, "300") == who


def test_according_to_which_after_a_places_study_names_no_one():
    assert not _claimant("La prensa citó un estudio de Lima según el cual 300 civiles murieron.", "300")


@pytest.mark.parametrize("body, lang, who", [
    ("The health department said there were 120 cases, 30 hospitalisations and 2 deaths, according to a statement.",
     "en", "health department"),
    ("La Secretaría de Salud informó que hay 120 casos, 30 hospitalizados y 2 muertos, según un comunicado.",
     "es", "Secretaría de Salud"),
])
def test_a_speakers_statement_named_after_the_figures_keeps_them_all(body, lang, who):
    assert _claimants(body, lang) == [("120", who), ("30", who), ("2", who)]


def test_a_statement_after_another_sides_clause_is_not_the_speakers():
    body = "The army said 40 rebels died, while 12 soldiers were killed, according to a report."
    assert _claimants(body, "en") == [("40", "army"), ("12", None)]


def test_a_statement_alone_names_no_one():
    assert _claimants("There were 2 deaths, according to a statement.", "en") == [("2", None)]


@pytest.mark.parametrize("body, lang", [
    ('Floods hit Tarvia on Monday.\n\n"We have counted 120 dead in the valley," said Ana Ruiz, the head of the '
     'Tarvian Red Cross. "Another 30 people are missing.\n\n"More than 2,000 families have lost their homes and 400 '
     'are in shelters."\n\nThe rain is expected to continue. The army sent 15 helicopters.', "en"),
    ("Las inundaciones golpearon Tarvia el lunes.\n\n«Hemos contado 120 muertos en el valle», dijo Ana Ruiz, "
     "presidenta de la Cruz Roja. «Otras 30 personas siguen desaparecidas.\n\n«Más de 2.000 familias perdieron sus "
     "casas y 400 están en albergues.»\n\nSe espera que siga lloviendo. El ejército envió 15 helicópteros.", "es"),
])
def test_every_paragraph_of_a_quote_that_runs_over_paragraphs_is_its_speakers(body, lang):
    found = _claimants(body, lang)
    assert [who for _, who in found] == ["Ana Ruiz"] * 4 + [None]


@pytest.mark.parametrize("sentence, who", [
    ("La «Comisión Permanente de Contingencias» informó que 120 personas fueron evacuadas.",
     "Comisión Permanente de Contingencias"),
    ("La «Comisión Permanente de Contingencias» (Copeco) informó que 120 personas fueron evacuadas.", "Copeco"),
    ("The “Permanent Contingency Commission” (Copeco) said 120 people were evacuated.", "Copeco"),
    ("The 'Permanent Contingency Commission' said 120 people were evacuated.", "Permanent Contingency Commission"),
])
def test_a_name_in_quotes_before_its_verb_is_read_past_its_closing_mark(sentence, who):
    assert _claimant(sentence, "120") == who
