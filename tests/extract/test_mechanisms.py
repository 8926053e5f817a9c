"""The general mechanisms of extract, each on sentences of the development set's texts
(tests/data/extract/dev): junk, attribution, place and criterion."""
from __future__ import annotations

from reconcile import quantities_in_text
from reconcile.extract import parse_article, propose


def _proposals(text, lang=None):
    return propose(parse_article(text, "a.txt"), lang)


def _texts(text, lang):
    return [q["text"] for q in quantities_in_text(text, lang)]


# ------------------------------------------------------------------------------------ junk

def test_a_number_that_ranks_is_not_a_quantity():
    text = ("It was the most powerful known earthquake to have hit Japan, and one of the five most "
            "powerful earthquakes recorded since modern record-keeping began in 1900.")
    assert _texts(text, "en") == []
    text = "formando una V en las dos principales avenidas de la ciudad."
    assert _texts(text, "es") == []


def test_a_ranking_word_does_not_hide_a_count():
    assert _texts("The five soldiers died in the attack.", "en") == ["five"]


def test_a_capitalised_number_word_inside_a_sentence_is_a_name():
    text = ("República Cromañón fue una discoteca ubicada en la zona de Once en la ciudad de Buenos "
            "Aires, Argentina.")
    assert _texts(text, "es") == []
    assert _texts("Once personas murieron.", "es") == ["Once personas"]


def test_every_number_of_an_address_is_part_of_the_name():
    text = "Se encontraba ubicado en la calle Bartolomé Mitre 3060/3066/3070, en el barrio de Balvanera."
    assert _texts(text, "es") == []


def test_a_bound_reads_across_other():
    found = quantities_in_text("Se han registrado protestas en la Ciudad de México y al menos otras "
                               "nueve ciudades en todo el territorio mexicano.", "es")
    assert [(q["lower"], q["upper"], q["qualifier"], q["counted"]) for q in found] == [
        (9.0, None, "at-least", "ciudades")]
    proposals = _proposals("Se han registrado protestas en la Ciudad de México y al menos otras nueve "
                           "ciudades en todo el territorio mexicano.", "es")
    assert [p.value for p in proposals] == ["al menos nueve"]


# ------------------------------------------------------------------------------------ attribution

def test_a_passive_verb_without_by_names_no_claimant():
    text = ("The Labutta Township alone was reported to have 80,000 dead, with about 10,000 more "
            "deaths in Bogale.")
    assert [p.claimant for p in _proposals(text, "en")] == [None, None]


def test_a_participle_after_its_noun_names_no_claimant():
    text = "Only 20% of the relief funds requested had been received by 15 August 2010."
    assert [p.claimant for p in _proposals(text, "en")] == [None]


def test_sources_of_an_institution_give_the_institution():
    text = ("Fuentes de la policía mexicana informaron a Wikinoticias que se contaban entre 25 y 30 mil "
            "los asistentes.")
    assert [(p.value, p.claimant) for p in _proposals(text, "es")] == [("entre 25 y 30 mil", "policía mexicana")]


def test_the_data_word_after_a_claimant_is_dropped_and_assessed_is_a_speech_verb():
    text = ("Nargis rapidly intensified to attain peak winds of at least 165 km/h on 2 May, according to "
            "IMD observations; the JTWC assessed peak winds of 215 km/h.")
    assert [(p.value, p.claimant) for p in _proposals(text, "en")] == [
        ("at least 165 km/h", "IMD"), ("215 km/h", "JTWC")]


def test_a_place_in_brackets_after_a_figure_is_who_gives_it_not_where():
    text = ("url: https://en.wikipedia.org/wiki/Ghouta_chemical_attack\ntitle: Ghouta chemical attack\n"
            "date: 2013-08-21\n\nThe attack took place in Ghouta, Syria.\n\nDeaths: Various estimates:\n"
            "at least 350 (UK intelligence)\n1,429 (United States)\n")
    found = {p.value: (p.claimant, p.place) for p in propose(parse_article(text, "a.txt"), "en")}
    assert found == {"at least 350": ("UK intelligence", "Ghouta"), "1,429": ("United States", "Ghouta")}


