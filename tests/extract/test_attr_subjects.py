"""Whose subject a verb of speech has when more than a name stands before it: a role or an
honorific ("United States ambassador James Lilley", "Sir Alan Donald"), a middle initial and an
outlet ("Maria T. Lopez of The Springfield Herald"), a relative or participle clause ("a diplomat
who compiled estimates put", "a Health Ministry cable filed on the same day estimated"), a
description between commas ("X (NF), the country's main opposition bloc, put"), clitics ("solo lo
cifró"), a perfect ("had given a figure of"), and vague subjects ("Diversas fuentes afirman").
Sentences invented for these tests."""
from __future__ import annotations

from reconcile.extract.attribution import role_holder
from test_attribution_relays import _claimants  # the claimant of each number of a sentence


def test_an_envoy_role_and_an_honorific_are_not_the_name():
    assert _claimants("United States ambassador James Lilley said 300 people had been killed.") == {
        "300 people": "James Lilley"}
    assert _claimants("British ambassador Sir Alan Donald claimed that 10,000 civilians died.") == {
        "10,000": "Alan Donald"}
    assert _claimants("El embajador Juan Pérez afirmó que hubo 40 muertos.", "es") == {"40": "Juan Pérez"}


def test_a_middle_initial_and_the_outlet_a_writer_writes_for():
    said = _claimants('Maria T. Lopez of The Springfield Herald wrote that "about 40 were killed."')
    assert said == {"about 40": "Maria T. Lopez"}


def test_a_relative_clause_between_the_subject_and_its_verb():
    said = _claimants("A Western diplomat who compiled estimates put the number at 300 to 1,000.")
    assert said == {"300 to 1,000": "Western diplomat"}
    assert _claimants("El Comité que investigó la matanza cifró en 300 los muertos.", "es") == {"300": "Comité"}


def test_a_participle_clause_between_a_document_and_its_verb():
    said = _claimants("A Health Ministry cable filed on the same day estimated 200 deaths.")
    assert said == {"200": "Health Ministry"}
    said = _claimants("City Hospital records compiled after the fire recorded at least 40 dead.")
    assert said == {"at least 40": "City Hospital"}


def test_a_description_between_commas_after_the_subject():
    said = _claimants("The National Front (NF), the country's main opposition bloc, put the death toll at 110.")
    assert said == {"110": "National Front"}
    # the figure's own noun is not read as a speaker
    said = _claimants("Their count, the latest one, put the death toll at 110.")
    assert said["110"] != "death toll"


def test_clitics_and_only_before_the_verb():
    assert _claimants("El ministerio solo lo cifró en 126.", "es") == {"126": "ministerio"}


def test_a_perfect_of_give_and_suggest_attribute():
    assert _claimants("The Red Crescent had given a figure of 900 deaths.") == {"900": "Red Crescent"}
    assert _claimants("Leaflets from Central University suggested a toll of 3,000.") == {
        "3,000": "Central University"}


def test_various_sources_name_no_one():
    said = _claimants("Diversas fuentes afirman que murieron 3.000 personas.", "es")
    assert list(said.values()) == [None]


def test_an_honorific_and_a_surname_are_the_person_named_before():
    nearby = ["British ambassador Sir Alan Donald first claimed that 10,000 died.",
              "Later, an aide pointed out Sir Donald revised his estimate to 3,000."]
    assert role_holder("Sir Donald", nearby) == "Alan Donald"
    assert role_holder("Mr. Lopez", ["Juan Lopez, the mayor, spoke on Monday."]) == "Juan Lopez"
    assert role_holder("Sir Donald", ["No one else is named here."]) is None


def test_the_one_whose_words_are_reported_states_the_figure():
    said = _claimants("Ana Lopez pointed out Sir Donald later revised his estimate to 2,700–3,400 deaths.")
    assert said == {"2,700–3,400": "Sir Donald"}


def test_a_quote_ends_a_sentence_the_text_runs_on():
    said = _claimants('Ana Ruiz wrote that "about a dozen died, along with 400 to 800 civilians."[5] '
                      'Ambassador John Lee said that a minimum of several hundred had been killed.')
    assert said["400 to 800"] == "Ana Ruiz"
    assert said["a minimum of several hundred"] == "John Lee"   # (at least 200: the comparative is the mention's)


def test_a_name_with_a_particle_in_lower_case_loses_its_role():
    assert _claimants("Civil defence spokesman Mahmoud al-Masri said 33 bodies were recovered.") == {
        "33": "Mahmoud al-Masri"}
    assert _claimants("Provincial governor Omar bin Salem said 33 bodies were recovered.") == {"33": "Omar bin Salem"}
    assert _claimants("El gobernador Luis de la Fuente dijo que se recuperaron 33 cuerpos.", "es") == {
        "33": "Luis de la Fuente"}
