"""A claimant in brackets after the figures it gives: "(per Human Rights Watch)", "(según la Cruz
Roja)", "(oficial)", "(extraoficial)", "(Azerbaijani government claim)". The credit is the figures'
before it, never the next figure's. Lines invented for these tests, in the manner of an infobox."""
from __future__ import annotations

from test_attribution_relays import _claimants  # the claimant of each number of a sentence


def test_per_someone_in_brackets_credits_every_figure_before_it():
    said = _claimants("Deaths: 108, including 25 men, 34 women and 49 children (per U.N. observers)[1]")
    assert set(said.values()) == {"U.N. observers"}
    assert len(said) == 4
    assert _claimants("Fatalities: 200+ (per Human Rights Watch)[2]") == {"200+": "Human Rights Watch"}
    assert _claimants("Deaths: 300 (according to the Red Cross)") == {"300": "Red Cross"}


def test_a_demonym_body_in_brackets_is_that_countrys():
    assert _claimants("613 (per Azerbaijani government)[3]") == {"613": "Government of Azerbaijan"}
    assert _claimants("485 (per Azerbaijani parliament)") == {"485": "Parliament of Azerbaijan"}
    assert _claimants("613 (Azerbaijani government claim)") == {"613": "Government of Azerbaijan"}


def test_spanish_brackets_official_and_unofficial():
    said = _claimants("Muertos: 276 (oficial) Más de 3000 (extraoficial)[1]", "es")
    assert said == {"276": "Gobierno", "Más de 3000": None}
    assert _claimants("Heridos: 40 (según la Cruz Roja)", "es") == {"40": "Cruz Roja"}


def test_a_credit_in_brackets_is_not_the_next_figures():
    said = _claimants("Muertos: 126 (cifra del gobierno) a 3600[1]", "es")
    assert said == {"126": "Gobierno", "3600": None}
    said = _claimants("Deaths: 150 (official figure) to 2,000[4]")
    assert said["150"] == "Government" and said["2,000"] is None