def test_a_possessive_figure_is_its_owners_only_when_a_figure_follows():
    text = "The Red Cross's estimate of 300 deaths was lower than the 500 the army gave."
    assert _proposals(text, "en")[0].claimant == "Red Cross"
    text = ("The Myanmar government's official death toll may have been under-reported, and officials "
            "stopped updating the death toll after 138,000.")
    assert [p.claimant for p in _proposals(text, "en")] == [None]


def test_segun_and_a_speech_verb_are_one_attribution():
    text = "Según informó el Ministerio de Salud, 300 personas murieron."
    assert [p.claimant for p in _proposals(text, "es")] == ["Ministerio de Salud"]


# ------------------------------------------------------------------------------------ place

def test_a_distance_is_placed_at_the_place_it_is_measured_from():
    text = ("url: https://es.wikipedia.org/wiki/Terremoto_de_Chile_de_2010\ntitle: Terremoto de Chile de 2010\n"
            "date: 2010-02-27\n\nEl epicentro se ubicó en el mar chileno, frente a la costa de la entonces "
            "Región del Biobío, cerca de 150 km al noroeste de Concepción y 63 km al suroeste de Cauquenes, "
            "a una profundidad de 30,1 km bajo la corteza terrestre.")
    found = {p.value: p.place for p in propose(parse_article(text, "a.txt"), "es")}
    assert found == {"cerca de 150 km": "Concepción", "63 km": "Cauquenes", "30,1 km": "CL"}


def test_an_unknown_origin_is_declared_with_a_check():
    text = ("title: 2011 Tōhoku earthquake and tsunami\ndate: 2011-03-11\n\nThe earthquake struck off the coast "
            "of Japan, with the epicenter approximately 70 kilometres (43 mi) east of the Oshika Peninsula "
            "of Tōhoku.")
    first, second = propose(parse_article(text, "a.txt"), "en")
    assert (first.place, second.place) == ("Oshika Peninsula", "Oshika Peninsula")
    assert first.city == "JP-OSHIKA-PENINSULA"
    assert any("Oshika Peninsula" in check and "_places.yaml" in check for check in first.checks)


def test_a_figure_of_several_listed_regions_is_their_countrys():
    text = ("title: Terremoto de Chile de 2010\ndate: 2010-02-27\n\n"
            "Las regiones afectadas (de norte a sur) fueron Valparaíso, Metropolitana de Santiago, "
            "O'Higgins, Maule, y Biobío, que acumulan más de 13 millones de habitantes, cerca del 80% de la "
            "población del país.")
    assert [p.place for p in propose(parse_article(text, "a.txt"), "es")] == ["CL", "CL"]


def test_a_clause_ends_at_a_dash():
    text = ("Hasta el momento, el número de víctimas supera las 6000 y los daños materiales son cuantiosos "
            "—entre ellos, se incluyen la plaza Basantapur Durbar de Katmandú—.")
    article = parse_article("title: Terremoto de Nepal de 2015\ndate: 2015-04-25\n\n" + text, "a.txt")
    assert [p.place for p in propose(article, "es")] == ["NP"]


def test_a_country_named_as_the_scope_of_a_superlative_gives_the_articles_place():
    text = ("title: República Cromañón\ndate: 2004-12-30\n\nRepública Cromañón fue una discoteca ubicada "
            "en la ciudad de Buenos Aires, Argentina. Un incendio en la discoteca de Buenos Aires provocó una "
            "de las mayores tragedias no naturales en Argentina, causando la muerte de 194 personas.")
    proposals = propose(parse_article(text, "a.txt"), "es")
    assert [(p.value, p.place) for p in proposals] == [("194 personas", "Buenos Aires")]


# ------------------------------------------------------------------------------------ criterion

