"""Speakers joined by "and", "y": a named body and a kind of source (the body speaks), kinds of
source joined (they speak as written), the sources of two bodies (the two bodies), read the same
whether the pair is the verb's subject or comes after "según". Sentences invented for these tests."""
from __future__ import annotations

from test_attribution_relays import _claimants  # the claimant of each number of a sentence


def test_kinds_of_source_joined_speak_as_written_as_subject_and_after_segun():
    assert _claimants("Fuentes sanitarias y militares informaron de 18 heridos.", "es") == {
        "18": "Fuentes sanitarias y militares"}
    assert _claimants("Según fuentes sanitarias y militares, hubo 18 heridos.", "es") == {
        "18": "fuentes sanitarias y militares"}


def test_the_sources_of_two_bodies_are_the_two_bodies():
    said = _claimants("Fuentes de la Guardia Civil y de los bomberos dijeron que 18 personas seguían atrapadas.", "es")
    assert said == {"18 personas": "Guardia Civil y bomberos"}
    said = _claimants("Seguían atrapadas 18 personas, según fuentes del Ejército y de la Cruz Roja.", "es")
    assert said == {"18 personas": "Ejército y Cruz Roja"}


def test_a_named_body_and_a_kind_of_source_the_body_speaks():
    said = _claimants("La Guardia Civil y fuentes sanitarias elevaron a 18 los heridos.", "es")
    assert said == {"18": "Guardia Civil"}
    said = _claimants("The coast guard and hospital officials said 18 sailors were hurt.")
    assert said == {"18": "coast guard"}


def test_one_source_of_one_body_is_the_body():
    assert _claimants("Fuentes de la Guardia Civil dijeron que 18 personas seguían atrapadas.", "es") == {
        "18 personas": "Guardia Civil"}
