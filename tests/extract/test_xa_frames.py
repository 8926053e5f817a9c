"""Attributions that frame no figure, and verbs of speech in the present plural.

Invented sentences, English and Spanish (none copied from the data set): a passive's agent that
is a bare common noun is a means ("confirmed by laboratory tests"), not a claimant; "según lo
previsto" names no one; a speaker after a clause that opens the sentence with "After", "Cuando"
does not state that clause's figure; "Organizers state that" speaks; "Organizers of the march"
are the organisers.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str) -> dict[str, str | None]:
    raw = f"date: 2011-03-14\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value", [
    ("Infected: 45 210 (confirmed by laboratory tests)", "45 210"),
    ("Contagiados: 45 210 (confirmado por laboratorio)", "45 210"),
    ("Unas 300 hectáreas se inundaron, según lo previsto en el plan de emergencia.", "Unas 300 hectáreas"),
])
def test_a_means_or_a_plan_is_no_claimant(body, value):
    assert _claimants(body)[value] is None


@pytest.mark.parametrize("body, value, who", [
    ("The toll of 45 dead was confirmed by police.", "45", "police"),
    ("La cifra de 45 muertos fue confirmada por autoridades locales.", "45", "autoridades locales"),
])
def test_a_body_after_by_still_states(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value", [
    ("After some 4,000 farmers occupied the square, the ministry announced that talks would resume.",
     "some 4,000"),
    ("When about 4,000 farmers blocked the road, the governor said that the talks were over.",
     "about 4,000"),
    ("Cuando unos 4.000 campesinos ocuparon la plaza, el ministerio anunció que el diálogo seguiría.",
     "unos 4.000"),
    ("Después de que 4.000 campesinos bloquearan la vía, el gobernador dijo que no negociaría.",
     "4.000"),
])
def test_a_speaker_after_a_fronted_clause_does_not_state_its_figure(body, value):
    assert _claimants(body)[value] is None


@pytest.mark.parametrize("body, value, who", [
    ("After the storm, the ministry said 40 farmers were missing.", "40", "ministry"),
    ("Tras la tormenta, el ministerio dijo que 40 campesinos estaban desaparecidos.", "40", "ministerio"),
])
def test_a_speaker_after_a_fronted_clause_states_what_follows(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    ("Organizers of the Harvest March, however, state that 80,000 farmers took part.", "80,000",
     "Organizers"),
    ("Rescuers report 12 climbers missing.", "12", "Rescuers"),
    ("Los organizadores de la Marcha de la Cosecha afirman que participaron 80.000 campesinos.",
     "80.000", "organizadores"),
])
def test_organisers_in_the_present_plural(body, value, who):
    assert _claimants(body)[value] == who


def test_a_capitalised_state_is_no_verb():
    assert _claimants("The State Department said 40 tourists were safe.")["40"] == "State Department"


@pytest.mark.parametrize("body, value, who", [
    ("Brig. Gen. Lena Berg, head of the United Nations Monitoring Mission in South Sudan (UNMMSS), confirmed "
     "that at least 70 people were killed.", "at least 70 people", "Lena Berg"),
    ("Ana Ruiz, directora del Instituto Nacional de Defensa Civil de la provincia de Arequipa (INDECI), "
     "confirmó que al menos 70 personas murieron.", "al menos 70 personas", "Ana Ruiz"),
])
def test_a_long_description_between_commas_after_a_name(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, values, who", [
    ("El ministerio publicó un informe sobre la sequía. Este muestra un total de 120 fallecidos y 45 heridos.",
     ("120", "45"), "ministerio"),
    ("The ministry released a report on the drought. It shows a total of 120 dead and 45 injured.",
     ("120", "45"), "ministry"),
    ("The ministry released a report on the drought. The report lists 120 dead and 45 injured.",
     ("120", "45"), "ministry"),
])
def test_a_report_named_before_shows_its_authors_figures(body, values, who):
    got = _claimants(body)
    assert [got[v] for v in values] == [who, who]


def test_a_pronoun_that_does_not_show_a_report_is_no_speaker():
    assert _claimants("The ministry released a report on the drought. It killed 120 cattle.")["120"] is None


@pytest.mark.parametrize("body, value, who", [
    ("El director del instituto, Edy Soto, atribuyó el derrumbe a las lluvias, que dejaron 300 mm en dos días.",
     "300 mm", "Edy Soto"),
    ("The director of the institute, Ana Ruiz, attributed the collapse to rains of 300 mm in two days.",
     "300 mm", "Ana Ruiz"),
])
def test_one_who_attributes_a_cause_states_its_figure(body, value, who):
    assert _claimants(body)[value] == who


def test_a_passive_attributed_names_no_one():
    assert _claimants("The collapse was attributed to rains of 300 mm in two days.")["300 mm"] is None


@pytest.mark.parametrize("body, value, who", [
    ("According to figures released by the health ministry, 45 people died.", "45 people", "health ministry"),
    ("Según cifras publicadas por el Ministerio de Salud, 45 personas murieron.", "45 personas",
     "Ministerio de Salud"),
    ("Según datos difundidos por la Defensa Civil, 45 personas murieron.", "45 personas", "Defensa Civil"),
    ("The government's official toll stands at 45.", "45", "government"),
    ("The Red Cross's toll has risen to 45.", "45", "Red Cross"),
])
def test_figures_published_by_a_body_are_its_own(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, first, second, who", [
    ("Los organizadores hablaron de 90.000 asistentes; la Guardia Urbana, de 25.000.", "90.000", "25.000",
     ("organizadores", "Guardia Urbana")),
    ("Organisers spoke of 90,000 marchers; police, of 25,000.", "90,000", "25,000", ("Organisers", "police")),
    ("La Guardia Urbana contó 25.000 asistentes; los organizadores, más de 90.000.", "25.000", "más de 90.000",
     ("Guardia Urbana", "organizadores")),
])
def test_a_speaker_whose_verb_is_left_out_after_a_semicolon(body, first, second, who):
    got = _claimants(body)
    assert (got[first], got[second]) == who


@pytest.mark.parametrize("body, value, who", [
    ("The BBC reports that 45 people have died, according to the Red Cross.", "45 people", "Red Cross"),
    ("El diario El Sol informa que 45 personas murieron, según la Cruz Roja.", "45 personas", "Cruz Roja"),
    ("Police said 45 people had died, according to Reuters.", "45 people", "Police"),
    ("The Daily Star reported 45 deaths.", "45", "Daily Star"),
    ("AFP reported that 45 people had died, citing a hospital source.", "45 people", "AFP"),
])
def test_an_outlet_carries_the_words_of_the_one_it_credits(body, value, who):
    assert _claimants(body)[value] == who
