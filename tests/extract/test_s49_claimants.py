"""Session 49, XA5: extract's claimant (issue 14, round five): R5's regressions (3, 5) and N3's and N4's leftovers.

Every sentence here is invented, in the constructions of the texts it stands for: a credit after a figure that the
subject of a verb of counting keeps ("registran ..., según X"), a discovery as a subject, the report a paper
receives, a kind before a name ("la ONG X"), a concessive clause with its own teller, an elided subject after a
fronted year, a figure fronted before its verb and the body named after it, a role apposed to its body then its
holder, an elliptic list of local police, gapped and respective clauses, a fronted place, an adverb after the
subject, a person "of" a province, a storm's name before a speaker, and one speaker named twice.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, lang: str | None = None):
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return propose(parse_article(raw, "wire.txt"), lang)


def _claimants(body: str, lang: str | None = None) -> dict[str, str | None]:
    return {p.value: p.claimant for p in _proposals(body, lang)}


# --- R5 3: a credit after the figure outranks the subject of a verb that keeps a count; a thing states nothing -----
@pytest.mark.parametrize("body, lang, value, who", [
    ("Los vecinos registran 150 robos al año, según la asociación de comerciantes.", "es", "150",
     "asociación de comerciantes"),
    ("La Consejería eleva a 23 el número de desaparecidos, según los bomberos.", "es", "23", "bomberos"),
    ("El último rescate eleva a 23 el número de desaparecidos por la riada, según los bomberos.", "es", "23",
     "bomberos"),
    ("Residents counted 150 burglaries last year, according to the chamber of commerce.", "en", "150",
     "chamber of commerce"),
    ("The discovery raised the toll to 23, according to the fire brigade.", "en", "23", "fire brigade"),
])
def test_a_credit_after_the_figure_outranks_the_subject_of_a_verb_of_counting(body, lang, value, who):
    assert _claimants(body, lang)[value] == who


@pytest.mark.parametrize("body, lang, value, who", [
    # a verb of telling keeps its teller, who cites another (test_f2_attribution pins the same)
    ("La Consejería informó de 23 desaparecidos, según los bomberos.", "es", "23", "Consejería"),
    # the wire that carries the count is no claimant
    ("El Ministerio registra 1.250 casos, según Efe.", "es", "1.250", "Ministerio"),
])
def test_a_teller_or_a_wire_after_the_figure_does_not_outrank_the_subject(body, lang, value, who):
    assert _claimants(body, lang)[value] == who


@pytest.mark.parametrize("body, lang, value", [
    ("El nuevo hallazgo eleva a 23 el número de desaparecidos.", "es", "23"),
    ("La riada eleva a 23 el número de desaparecidos.", "es", "23"),
    ("The discovery raised the toll to 23.", "en", "23"),
])
def test_a_discovery_or_a_flood_states_no_figure(body, lang, value):
    assert _claimants(body, lang)[value] is None


# --- R5 5: the press that receives a report does not make it; the body that counts does ---------------------------
@pytest.mark.parametrize("body, lang, value, who", [
    ("El diario ha recibido el reporte de 18 heridos en la autopista.", "es", "18", None),
    ("The Daily Mail has received reports of 18 injured on the highway.", "en", "18", None),
    ("La Fiscalía ha recibido el reporte de 18 heridos en la autopista.", "es", "18", "Fiscalía"),
    ("The ministry has received reports of 18 injured on the highway.", "en", "18", "ministry"),
    # the figure before its verb, the body after it (N4 D1), and "la entidad" after it is that body (N4 D6)
    ("57 quejas de abusos ha recibido la Procuraduría de Derechos Humanos, según informó el lunes.", "es", "57",
     "Procuraduría de Derechos Humanos"),
])
def test_a_report_received_is_the_receiver_s_only_when_it_counts(body, lang, value, who):
    assert _claimants(body, lang)[value] == who


def test_the_entity_after_a_body_named_after_its_fronted_figure_is_that_body():
    found = _claimants("57 quejas de abusos ha recibido la Procuraduría de Derechos Humanos, según informó el lunes. "
                       "La entidad también anunció que investiga a 12 agentes.", "es")
    assert found == {"57": "Procuraduría de Derechos Humanos", "12": "Procuraduría de Derechos Humanos"}


# --- N4 D2, D3: a kind before the name; a concessive clause with its own teller -------------------------------------
@pytest.mark.parametrize("body", [
    "Según la ONG Sismos Unidos, durante la marcha murieron 12 personas en Medellín.",
    "Durante la marcha murieron 12 personas en Medellín, según la ONG Sismos Unidos.",
    "Según la organización Sismos Unidos, durante la marcha murieron 12 personas en Medellín.",
])
def test_a_kind_of_body_before_a_name_that_is_also_an_event_s_noun_is_a_body(body):
    assert _claimants(body, "es") == {"12 personas": "Sismos Unidos"}


def test_a_concessive_clause_with_its_own_teller_is_that_teller_s():
    found = _claimants("Según la Fundación Paz, hay 210 detenidos en Managua, aunque la AMDH cita 305 detenidos.",
                       "es")
    assert found == {"210": "Fundación Paz", "305": "AMDH"}


# --- N4 D6: an elided subject after a fronted year; a role, its body apposed, then its holder -----------------------
def test_an_elided_subject_after_a_fronted_year_is_the_one_named_before():
    found = _claimants("El año pasado, la Policía Local calculó 80.000 asistentes en Valencia. En 2015, elevó la "
                       "cifra a 95.000.", "es")
    assert found == {"80.000": "Policía Local", "95.000": "Policía Local"}


def test_a_role_with_its_body_apposed_then_its_holder_is_the_holder():
    found = _claimants("Según la portavoz de la plataforma convocante, la Coordinadora Feminista (CF), Marta Ruiz, "
                       "asistieron 40.000 personas.", "es")
    assert found == {"40.000 personas": "Marta Ruiz"}


# --- N4 D7: an elliptic list of local police, each its own claimant ------------------------------------------------
def test_an_elliptic_list_of_police_gives_each_figure_its_police():
    found = _claimants("La policía local de Reus ha apuntado una asistencia de 20.000 personas; la de Valls, 8.000; "
                       "la Guardia Urbana de Girona, 15.000, y la de Figueres, 6.000.", "es")
    assert found == {"20.000 personas": "policía local de Reus", "8.000": "policía local de Valls",
                     "15.000": "Guardia Urbana de Girona", "6.000": "Guardia Urbana de Figueres"}


# --- N3 D4: gapped and respective clauses --------------------------------------------------------------------------
def test_a_gapped_clause_without_a_comma_is_its_own_speaker_s():
    assert _claimants("The union counted 400,000 marchers in Lille and the police 60,000.", "en") == {
        "400,000": "union", "60,000": "police"}
    # unnamed authorities are no one named, and not the union
    assert _claimants("The union counted 400,000 marchers in Lille and the authorities 60,000.", "en") == {
        "400,000": "union", "60,000": None}


def test_two_figures_in_brackets_pair_in_order_with_the_two_before_them():
    found = _claimants("In Lyon, the organizers counted 30,000 marchers and the police 12,000 (compared with 45,000 "
                       "and 16,000 on Tuesday).", "en")
    assert found == {"30,000": "organizers", "12,000": "police", "45,000": "organizers", "16,000": "police"}


# --- N3 D5, D6: a fronted place; an adverb after the subject; a person of a province; a storm's name ---------------
def test_a_fronted_place_is_no_claimant():
    found = _claimants("In Nantes, the union counted 200,000 marchers. The prefecture counted 21,000 people.", "en")
    assert found == {"200,000": "union", "21,000 people": "prefecture"}


def test_an_adverb_between_the_subject_and_its_verb_is_not_of_the_name():
    assert _claimants("The union therefore counted 2.1 million strikers.", "en") == {"2.1 million": "union"}


@pytest.mark.parametrize("body, who", [
    ("Sen. Rosa Lim of Cebu province said 35 people died there.", "Rosa Lim"),
    ("Mayor Lina Ruiz of Leyte province said 35 people died there.", "Lina Ruiz"),
])
def test_a_person_of_a_province_is_the_person(body, who):
    assert _claimants(body, "en") == {"35 people": who}


def test_a_storm_s_name_is_no_speaker():
    found = _claimants("The toll climbed to at least 88, and the mayor of a town hard-hit by Hurricane Milo said more "
                       "rain was expected.", "en")
    assert found == {"at least 88": None}


# --- N3 D2: one speaker named twice: a note for the reviewer -------------------------------------------------------
def test_a_person_who_speaks_for_a_claimant_named_before_is_noted():
    proposals = _proposals("The death toll rose to 52, a civil protection official said.\n\n\"We have 52 so far,\" "
                           "national civil protection director Juan Soto told a news conference.", "en")
    by_claimant = {p.claimant: p for p in proposals}
    assert set(by_claimant) == {"civil protection", "Juan Soto"}
    assert "speaks for 'civil protection'" in " ".join(by_claimant["Juan Soto"].checks)
