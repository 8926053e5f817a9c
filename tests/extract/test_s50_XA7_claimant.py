"""Session 50 (XA7): who states a figure, in constructions the claimant reader misread (invented sentences)."""
from __future__ import annotations

from reconcile.extract.attribution import attributions, claimant_for
from reconcile.extract.propose_claimant import credit_spans
from reconcile.model.names import slugify


def _claimant(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    found = claimant_for(attributions(sentence), start, start + len(figure), slugify, sentence)
    return found.who if found is not None else None


def test_a_plural_spanish_verb_ends_the_name_of_the_data_owner():
    # "los datos de X evidencian": the verb is not part of X's name
    assert _claimant("Las cifras de la ACUMET reflejan que cayeron 310 l/m² en Benifato.", "310") == "ACUMET"


def test_a_credit_past_a_joined_sentence_is_not_the_figure_s():
    sentence = ("Las lluvias dejaron 410 l/m² en el observatorio de Benicolet.[4][5]Los datos de la ACUMET "
                "evidencian la magnitud de la riada.")
    assert _claimant(sentence, "410") is None


def test_a_station_s_owner_states_its_measure():
    sentence = "The Tarvian Weather Bureau (TWB) station in Oskerby recorded 812 mm of rain."
    assert _claimant(sentence, "812") == "TWB"


def test_a_spanish_station_s_owner_states_its_measure():
    assert _claimant("La estación de ACUMET en Benifato registró 233 l/m².", "233") == "ACUMET"


def test_a_station_named_by_its_place_alone_is_no_one_s():
    assert not _claimant("El observatorio de Benicolet registró 233 l/m².", "233")


def test_observatories_of_a_body_after_the_measure():
    sentence = ("Las tormentas acumularon más de 520 l/m² en algunos de los observatorios de ACUMET, con Benifato a "
                "la cabeza.")
    assert _claimant(sentence, "520") == "ACUMET"


def test_a_kind_acronym_before_a_speakers_noun_is_the_whole_name():
    assert _claimant("NGO Observer said 120 people were held.", "120") == "NGO Observer"


def test_a_bracket_with_a_clause_is_a_note_not_a_credit():
    body = "Total deaths: 512 (Bodies were recovered until 3 May 2031)"
    assert credit_spans(body) == []


def test_a_breakdown_that_opens_with_its_own_day_is_not_the_sentence_before_s():
    from reconcile.extract.propose_claimant import _OPENS_WITH_A_DAY
    assert _OPENS_WITH_A_DAY.match("A 9 de marzo de 2031, la cifra de fallecidos asciende a 88 personas")


def test_an_aftershock_states_no_figure():
    sentence = "Por su parte, la réplica de mayor envergadura cifró una magnitud de 6,4 MW el mismo día."
    assert not _claimant(sentence, "6,4")


def test_a_quote_that_reopens_its_paragraph_closes_after_it():
    from reconcile.extract.propose_claimant import _still_open
    assert not _still_open('"The trend is improving," the WMO said.', True)