def test_the_criterion_is_the_verb_that_governs_the_number():
    text = ("In February 2018, CNN and Puerto Rico's Center for Investigative Journalism filed three "
            "lawsuits against the Government of Puerto Rico to obtain details on deaths in the months "
            "following Maria.")
    assert [(p.value, p.criterion, p.population) for p in _proposals(text, "en")] == [
        ("three", "filed", ["lawsuits"])]
    text = ("Two opposition-controlled areas in the suburbs around Damascus were struck by rockets "
            "containing the chemical agent sarin.")
    # "opposition-controlled" is an adjective of the counted noun, not the verb that governs it
    assert [p.criterion for p in _proposals(text, "en")] == [None]


def test_a_verb_after_and_governs_the_next_number_not_this_one():
    text = "The April 2015 Nepal earthquake killed 8,962 people and injured 21,952 across the countries."
    assert [p.criterion for p in _proposals(text, "en")] == ["dead", "injured"]


def test_a_known_verb_maps_to_its_criterion_in_spanish():
    text = ("Este incendio provocó una de las mayores tragedias no naturales en Argentina, causando la "
            "muerte de 194 personas y causando al menos 1432 heridos.")
    assert [p.criterion for p in _proposals(text, "es")] == ["dead", "injured"]


def test_a_spanish_verb_after_a_number_is_not_its_counted_noun():
    found = quantities_in_text("Murieron 194 personas y 1.432 resultaron heridas.", "es")
    assert [(q["text"], q["counted"]) for q in found] == [("194 personas", "personas"), ("1.432", None)]


# ------------------------------------------------------------------------------------ attribution
# (sentences of Spanish news reports of the 2017 Mexico earthquakes and of a 2017 fire in Guatemala)

def test_the_listener_of_a_speech_verb_is_not_the_speaker():
    text = ('"Tenemos en estos momentos a lo interno una escena con más de 17 cadáveres de niñas que '
            'murieron, algunas calcinadas por el incendio", dijo a la AFP, en el lugar de la tragedia, el '
            'subdirector de la Policía, Stu Velasco.')
    assert [(p.value, p.claimant) for p in _proposals(text, "es")] == [("más de 17", "Stu Velasco")]


def test_an_aside_after_the_verb_is_passed_over_and_the_role_gives_way_to_the_name():
    text = ("Oaxaca es hasta ahora el Estado más afectado, con 47 fallecidos, informó en Twitter el titular "
            "de Protección Civil del gobierno federal, Luis Felipe Puente.")
    assert [(p.value, p.claimant) for p in _proposals(text, "es")] == [("47", "Luis Felipe Puente")]


def test_a_description_between_commas_after_the_name():
    text = "Ban Ki-moon, the U.N. secretary-general, said 3 million people needed help."
    assert [p.claimant for p in _proposals(text, "en")] == ["Ban Ki-moon"]


def test_a_present_tense_spanish_verb_and_a_time_of_day_in_words():
    text = ("Los organizadores cifran la asistencia en dos millones de personas. La Delegación del Gobierno "
            "señaló sobre las nueve de la noche que había 50.000 manifestantes.")
    assert [(p.value, p.claimant) for p in _proposals(text, "es")] == [
        ("dos millones de personas", "organizadores"), ("50.000", "Delegación del Gobierno")]


# ------------------------------------------------------------------------------------ junk (news prose)

def test_ages_are_not_counts():
    # a Spanish news report of the 2017 Chiapas earthquake; an English rewording
    text = ('Las réplicas se habían sentido "como unas cuatro veces", dijo Rubisel Fuentes, un empleado de '
            '24 años, mientras observaba los restos de un edificio.')
    assert _texts(text, "es") == []
    assert _texts("The driver, aged 42, and a passenger, 37, were arrested.", "en") == []
    assert _texts("Jodi Singsime, 42, said 40 people were hurt.", "en") == ["40 people"]


