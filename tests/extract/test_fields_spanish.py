"""The scope of a proposed claim read from Spanish sentences (and their English kin): the counted
noun and the nouns listed after it, the criterion a verb or a phrase names, the date of a
sentence that names several days, and place names ISO 3166 writes another way. The sentences
are made up for the mechanism, not taken from the development set."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.fields import criterion, dates_in, places_in, population


def _proposals(text, lang="es", date="2020-03-14"):
    article = parse_article(f"url: https://example.org/a\ntitle: Prueba\ndate: {date}\n\n{text}", "a.txt")
    return {p.value: p for p in propose(article, lang)}


def _criterion(sentence, number, counted):
    at = sentence.index(number)
    return criterion(sentence, at, at + len(number), counted, "es")


def test_nouns_listed_after_the_counted_one_join_its_population():
    assert population("soldados", " soldados, policías y bomberos murieron", "es") == \
        ["firefighters", "police", "soldiers"]
    # a demonym between the nouns qualifies the first one
    assert population("soldados", " soldados hondureños y policías cruzaron", "es") == ["police", "soldiers"]
    # a list of things that are not populations stops the list
    assert population("mineros", " mineros, según la empresa, y 300 más", "es") == ["miners"]
    assert population("soldiers", " soldiers and police officers were", "en") == ["police", "soldiers"]


def test_an_adjective_before_the_noun_leads_to_the_noun():
    assert population("fuertes", " fuertes terremotos sacudieron", "es") == ["earthquakes"]
    assert population("strong", " strong earthquakes hit", "en") == ["earthquakes"]
    # a noun that counts something only with the word after it
    assert population("fuertes", " fuertes movimientos sísmicos", "es") == ["earthquakes"]
    assert population("movimientos", " movimientos estudiantiles", "es") == []


def test_prisoners_and_neighbourhoods_are_populations_of_their_own():
    assert population("reos", " reos", "es") == ["prisoners"]
    assert population("internos", " internos", "es") == []
    assert population("presos", " presos", "es") == ["prisoners"]
    # an English text's own noun is the group's noun (GUIDE: "the group's noun when the text names one")
    assert population("inmates", " inmates", "en") == ["inmates"]
    assert population("barrios", " barrios", "es") == ["neighbourhoods"]
    # held or detained people are people, counted as arrested
    assert population("detenidos", " detenidos", "es") == ["people"]


def test_a_verb_that_names_a_criterion_wins_over_the_counted_noun():
    assert _criterion("Unos 80 manifestantes fueron detenidos por la policía.", "80", "manifestantes") == "arrested"
    assert _criterion("Unos 80 manifestantes heridos llegaron al hospital.", "80", "manifestantes") == "injured"
    # a verb that names no criterion leaves the noun's
    assert _criterion("Unos 80 heridos fueron atendidos en el hospital.", "80", "heridos") == "injured"


def test_criteria_said_in_several_words_or_by_new_words():
    sentence = "Las lluvias dejaron 4.000 muertos, y más de 20.000 familias se quedaron sin hogar."
    assert _criterion(sentence, "20.000", "familias") == "homeless"
    sentence = "De los 90 pasajeros que iban a bordo, 12 murieron."
    assert _criterion(sentence, "90", "pasajeros") == "on-board"
    assert _criterion(sentence, "12", None) == "dead"
    assert _criterion("El huracán dejó 35.000 damnificados en la costa.", "35.000", "damnificados") == "affected"
    assert _criterion("Se encontraron 200 reclusos ilesos tras el motín.", "200", "reclusos") == "unharmed"
    assert _criterion("La riada dejó seis puentes arrasados.", "seis", "puentes") == "destroyed"


def test_attendance_is_protest_but_humanitarian_assistance_is_not():
    assert _criterion("Las cifras de asistencia oscilan entre 30.000 y 60.000.", "30.000", None) == "protested"
    assert _criterion("Unas 40.000 personas necesitan asistencia humanitaria.", "40.000", "personas") is None


def test_a_number_in_brackets_counts_what_is_named_before_it():
    assert _criterion("Hubo heridos entre los pasajeros (35) y muertos entre la tripulación.", "35", None) == "injured"


def test_a_sentence_that_names_several_days_is_dated_by_what_they_share():
    assert dates_in("Las réplicas del 3 de mayo y del 9 de junio de 2016 dejaron 40 heridos.", "2016-05-03") == "2016"
    assert dates_in("Marcharon 5.000 personas el 3 y el 4 de octubre.", "2019-10-05") == "2019-10"
    assert dates_in("Protests on 15 and 16 March drew 9,000 people.", "2021-03-20") == "2021-03"
    # a day without its year takes the year another date of the sentence gives
    assert dates_in("Entre el 2 de enero y el 5 de enero de 1999 huyeron 300 personas.", "2001-06-01") == "1999-01"
    # one day stays a day
    assert dates_in("El 12 de marzo de 2011 murieron 20 personas.", "2011-03-15") == "2011-03-12"


def test_a_year_in_brackets_after_a_figure_dates_it():
    assert dates_in("Muertos: 1.200 (2017)", "2015-08-01") == "2017"
    assert dates_in("Deaths: 1,200 (2017)", "2015-08-01") == "2017"


def test_place_names_iso_writes_with_another_name_in_brackets():
    # "Catalunya [Cataluña]", "Galicia [Galicia]", "Illes Balears [Islas Baleares]"
    assert [p[0] for p in places_in("Hubo protestas en Cataluña y en Galicia.")] == ["ES-CT", "ES-GA"]
    assert places_in("Llegaron 300 migrantes a Baleares.")[0][0] == "ES-IB"
    assert places_in("en la Araucanía")[0][0] == "CL-AR"


def test_country_names_written_the_spanish_way():
    assert places_in("Viajaron a EE. UU. y a Arabia Saudita.")[0][0] == "US"
    assert [p[0] for p in places_in("Viajaron a EE. UU. y a Arabia Saudita.")] == ["US", "SA"]
    assert places_in("la República Democrática del Congo")[0][0] == "CD"
    assert places_in("the Democratic Republic of the Congo")[0][0] == "CD"
    assert places_in("la República del Congo")[0][0] == "CG"
    assert places_in("Escocia")[0][0] == "GB-SCT"


def test_a_name_read_as_a_country_followed_by_another_country_in_brackets_is_a_town():
    found = places_in("Murieron 20 personas en Armenia (Colombia) y 3 en Armenia.")
    assert found[0][0].startswith("CO-")
    assert found[-1][0] == "AM"
    # a list of countries keeps them countries
    assert [p[0] for p in places_in("Perú, Chile y Bolivia")] == ["PE", "CL", "BO"]


def test_proposals_carry_the_new_readings():
    found = _proposals("Ayer 150 soldados, policías y bomberos fueron evacuados de la zona.")
    assert found["150"].population == ["firefighters", "police", "soldiers"]
    assert found["150"].criterion == "evacuated"
    found = _proposals("Según la policía, 45 reos murieron en el incendio del penal de Comayagua.")
    only = next(iter(found.values()))
    assert only.population == ["prisoners"] and only.criterion == "dead"


def test_spanish_nouns_of_people_count_in_both_genders():
    for word in ("heridas", "desaparecidas", "fallecidas", "lesionadas", "lesionados", "secuestradas",
                 "damnificadas", "evacuadas", "detenidas"):
        assert population(word, f" {word}", "es") == ["people"], word
    assert population("hinchas", " hinchas", "es") == ["fans"]
    assert population("protestors", " protestors", "en") == ["people"]


def test_things_counted_in_spanish_take_their_english_tag():
    assert population("iglesias", " iglesias", "es") == ["churches"]
    assert population("deslizamientos", " deslizamientos", "es") == ["landslides"]
    assert population("albergues", " albergues", "es") == ["shelters"]
    # an English plural not listed is its own tag; a Spanish one is not guessed
    assert population("turbines", " turbines", "en") == ["turbines"]
    assert population("turbinas", " turbinas", "es") == []


def test_participles_of_people_and_things_name_their_criterion():
    assert _criterion("Unas 300 personas fueron rescatadas por los bomberos.", "300", "personas") == "rescued"
    assert _criterion("Hay 40 personas hospitalizadas.", "40", "personas") == "hospitalised"
    assert _criterion("Quedaron 1.200 viviendas dañadas y 300 destruidas.", "1.200", "viviendas") == "damaged"
    assert _criterion("Quedaron 1.200 viviendas dañadas y 300 destruidas.", "300", None) == "destroyed"
    assert _criterion("Los daños ascienden a 40 millones de dólares.", "40 millones de dólares", None) == "damage"
    assert _criterion("Unos 15 mineros quedaron atrapados.", "15", "mineros") == "trapped"
    assert _criterion("De los 20 sobrevivientes, 12 eran niños.", "20", "sobrevivientes") == "survived"


def test_personnel_count_as_the_forces_named_after_them():
    assert population("efectivos", " efectivos de la Policía y el Ejército", "es") == ["police", "soldiers"]
    assert population("miembros", " miembros del Ejército", "es") == ["soldiers"]
    assert population("agentes", " agentes antidisturbios", "es") == ["police"]
    # members of something that is no force: not guessed
    assert population("miembros", " miembros de la comunidad", "es") == []
    assert _criterion("Unos 900 militares fueron desplegados en la frontera.", "900", "militares") == "deployed"


def test_abbreviated_months_and_parts_of_the_day():
    assert dates_in("On Feb. 3, 2014, some 2,000 people marched.", "2014-02-05") == "2014-02-03"
    assert dates_in("El 9 de sept. de 2017 murieron 12 personas.", "2017-09-10") == "2017-09-09"
    assert dates_in("Anoche murieron 12 personas.", "2017-09-10") == "2017-09-09"
    assert dates_in("Esta madrugada hubo 3 heridos.", "2017-09-10") == "2017-09-10"
    # "ago" and "mar" are words, not months: "two weeks ago" opening the sentence is the day two weeks before
    # (session 46, N6 D5; SPEC §2: as_of is the day the count refers to), not a day of August ("ago.")
    assert dates_in("Two weeks ago 12 people died.", "2017-09-10") == "2017-08-27"
    assert dates_in("Two weeks ago 12 people died.", "2017-10-20") == "2017-10-06"
    assert dates_in("Los 12 del mar murieron.", "2017-09-10") is None


def test_deported_immigrants_and_municipal_entities():
    assert _criterion("Unos 900 hondureños deportados llegaron; otros 30 fueron desplazados.", "900",
                      "hondureños") == "deported"
    assert population("inmigrantes", " inmigrantes", "es") == ["immigrants"]
    assert population("nuevas", " nuevas entidades municipales", "es") == ["municipalities"]
    assert population("entidades", " entidades financieras", "es") == ["organizations"]


def test_a_decade_is_no_year():
    assert dates_in("En la década de 1980 emigraron 40.000 personas.", "2015-08-21") is None
    assert dates_in("In 1980, 40,000 people emigrated.", "2015-08-21") == "1980"


def test_taking_to_the_streets_is_protest():
    assert _criterion("Un millón de personas salieron a la calle en Santiago.", "Un millón", "personas") == "protested"
    sentence = "Some 200,000 people took to the streets of Caracas."
    at = sentence.index("200,000")
    assert criterion(sentence, at, at + 7, "people", "en") == "protested"
    assert _criterion("Unas 5.000 personas se congregaron frente al Congreso.", "5.000", "personas") == "protested"
