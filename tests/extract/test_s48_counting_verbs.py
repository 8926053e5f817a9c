"""Session 48, XA4: extract's claimant (issue 14, round two): N4's and N3's news texts.

Every sentence here is invented, in the constructions of the texts it stands for: a count credited with any tense of a
verb of counting, reporting or revising ("registra", "ha apuntado una cifra de", "eleva a", "ha rebajado esa cifra
hasta"), the report of a count a body received, and their guards (a thing that registers a measure states nothing).
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str, lang: str | None = None) -> dict[str, str | None]:
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "wire.txt"), lang)}


# --- N4 D1: any tense of a verb of counting, reporting or revising --------------------------------------------------
@pytest.mark.parametrize("body, value, who", [
    ("El Observatorio registra 212 muertos en Bolivia.", "212", "Observatorio"),
    ("La Guardia Civil ha apuntado una cifra de 86 detenidos en Murcia.", "86", "Guardia Civil"),
    ("El Colegio de Médicos eleva a 94 los fallecidos en Lima.", "94", "Colegio de Médicos"),
    ("La Subdelegación del Gobierno ha rebajado esa cifra a 41.000 asistentes.", "41.000",
     "Subdelegación del Gobierno"),
    ("Los sindicatos contabilizan 12.000 huelguistas en Vigo.", "12.000", "sindicatos"),
    ("La Cruz Roja habrá documentado 57 heridos en Quito.", "57", "Cruz Roja"),
])
def test_any_tense_of_a_verb_of_counting_names_its_subject(body, value, who):
    assert _claimants(body, "es")[value] == who


@pytest.mark.parametrize("body, value, who", [
    ("La Fiscalía ha recibido el reporte de 31 desaparecidos en Cauca.", "31", "Fiscalía"),
    ("The ombudsman has received reports of 19 deaths in Cauca.", "19", "ombudsman"),
])
def test_a_body_that_received_the_report_of_a_count_gives_it(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value", [
    ("El termómetro registra 43 grados en Córdoba.", "43 grados"),
    ("Paraguay registra 120 muertos por dengue.", "120"),
    ("Chile recibió 1,2 millones de migrantes.", "1,2 millones"),
])
def test_a_thing_or_a_place_that_registers_a_figure_states_nothing(body, value):
    assert _claimants(body, "es")[value] is None


@pytest.mark.parametrize("body, value, who", [
    ("The Red Crescent puts the toll at 76.", "76", "Red Crescent"),
    ("The ministry revised the figure down to 64 deaths.", "64", "ministry"),
    ("The health agency has recorded 23 deaths in Leyte.", "23", "health agency"),
])
def test_the_english_verbs_of_counting_and_revising_name_their_subject(body, value, who):
    assert _claimants(body, "en")[value] == who
