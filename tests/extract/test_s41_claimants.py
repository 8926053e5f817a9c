"""Session 41: claimants of `reconcile extract` as two new users found them (SPEC §6: the claimant who states
the number, not the outlet).

1. A speaker inside a dash aside with a figure of its own took the head figure outside the aside.
2. "X, the minister, confirmó horas después el deceso de otras dos personas": the object became the claimant;
   "..., John Mbeki, later confirmed" credited the outlet.
3. A body named again by a description ("the U.N. health agency") became a second claimant.
4. "del Rosario said" after "Eduardo del Rosario" became `rosario`, and Argentina the place.
5. "A rescue team from Valencia responded and pulled 12 survivors": Valencia became a claimant.
6. "a local media report said, citing X": the outlet; "Kenya has registered 97 ..., the WHO said": 97 to the outlet.
7. Spanish "la mayor cifra" made a claimant "mayor"; "X entregó un reporte en el que revela que 700": the outlet.
Invented sentences.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reconcile.extract import extract_project

HEADER = "title: x\ndate: 2024-03-06\noutlet: Wire Test\nurl: https://example.org/x\n\n"


def _claims(tmp_path: Path, text: str, lang: str) -> list[tuple[str, str, object]]:
    """(source id, value, place) of every proposed claim, sorted."""
    article = tmp_path / "a.txt"
    article.write_text(HEADER + text + "\n", encoding="utf-8")
    files, _ = extract_project([article], lang)
    out = []
    for path, body in files.items():
        if path.startswith("sources/_"):
            continue
        draft = yaml.safe_load(body)
        out.extend((draft["source"]["id"], c["value"], c.get("place")) for c in draft["claims"])
    return sorted(out)


def _sources(tmp_path: Path, text: str, lang: str) -> dict[str, str]:
    """Value -> source id."""
    return {value: source for source, value, _ in _claims(tmp_path, text, lang)}


# ------------------------------------------------------------------ 1. dash asides

@pytest.mark.parametrize("dashes", [("-", "-"), ("—", "—"), (" – ", " – ")])
def test_a_credit_inside_a_dash_aside_leaves_the_head_figure_to_the_outlet(tmp_path, dashes):
    opening, closing = dashes
    text = f"Unas 5.000 personas {opening}3.000 según la Policía Local{closing} se manifestaron en Bilbao."
    sources = _sources(tmp_path, text.replace("  ", " "), "es")
    assert sources["Unas 5.000 personas"] == "wire-test"
    assert [source for value, source in sources.items() if value.endswith("3.000")] == ["policia-local"]


def test_a_dash_aside_without_a_figure_still_credits_the_figure_before_it(tmp_path):
    sources = _sources(tmp_path, "Unas 5.000 personas -según la Policía Local- se manifestaron en Bilbao.", "es")
    assert sources == {"Unas 5.000 personas": "policia-local"}


def test_the_head_figure_outside_an_english_dash_aside_is_not_the_police_s(tmp_path):
    text = "About 5,000 people — 3,000 according to police — marched on Sunday."
    assert _sources(tmp_path, text, "en") == {"About 5,000 people": "wire-test", "3,000": "police"}


# ------------------------------------------------------------------ 2. the subject before the verb

@pytest.mark.parametrize("text, who", [
    ("La ministra de Salud y Deportes, Marcela Flores, confirmó horas después el deceso de otras dos personas.",
     "marcela-flores"),
    ("El ministro del Interior, Carlos Ruiz, confirmó después la muerte de otras tres personas.", "carlos-ruiz"),
])
def test_the_object_of_confirmo_is_not_the_claimant(tmp_path, text, who):
    assert set(_sources(tmp_path, text, "es").values()) == {who}


def test_an_apposed_name_then_an_adverb_is_the_subject(tmp_path):
    text = "The health minister, John Mbeki, later confirmed the deaths of two more people."
    assert _sources(tmp_path, text, "en") == {"two": "john-mbeki"}


def test_an_inverted_subject_after_the_figure_still_states_it(tmp_path):
    text = "Murieron 40 personas en el incendio, confirmó la ministra de Salud."
    assert set(_sources(tmp_path, text, "es").values()) != {"wire-test"}


# ------------------------------------------------------------------ 3. a body described

GENEVA = ("GENEVA (AFP) - Cholera across southern Africa has killed 700 people, the World Health Organization said "
          "Wednesday. The U.N. health agency said 300 of them died in Malawi.")


def test_a_description_of_the_body_named_before_is_that_body(tmp_path):
    assert set(_sources(tmp_path, GENEVA, "en").values()) == {"world-health-organization"}


def test_a_description_that_fits_no_body_named_before_stays_apart(tmp_path):
    text = GENEVA.replace("The U.N. health agency said 300 of them died in Malawi.",
                          "The U.N. refugee agency said 300 people fled to Malawi.")
    assert set(_sources(tmp_path, text, "en").values()) == {"world-health-organization", "un-refugee-agency"}


# ------------------------------------------------------------------ 4. surnames with a particle

ROSARIO = ("Civil defense chief Eduardo del Rosario told the AP that the numbers were not final. \"I believe this "
           "number is not yet final,\" del Rosario said, adding that there were 1,611 people still missing across "
           "the country.")


def test_a_surname_with_its_particle_is_the_person_named_in_full_before(tmp_path):
    assert _claims(tmp_path, ROSARIO, "en") == [("eduardo-del-rosario", "1,611 people", None)]


def test_a_persons_name_is_no_place(tmp_path):
    text = "Civil defense chief Eduardo del Rosario said 1,611 people were missing."
    assert _claims(tmp_path, text, "en") == [("eduardo-del-rosario", "1,611 people", None)]


def test_a_spanish_surname_with_its_particle_is_the_person_named_in_full_before(tmp_path):
    text = ("El jefe de Defensa Civil, Juan de la Cruz, habló con EFE. «Creo que la cifra no es definitiva», dijo "
            "de la Cruz, y añadió que 30 personas seguían desaparecidas.")
    assert set(_sources(tmp_path, text, "es").values()) == {"juan-de-la-cruz"}


def test_a_place_after_de_is_still_a_place_of_the_people_who_speak(tmp_path):
    text = "Los vecinos de Rosario dijeron que 30 personas murieron."
    assert [place for _, _, place in _claims(tmp_path, text, "es")] == ["AR"]


# ------------------------------------------------------------------ 5. responded

@pytest.mark.parametrize("text", [
    "A rescue team from Valencia responded and pulled 12 survivors from the rubble.",
    "A Coast Guard helicopter from Clearwater responded and hoisted 13 people from the water.",
    "Firefighters responded to the scene and rescued 12 people.",
])
def test_responding_to_an_emergency_states_nothing(tmp_path, text):
    assert set(_sources(tmp_path, text, "en").values()) == {"wire-test"}


def test_responded_that_still_states_the_figure(tmp_path):
    assert _sources(tmp_path, "The ministry responded that only 200 people had died.", "en") == {
        "200 people": "ministry"}


# ------------------------------------------------------------------ 6. relays and closing tags

def test_an_unnamed_report_citing_an_official_is_the_officials(tmp_path):
    text = ("The death toll rose to 11 later on Tuesday, a local media report said, citing the state health "
            "minister of Tamaulipas.")
    assert set(_sources(tmp_path, text, "en").values()) == {"state-health-minister-of-tamaulipas"}


def test_a_closing_tag_covers_a_country_that_registered_a_figure(tmp_path):
    text = "Kenya has registered 97 cases of cholera, while Uganda has seen 33, the WHO said."
    assert _sources(tmp_path, text, "en") == {"97": "who", "33": "who"}


def test_an_unnamed_speaker_of_the_first_clause_is_not_the_second_clauses(tmp_path):
    text = "Officials said 197 died, while Uyghur groups say the toll is higher than 400."
    assert _sources(tmp_path, text, "en")["197"] == "wire-test"


# ------------------------------------------------------------------ 7. Spanish words and documents

def test_spanish_mayor_is_an_adjective_not_a_title(tmp_path):
    text = "Los dos sismos causaron más de 430 muertos, la mayor cifra de fallecidos desde 1985."
    assert _sources(tmp_path, text, "es")["más de 430"] == "wire-test"


def test_the_english_mayor_is_still_a_claimant(tmp_path):
    assert _sources(tmp_path, "The mayor said 430 people died.", "en") == {"430 people": "mayor"}


@pytest.mark.parametrize("text, lang, who", [
    ("Migración Colombia entregó un reporte en el que revela que 700 venezolanos cruzaron la frontera.", "es",
     "migracion-colombia"),
    ("Migración Colombia entregó un informe según el cual 700 venezolanos cruzaron la frontera.", "es",
     "migracion-colombia"),
    ("Migration Colombia issued a report according to which 700 Venezuelans crossed the border.", "en",
     "migration-colombia"),
])
def test_who_issues_a_report_states_what_it_says(tmp_path, text, lang, who):
    assert set(_sources(tmp_path, text, lang).values()) == {who}


def test_who_reads_a_report_does_not_state_it(tmp_path):
    text = "La FM conoció un informe según el cual 700 venezolanos cruzaron la frontera."
    assert set(_sources(tmp_path, text, "es").values()) == {"wire-test"}
