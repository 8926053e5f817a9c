"""Who states a figure in encyclopedic copy: a Spanish perfect ("ha cifrado"), a passive revision
with its agent after the figure, a body named again by the common noun of its kind ("the
organisation", "esta misma agrupación"), a group credited in brackets in lower case, an office's
word that opens a body's name, the tally of a body. Sentences invented for these tests, in the
manner of encyclopedia leads."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _claimants(text: str, lang: str) -> dict[str, str | None]:
    return {p.value: p.claimant for p in propose(parse_article(text, "a.txt"), lang)}


def test_the_spanish_perfect_is_a_verb_of_its_subject():
    assert _claimants("La Cruz Roja ha contabilizado 120 muertos en la región.", "es") == {"120": "Cruz Roja"}
    assert _claimants("Los sindicatos han informado de un seguimiento del 70 %.", "es") == {"70 %": "sindicatos"}
    # no one speaks: a reflexive passive, a country that records what befalls it
    assert _claimants("Desde entonces se han registrado 310 casos.", "es") == {"310": None}
    assert _claimants("El país ha registrado 95 muertos.", "es") == {"95": None}


def test_a_passive_revision_names_its_agent_after_the_figure():
    assert _claimants("The number of dead was put at 640 by the Red Crescent.", "en") == {"640": "Red Crescent"}
    assert _claimants("El número de fallecidos fue elevado a 75 por la Fiscalía.", "es") == {"75": "Fiscalía"}
    assert _claimants("The toll was put at 90 by the end of the week.", "en") == {"90": None}


def test_a_body_named_again_by_the_noun_of_its_kind_is_the_body():
    text = ("Amnesty International documented 210 deaths in the city. "
            "The organisation also recorded 4,500 arrests.")
    assert _claimants(text, "en") == {"210": "Amnesty International", "4,500": "Amnesty International"}
    text = ("El Comité de Familiares contabilizó 80 muertos. "
            "Un año después, esta misma agrupación informó de 95 desaparecidos.")
    assert _claimants(text, "es") == {"80": "Comité de Familiares", "95": "Comité de Familiares"}
    text = "Human Rights Watch counted 40 dead, and the group later found 60 more."
    assert _claimants(text, "en") == {"40": "Human Rights Watch", "60": "Human Rights Watch"}
    # another body speaking of a group is that body
    text = "Amnesty International documented 210 deaths. Police said the group had 700 members."
    assert _claimants(text, "en")["700"] == "Police"


def test_a_group_credited_in_brackets_in_lower_case_gives_its_figure():
    found = _claimants("Estimates go from 90 (the army) to 1,400 (human rights groups).", "en")
    assert found["1,400"] == "human rights groups"
    found = _claimants("Las estimaciones van de 90 (gobierno) a 1.400 (organizaciones de derechos humanos).", "es")
    assert found["1.400"] == "organizaciones de derechos humanos"
    # the words of a count are no claimant
    assert _claimants("Deaths: 300 (mostly police)", "en") == {"300": None}
    assert _claimants("Heridos: 40 (incluidos policías)", "es") == {"40": None}


def test_an_office_that_opens_a_bodys_name_is_the_body():
    found = _claimants("La Coordinadora Nacional de Derechos Humanos contabilizó 31 muertos.", "es")
    assert found == {"31": "Coordinadora Nacional de Derechos Humanos"}
    assert _claimants("La coordinadora Ana Ruiz contabilizó 31 muertos.", "es") == {"31": "Ana Ruiz"}
    assert _claimants("The National Coordinator of Human Rights said 12 died.", "en") == {
        "12": "National Coordinator of Human Rights"}


def test_the_tally_of_a_body_is_the_bodys():
    found = _claimants("El balance de la Cruz Roja fue de 58 muertos y 200 heridos.", "es")
    assert found == {"58": "Cruz Roja", "200": "Cruz Roja"}
    assert _claimants("The official tally of the Health Ministry was 300 dead.", "en") == {"300": "Health Ministry"}
    # the tally of an event or a place is no one's
    assert _claimants("El balance del huracán fue de 58 muertos.", "es") == {"58": None}
    assert _claimants("El balance de Lima fue de 58 muertos.", "es") == {"58": None}
    assert _claimants("The toll of the storm was 300.", "en") == {"300": None}


def test_a_name_read_forwards_ends_where_its_clause_begins():
    found = _claimants("Hasta hoy se contaron 41 muertos, aunque según la CIDH solo nueve murieron por disparos.", "es")
    assert found["nueve"] == "CIDH"
    found = _claimants("The register compiled by the Regional Commission on Missing Persons includes 2,915 names.",
                       "en")
    assert found == {"2,915": "Regional Commission on Missing Persons"}
    # who speaks after a name stays in it
    assert _claimants("The toll given by the Moldovan authorities is 58.", "en") == {"58": "Government of Moldova"}


def test_a_document_and_its_adjective_before_its_author():
    text = "La revuelta dejó 14 muertos, de acuerdo con un balance oficial difundido por la Fiscalía."
    found = _claimants(text, "es")
    assert found == {"14": "Fiscalía"}
    found = _claimants("According to a preliminary report released by the Red Cross, 52 people died.", "en")
    assert found == {"52 people": "Red Cross"}


def test_who_identified_the_dead_and_per_a_body_after_a_comma():
    found = _claimants("By 2010, the remains of 3,100 victims had been identified by the Forensic Institute.", "en")
    assert found == {"3,100": "Forensic Institute"}
    assert _claimants("La Fiscalía identificó 45 cuerpos.", "es") == {"45": "Fiscalía"}
    assert _claimants("At least 230 people were killed, per the United Nations.", "en") == {
        "At least 230 people": "United Nations"}
    # "per" of a rate names no one
    assert _claimants("Rations were cut to 2 kg per Family.", "en") == {"2 kg": None}


def test_an_office_and_a_bodys_word_name_the_body():
    assert _claimants("Deaths: 238 (per Prosecutor General Office)", "en") == {"238": "Prosecutor General Office"}
    assert _claimants("Secretary General Ana Ruiz said 12 died.", "en") == {"12": "Ana Ruiz"}


def test_an_infobox_credit_in_brackets_after_a_scaled_or_open_figure():
    found = _claimants("Participantes: 1,5 millones (organizadores); 350.000 (policía)", "es")
    assert found == {"1,5 millones": "organizadores", "350.000": "policía"}
    found = _claimants("Casualties: 45 killed (government claim), 300+ (opposition claim)", "en")
    assert found["300+"] == "opposition"
    # an acronym of a kind of body is some body of that kind, not the one named before
    assert _claimants("Muertos: 45 (según la Fiscalía); 60 (según ONG)", "es")["60"] == "ONG"
    # brackets after no figure credit none
    assert _claimants("La marcha (estudiantes) reunió a 300 personas.", "es") == {"300 personas": None}


def test_the_same_source_and_a_verb_after_an_opening_adverb_are_the_one_named_before():
    text = "La Defensoría del Pueblo informó de 26 muertos. Según la misma fuente, hubo 310 heridos."
    assert _claimants(text, "es") == {"26": "Defensoría del Pueblo", "310": "Defensoría del Pueblo"}
    text = "The Red Crescent reported 26 dead. The same source said 310 were injured."
    assert _claimants(text, "en") == {"26": "Red Crescent", "310": "Red Crescent"}
    text = "La Defensoría del Pueblo informó de 26 muertos. Posteriormente, reportó 310 heridos."
    assert _claimants(text, "es") == {"26": "Defensoría del Pueblo", "310": "Defensoría del Pueblo"}
    # some source, not the one named before
    text = "La Defensoría del Pueblo informó de 26 muertos. Una fuente dijo que hubo 310 heridos."
    assert _claimants(text, "es")["310"] != "Defensoría del Pueblo"


def test_a_common_word_before_a_bodys_name_is_no_part_of_it():
    assert _claimants("The opposition Democratic Front claimed 1,300 deaths.", "en") == {"1,300": "Democratic Front"}
    assert _claimants("La opositora Alianza Cívica contabilizó 300 muertos.", "es") == {"300": "Alianza Cívica"}
    assert _claimants("The opposition leader Juan Soto said 30 died.", "en") == {"30": "Juan Soto"}
    # the level of government a body serves is part of which body it is
    assert _claimants("The state Health Ministry said 30 died.", "en") == {"30": "state Health Ministry"}


def test_official_estimates_and_an_official_tally_are_the_governments():
    found = _claimants("Official estimates put the death toll at 410 in Bolivia.", "en")
    assert found == {"410": "Government of Bolivia"}
    assert _claimants("An official tally put the dead at 410 in Bolivia.", "en") == {"410": "Government of Bolivia"}
    # an official who speaks is no tally: someone unnamed
    assert _claimants("An official said 410 died in Bolivia.", "en") == {"410": None}
    assert _claimants("Unofficial estimates put the toll at 900.", "en") == {"900": None}


def test_a_second_verb_of_the_same_subject_is_the_subjects():
    text = "The Red Crescent reported 52 dead, and later raised the figure to 71."
    assert _claimants(text, "en") == {"52": "Red Crescent", "71": "Red Crescent"}
    # another clause's verb is not the first subject's
    text = "The Red Crescent reported 52 dead, while others later raised the figure to 71."
    assert _claimants(text, "en")["71"] != "Red Crescent"
