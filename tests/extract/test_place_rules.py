"""Where a drafted claim is (issue 14, `place`): the rules that choose it, each on invented
articles (invented events in real places, so that the places resolve)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import city_code, places_in
from reconcile.extract.scene import _title_places, article_place, dateline
from reconcile.quantities.running import sentences


def _article(title: str, body: str, date: str = "2031-05-04"):
    return parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt")


def _by_value(proposals, value: str):
    found = [p for p in proposals if p.value == value or p.value.startswith(value + " ")]
    assert found, [p.value for p in proposals]
    return found[0]


def test_infobox_lines_are_not_the_opening_that_gives_the_articles_place():
    article = _article("Typhoon Kalma", "Affected areas: Palau, Guam\nDeaths in Palau: 3\nFatalities: 120 confirmed\n\n"
                                        "Typhoon Kalma struck the Philippines on 3 October 2031. "
                                        "It was the strongest storm of the season.")
    assert article_place(article, sentences(article.text)) == ("PH", "PH")
    assert _by_value(propose(article), "120").place == "PH"


def test_the_place_the_opening_says_the_event_happened_in_wins_over_the_titles_broader_place():
    article = _article("Marcha por el agua de Andalucía",
                       "La marcha por el agua de Andalucía fue una manifestación realizada en Sevilla el 3 de "
                       "marzo de 2031. Asistieron unas 40.000 personas, según la policía.")
    assert _by_value(propose(article, "es"), "unas 40.000").place == "Sevilla"
    # the same verb of happening before a place of another country is not the event's place
    article = _article("Marcha por el agua de Andalucía",
                       "La marcha por el agua de Andalucía, convocada en Lisboa por la plataforma, reunió a "
                       "unas 40.000 personas.")
    assert _by_value(propose(article, "es"), "unas 40.000").place != "PT"


def test_a_place_in_the_events_other_name_is_the_events_place():
    article = _article("Kestrel mill fire", "The Kestrel mill fire or 2031 Tarsus mill fire broke out on 4 June "
                                            "2031 at a textile mill. At least 31 workers died.")
    proposal = _by_value(propose(article), "At least 31")
    assert proposal.place == "Tarsus" and proposal.city == "TR-TARSUS"


def test_an_unknown_town_in_the_events_other_name_is_declared_inside_the_titles_country():
    article = _article("Accidente de autobús de Galicia",
                       "El accidente de autobús de Galicia o accidente de Valdemora ocurrió el 2 de mayo de "
                       "2031 cerca de Valdemora, a diez kilómetros de la ciudad. Murieron 12 personas.")
    proposal = _by_value(propose(article, "es"), "12")
    assert proposal.place == "Valdemora" and proposal.city == "ES-VALDEMORA"


def test_a_count_of_an_event_that_struck_several_countries_has_no_one_country():
    article = _article("2031 Chile–Argentina earthquake",
                       "The 2031 Chile–Argentina earthquake struck the Andes on 2 March 2031. It killed 240 "
                       "people. In Argentina, 35 people died. The earthquake had a depth of 12 km.")
    proposals = propose(article)
    whole = _by_value(proposals, "240")
    assert whole.place is None and any("CL, AR" in check for check in whole.checks)
    assert _by_value(proposals, "35").place == "AR"
    assert _by_value(proposals, "12 km").place == "CL"      # a measure of the event: its first country


def test_a_country_that_begins_a_name_is_not_the_titles_place():
    assert _title_places("15 May 2031 Vietnam War protests") == []
    assert [code for code, _, _ in _title_places("2031 Vietnam floods")] == ["VN"]


def test_an_event_that_spans_a_region_or_the_world_gives_no_one_place():
    article = _article("Cyclone Ambar", "Cyclone Ambar was a tropical cyclone that devastated parts of Southeast "
                                        "Asia in May 2031, above all Myanmar. It killed at least 900 people.")
    assert article_place(article, sentences(article.text)) is None
    assert _by_value(propose(article), "at least 900").place is None
    article = _article("Global climate strike", "On 4 May 2031, protests were held across the world, from London "
                                                "to Sydney. About two million people took part.")
    assert _by_value(propose(article), "About two million").place is None


def test_a_count_of_others_than_a_place_is_not_that_place():
    article = _article("Protestas en el Perú", "Hubo protestas en Lima y al menos otras doce ciudades. "
                                               "También marcharon en Arequipa y otras tres provincias de la "
                                               "región Cusco.")
    proposals = propose(article, "es")
    assert _by_value(proposals, "al menos doce").place == "PE"
    assert _by_value(proposals, "tres").place == "Cusco"


def test_towns_listed_after_a_count_give_their_country():
    article = _article("Bolivia storm", "The storm damaged 52 of the 300 towns of the country, among them Tarija, "
                                        "Potosí (Bolivia), Oruro and Sucre.")
    assert _by_value(propose(article), "52").place == "BO"


def test_a_distance_from_the_centre_of_a_city_is_from_that_city():
    article = _article("2031 Peru earthquake", "The 2031 Peru earthquake struck on 2 March 2031. Its epicentre "
                                               "was 40 km west of central Arequipa.")
    assert _by_value(propose(article), "40 km").place == "Arequipa"


MARCH = ("La marcha por el agua de Andalucía fue una manifestación realizada en Sevilla el 3 de marzo de 2031. ")


def test_a_place_that_is_a_bodys_seat_in_the_claimants_words_is_not_where_the_count_is():
    article = _article("Marcha por el agua de Andalucía",
                       MARCH + "Asistieron 30.000 personas, según la delegación del Gobierno en Andalucía, y "
                               "90.000, según los organizadores.")
    assert _by_value(propose(article, "es"), "30.000").place == "Sevilla"
    # organisers "in" a place speak of the march there
    article = _article("Climate march", "March organizers in Lyon claimed 20,000 people took part.")
    assert _by_value(propose(article), "20,000").place == "Lyon"


def test_a_region_named_as_a_superlatives_scope_around_the_articles_town_is_not_the_place():
    article = _article("Marcha por el agua de Andalucía",
                       MARCH + "Fue una de las marchas más multitudinarias de la historia de Andalucía, con "
                               "40.000 personas.")
    assert _by_value(propose(article, "es"), "40.000").place == "Sevilla"


def test_a_town_of_a_region_is_the_town():
    article = _article("Pune factory fire", "A fire in Pune of Maharashtra, India, killed 40 workers on Monday.")
    proposal = _by_value(propose(article), "40")
    assert proposal.place == "Pune" and proposal.city == "IN-PUNE"


def test_washington_dc_is_the_city_not_the_state():
    article = _article("Capital march", "About 60,000 people marched in Washington, D.C., on Saturday.")
    proposal = _by_value(propose(article), "About 60,000")
    assert proposal.place == "Washington, D.C." and proposal.city == "US-WASHINGTON"
    article = _article("Seattle march", "About 6,000 people marched in Seattle, Washington, on Saturday.")
    assert _by_value(propose(article), "About 6,000").place == "Seattle"


def test_one_count_for_two_places_of_one_kind_is_of_the_place_that_holds_both():
    proposals = propose(_article("Marchas", "Unas 5.000 personas marcharon en Madrid y Barcelona.", "2031-05-04"), "es")
    proposal = _by_value(proposals, "Unas 5.000")
    assert proposal.place == "ES" and any("Madrid and Barcelona" in check for check in proposal.checks)
    # two provinces of one region: the region
    proposals = propose(_article("Incendios", "Los incendios quemaron 12.000 hectáreas en Huelva y Cádiz.",
                                 "2031-05-04"), "es")
    assert _by_value(proposals, "12.000").place == "Andalucía"
    # two countries: neither, left empty with a note
    proposals = propose(_article("Border protests", "About 8,000 people protested in Chile and Peru on Sunday.",
                                 "2031-05-04"))
    proposal = _by_value(proposals, "About 8,000")
    assert proposal.place is None and any("different countries" in check for check in proposal.checks)
    # a count for each is not one count for both
    proposals = propose(_article("Marchas", "Marcharon 3.000 personas en Madrid y 4.000 en Barcelona.",
                                 "2031-05-04"), "es")
    assert _by_value(proposals, "3.000").place == "Madrid"


def test_a_town_reconcile_does_not_know_placed_by_the_opening_is_declared_inside_its_country():
    article = _article("Kalinda gas explosion", "The gas explosion occurred in Kalinda, Mexico, on 2 May 2031. "
                                                "It killed 14 people.")
    proposal = _by_value(propose(article), "14")
    assert proposal.place == "Kalinda" and proposal.city == "MX-KALINDA"


def test_a_name_with_de_inside_it_is_not_a_town_of_a_region():
    from reconcile.extract.places import places_in
    assert [code for code, _, _ in places_in("a fire in Pune of Maharashtra, India")] == ["IN-PUNE", "IN-MH", "IN"]
    assert not any(code.startswith("CL") for code, _, _ in places_in("Accidente ferroviario de Santiago de Compostela"))


def test_another_town_where_protests_were_also_held_is_not_the_events_place():
    article = _article("Thousands protest in Tbilisi",
                       "About 20,000 people marched through the Georgian capital on Sunday, police said. "
                       "Organisers put the figure at 50,000. Protests were also held in Batumi, where some "
                       "3,000 gathered.")
    proposals = propose(article)
    assert _by_value(proposals, "50,000").place == "Tbilisi"
    assert _by_value(proposals, "some 3,000").place == "Batumi"


def test_the_region_an_event_struck_is_its_place():
    article = _article("2031 Emilia floods", "The 2031 Emilia floods were a series of floods that struck the "
                                             "Emilia-Romagna region of northern Italy in May 2031. At least 17 "
                                             "people died.")
    assert _by_value(propose(article), "At least 17").place == "Emilia-Romagna"


def test_a_place_after_the_claimants_name_in_an_attribution_is_where_the_count_is():
    text = "Al menos 15 personas murieron por las lluvias en la región de Piura, informó el Instituto Nacional."
    assert _by_value(propose(_article("Lluvias en el norte del Perú", text), "es"), "Al menos 15").place == "Piura"


def test_a_place_that_an_n_of_them_takes_is_not_the_other_counts():
    text = "Dejó 98 muertos, 71 de ellos en Oaxaca, y más de 300 heridos."
    proposals = propose(_article("Terremoto del sur de México de 2031", text), "es")
    assert _by_value(proposals, "71").place == "Oaxaca"
    assert _by_value(proposals, "98").place == "MX" and _by_value(proposals, "más de 300").place == "MX"


def test_an_unknown_district_the_opening_puts_in_the_titles_town_is_the_events_place():
    article = _article("2031 Lagos building collapse", "On 1 November 2031, a 21-storey building under "
                                                       "construction collapsed in Ikoyi, Lagos, Nigeria. At least "
                                                       "45 people were killed.")
    proposal = _by_value(propose(article), "At least 45")
    assert proposal.place == "Ikoyi" and proposal.city == "NG-IKOYI"


def test_where_the_speaker_speaks_from_is_not_where_the_count_is():
    text = ("Desde la ciudad de Roma, donde se encontraba de visita, el presidente declaró el estado de "
            "excepción en seis provincias.")
    proposal = _by_value(propose(_article("Terremoto del Ecuador de 2031", text), "es"), "seis")
    assert proposal.place == "EC"


def test_a_declared_town_says_it_must_be_checked():
    article = _article("Kalinda gas explosion", "The gas explosion occurred in Kalinda, Mexico, on 2 May 2031. "
                                                "It killed 14 people.")
    proposal = _by_value(propose(article), "14")
    assert any("'Kalinda': a place reconcile does not know" in check for check in proposal.checks)


def test_a_count_the_sentence_says_is_nationwide_is_of_the_country():
    text = ("The 2031 Paris pension protests were demonstrations held in Paris against a pension reform. On 23 "
            "March 2031, 1.08 million people marched nationwide, 119,000 of them in Paris.")
    proposals = propose(_article("2031 Paris pension protests", text))
    assert _by_value(proposals, "1.08 million").place == "FR"
    assert _by_value(proposals, "119,000").place == "Paris"
    text = "Unas 200.000 personas marcharon en Lima. Según la policía, hubo 900.000 en todo el país."
    assert _by_value(propose(_article("Marcha en Lima", text), "es"), "900.000").place == "PE"


def test_an_infobox_at_the_top_of_a_text_is_read_not_taken_for_a_header():
    text = ("Date: 4 May 2031\nLocation: Kalinda, Mexico\nCasualties: 412 deaths, 2,300 injured\n\n"
            "The Kalinda earthquake struck on 4 May 2031.")
    article = parse_article(text, "a.txt")
    assert article.text.startswith("Date: 4 May 2031") and "Casualties" in article.text
    assert {"412", "2,300"} <= {p.value.split()[0] for p in propose(article)}
    headed = parse_article("url: https://example.org/a\ntitle: Kalinda earthquake\ndate: 2031-05-04\n\nText.", "a.txt")
    assert headed.text == "Text." and headed.date == "2031-05-04"


def test_a_region_named_as_a_comparisons_scope_does_not_widen_the_event():
    text = "The Kalinda march was the largest protest in Latin America that year, held in Lima. About 90,000 marched."
    assert _by_value(propose(_article("Kalinda march", text)), "About 90,000").place == "Lima"


def test_two_countries_named_as_often_give_the_first_named_whatever_the_hash_seed():
    # the countries were counted from a set: a tie went to whichever the hash seed put first
    for first, second in (("Peru", "PE"), ("Ecuador", "EC")), (("Ecuador", "EC"), ("Peru", "PE")):
        article = _article("", f"Rivers rose between {first[0]} and {second[0]} after the rains. "
                               f"{first[0]} and {second[0]} sent boats to the valley.")
        assert article_place(article, sentences(article.text)) == (first[1], first[1])


def test_a_name_several_countries_share_is_read_in_the_articles_country():
    # the title's "Valencia" is Venezuela's largest Valencia unless the article names Spain
    article = _article("Inundaciones en Valencia", "Las lluvias dejaron 200 muertos en Valencia. "
                                                   "El Gobierno de España envió 5.000 soldados.")
    assert article_place(article, sentences(article.text))[0] == "ES-V"
    assert _by_value(propose(article), "200").place == "Valencia"
    assert _by_value(propose(article), "200").city is None          # the ISO province, not a city of VE
    article = _article("Protestas en Valencia", "La policía contó 3.000 manifestantes en Valencia. "
                                                "Venezuela vive su tercera semana de protestas.")
    assert _by_value(propose(article), "3.000").city == "VE-VALENCIA"
    # "Santiago" in Chile is its capital, in Spain Santiago de Compostela
    article = _article("Floods", "The floods left 12 dead in Santiago. The government of Chile sent 300 soldiers.")
    assert _by_value(propose(article), "12").city == "CL-SANTIAGO"
    article = _article("Incendio", "El incendio dejó 12 muertos en Santiago. España decretó tres días de luto.")
    assert _by_value(propose(article), "12").city == "ES-SANTIAGO-DE-COMPOSTE"


def test_a_short_name_is_a_citys_own_name_not_an_old_name_of_another():
    # "Santiago de León de Caracas" is an old name of Caracas: "Santiago" in Venezuela is not Caracas
    from reconcile.extract.places import places_in

    assert places_in("Hubo protestas en Santiago.", "VE")[0][0] != "VE-CARACAS"
    assert places_in("Hubo protestas en Santiago.", "ES")[0][0] == "ES-SANTIAGO-DE-COMPOSTE"


# the event's place the opening gives far from its verb: an island it sank off, a site located
# in a city ("ubicada en el centro comercial X de la ciudad de Lima")
OPENING_PLACES = [
    ("Naufragio de migrantes de 2031",
     "El naufragio se refiere al suceso ocurrido el 3 de mayo de 2031, cuando un barco que llevaba migrantes desde "
     "Túnez a Italia se hundió frente a la isla italiana de Linosa. Murieron 40 personas.", ("IT-LINOSA", "Linosa")),
    ("Incendio de la discoteca Quimera",
     "El incendio de la discoteca Quimera fue un suceso ocurrido en la discoteca Quimera ubicada en el centro "
     "comercial Jockey Plaza de la ciudad de Lima, el 3 de mayo de 2031. Murieron 40 personas.", ("PE-LIMA", "Lima")),
]


@pytest.mark.parametrize("title, body, where", OPENING_PLACES, ids=[row[2][1] for row in OPENING_PLACES])
def test_the_town_or_site_the_opening_places_the_event_at_is_its_place(title, body, where):
    article = _article(title, body)
    assert article_place(article, sentences(article.text)) == where
    assert _by_value(propose(article), "40").place == where[1]


def test_a_number_in_a_relative_clause_of_a_place_is_of_that_place():
    article = _article("Terremoto en Chile",
                       "El sismo sacudió el centro del país el 3 de mayo de 2031. En Chile, donde el 40% de las casas "
                       "quedó dañado, la ciudad más afectada fue Talca.")
    assert _by_value(propose(article, "es"), "40%").place == "CL"
    # the country closing a chain of places is not the relative clause's place: the town is
    article = _article("Derrumbe", "A building collapsed on 3 May 2031 in the Savar Upazila of Dhaka, Bangladesh, "
                                   "where 1,100 people died.")
    assert _by_value(propose(article), "1,100").place == "Savar"


def test_a_name_that_begins_with_a_capital_outside_ascii_and_spanish_is_read():
    assert [(code, name) for code, name, _ in places_in("Twelve people died in Ürümqi and Łódź.")] == [
        ("CN-URUMQI", "Ürümqi"), ("PL-LODZ", "Łódź")]
    assert dateline("ÜRÜMQI, China (AP) — At least 12 people died.") == ("CN-URUMQI", "Ürümqi")
    proposal = _by_value(propose(_article("Örebro bus crash", "At least 14 passengers died when a bus overturned "
                                                              "near Örebro on Sunday.")), "At least 14")
    assert proposal.place == "Örebro" and proposal.city == "SE-OREBRO"
    proposal = _by_value(propose(_article("Incendio en Łódź", "Al menos 9 personas murieron en un incendio en "
                                                              "una fábrica de Łódź, en Polonia."), "es"), "Al menos 9")
    assert proposal.place == "Łódź" and proposal.city == "PL-LODZ"


def test_a_citys_draft_id_is_ascii():
    assert city_code("BR", "São Paulo") == "BR-SAO-PAULO"
    assert city_code("PL", "Łódź") == "PL-LODZ"
    assert city_code("ES", "Ñuñoa") == "ES-NUNOA"


@pytest.mark.parametrize(("title", "body", "lang", "value", "code", "name"), [
    ("Wadi Sahrat massacre", "The Wadi Sahrat massacre was an attack on two villages in the Wadi Sahrat District of "
                             "Jordan on 3 May 2031. At least 40 people were killed.", "en", "At least 40",
     "JO-WADI-SAHRAT", "Wadi Sahrat"),
    ("Masacre de Wadi Sahrat", "La masacre de Wadi Sahrat fue un ataque contra dos aldeas de Wadi Sahrat, en "
                               "Jordania, el 3 de mayo de 2031. Murieron al menos 40 personas.", "es", "al menos 40",
     "JO-WADI-SAHRAT", "Wadi Sahrat"),
    ("Mabeleng shooting", "The Mabeleng shooting occurred on 3 May 2031 at a tavern in the township of Mabeleng in "
                          "the North West Province of South Africa. Police said 23 people were killed.", "en", "23",
     "ZA-MABELENG", "Mabeleng"),
    ("Tiroteo de Mabeleng", "El tiroteo de Mabeleng ocurrió el 3 de mayo de 2031 en una taberna de la localidad de "
                            "Mabeleng, en la provincia del Noroeste de Sudáfrica. La policía informó de 23 muertos.",
     "es", "23", "ZA-MABELENG", "Mabeleng"),
    ("Tal Kalakh massacre", "The Tal Kalakh massacre was an attack on 3 May 2031 in Tal Kalakh, a small town in "
                            "western Syria. At least 40 people were killed.", "en", "At least 40",
     "SY-TAL-KALAKH", "Tal Kalakh"),
    ("Masacre de Tal Kalaj", "La masacre de Tal Kalaj fue un ataque el 3 de mayo de 2031 en Tal Kalaj, una pequeña "
                             "ciudad del oeste de Siria. Murieron al menos 40 personas.", "es", "al menos 40",
     "SY-TAL-KALAJ", "Tal Kalaj"),
    # a site the title names is in the one town of the country the article names most
    ("Tahrir Square clashes", "The Tahrir Square clashes took place on 3 May 2031 in Egypt. Hospitals in Cairo were "
                              "full. Cairo police blamed the protesters, as did officials in Alexandria. At least 40 "
                              "people were killed.", "en", "At least 40", "EG-CAIRO", "Cairo"),
    ("Enfrentamientos de la Plaza Tahrir", "Los enfrentamientos de la Plaza Tahrir ocurrieron el 3 de mayo de 2031 en "
                                           "Egipto. Los hospitales de El Cairo se llenaron. La policía de El Cairo "
                                           "culpó a los manifestantes. Murieron al menos 40 personas.", "es",
     "al menos 40", "EG-CAIRO", "El Cairo"),
])
def test_a_title_town_the_opening_places_in_a_country_is_the_articles_place(
        title, body, lang, value, code, name):
    # "the Wadi Sahrat District of Jordan", "Wadi Sahrat, en Jordania", "the township of Mabeleng", "Tal Kalakh, a
    # small town", "Tahrir Square" in Cairo
    article = _article(title, body)
    assert article_place(article, sentences(article.text)) == (code, name)
    assert _by_value(propose(article, lang), value).place == name


def test_a_site_in_the_title_takes_no_town_when_no_town_stands_out():
    article = _article("Tahrir Square clashes", "The Tahrir Square clashes took place on 3 May 2031 in Egypt. Police "
                                                "in Cairo and officials in Alexandria disagreed. At least 40 people "
                                                "were killed.")
    assert article_place(article, sentences(article.text)) == ("EG", "EG")


@pytest.mark.parametrize("text, place", [
    # a name with small words inside it
    ("Río de Janeiro, 12 ene (EFE).- Al menos 12 personas murieron.", ("BR-RIO-DE-JANEIRO", "Río de Janeiro")),
    ("Ciudad de Guatemala, 12 ene (EFE).- Al menos 12 personas murieron.",
     ("GT-GUATEMALA-CITY", "Ciudad de Guatemala")),
    ("Rio de Janeiro, Jan. 12 (Reuters) - At least 12 people died.", ("BR-RIO-DE-JANEIRO", "Rio de Janeiro")),
    # a day and the wire's stop, with no agency
    ("Tegucigalpa, 12 de enero de 2031.- Al menos 12 personas murieron.", ("HN-TEGUCIGALPA", "Tegucigalpa")),
    ("QUITO.- Al menos 12 personas murieron.", ("EC-QUITO", "Quito")),
    # a name several countries share, in a Spanish wire: the Spanish-speaking country's; in English, the largest
    ("San José, 15 feb (EFE).- Al menos 12 personas murieron en un incendio.", ("CR-SAN-JOSE", "San José")),
    ("SAN JOSE (Reuters) - At least 12 people died in a fire.", ("US-SAN-JOSE", "San Jose")),
    ("Lima (EFE).- Al menos 12 personas murieron.", ("PE-LIMA", "Lima")),
    # no dateline: a sentence that opens with a name and a date
    ("Quito, 12 de marzo. Al menos 12 personas murieron.", None),
    ("El 12 de marzo de 2031 — al menos 12 personas murieron.", None),
])
def test_a_datelines_town(text, place):
    assert dateline(text) == place


@pytest.mark.parametrize("title, body, lang, place", [
    # the title names the country alone; the opening says which town
    ("Mine blast in Colombia", "An explosion at a coal mine in the town of Sutatausa, in central Colombia, killed 11 "
                               "miners on Tuesday, authorities said.", "en", ("CO-SUTATAUSA", "Sutatausa")),
    ("Explosión en mina de Colombia", "Una explosión en una mina de carbón en el municipio de Sutatausa, en el centro "
                                      "de Colombia, dejó 11 mineros muertos el martes.", "es",
     ("CO-SUTATAUSA", "Sutatausa")),
    ("Floods kill 94 in Brazil", "Flooding in the Brazilian city of Petrópolis has killed at least 94 people, "
                                 "officials said. Rescuers were searching for 35 missing people.", "en",
     ("BR-PETROPOLIS", "Petrópolis")),
    ("Inundaciones en Brasil", "Las inundaciones en la ciudad brasileña de Petrópolis dejaron al menos 94 muertos. "
                               "Los rescatistas buscan a 35 desaparecidos.", "es", ("BR-PETROPOLIS", "Petrópolis")),
    ("Incendio en hospital de Irak", "Un incendio en un hospital de la ciudad iraquí de Nasiriya mató al menos a 60 "
                                     "personas.", "es", ("IQ-NASIRIYAH", "Nasiriya")),
    ("Estampida en Uganda", "Diez personas murieron en una estampida en un centro comercial de Kampala, la capital "
                            "de Uganda.", "es", ("UG-KAMPALA", "Kampala")),
    # the opening names no town: the title's country
    ("Mine blast in Colombia", "An explosion at a coal mine in central Colombia killed 11 miners on Tuesday.", "en",
     ("CO", "Colombia")),
])
def test_the_town_the_opening_names_in_the_titles_country_is_the_articles_place(title, body, lang, place):
    article = _article(title, body)
    assert article_place(article, sentences(article.text)) == place


def test_the_town_of_a_title_country_places_the_counts_that_name_no_place():
    article = _article("Floods kill 94 in Brazil", "Flooding in the Brazilian city of Petrópolis has killed at least "
                                                   "94 people, officials said. Rescuers were searching for 35 missing "
                                                   "people.")
    assert _by_value(propose(article), "35").place == "Petrópolis"


@pytest.mark.parametrize("text, lang, value, place", [
    ("The earthquake struck a remote area of eastern Afghanistan near the border with Pakistan, killing at least "
     "1,000 people.", "en", "at least 1,000", "AF"),
    ("El sismo sacudió una zona remota del este de Afganistán, cerca de la frontera con Pakistán, y mató al menos a "
     "1.000 personas.", "es", "al menos a 1.000", "AF"),
    ("The blast, 60 km north of Kabul in Parwan province, killed 12 people.", "en", "12", "Parwan"),
    ("La explosión, a 60 km al norte de Kabul, en la provincia de Parwan, mató a 12 personas.", "es", "12", "Parwan"),
])
def test_a_border_or_a_distances_reference_is_not_where_a_count_was_made(text, lang, value, place):
    assert _by_value(propose(_article("Earthquake", text), lang), value).place == place


@pytest.mark.parametrize("title, body, place", [
    ("Bus crash kills 20", "A bus crashed in Sutatausa, a town in central Colombia, on Tuesday, killing 20 people.",
     ("CO-SUTATAUSA", "Sutatausa")),
    ("Accidente de autobús deja 20 muertos", "Un autobús se accidentó en Sutatausa, un pueblo del centro de Colombia, "
                                             "y murieron 20 personas.", ("CO-SUTATAUSA", "Sutatausa")),
    ("Alud sepulta aldea", "Un alud sepultó la aldea de Kamalpur, en el norte de la India, y mató al menos a 30 "
                           "personas.", ("IN-KAMALPUR", "Kamalpur")),
    ("Avalanche buries village", "An avalanche buried the village of Kamalpur in northern India, killing at least 30 "
                                 "people.", ("IN-KAMALPUR", "Kamalpur")),
])
def test_a_town_reconcile_does_not_know_that_the_opening_places_in_a_country_is_the_articles_place(title, body, place):
    article = _article(title, body)
    assert article_place(article, sentences(article.text)) == place
