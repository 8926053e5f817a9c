"""Session 48, XA3: extract's claimant (issue 14): dev7's, the reviewers' (R2 8-9, R3 3) and N1's leftovers.

Every sentence here is invented, in the constructions of the texts it stands for: several places as a subject
("Clay and Liberty counties each registered"), organisers of marches in a list of towns, a town and its state as AP
writes it ("Madison, Wis."), a police named with another place than a police named before, a pledge and its
conversion in brackets, a country's State, "the UN agency" after a UN body named in the same sentence, officials of
a shared name the place reader reads as a US state, and a figure another raises in a relative clause.
"""
from __future__ import annotations

import importlib

import pytest

from reconcile.extract import parse_article, propose

propose_module = importlib.import_module("reconcile.extract.propose")


def _claimants(body: str, lang: str | None = None) -> dict[str, str | None]:
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "wire.txt"), lang)}


# --- N1 D1 (m03): several places are no one speaker -------------------------------------------------------------
@pytest.mark.parametrize("body, value", [
    ("Storm Ida hit Texas. Two people died in Harris County; and Polk and Tyler counties each registered one death.",
     "one"),
    ("Storm Ida hit the south. Arkansas and Oklahoma reported 30 deaths.", "30"),
    ("Storm Ida hit the south. Seven counties reported 30 deaths.", "30"),
])
def test_several_places_as_a_subject_are_no_claimant(body, value):
    assert _claimants(body, "en")[value] is None


def test_the_other_figures_of_a_sentence_with_several_places_are_no_place_s_either():
    found = _claimants("Storm Ida hit Texas. Two people died in Harris County; three died in Hardin County; and "
                       "Polk and Tyler counties each registered one death.", "en")
    assert found == {"Two people": None, "three": None, "one": None}


@pytest.mark.parametrize("body, value, who", [
    ("Storm Ida hit the Balkans. Bosnia and Herzegovina reported 30 deaths.", "30", "Bosnia and Herzegovina"),
    ("Storms hit the state. The Harris County sheriff reported 30 deaths.", "30", "Harris County sheriff"),
])
def test_one_place_whose_name_holds_and_or_a_body_stays_the_claimant(body, value, who):
    assert _claimants(body, "en")[value] == who


# --- N1 D1 (m02, m01b): organisers of marches in a list of towns; a town and its state, AP style --------------------
def test_organisers_of_marches_in_a_list_of_towns_are_the_organisers():
    found = _claimants("Organizers of marches in Tucson, Mesa and Flagstaff all claimed more than 30,000 attendees.",
                       "en")
    assert found == {"more than 30,000": "Organizers"}


@pytest.mark.parametrize("body", [
    "Police officials in Dayton, Ohio, said between 5,000 and 8,000 showed up to rally.",
    "Police officials in Eugene, Ore., said between 5,000 and 8,000 showed up to rally.",
    "Police in Fresno, Calif., said between 5,000 and 8,000 showed up to rally.",
])
def test_a_town_and_its_state_abbreviated_between_commas_are_where_the_police_speak(body):
    assert _claimants(body, "en")["between 5,000 and 8,000"] == "Police"


def test_police_in_another_place_are_not_the_police_named_before():
    found = _claimants("The Houston Police Department said 20,000 marched. Police in Eugene, Ore., said 8,000 showed "
                       "up. Police in Houston said 12 were held.", "en")
    assert found == {"20,000": "Houston Police Department", "8,000": "Police", "12": "Houston Police Department"}
