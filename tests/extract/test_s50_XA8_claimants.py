"""Session 50, XA8: extract's claimant, round two of session 50: R7's regressions and N7's claimant defects.

Every sentence here is invented, in the constructions of the texts or reviewer's cases it stands for.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str, lang: str | None = None) -> dict[str, str | None]:
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "wire.txt"), lang)}


# --- R7 item 7: "that" as a determiner after a past verb names no speaker ---------------------------------------
@pytest.mark.parametrize("body, value", [
    ("The Brennock Weir collapsed that night, drowning 85 people in Brennock.", "85 people"),
    ("The canal overflowed that afternoon, and 35 people drowned.", "35 people"),
    ("The levee failed that evening; 52 people drowned.", "52 people"),
])
def test_a_past_verb_before_a_determiner_that_names_no_speaker(body, value):
    assert _claimants(body, "en")[value] is None


def test_a_past_verb_before_a_that_clause_still_names_its_speaker():
    assert _claimants("Okafor emphasized that 2,300 families needed shelter.", "en")["2,300"] == "Okafor"


# --- R7 item 11: a body's name after "in" keeps its place word -------------------------------------------------
@pytest.mark.parametrize("body, value, who", [
    ("Officials in Oregon County Flood Control Agency said 27 people had died.", "27 people",
     "Oregon County Flood Control Agency"),
    ("Officials in Sonora State Health Service said 130 people were treated.", "130 people",
     "Sonora State Health Service"),
])
def test_a_body_named_after_in_keeps_its_place_word(body, value, who):
    assert _claimants(body, "en")[value] == who


def _proposals(body: str, lang: str | None = None) -> list:
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return list(propose(parse_article(raw, "wire.txt"), lang))


# --- N7 D6: a body's spokesperson speaks for the body: it is the origin (SPEC §2), the holder the claimant -------
@pytest.mark.parametrize("body, holder, origin", [
    ("The Orvan navy said 18 sailors were missing. Capt. Dara Velk, a navy spokeswoman, said 18 sailors were "
     "missing.", "Dara Velk", "Orvan navy"),
    ("An Orvan navy spokesman, Lt. Piet Sorn, said 18 sailors were missing.", "Piet Sorn", "Orvan navy"),
    ("Piet Sorn, a spokesman for the Orvan Coast Guard, said 18 sailors were missing.", "Piet Sorn",
     "Orvan Coast Guard"),
    ("El portavoz de la Armada de Orvania, Piet Sorn, dijo que 18 marineros estaban desaparecidos.", "Piet Sorn",
     "Armada de Orvania"),
])
def test_a_spokespersons_figure_cites_the_body_they_speak_for(body, holder, origin):
    last = _proposals(body)[-1]
    assert (last.claimant, last.cites) == (holder, origin)


def test_a_person_named_with_no_spokespersons_role_cites_no_one():
    assert _proposals("Piet Sorn, a fisherman from Kell, said 18 sailors were missing.", "en")[-1].cites is None


# --- N7 D7: a relative clause with no "that" after a figure: its speaker gave the figure ------------------------
def test_a_relative_clauses_speaker_gives_the_figure_before_it_and_it_is_the_main_subject():
    found = _claimants("The militia disputed the toll of 47 villagers the Ostran ministry said had died. "
                       "It said 12 to 15 gunmen had died.", "en")
    assert found == {"47": "Ostran ministry", "12 to 15": "militia"}


def test_a_figure_after_of_and_a_comma_keeps_the_closing_speaker():
    found = _claimants("Unos 7.000 viajeros pasaron por el puerto en marzo, un 40 % menos que en el mismo mes de 2029, "
                       "informó la Autoridad Portuaria de Olvena.", "es")
    assert found["Unos 7.000"] == "Autoridad Portuaria de Olvena"
