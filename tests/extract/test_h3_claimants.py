"""Who states a number in news copy: a person named with the office they hold is the person, not
the office with the name ("County Judge Ann Lee" -> Ann Lee, "el viceministro Juan Pérez" -> Juan
Pérez), whichever office news copy writes before the name.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str) -> dict[str, str | None]:
    raw = f"title: Floods\ndate: 2024-03-02\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, who", [
    # an office before the name: "protest leader", "County Judge", "Chief District Officer",
    # "WHO representative"; "el viceministro", "la rectora", "la jueza"
    ("Protest leader Ana Ruiz said 5,000 people marched in Lima.", "5,000 people", "Ana Ruiz"),
    ("County Judge Ann Lee said 23 shelters were open in Dallas.", "23", "Ann Lee"),
    ("Chief District Officer Ram Thapa said 12 people were missing in Dolpa.", "12 people", "Ram Thapa"),
    ("WHO representative Omar Haddad said 45% of clinics in Aden were closed.", "45%", "Omar Haddad"),
    ("El viceministro Juan Carlos Pérez dijo que 40 personas murieron en Oruro.", "40 personas",
     "Juan Carlos Pérez"),
    ("La rectora María Gómez afirmó que 300 alumnos marcharon en Quito.", "300", "María Gómez"),
    ("Es la peor crisis, aseguró la presidenta Ana Soto, que cifró en 45 los muertos en Quito.", "45", "Ana Soto"),
    # Spanish writes the office's adjective after it: "el líder opositor", "el ministro británico"
    ("El líder opositor Juan Soto dijo que 90 personas marcharon en Quito.", "90 personas", "Juan Soto"),
])
def test_an_office_before_a_name_is_not_the_claimant(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # an office named by its field keeps it: no holder's name follows
    ("El ministro de Defensa dijo que 14 soldados murieron en Oruro.", "14", "ministro de Defensa"),
    ("A police officer said 30 people were hurt in Lima.", "30 people", "police"),
])
def test_an_office_without_a_name_stays(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # the kind of body in lower case beside its name: after it in English ("the CGT union", "the
    # Thai Lawyers for Human Rights group"), before it in both ("the medical charity Doctors
    # Without Borders", "la empresa Silza", "la organización Médicos Sin Fronteras", "la plataforma
    # Madrid se Mueve")
    ("The CTU union said 85,000 people marched in Lyon.", "85,000 people", "CTU"),
    ("The Lawyers for Civil Rights group said 1,960 people were charged in Bangkok.", "1,960 people",
     "Lawyers for Civil Rights"),
    ("The medical charity Doctors of the World said 2,400 patients were treated in Aden.", "2,400",
     "Doctors of the World"),
    ("La empresa Transgas dijo que 49 camiones ardieron en Puebla.", "49", "Transgas"),
    ("La organización Médicos del Mundo dijo que atendió a 320 víctimas en Colón.", "320", "Médicos del Mundo"),
    ("Según la plataforma Lima se Mueve, asistieron 25.000 personas en Lima.", "25.000 personas", "Lima se Mueve"),
])
def test_the_kind_of_body_beside_its_name_is_not_the_name(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # the kind written with a capital is the name's own word; a kind with no name stays
    ("The Labour Party said 30 seats were lost in Leeds.", "30", "Labour Party"),
    ("El Partido Verde dijo que 30 personas marcharon en Lima.", "30 personas", "Partido Verde"),
    ("The rights group said 40 people died in Lima.", "40 people", "rights group"),
    ("Un grupo de vecinos dijo que 40 casas ardieron en Lima.", "40", "grupo de vecinos"),
])
def test_a_kind_of_body_that_is_part_of_the_name_or_the_whole_name_stays(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # a verb after a comma whose subject follows it and closes the sentence states the sentence,
    # whatever name stands before the comma: a place, or a name a relative clause describes
    ("Unas 2.000 personas fueron evacuadas de las aldeas cercanas al cerro de Plata, que entró en erupción "
     "el lunes, informó la Conamed.", "Unas 2.000 personas", "Conamed"),
    ("Seis personas murieron tras la explosión de un camión en el puente de La Paz, en Tlalpan, la noche del "
     "martes, informó el alcalde, Pedro Ríos.", "Seis personas", "Pedro Ríos"),
    ("Some 2,000 people were evacuated from villages near Mount Plata, which erupted on Monday, said the "
     "disaster agency.", "Some 2,000 people", "disaster agency"),
])
def test_a_subject_after_its_verb_that_closes_the_sentence_states_it(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # a subject before the comma that speaks with the verb, and words after the verb that are no
    # subject of it, stay as they were read
    ("El alcalde, que visitó la zona, dijo a la prensa que 40 casas cayeron en Tlalpan.", "40", "alcalde"),
    ("The mayor, who toured the area, said 40 homes collapsed in Tlalpan.", "40", "mayor"),
])
def test_a_subject_before_a_relative_clause_still_states(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # a body's forecast, a demand, where a body's measure puts the event: their figures
    ("The National Weather Office has forecast up to 200 mm of rain over Kerala.", "up to 200 mm",
     "National Weather Office"),
    ("El Senamet pronosticó lluvias de hasta 60 milímetros en Puno.", "hasta 60 milímetros", "Senamet"),
    ("El Instituto Sísmico ubicó el epicentro a 12 kilómetros al sur de Pinotepa.", "12 kilómetros",
     "Instituto Sísmico"),
    ('"Necesitamos 300 médicos más en Piura", reclamó la decana del Colegio Médico, Rosa Vera.', "300",
     "Rosa Vera"),
])
def test_a_forecast_a_demand_and_a_located_epicentre_are_their_subjects(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # officials a body's nouns name before them speak for that body ("fire service officials",
    # "health ministry officials"); Spanish names the body after them ("funcionarios de Protección
    # Civil", already read)
    ("A fire swept a factory in Dhaka, killing 23 workers and injuring 41 others, fire service officials said.",
     "23", "fire service"),
    ("Floods killed 40 people in Dhaka, health ministry officials said.", "40 people", "health ministry"),
    ("Police officials said 12 people were arrested in Dhaka.", "12 people", "Police"),
    ("Funcionarios de Protección Civil dijeron que 60 personas murieron en Lima.", "60 personas",
     "Protección Civil"),
])
def test_officials_named_by_their_body_give_the_body(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # officials no body's noun names stay as they were read
    ("Senior officials said 80 people died in Dhaka.", "80 people", "Senior officials"),
    ("U.S. officials said 95 people died in Dhaka.", "95 people", "U.S. officials"),
    ("Peruvian government officials estimated that 300 people marched in Lima.", "300 people",
     "Peruvian government officials"),
])
def test_officials_of_no_named_body_stay(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # a document its author released on a day: the author ("according to a report released on
    # Wednesday by", "según un informe divulgado este miércoles por"), and the document that goes
    # on saying ("The report says", "El informe señala") is still its author's
    ("The drought caused losses of $1.9 billion in Salto, according to a report released on Wednesday by the "
     "Farm Ministry.", "$1.9 billion", "Farm Ministry"),
    ("La sequía causó pérdidas por 1.900 millones de dólares en Salto, según un informe divulgado este miércoles "
     "por el Ministerio del Agro.", "1.900 millones de dólares", "Ministerio del Agro"),
    ("The drought hit Salto, according to a report released on Wednesday by the Farm Ministry. The report says "
     "45,000 cattle died in Salto.", "45,000", "Farm Ministry"),
    ("La sequía golpeó Salto, según un informe divulgado este miércoles por el Ministerio del Agro. El informe "
     "señala que murieron 45.000 reses en Salto.", "45.000", "Ministerio del Agro"),
])
def test_a_document_released_on_a_day_and_what_it_goes_on_saying_are_its_authors(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value", [
    # a thing that forecasts states nothing: the publication's figure
    ("The model forecast 300 mm of rain in Kerala.", "300 mm"),
    ("El modelo pronosticó 300 milímetros en Puno.", "300 milímetros"),
    # a document with no author named states no one's figure
    ("According to a report released yesterday, 300 cattle died in Salto.", "300"),
    ("Según un informe divulgado ayer, murieron 300 reses en Salto.", "300"),
])
def test_a_thing_that_forecasts_or_a_document_of_no_author_names_no_one(body, value):
    assert _claimants(body)[value] is None


@pytest.mark.parametrize("body, value, who", [
    # a body's name that lists its fields with commas: "Ministry of Agriculture, Livestock and
    # Fisheries", "Ministerio de Ganadería, Agricultura y Pesca"
    ("The drought killed 45,000 cattle, according to the Ministry of Farming, Forests and Fisheries.", "45,000",
     "Ministry of Farming, Forests and Fisheries"),
    ("La sequía mató a 45.000 reses, según el Ministerio de Ganadería, Bosques y Pesca.", "45.000",
     "Ministerio de Ganadería, Bosques y Pesca"),
    # a list after the name that is no field of it ends the name
    ("Según el Ministerio de Salud, Juan Pérez y Ana Ruiz murieron en Lima, y 40 personas más.", "40 personas",
     "Ministerio de Salud"),
    ("According to the Ministry of Health, 300 people died in Lima, Callao and Ica.", "300 people",
     "Ministry of Health"),
])
def test_a_body_whose_name_lists_its_fields_is_named_whole(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # a document or word of the one named before ("according to his report", "según su oficio",
    # "según su informe"): that one's figure, not a claimant "his" or "su oficio"
    ("Rosa Vera, the director of migration, said 30,000 migrants crossed in May. According to her report, "
     "2,100 migrants returned.", "2,100", "Rosa Vera"),
    ("Rosa Vera, the director of migration, said 30,000 migrants crossed in May. According to their figures, "
     "2,100 migrants returned.", "2,100", "Rosa Vera"),
    ("Rosa Vera, directora de Migración, dijo que 30.000 migrantes cruzaron en mayo. Según su oficio, 2.100 "
     "migrantes regresaron.", "2.100", "Rosa Vera"),
    ("Rosa Vera, directora de Migración, dijo que 30.000 migrantes cruzaron en mayo. Según sus datos, 2.100 "
     "migrantes regresaron.", "2.100", "Rosa Vera"),
])
def test_a_document_of_the_one_named_before_is_theirs(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    # a body named by an aside "known as X" / "conocido como X" before its verb: the short name,
    # the one the article goes on using
    ("The National Emergency Office, known as Onemi, said 84 homes were damaged in Talca.", "84", "Onemi"),
    ("La Oficina Nacional de Emergencia, conocida como Onemi, dijo que 84 casas resultaron dañadas en Talca.", "84",
     "Onemi"),
    ("The group, known as the Mothers of Plaza Mayor, said 300 people vanished in Lima.", "300 people",
     "Mothers of Plaza Mayor"),
])
def test_a_body_known_by_another_name_is_that_name(body, value, who):
    assert _claimants(body)[value] == who
