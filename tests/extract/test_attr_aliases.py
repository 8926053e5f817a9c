"""A body an article names with its short form in brackets ("the Colombian migration authority
(Migración Colombia)") is one claimant, however the article names it later ("according to
Migration", "the unit said", "UNGRD"). Invented articles."""
from __future__ import annotations

import pytest
import yaml

from reconcile.extract import extract_project
from reconcile.extract.attribution import attributions
from reconcile.extract.project import article_aliases


@pytest.mark.parametrize("text, pair", [
    ("The Colombian migration authority (Migración Colombia) said 1,200 crossed.",
     ("Colombian migration authority", "Migración Colombia")),
    ("The National Disaster Risk Management Unit (UNGRD) said 300 families were affected.",
     ("National Disaster Risk Management Unit", "UNGRD")),
    ("La Unidad Nacional para la Gestión del Riesgo de Desastres (UNGRD) informó.",
     ("Unidad Nacional para la Gestión del Riesgo de Desastres", "UNGRD")),
    ("Figures from the Associated Press (AP) differ.", ("Associated Press", "AP")),
    # a short form written as a word, of the starts of the name's words
    ("La Comisión Permanente de Emergencias (Copem) informó que 40 murieron.",
     ("Comisión Permanente de Emergencias", "Copem")),
    ("Según el Instituto Nacional de Protección Civil (Inapro), 300 familias fueron evacuadas.",
     ("Instituto Nacional de Protección Civil", "Inapro")),
    ("The Federal Flood Management Agency (Ffma) said 300 homes were flooded.",
     ("Federal Flood Management Agency", "Ffma")),
    ("The National Emergency Office (Neo) said 3 bridges failed.", ("National Emergency Office", "Neo")),
])
def test_a_name_with_its_short_form_in_brackets_is_an_alias(text, pair):
    assert article_aliases(text) == [pair]


@pytest.mark.parametrize("text", [
    "The toll was 40, said José Pérez (Reuters).",        # a credit, not a short form
    "The toll was 40, said José Pérez (AP).",
    "Officials in Cúcuta (Norte de Santander) counted 40.",  # a place and its region
    "La Policía Nacional (Lima) detuvo a 40.",               # a word that is no short form of the name
    "The Civil Defence Office (Cusco) counted 40.",
])
def test_a_credit_or_a_region_in_brackets_is_no_alias(text):
    assert article_aliases(text) == []


def test_the_speaker_before_a_bracketed_short_name_is_that_name():
    [found] = attributions("The Colombian migration authority (Migración Colombia) said 1,200 crossed.")
    assert found.who == "Migración Colombia"


def _sources(tmp_path, text, lang="en"):
    article = tmp_path / "article.txt"
    article.write_text(text, encoding="utf-8")
    files, _ = extract_project([article], lang)
    return {path: yaml.safe_load(body) for path, body in files.items() if not path.startswith("sources/_")}


def test_every_name_of_an_aliased_body_is_one_source(tmp_path):
    text = ("The Colombian migration authority (Migración Colombia) said 1,200 Venezuelans crossed the border on "
            "Monday. By Tuesday, 3,000 more had crossed, according to Migration. Migración Colombia said 400 "
            "were children.")
    sources = _sources(tmp_path, text)
    body = sources["sources/migracion-colombia.yaml"]
    assert body["source"]["name"] == "Migración Colombia"
    assert body["source"]["aliases"] == ["Colombian migration authority", "Migration"]
    assert [c["value"] for c in body["claims"]] == ["1,200", "3,000", "400"]
    assert "sources/migration.yaml" not in sources


def test_a_word_of_the_long_name_stands_for_the_body(tmp_path):
    text = ("The National Disaster Risk Management Unit (UNGRD) said 300 families were affected. "
            "The unit said 40 homes were destroyed. UNGRD later said 45 homes were destroyed.")
    sources = _sources(tmp_path, text)
    body = sources["sources/national-disaster-risk-management-unit.yaml"]     # a proper name: its own id
    assert [c["value"] for c in body["claims"]] == ["300", "40", "45"]
    assert "sources/unit.yaml" not in sources and "sources/ungrd.yaml" not in sources
    assert body["source"]["aliases"] == ["UNGRD", "unit"]


def test_two_bodies_that_share_the_word_keep_their_own_claims(tmp_path):
    # "the agency" could be either: it stays as written, for the reviewer
    text = ("The Colombian migration agency (Migración Colombia) said 1,200 crossed. The Venezuelan border "
            "agency (SAIME) said 900 crossed. The agency said 50 returned.")
    sources = _sources(tmp_path, text)
    assert [c["value"] for c in sources["sources/migracion-colombia.yaml"]["claims"]] == ["1,200"]
    assert "50" not in [c["value"] for c in sources["sources/migracion-colombia.yaml"]["claims"]]


def test_a_short_form_written_as_a_word_is_one_source_with_its_name(tmp_path):
    text = ("La Comisión Permanente de Emergencias (Copem) informó que 40 personas murieron. "
            "Un portavoz de Copem dijo que 300 familias fueron evacuadas.")
    sources = _sources(tmp_path, text, "es")
    body = sources["sources/comision-permanente-de-emergencias.yaml"]
    assert body["source"]["aliases"] == ["Copem"]
    assert [c["value"].split()[0] for c in body["claims"]] == ["40", "300"]
    assert "sources/copem.yaml" not in sources
