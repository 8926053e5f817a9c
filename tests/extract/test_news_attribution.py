"""Who states a figure in news copy that joins a fact and a statement in one sentence.

Invented sentences (none copied from the data set), English and Spanish: a speaker that opens a
later clause after a conjunction states what follows its verb, not the figure before the
conjunction; a speaker at the sentence's end still reports the whole sentence; an adverb read
after a name is not part of it.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str) -> dict[str, str | None]:
    # a body named before, so that a pronoun or "officials" has someone to fall back on
    raw = f"date: 2011-03-14\n\nThe Geological Institute said the tremor was felt widely.\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value", [
    ("At least 150 people have been killed in the region and officials say the toll is likely to rise.",
     "At least 150 people"),
    ("At least 150 people have been killed in the region and the ministry says the toll is likely to rise.",
     "At least 150 people"),
    ("Al menos 150 personas murieron en la región y las autoridades dicen que la cifra podría aumentar.",
     "Al menos 150 personas"),
    ("Al menos 150 personas murieron en la región y el ministerio dice que la cifra podría aumentar.",
     "Al menos 150 personas"),
])
def test_a_later_clause_speaker_without_a_figure_states_no_earlier_figure(body, value):
    assert _claimants(body)[value] is None


@pytest.mark.parametrize("body, first, second, who", [
    ("Organisers estimated the number of people at over 150,000, however the police put the number at 45,000.",
     "over 150,000", "45,000", ("Organisers", "police")),
    ("Los organizadores estimaron el número de asistentes en más de 150.000, pero la policía lo situó en 45.000.",
     "más de 150.000", "45.000", ("organizadores", "policía")),
])
def test_each_of_two_coordinated_speakers_states_its_own_figure(body, first, second, who):
    got = _claimants(body)
    assert (got[first], got[second]) == who


def test_a_later_clause_speaker_with_a_figure_states_only_its_own():
    got = _claimants("By several accounts, 13 people may have died, more than 100 may be missing, and "
                     "Associated Press put the injured at well over 400.")
    assert got["more than 100"] is None
    assert got["well over 400"] == "Associated Press"


def test_a_spanish_later_clause_speaker_states_only_its_own_figure():
    got = _claimants("Al menos 13 personas murieron, más de 100 siguen desaparecidas, y la Cruz Roja "
                     "informó que hay más de 400 heridos.")
    assert got["más de 100"] is None
    assert got["más de 400"] == "Cruz Roja"


@pytest.mark.parametrize("body, values, who", [
    ("At least 30 people died and 20 were injured, the ministry said.", ("At least 30 people", "20"), "ministry"),
    ("Al menos 30 personas murieron y 20 resultaron heridas, dijo el ministerio.",
     ("Al menos 30 personas", "20"), "ministerio"),
])
def test_a_speaker_at_the_end_still_reports_the_whole_sentence(body, values, who):
    got = _claimants(body)
    assert all(got[v] == who for v in values)


@pytest.mark.parametrize("body, value, who", [
    ("The tremor was reported by the USGS initially with a magnitude of 6.7.", "6.7", "USGS"),
    ("Según el INPRES inicialmente, la magnitud fue de 6,7.", "6,7", "INPRES"),
])
def test_an_adverb_after_a_name_is_not_part_of_it(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value", [
    ("It registered a depth of 10 kilometres.", "10 kilometres"),
    # a Spanish sentence in an English article, read in Spanish: its unit is its own
    ("Registró una profundidad de 10 kilómetros.", "10 kilómetros"),
])
def test_a_thing_that_measured_a_figure_does_not_speak_for_the_body_named_before(body, value):
    assert _claimants(body)[value] is None


@pytest.mark.parametrize("body, value", [
    ("It later raised the toll to 300.", "300"),
    ("Luego elevó la cifra a 300.", "300"),
])
def test_a_pronoun_that_revises_a_toll_still_speaks_for_the_body_named_before(body, value):
    assert _claimants(body)[value] == "Geological Institute"
