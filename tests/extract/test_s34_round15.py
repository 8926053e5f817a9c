"""Session 34's round of fresh texts (news and encyclopedia, English and Spanish): the mechanisms
it showed, each on invented sentences of the same kind (the texts are not in the repository)."""
from __future__ import annotations

import pytest

from reconcile.model.names import slugify
from tests.extract.test_s21_review import _by_value


def _source(proposal) -> str | None:
    return slugify(proposal.claimant) if proposal.claimant else None


# --- claimant: a listener's pronoun after "según", and "según dicen" -----------------------------------------------
@pytest.mark.parametrize("text, value, source", [
    ("Según le dijo la Policía a este diario, 200 personas resultaron heridas.", "200 personas", "policia"),
    ("Según nos informó el alcalde Juan Pérez, 100 personas fueron evacuadas.", "100 personas", "juan-perez"),
    ("Según lo informó la Cruz Roja, 40 personas murieron.", "40 personas", "cruz-roja"),
    # (and as before, with no pronoun)
    ("Según informó la Policía a este diario, 300 personas resultaron heridas.", "300 personas", "policia"),
])
def test_a_listeners_pronoun_after_segun_is_no_claimant(text, value, source):
    assert _source(_by_value(text, "es", date="2021-05-11")[value]) == source


def test_segun_dicen_names_no_one():
    found = _by_value("Los nativos perdieron, según dicen, 30 casas en la crecida.", "es", date="2021-05-11")
    assert found["30"].claimant is None


# --- claimant: a conjunction that opens the sentence is no part of the name ----------------------------------------
@pytest.mark.parametrize("text, value, source, lang", [
    ("Y la OIM calcula que más de 34 mil migrantes llegaron a Italia.", "más de 34 mil", "oim", "es"),
    ("Y Médicos Sin Fronteras informó que 20 personas murieron.", "20 personas", "medicos-sin-fronteras", "es"),
    ("And the UN said that 300 people were killed in the attack.", "300 people", "un", "en"),
    ("And Doctors Without Borders said 20 died.", "20", "doctors-without-borders", "en"),
])
def test_an_opening_conjunction_is_no_part_of_the_claimants_name(text, value, source, lang):
    assert _source(_by_value(text, lang, date="2021-05-11")[value]) == source