def test_a_clock_split_by_the_parser_is_a_time_of_day():
    assert _texts("The attack lasted from 10:05 to 10:15 p.m., police said.", "en") == []


def test_the_second_number_of_a_share_is_not_a_count():
    # one share, 0.7, as "1 in 5" is (session 42: "7" alone had read as a count of seven residents)
    assert _texts("In the survey, 7 in 10 residents supported the plan.", "en") == ["7 in 10"]


def test_an_abbreviated_month_and_an_address_are_not_counts():
    assert _texts("On Oct. 1, 2017, protesters gathered at 10 Downing Street and on Interstate 15.", "en") == []


# ------------------------------------------------------------------------------------ wire copy
# (the opening of an EFE report of the 2007 Peru earthquake, as a blog reprinted it)
EFE = ("date: 2007-08-16\n\nLIMA, (EFE).- Al menos 19 personas murieron y más de 200 quedaron heridas, según "
       "datos preliminares, por el terremoto de 7,9 grados en la escala de Richter que sacudió ayer la costa "
       "peruana. El movimiento telúrico se registró a las 18.40 hora local (23.40 GMT) y su epicentro se "
       "localizó en el mar, a 167 kilómetros al sur de Lima y frente a las costas de la ciudad de Pisco.")


def test_a_dateline_places_the_report_and_its_agency_states_nothing():
    proposals = propose(parse_article(EFE, "a.txt"))
    assert [(p.value, p.claimant, p.place) for p in proposals] == [
        ("Al menos 19 personas", None, "Lima"), ("más de 200", None, "Lima"),
        ("7,9 grados en la escala de Richter", None, "Lima"),   # a magnitude: "7,9 grados" alone is an angle
        ("167 kilómetros", None, "Lima")]
    assert [p.criterion for p in proposals[:2]] == ["dead", "injured"]


def test_a_dateline_with_its_region_declares_a_town_reconcile_does_not_know():
    text = ("date: 2017-03-08\n\nSan José Pinula, Guatemala\nAl menos 17 chicas figuran entre las víctimas "
            "mortales de un incendio registrado este miércoles en un refugio para adolescentes, informó una "
            "fuente de la Policía.")
    (proposal,) = propose(parse_article(text, "a.txt"))
    assert (proposal.claimant, proposal.place, proposal.city, proposal.criterion) == (
        "Policía", "San José Pinula", "GT-SAN-JOSE-PINULA", "dead")


def test_a_season_of_two_years_is_not_a_count_and_one_person_is():
    assert _texts("Attendance fell in the 2003–04 season.", "en") == []
    assert _texts("One person died and one of the guards was hurt.", "en") == ["One"]
    text = "El terremoto de Haití de 2010 fue uno de los terremotos más mortíferos de la historia."
    assert _texts(text, "es") == []


def test_an_english_dateline_a_town_before_its_region_and_a_dash_that_is_no_minus():
    # the opening of a Reuters report of the 2021 Waukesha parade crash
    text = ("date: 2021-11-22\n\nWaukesha, Wisconsin, Nov 22 (Reuters) - Five people were killed and more "
            "than 40 injured when an SUV sped through a Christmas parade in the small city of Waukesha, "
            "Wisconsin, on Sunday, police chief Dan Thompson said.")
    proposals = propose(parse_article(text, "a.txt"))
    assert [(p.value, p.claimant, p.place, p.criterion) for p in proposals] == [
        ("Five people", "Dan Thompson", "Waukesha", "dead"), ("more than 40", "Dan Thompson", "Waukesha", "injured")]
    assert proposals[0].city == "US-WAUKESHA"


def test_an_adjective_after_of_is_not_the_counted_noun():
    found = quantities_in_text("Rescuers dug through the rubble of dozens of collapsed buildings.", "en")
    assert [q["counted"] for q in found] == ["buildings"]


