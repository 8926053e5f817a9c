"""A weak verb ("measured", "recorded", "put", "midieron") tells of things that do not speak as
well as of those that do: its subject states a figure only when it is a name, a body, a role or
a group that speaks. A capital that opens the sentence makes no name ("Winds measured 200 km/h"),
and an English verb that never follows its subject reads no speaker after a comma (what follows
is its object). Sentences invented for these tests."""
from __future__ import annotations

from test_attribution_relays import _claimants  # the claimant of each number of a sentence


def test_a_capital_that_opens_the_sentence_makes_no_speaker():
    assert _claimants("Gusts measured 180 km/h on the pier.") == {"180 km/h": None}
    assert _claimants("Downpours recorded 250 mm overnight, the meteorological office said.") == {
        "250 mm": "meteorological office"}
    assert _claimants("Lluvias registraron 250 mm durante la noche.", "es") == {"250 mm": None}


def test_a_name_a_body_or_a_group_that_opens_the_sentence_still_speaks():
    assert _claimants("Hospitals recorded 75 cases of cholera.") == {"75": "Hospitals"}
    assert _claimants("NOAA measured gusts of 180 km/h.") == {"180 km/h": "NOAA"}
    assert _claimants("Civil Defence counted 75 bodies.") == {"75": "Civil Defence"}
    assert _claimants("Aid groups put the number of displaced at 7,000.") == {"7,000": "Aid groups"}
    assert _claimants("Bomberos contabilizaron 75 viviendas dañadas.", "es") == {"75": "Bomberos"}


def test_an_english_verb_that_does_not_invert_reads_no_speaker_after_a_comma():
    # the subject before the long description is not read; the object after the verb is no speaker
    said = _claimants("Lena Ortiz, who led the inspection team sent by the regional assembly of the province, "
                      "confirmed rebel reports that 60 soldiers had died.")
    assert said["60"] != "rebel reports"
    assert _claimants("At least 60 soldiers died, said the army.") == {"At least 60": "army"}
    assert _claimants("Murieron 60 soldados, confirmó el ejército.", "es") == {"60": "ejército"}


def test_a_participle_and_its_agent_between_commas_is_no_speaker():
    assert _claimants("The bombing, claimed by a separatist group, killed 27 people.") == {"27 people": None}
    assert _claimants("El atentado, reivindicado por un grupo separatista, mató a 27 personas.", "es") == {
        "27 personas": None}
