"""A speaker alone in brackets after its figure ("200 (government) to 1,000 (opposition)"), and an
official figure that no verb gives (the text's own). Sentences invented for these tests."""
from __future__ import annotations

from test_attribution_relays import _claimants  # the claimant of each number of a sentence


def test_a_speaker_alone_in_brackets_after_its_figure():
    assert _claimants("Crowd estimates ranged from 9,000 (police) to 30,000 (organizers).") == {
        "9,000": "police", "30,000": "organizers"}
    assert _claimants("Los muertos fueron 52 (gobierno) o 300 (oposición).", "es") == {
        "52": "gobierno", "300": "oposición"}
    # a unit or a word in brackets is no speaker (the unit, known, is the figure's: "52 (centimetres)")
    assert _claimants("The river rose 52 (centimetres) overnight.") == {"52 (centimetres)": None}
    assert _claimants("The river rose 52 (inches) overnight.") == {"52 (inches)": None}


def test_an_official_figure_no_verb_gives_is_the_texts_own():
    assert _claimants("The official death toll stood at 52 on Friday.") == {"52": None}
    assert _claimants("Hubo 90 heridos, con un balance oficial de 52 muertos.", "es") == {"90": None, "52": None}