def test_each_clause_keeps_its_own_claimant_and_vague_words_name_no_one():
    text = "Human rights groups put the number of dead at 3,000, while the army said 150 soldiers were killed."
    assert [(p.value, p.claimant) for p in _proposals(text, "en")] == [
        ("3,000", "Human rights groups"), ("150", "army")]
    assert [p.claimant for p in _proposals("Other estimates suggest that 8,000 died within two weeks.", "en")] == [None]
    assert [p.claimant for p in _proposals("Unofficial reports said that 2,000 people died.", "en")] == [None]


def test_a_role_before_a_writers_name_is_dropped():
    text = "British journalist John Rodda estimated 325 deaths; historian Enrique Krauze wrote that 300 were killed."
    assert [(p.value, p.claimant) for p in _proposals(text, "en")] == [("325", "John Rodda"), ("300", "Enrique Krauze")]


def test_spanish_verbs_that_set_a_figure_and_a_noun_that_looks_like_a_verb():
    text = ("La Guardia Urbana situó la cifra de asistentes en 1,8 millones, mientras que la Delegación del "
            "Gobierno la rebajó a 520.000.")
    assert [(p.value, p.claimant) for p in _proposals(text, "es")] == [
        ("1,8 millones", "Guardia Urbana"), ("520.000", "Delegación del Gobierno")]
    text = "Los organizadores hablaron de dos millones de personas."
    assert [p.claimant for p in _proposals(text, "es")] == ["organizadores"]


def test_demonyms_and_more_nouns_of_people_count_people():
    # (women and hostages are groups a careful reader keeps: tests/extract/test_pop_groups.py)
    text = "Cientos de miles de nepalíes quedaron sin hogar y 300 mujeres fueron evacuadas."
    assert [p.population for p in _proposals(text, "es")] == [["people"], ["women"]]
    text = "Some 2,000 Syrians fled, and 40 hostages were freed."   # not "Thousands": no one gives it (test_junk)
    assert [p.population for p in _proposals(text, "en")] == [["people"], ["hostages"]]


def test_a_figure_of_a_past_event_compared_with_is_not_proposed():
    text = ("This tally competes with the imprecise figure of 10 million protesters worldwide for the "
            "protests against the Iraq war on 15 February 2003.")
    assert _texts(text, "en") == []
    assert _texts("La marcha superó a los 300.000 manifestantes de 2012.", "es") == []
    # a figure of its own time is kept, with or without a year
    assert _texts("Since the quake, 300 people died in 2010.", "en") == ["300 people"]
    assert _texts("More than 500 people died in 2010.", "en") == ["More than 500 people"]


def test_a_dateline_names_a_city_with_or_without_its_date():
    from reconcile.extract.propose import _dateline

    assert _dateline("WASHINGTON, Oct. 2 (Reuters) - The toll rose.") == ("US-WASHINGTON", "Washington")
    assert _dateline("Madrid, 12 mar (EFE).- Unas 300 personas...") == ("ES-MADRID", "Madrid")
    assert _dateline("El Salvador, Honduras y Guatemala sufrieron daños.") is None
    assert _dateline("Smith, Jones (AP) - The toll rose.") is None


def test_an_unnamed_speaker_in_its_own_clause_takes_no_ones_claim():
    text = ("At least 1,392 people died, according to the National Hurricane Center, while other estimates "
            "put the toll at 1,833.")
    assert [(p.value, p.claimant) for p in _proposals(text, "en")] == [
        ("At least 1,392 people", "National Hurricane Center"), ("1,833", None)]


def test_taking_refuge_is_not_taking_part_and_a_gulf_coast_is_no_province():
    text = ("title: Hurricane Katrina\ndate: 2005-08-29\n\nThe storm displaced more than one million people "
            "from the central Gulf coast. In New Orleans, about 20,000 people took refuge in the Superdome.")
    proposals = propose(parse_article(text, "a.txt"), "en")
    # the first is the article's country (the Gulf coast is no Papua New Guinean province)
    assert [(p.place, p.criterion) for p in proposals] == [("US", "displaced"), ("New Orleans", None)]
