"""Who states a figure when a wire or an office relays it, when a title or an abbreviation
stands in the name, and when the claimant is named in another sentence (a role, "organisers").
Sentences written for these tests in the manner of wire copy."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.attribution import attributions, claimant_for, organiser_in, role_holder
from reconcile.model.names import slugify
from reconcile.quantities.running import Sentence, scan


def _claimants(sentence, lang="en"):
    found = attributions(sentence)
    out = {}
    for item in scan(Sentence(0, sentence, lang)):
        who = claimant_for(found, item.start, item.end, slugify, sentence)
        out[item.text] = who.who if who else None
    return out


def _proposals(text, lang="en"):
    return {p.value: p for p in propose(parse_article(text, "a.txt"), lang)}


def test_a_title_with_a_full_stop_does_not_cut_the_name():
    assert _claimants('"We buried 18 people," said Lt. Col. Omar Haddad, the garrison commander.') == {
        "18 people": "Omar Haddad"}
    assert _claimants("Gov. Maria Lopez said 700 homes were lost.") == {"700": "Maria Lopez"}
    # a place's abbreviation stays in the name
    assert _claimants("The St. Petersburg Times reported 90 arrests.") == {"90": "St. Petersburg Times"}


def test_initials_keep_their_possessive():
    # the initials stay whole ("U.N.", not "U"); their possessive before a lowercase description
    # goes: the claimant is the agency, written as "the U.N. children's agency" would be
    assert _claimants("The U.N.'s children's agency said 9,000 pupils had no school.") == {
        "9,000": "U.N. children's agency"}


def test_a_verb_in_the_present_attributes():
    assert _claimants("The Health Ministry states that 52 patients died.") == {"52": "Health Ministry"}
    assert _claimants("Organizers claim 80,000 people marched.") == {"80,000 people": "Organizers"}
    assert _claimants('"No fewer than 60 were hurt," commented the fire chief, Ana Ruiz.') == {
        "No fewer than 60": "Ana Ruiz"}


def test_plural_nouns_are_not_verbs():
    assert _claimants("Local reports of 300 dead could not be confirmed.") == {"300": None}
    assert _claimants("The provincial reports cited by the council list 45 deaths.") == {"45": None}


def test_the_official_a_wire_quotes_or_cites_states_the_figure():
    assert _claimants("Reuters quoted the fire brigade as saying 14 people were rescued.") == {
        "14 people": "fire brigade"}
    assert _claimants("At least 19 died, AFP reported, citing the Interior Ministry.") == {
        "At least 19": "Interior Ministry"}
    # an unnamed source cited leaves the wire
    assert _claimants("At least 19 died, AFP reported, citing local officials.") == {"At least 19": "AFP"}


def test_who_another_body_reports_as_counting_is_the_counter():
    assert _claimants("On Monday the Red Crescent reported the army had found 212 bodies.") == {"212": "army"}
    assert _claimants("The U.N. said the Health Ministry counted 3,400 cases.") == {"3,400": "Health Ministry"}
    # "they": the one named first
    assert _claimants("Organizers told AFP they counted 40,000 marchers.") == {"40,000": "Organizers"}


def test_a_role_is_the_person_named_with_it_in_the_next_sentence():
    assert role_holder("the Interior Minister", ["Minister Rafael Ortiz Vega spoke on Monday."]) == "Rafael Ortiz Vega"
    assert role_holder("the newspaper", ["Newspaper El Sol said so."]) is None
    assert role_holder("Interior Ministry", ["Minister Rafael Ortiz said so."]) is None
    text = ("The country's Interior Minister says that 1,800 people were evacuated. Minister Rafael Ortiz "
            "told reporters the figure came from the civil defence.")
    found = _proposals(text)["1,800 people"]
    assert found.claimant == "Rafael Ortiz"
    assert any("named with that role" in check for check in found.checks)


def test_organisers_are_the_body_that_called_the_march():
    assert organiser_in("The Workers' Federation (FTU), an umbrella of 40 unions, called a general strike.") == \
        "Workers' Federation"
    assert organiser_in("Thousands marched on Sunday.") is None
    text = ("The Clean Air Alliance (CAA), a coalition of 30 groups, organised a march on Saturday. "
            "Organisers said 25,000 people took part, while police counted 9,000.")
    found = _proposals(text)
    assert found["25,000 people"].claimant == "Clean Air Alliance"
    assert found["9,000"].claimant == "police"


def test_when_between_the_subject_and_its_verb_is_passed_over():
    assert _claimants("Police on Sunday said 40 people were arrested.") == {"40 people": "Police"}
    assert _claimants("The council in 2006 stated that 12 homes were lost.") == {"12": "council"}
    assert _claimants("La policía el lunes informó que 40 personas fueron detenidas.", "es") == {
        "40 personas": "policía"}


def test_the_agent_of_a_passive_revision_states_the_figure():
    assert _claimants("The toll was later raised to 2,500 by the civil defence agency.") == {
        "2,500": "civil defence agency"}
    assert _claimants("The count was revised by the Interior Ministry to 812.") == {"812": "Interior Ministry"}
    # a passive without an agent names no one
    assert _claimants("The count was revised to 812.") == {"812": None}


def test_a_report_or_a_study_by_someone_is_theirs():
    assert _claimants("According to a 2011 study by the World Bank, 90,000 jobs were lost.") == {
        "90,000": "World Bank"}
    assert _claimants("As reported by the Daily Star, 300 workers were hurt.") == {"300": "Daily Star"}
    assert _claimants("Según un informe de la Cruz Roja, 500 familias perdieron sus casas.", "es") == {
        "500": "Cruz Roja"}


def test_witnesses_and_vague_sources_speak_for_themselves():
    assert _claimants("The army said 3 soldiers died, while witnesses reported dozens of deaths.") == {
        "3": "army", "dozens": "witnesses"}
    assert _claimants("At least 700 died, according to most sources.") == {"At least 700": None}


def test_a_figure_credited_in_brackets_with_its_article_names_who_gives_it():
    found = _proposals("Estimates range from 150 (the Red Crescent) to 900 (local activists).")
    assert found["150"].claimant == "Red Crescent"
    assert found["900"].claimant is None


def test_declaring_a_state_of_emergency_states_no_figure():
    assert _claimants("El presidente Juan Pérez declaró el estado de emergencia en seis provincias.", "es") == {
        "seis": None}
    assert _claimants("The governor declared a state of emergency in 12 counties.") == {"12": None}
    assert _claimants("The governor declared that 12 counties were flooded.") == {"12": "governor"}
    assert _claimants("The minister said the war had killed 300 people.") == {"300 people": "minister"}


def test_things_that_do_not_speak_state_no_figure():
    assert _claimants("The flood gave 120 mm of rain to the valley.") == {"120 mm": None}
    assert _claimants("The city registered 900 births a year.") == {"900": None}
    assert _claimants("The tremor was recorded by seismographs 300 km away.") == {"300 km": None}
    # a body, a role or a name does
    assert _claimants("The ministry registered 900 complaints.") == {"900": "ministry"}
    assert _claimants("Rescuers found 40 survivors.") == {"40": "Rescuers"}


def test_a_speaker_past_a_semicolon_with_a_figure_of_its_own_is_not_this_figures():
    assert _claimants("The gunman fired 200 rounds; the police found 14 rifles in the room.") == {
        "200": None, "14": "police"}
    # one at the end of the sentence, after the figures, speaks for both clauses
    assert _claimants("At least 30 died; 12 are missing, officials said.") == {"At least 30": None, "12": None}
    assert _claimants("At least 30 died; 12 are missing, the Red Cross said.") == {
        "At least 30": "Red Cross", "12": "Red Cross"}


def test_who_issues_an_estimate_states_it():
    assert _claimants("The Coast Guard issued an estimate of about 90 missing.") == {"about 90": "Coast Guard"}
    assert _claimants("El Ministerio de Salud dio una cifra de 45 muertos.", "es") == {"45": "Ministerio de Salud"}
    # issuing something else, or a thing that does not speak, names no one
    assert _claimants("The city issued 300 permits.") == {"300": None}
    assert _claimants("The storm gave a toll of 30.") == {"30": None}


def test_an_aside_after_the_subject_is_passed_over():
    assert _claimants("La agencia EFE, citando fuentes policiales, informó de 15 detenidos.", "es") == {"15": "EFE"}
    # the one cited in the aside states the figure; an unnamed one leaves the wire
    assert _claimants("The Associated Press, citing the Health Ministry, reported 22 deaths.") == {
        "22": "Health Ministry"}
    assert _claimants("The Associated Press, citing local officials, reported 22 deaths.") == {
        "22": "Associated Press"}


def test_spanish_verbs_in_the_plural_attribute():
    assert _claimants("Fuentes de la Fiscalía indicaron que 8 personas fueron detenidas.", "es") == {
        "8 personas": "Fiscalía"}
    assert _claimants("Los bomberos añadieron que 30 casas ardieron.", "es") == {"30": "bomberos"}


def test_declaring_days_of_mourning_states_no_figure():
    assert _claimants("El presidente declaró tres días de duelo por los 50 muertos.", "es") == {"50": None}


def test_where_the_speaker_is_and_what_they_were_doing_are_passed_over():
    assert _claimants("Police in the capital, Lusaka, said 40 died.") == {"40": "Police"}
    assert _claimants("Doctors at the hospital said 30 were treated.") == {"30": "Doctors"}
    assert _claimants("Mwansa, speaking to reporters, said 1,700 homes were lost.") == {"1,700": "Mwansa"}
    assert _claimants("The ministry, in a statement, said 40 people died.") == {"40 people": "ministry"}


def test_a_figure_given_by_someone_is_theirs():
    assert _claimants("The figure of 12,500, given by the government, has been questioned.") == {
        "12,500": "government"}


def test_the_former_and_the_latter_are_the_pair_named_before():
    assert _claimants("Tanto los sindicatos como la patronal evitaron dar cifras, si bien los primeros "
                      "anunciaron que 40.000 trabajadores secundaron la huelga.", "es") == {"40.000": "sindicatos"}
    assert _claimants("Both the unions and the Employers Federation declined to give figures, though the "
                      "latter said 2,000 workers stayed home.") == {"2,000": "Employers Federation"}


def test_a_census_is_named_with_its_year():
    assert _claimants("Según el censo de 2012, unos 300 mil peruanos vivían en Chile.", "es") == {
        "unos 300 mil": "censo de 2012"}
    assert _claimants("According to a 2016 report by the Ocean Watch Institute, 61 wrecks were charted.") == {
        "61": "Ocean Watch Institute"}


def test_a_day_of_the_month_after_dia_is_a_date():
    assert _claimants("El día 15 del mismo mes, 300 personas fueron deportadas.", "es") == {"300 personas": None}


def test_police_or_the_ministry_is_the_body_the_article_named():
    text = ("Officers of the Rivertown Metropolitan Police Department reached the hall an hour later. "
            "Police said 31 people were hurt.")
    found = _proposals(text)["31 people"]
    assert found.claimant == "Rivertown Metropolitan Police Department"
    assert any("named before" in check for check in found.checks)
    text = "El Ministerio de Salud Pública abrió un centro. Según el ministerio, 40 personas murieron."
    assert _proposals(text, "es")["40 personas"].claimant == "Ministerio de Salud Pública"
    # no body named: the noun stays
    assert _proposals("Police said 31 people were hurt.")["31 people"].claimant == "Police"


def test_a_quote_that_goes_on_is_the_same_speakers():
    text = '"We have found 40 bodies," said fire chief Ana Ruiz. "Another 12 people are still missing."'
    found = _proposals(text)["12 people"]
    assert found.claimant == "Ana Ruiz" and any("quote that goes on" in c for c in found.checks)
    text = ("«Hemos encontrado 40 cuerpos», dijo la jefa de bomberos, Ana Ruiz. "
            "«Otras 12 personas siguen desaparecidas».")
    assert _proposals(text, "es")["12 personas"].claimant == "Ana Ruiz"
    # a quote after a sentence with no quote in it is no one's
    text = 'Ana Ruiz said 40 bodies were found. "Another 12 people are still missing."'
    assert _proposals(text)["12 people"].claimant is None


def test_a_countrys_government_is_named_as_the_government_of_the_country():
    assert _claimants("According to Peruvian government data, 2,000 homes were lost.") == {
        "2,000": "Government of Peru"}
    assert _claimants("The Bangladeshi government said 400 factories were inspected.") == {
        "400": "Government of Bangladesh"}
    # a government that is not a country's stays as written
    assert _claimants("The provincial government said 400 schools closed.") == {"400": "provincial government"}


def test_a_relative_clause_after_the_subject_is_passed_over():
    assert _claimants("The mayor, who visited the site on Monday, said 40 people died.") == {"40 people": "mayor"}
    assert _claimants("El alcalde, que visitó la zona, dijo que 40 personas murieron.", "es") == {
        "40 personas": "alcalde"}
    assert _claimants("The council, in 2006, stated that 12 homes were lost.") == {"12": "council"}


def test_a_spokesman_or_an_official_speaks_for_the_body():
    assert _claimants("A police spokesman said 40 people died.") == {"40 people": "police"}
    assert _claimants("A UN official said 40 people died.") == {"40 people": "UN"}
    assert _claimants("Un portavoz del Ministerio del Interior dijo que 40 personas murieron.", "es") == {
        "40 personas": "Ministerio del Interior"}
    # a spokesman named keeps the name
    assert _claimants("Police spokesman Mike Jones said 23 people were arrested.") == {"23 people": "Mike Jones"}
