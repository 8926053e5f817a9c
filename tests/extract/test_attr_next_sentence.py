"""A figure the text attributes to no one takes the claimant the next sentence credits it to
("At least 40 died. That figure comes from the health ministry."); a comment on the figure is
no credit. Invented sentences."""
from __future__ import annotations

import pytest
import yaml

from reconcile.extract import extract_project
from reconcile.extract.attribution import figure_credit


@pytest.mark.parametrize("sentence, who", [
    ("That figure comes from the health ministry.", "health ministry"),
    ("The toll was confirmed by the army on Monday.", "army"),
    ("That is according to the UN refugee agency.", "UN refugee agency"),
    ("The figure was later confirmed by Governor Ana Ruiz.", "Ana Ruiz"),
    ("The coast guard confirmed the figure on Monday.", "coast guard"),
    ("Así lo informó la Cruz Roja.", "Cruz Roja"),
    ("Esa cifra fue confirmada por el Ministerio de Salud.", "Ministerio de Salud"),
    ("La cifra proviene de la Defensa Civil.", "Defensa Civil"),
])
def test_a_sentence_that_credits_the_figure_names_who_gave_it(sentence, who):
    assert figure_credit(sentence) == who


@pytest.mark.parametrize("sentence", [
    "The figure could not be verified.",
    "The minister said the figure was too high.",       # a comment on it, not a credit
    "The figures were disputed by the Red Cross.",
    "The army confirmed 12 more deaths.",                # a figure of its own
    "The storm hit the coast on Monday.",
])
def test_a_sentence_that_does_not_credit_the_figure_names_no_one(sentence):
    assert figure_credit(sentence) is None


def _claims(tmp_path, text, lang):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    files, _ = extract_project([article], lang)
    out = {}
    for path, body in files.items():
        if not path.startswith("sources/_"):
            doc = yaml.safe_load(body)
            for claim in doc.get("claims") or []:
                out[claim["value"]] = (doc["source"]["id"], claim["note"])
    return out


def test_the_credited_figure_is_written_to_its_claimants_file(tmp_path):
    text = "At least 40 people died in the floods. That figure comes from the health ministry. Another 12 are missing."
    claims = _claims(tmp_path, text, "en")
    source, note = claims["At least 40 people"]
    assert source == "health-ministry" and "credited with the figure in the next sentence" in note
    assert claims["12"][0] == "article"               # not the next sentence's: it credits nothing


def test_a_figure_with_its_own_claimant_keeps_it(tmp_path):
    text = "La Cruz Roja contó 40 muertos. Esa cifra fue confirmada por el Ministerio de Salud."
    assert _claims(tmp_path, text, "es")["40"][0] == "cruz-roja"


def _claimants(text: str, lang: str) -> dict:
    from reconcile.extract import parse_article, propose
    return {p.value: p.claimant for p in propose(parse_article(text, "a.txt"), lang)}


@pytest.mark.parametrize("text, lang, value", [
    ('Governor Ana Ruiz spoke to reporters on Monday. "We counted 300 bodies," she said.', "en", "300"),
    ("La gobernadora Ana Ruiz habló con la prensa. «Contamos 300 cuerpos», dijo.", "es", "300"),
    ("La gobernadora Ana Ruiz habló con la prensa. Hay 300 muertos, aseguró.", "es", "300"),
    ("La gobernadora Ana Ruiz habló con la prensa. Según ella, hay 300 muertos.", "es", "300"),
])
def test_a_speaker_named_before_with_no_figure_speaks_the_next_sentences_quote(text, lang, value):
    assert _claimants(text, lang)[value] == "Ana Ruiz"


def test_a_verb_with_its_own_subject_after_it_is_not_a_dropped_subject():
    from reconcile.extract.attribution import is_pronoun_subject
    assert is_pronoun_subject("Hay 300 muertos, dijo el alcalde.") is False
    assert is_pronoun_subject("Hay 300 muertos, dijo.") is True


@pytest.mark.parametrize("text", [
    "La ministra Ana Ruiz informó que hubo 3 muertos. Dijo que 40 familias fueron evacuadas.",
    "La ministra Ana Ruiz informó que hubo 3 muertos. Sostuvo que 40 familias fueron evacuadas.",
    "La ministra Ana Ruiz informó que hubo 3 muertos. Asegura que 40 familias fueron evacuadas.",
])
def test_a_spanish_verb_of_speech_that_opens_the_sentence_has_the_speaker_named_before(text):
    assert _claimants(text, "es")["40"] == "Ana Ruiz"


@pytest.mark.parametrize("text, lang", [
    ("Minister Ana Ruiz said 40 died. Another 12 are missing.", "en"),
    ("La ministra Ana Ruiz dijo que murieron 40. Otros 12 siguen desaparecidos.", "es"),
])
def test_a_statement_with_no_speaker_after_a_reported_one_is_the_texts_own(text, lang):
    # reported speech does not carry over to the next sentence (a quote that goes on does):
    # the annotated texts give such a figure to the publication
    claimants = _claimants(text, lang)
    assert claimants["40"] == "Ana Ruiz" and claimants["12"] is None
