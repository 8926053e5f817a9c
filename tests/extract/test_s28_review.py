"""Session 28's review of extract on fresh news and encyclopedia texts: the mechanisms, each on
invented sentences of the kind the texts hold (the texts themselves are not in the repository)."""
from __future__ import annotations

import pytest

from reconcile.extract.article import outlet_label, outlet_of
from tests.extract.test_extract import _extract, _sources
from tests.extract.test_s21_review import _by_value, _proposals


# --- source: an outlet whose address runs its name's words together ---------------------------------
@pytest.mark.parametrize("url, outlet", [
    ("https://www.newindianexpress.com/states/x", "New Indian Express"),
    ("https://www.malaymail.com/news/x", "Malay Mail"),
    ("https://www.thehindu.com/news/x", "The Hindu"),
    ("https://eldeber.com.bo/x", "El Deber"),
    ("https://www.hindustantimes.com/x", "Hindustan Times"),
    ("https://silverbirdtv.com/x", "Silver Bird TV"),
    ("https://www.business-standard.com/x", "Business Standard"),
    # one word, a brand, or a split that is unsure stays as the address writes it
    ("https://www.reuters.com/x", "Reuters"),
    ("https://www.clarin.com/x", "Clarin"),
    ("https://www.elespectador.com/x", "Elespectador"),      # "ele spect ad or"
    ("https://www.semissourian.com/x", "Semissourian"),      # "se missourian"
    ("https://dainikdisha.com/x", "Dainikdisha"),            # "dainik dish a"
    ("https://en.wikipedia.org/wiki/X", "Wikipedia"),
])
def test_an_outlets_name_is_the_words_its_address_runs_together(url, outlet):
    assert outlet_of(url) == outlet


def test_the_outlets_source_keeps_its_addresss_label_as_an_alias(tmp_path):
    text = ("url: https://www.newindianexpress.com/states/x\ntitle: Floods\ndate: 2021-11-20\n\n"
            "At least 12 people died in floods in Nellore district on Friday.\n")
    result, out = _extract(tmp_path, text)
    assert result.exit_code == 0, result.output
    outlet = _sources(out)["new-indian-express"]["source"]
    assert (outlet["name"], outlet["aliases"]) == ("New Indian Express", ["newindianexpress"])
    assert outlet_label("https://www.newindianexpress.com/x") == "newindianexpress"


def test_a_projects_source_named_by_the_addresss_label_keeps_its_id(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "nie.yaml").write_text(
        "source:\n  id: nie\n  name: newindianexpress\n  kind: media\nclaims: []\n", encoding="utf-8")
    text = ("url: https://www.newindianexpress.com/states/x\ntitle: Floods\ndate: 2021-11-20\n\n"
            "At least 12 people died in floods in Nellore district on Friday.\n")
    result, out = _extract(tmp_path, text)
    assert result.exit_code == 0, result.output
    assert list(_sources(out)) == ["nie"]


# --- place: a name that opens with an elided article ---------------------------------------------------
def test_a_distance_from_a_town_whose_name_opens_with_an_elided_article_keeps_the_whole_name():
    found = _by_value("An earthquake struck central Italy on 3 May 2019. Its epicentre was 20 km south of L'Aquila "
                      "and 30 km east of Rieti.", date="2019-05-03")
    assert (found["20 km"].place, found["30 km"].place) == ("L'Aquila", "Rieti")


# --- source: official reports by a body ----------------------------------------------------------------
@pytest.mark.parametrize("text, lang, claimant", [
    ("According to official reports by the National Emergency Management Agency (NEMA), 45 were reported dead "
     "and 120 people were injured.", "en", "National Emergency Management Agency"),
    ("Según informes oficiales de la Coordinadora Nacional para la Reducción de Desastres (CONRED), 45 personas "
     "murieron y 120 resultaron heridas.", "es", "Coordinadora Nacional para la Reducción de Desastres"),
])
def test_official_reports_by_a_body_are_the_bodys(text, lang, claimant):
    assert {p.claimant for p in _proposals(text, lang)} == {claimant}


# --- as_of: people a disaster moved on a day are no stock of residents -----------------------------------
def test_residents_evacuated_on_a_day_the_sentence_gives_are_of_that_day():
    found = _by_value("Cyclone Idra hit the province of Sofala on 5 March 2019. On March 9, the storm sent some "
                      "25,000 residents back to evacuation centres. The town, home to 8,000 residents, was spared.",
                      date="2019-03-05")
    assert found["some 25,000"].as_of == "2019-03-09"
    assert found["8,000"].as_of == "2019"                   # a town's residents: a stock, by the year


# --- place: a county by its name, whatever comes before it ----------------------------------------------
def test_a_county_named_with_its_capital_word_is_the_place_after_any_word():
    found = _by_value("A mudslide hit Wenchuan County in Sichuan province, China, on 3 May 2019. In Wenchuan "
                      "County, 300 homes were destroyed.", date="2019-05-03")
    assert found["300"].place == "Wenchuan County"        # a county keeps its word (GUIDE § place)


# --- place: a division written without the marks of its letters (the wire's "Elazig") --------------------
@pytest.mark.parametrize("name, code", [("Elazig", "TR-23"), ("Elazığ", "TR-23"), ("Sanliurfa", "TR-63"),
                                        ("Diyarbakir", "TR-21"), ("Adiyaman", "TR-02")])
def test_a_division_written_without_its_letters_marks_resolves_to_its_code(name, code):
    from reconcile.model.names import iso_resolve

    assert iso_resolve(name) == code


# --- source: one body, named in full and then cut short ---------------------------------------------------
def test_a_body_named_again_by_its_first_words_is_the_same_source(tmp_path):
    text = ("url: https://www.diario-pacifico.co/x\ntitle: Desplazados\ndate: 2021-09-01\n\n"
            "La Defensoría del Pueblo informó que 3.200 personas fueron desplazadas en Chocó. La Defensoría añadió "
            "que 900 familias fueron afectadas. El Servicio Geológico de Estados Unidos (USGS, por sus siglas en "
            "inglés) informó de un sismo a 40 kilómetros de profundidad.\n")
    result, out = _extract(tmp_path, text)
    assert result.exit_code == 0, result.output
    sources = _sources(out)
    assert len(sources["defensoria-del-pueblo"]["claims"]) == 2 and "defensoria" not in sources
    assert sources["defensoria-del-pueblo"]["source"]["aliases"] == ["Defensoría"]
    assert sources["servicio-geologico-de-estados-unidos"]["source"]["aliases"] == ["USGS"]


def test_a_short_name_two_drafted_bodies_open_with_stays_apart():
    from reconcile.extract.project import Draft, _same_claimant

    draft = Draft()
    draft.source("ministerio-de-salud", "Ministerio de Salud", "government")
    assert _same_claimant(draft, "ministerio") == "ministerio-de-salud"
    draft.source("ministerio-del-interior", "Ministerio del Interior", "government")
    assert _same_claimant(draft, "ministerio") == "ministerio"


# --- source: the medium named between a verb and its speaker; an adverb is no one ------------------------
@pytest.mark.parametrize("text, claimant", [
    ("Según informó en Twitter Salvamento Marítimo, 45 personas fueron rescatadas.", "Salvamento Marítimo"),
    ("Según detalló en Twitter Salvamento Marítimo, 45 personas fueron rescatadas.", "Salvamento Marítimo"),
    ("Según explicó en un comunicado el Ministerio de Salud, 45 personas murieron.", "Ministerio de Salud"),
    ("Un informe de Human Rights Watch criticó al Gobierno. Allí hablaba de 45 desplazados en Tumaco.",
     "Human Rights Watch"),
])
def test_the_speaker_after_a_medium_and_no_adverb_for_a_speaker(text, claimant):
    assert {p.claimant for p in _proposals(text, "es")} == {claimant}


# --- junk: ages in brackets after named people, a margin, an ordinal sign, coordinates, a class bound ---------
def test_ages_in_brackets_after_named_people_are_no_claims():
    text = "The deceased have been identified as Ramesh Yadav (42), Sunita Devi (35) and Mohan Lal (61), police said."
    assert _proposals(text) == []


def test_figures_in_brackets_after_regions_stay_claims():
    found = _by_value("The deaths were reported in Uttar Pradesh (12), Madhya Pradesh (5) and Bihar (3).")
    assert sorted(found) == ["12", "3", "5"]


@pytest.mark.parametrize("text, lang, kept", [
    ("An earthquake measuring 5.8 ± 0.1 struck central Italy, at a depth of 9 ± 2 km.", "en", ["5.8", "9"]),
    ("Profundidad: 12 Km (1° sismo) 8 km (2° sismo).", "es", ["12 Km", "8 km"]),
    ("El sismo tuvo su epicentro en -15.16667, -72.50000 y dejó 30 muertos.", "es", ["30"]),
    ("Se registraron 500 réplicas de magnitud igual o superior a 4.", "es", ["500"]),
    ("It was followed by 200 aftershocks of magnitude 4 or greater.", "en", ["200"]),
])
def test_a_margin_an_ordinal_sign_coordinates_and_a_class_bound_are_no_claims(text, lang, kept):
    assert [p.value for p in _proposals(text, lang)] == kept


# --- population: a list's bare items count what its first item counts -----------------------------------
@pytest.mark.parametrize("text, lang, noun", [
    ("Protección Civil indicó que 120 casas quedaron totalmente destruidas, 340 parcialmente destruidas y 75 en "
     "situación de riesgo.", "es", "houses"),
    ("En la primera semana se registraron más de 300 réplicas, más de 500 al cabo de un mes y 820 al cabo de seis "
     "meses.", "es", "aftershocks"),
])
def test_a_lists_bare_items_count_what_its_first_item_counts(text, lang, noun):
    assert {tuple(p.population) for p in _proposals(text, lang)} == {(noun,)}


# --- as_of: the event's day, named in another sentence or after the last of two figures -------------------
@pytest.mark.parametrize("text, date, day", [
    # the day the event took place, in the sentence after the counts (the lead's day is the day it was told)
    ("Sitapur (Uttar Pradesh): At least five people were killed and 12 others injured in a crush at a village "
     "fair, an official said on Tuesday.\n\nThe crush took place at the fairground around 9 pm on Monday, the "
     "official said.", "2023-05-09", "2023-05-08"),
    ("About 200 gunmen raided a village in northwestern Nigeria, killing 12 people, police said.\n\nThe attackers "
     "stormed Dangulbi village late Saturday, police spokesman Musa Bello said.", "2020-09-14", "2020-09-12"),
    # a day to come named beside the event's day
    ("A rally against corruption was held on Saturday in Zagreb, with the next to be held on March 13.\n\nThe "
     "organizers announced that about 12 thousand people took part.", "2021-03-08", "2021-03-06"),
])
def test_the_events_day_named_in_another_sentence_dates_its_counts(text, date, day):
    found = [p for p in _proposals(text, date=date) if p.value.startswith(("12", "At least five", "about 12"))]
    assert found and {p.as_of for p in found} == {day}


def test_a_weekday_after_two_joined_figures_dates_both():
    found = _by_value("At least 12 people were killed and more than 300 injured Saturday after an earthquake shook "
                      "eastern Iran, according to authorities.", date="2021-06-13")
    assert (found["At least 12 people"].as_of, found["more than 300"].as_of) == ("2021-06-12", "2021-06-12")


def test_a_day_of_an_earlier_event_told_as_such_dates_not_the_articles_counts():
    found = _by_value("Vienna police said that 40,000 people turned out, while organizers said that 90,000 attended. "
                      "Austria already saw more than 100,000 people rally on Friday in a one-day strike.",
                      date="2023-03-11")
    assert (found["40,000 people"].as_of, found["90,000"].as_of) == ("2023-03-11", "2023-03-11")


# --- place: a division's possessive holds the district; a town named by its word elsewhere; a river ------
def test_a_district_after_its_states_possessive_is_the_place():
    found = _by_value("At least five people were killed in a crush at a village fair in Uttar Pradesh's Sitapur "
                      "district, an official said on Tuesday.")
    assert found["At least five people"].place == "Sitapur"


def test_a_town_the_article_called_a_district_is_the_place_where_named_again_bare():
    found = _by_value("A 5.3-magnitude earthquake hit Malatya province in Turkey on Thursday, with its epicenter in "
                      "Yesilyurt district. Four buildings in Yesilyurt and 12 in Battalgazi district were destroyed.")
    assert (found["Four"].place, found["12"].place) == ("Yesilyurt", "Battalgazi")


def test_a_river_named_like_a_town_abroad_is_no_place():
    found = _by_value("At least seven people were killed when a boat capsized in the Ganga river, police said.")
    assert found["At least seven people"].place != "Ganga"


# --- place: a given name that a country has; a body's "Pueblo" -----------------------------------------------
@pytest.mark.parametrize("text", [
    "Unas 300.000 personas acompañaron a Mauricio Pérez frente al Obelisco, según estimó la policía.",
    "La Defensoría del Pueblo informó que 800 personas fueron desplazadas.",
])
def test_a_persons_given_name_or_a_bodys_pueblo_is_no_place(text):
    assert {p.place for p in _proposals(text, "es")} == {None}


# --- source: a bare government is the country's of the places around; an event says nothing ----------------
def test_a_bare_government_is_the_country_of_the_places_the_opening_names(tmp_path):
    text = ("url: https://es.wikipedia.org/wiki/X\ntitle: Terremoto de Lucanas de 2016\ndate: 2016-08-14\n\n"
            "El terremoto de Lucanas ocurrió el 14 de agosto de 2016 en Ayacucho. La réplica más fuerte cifró una "
            "magnitud de 6,1. Según la información oficial del Gobierno, murieron 20 personas.\n")
    result, out = _extract(tmp_path, text, "--lang", "es")
    assert result.exit_code == 0, result.output
    assert sorted(_sources(out)) == ["gobierno-de-peru", "wikipedia"]


# --- source: a kind in brackets before the verb; unnamed officials after a named claimant ------------------
def test_a_bodys_kind_in_brackets_before_its_verb_keeps_the_body():
    found = _by_value("Earlier on Saturday, the Kassala Medical Network (an NGO) reported 710 cholera cases in "
                      "Kassala state.")
    assert found["710"].claimant == "Kassala Medical Network"


def test_unnamed_officials_are_not_the_claimant_named_in_the_sentence_before():
    found = _by_value("Lisbon's police said that 60,000 people turned out, while organizers said that 200,000 "
                      "attended. In Portugal, officials said that 30,000 people marched in Porto.")
    assert (found["200,000"].claimant, found["30,000 people"].claimant) == ("organizers", None)


# --- place: the article's country, against a list of cities abroad and a department named like a city ------
def test_cities_abroad_each_named_once_leave_the_outlets_country(tmp_path):
    from reconcile.extract.article import parse_article
    from reconcile.extract.scene import article_place
    from reconcile.quantities.running import sentences

    text = ("url: https://www.diario-austral.ar/x\ntitle: La marcha del sábado\ndate: 2019-10-19\n\n"
            "Unas 300.000 personas marcharon por la avenida con banderas argentinas. Las marchas de respaldo se "
            "replicaron en el exterior: Toronto, Londres, París, Madrid y Miami.\n")
    article = parse_article(text, "a.txt")
    assert article_place(article, sentences(article.text, "es")) == ("AR", "AR")


def test_a_department_named_like_a_city_abroad_gives_no_country():
    from reconcile.extract.article import parse_article
    from reconcile.extract.scene import article_place
    from reconcile.quantities.running import sentences

    text = ("title: Dengue\ndate: 2024-04-22\n\nEl Ministerio de Salud informó 85 nuevos casos de dengue, de los "
            "cuales 40 corresponden al departamento Ambato.\n")
    article = parse_article(text, "a.txt")
    assert article_place(article, sentences(article.text, "es")) is None


# --- guards from the session's review: ordinary sentences the changes above must leave alone ----------------
@pytest.mark.parametrize("text, value, place", [
    ("Fighting in Chad Tuesday killed 40 soldiers, the army said.", "40", "TD"),
    ("Jordan Tuesday received 5,000 refugees from Syria, the UNHCR said.", "5,000", "JO"),
    ("The Israel Defense Forces said 20 militants were killed in the raid.", "20", "IL"),
    ("The victims were from Buenos Aires (12), Santa Fe (5) and Rosario (3), the ministry said.", "12", "Buenos Aires"),
])
def test_a_country_before_a_weekday_or_a_body_and_places_in_brackets_stay(text, value, place):
    assert _by_value(text, date="2024-03-06")[value].place == place


@pytest.mark.parametrize("text, lang, kept", [
    ("El IGP registró 3 sismos de magnitud 4,5 en Arequipa el lunes.", "es", ["3", "4,5"]),
    ("La temperatura máxima llegó a 18° en Sevilla.", "es", ["18"]),
])
def test_a_quakes_own_magnitude_and_a_temperature_stay_claims(text, lang, kept):
    assert [p.value for p in _proposals(text, lang)] == kept


@pytest.mark.parametrize("text, claimant", [
    ("Maximum sustained winds were 120 mph, the hurricane center said.", "hurricane center"),
    ("The flood relief commissioner said 40 people died in Karachi.", "flood relief commissioner"),
])
def test_a_body_named_after_an_event_still_speaks(text, claimant):
    assert {p.claimant for p in _proposals(text)} == {claimant}


def test_a_towns_residents_a_toll_touches_stay_a_stock_and_a_total_takes_no_items_noun():
    found = _by_value("The fire on Monday displaced most of Lahaina's 12,000 residents.", date="2024-03-06")
    assert found["12,000"].as_of == "2024"
    found = _by_value("Authorities evacuated 25 villages in Assam, about 8,000 in total, as the river rose.")
    assert found["about 8,000"].population != ["villages"]


def test_a_regions_own_district_name_is_no_town_and_the_un_is_not_its_refugee_agency():
    from reconcile.extract.project import Draft, _same_claimant
    from reconcile.model.names import iso_resolve

    found = _by_value("Floods hit the Peak District on Monday. Peak flows reached 300 cubic metres per second.")
    assert found["300 cubic metres"].place != "Peak"
    draft = Draft()
    draft.source("un-refugee-agency", "UN Refugee Agency", "other")
    assert _same_claimant(draft, "un") == "un"
    assert iso_resolve("Gharb") is None                      # Malta's Għarb keeps its letter


@pytest.mark.parametrize("url, outlet", [("https://www.infobae.com/x", "Infobae"),
                                         ("https://www.elconfidencial.com/x", "Elconfidencial")])
def test_a_brand_split_into_a_short_piece_stays_whole(url, outlet):
    assert outlet_of(url) == outlet


# --- guards from round 8's texts: an item of its own verb, a stock of a place's inhabitants, a body's town ----
def test_an_item_with_a_verb_of_its_own_takes_no_noun_from_the_list():
    found = _by_value("The quake caused 5,782 deaths, while 36,299 people were injured, 135,000 houses damaged, and "
                      "an estimated 1.5 million left homeless.")
    assert found["an estimated 1.5 million"].population != ["houses"]


def test_the_inhabitants_a_toll_is_taken_from_stay_a_stock():
    found = _by_value("La catástrofe ocurrió el 9 de enero de 1959, en la que fallecieron 144 de los 532 habitantes "
                      "de Ribadelago.", lang="es", date="1959-01-09")
    assert found["532"].as_of == "1959"


def test_a_town_the_article_named_is_no_place_inside_a_bodys_name():
    from types import SimpleNamespace

    from reconcile.extract.propose_place import _with_article_towns

    story = SimpleNamespace(towns=frozenset({"Mallamas"}), country="CO")
    body = "El comandante del Cuerpo de Bomberos de Mallamas informó que trece cuerpos fueron recuperados."
    assert _with_article_towns(body, [], story) == []
    body = "En Mallamas, trece cuerpos fueron recuperados por los bomberos."
    assert [name for _, name, _ in _with_article_towns(body, [], story)] == ["Mallamas"]


# --- place: an opening that names several districts and the state that holds them -------------------------
def test_districts_listed_with_their_state_leave_the_state_as_the_articles_place():
    found = _by_value("The 2019 Nipah virus outbreak was localized in Kottayam and Idukki districts of Kerala and "
                      "claimed 9 lives. The index patient had passed the virus to 6 persons at the district hospital.",
                      title="2019 Nipah virus outbreak in Kerala", date="2019-05-01")
    assert (found["9"].place, found["6 persons"].place) == ("Kerala", "Kerala")


# --- population: others of the total, not of its part; as_of: another event's day told later ---------------
def test_others_after_a_part_count_what_the_total_counts():
    found = _by_value("At least seven people, including four women, were killed and 12 others injured in a stampede "
                      "at a temple, an official said on Monday.", date="2024-08-12")
    assert found["12"].population == ["people"]


def test_another_crash_that_took_place_later_in_the_story_does_not_date_the_lead():
    text = ("At least 14 people were killed and 20 injured when a bus plunged into a ravine, police said on "
            "Wednesday.\n\nThe bus was carrying 40 passengers. Rescuers worked through the night. The road is "
            "known for its sharp bends.\n\nA similar crash took place on Sunday near Ayacucho, killing six.")
    found = _by_value(text, date="2024-03-13")
    assert found["At least 14 people"].as_of == "2024-03-13"


@pytest.mark.parametrize("text, claimant", [
    ("Fuentes de la Secretaría de Gestión de Riesgos (SGR), las lluvias dejaron 1.200 personas afectadas.",
     "Secretaría de Gestión de Riesgos"),
    ("Fuentes consultadas por este diario, 300 personas marcharon.", None),
])
def test_sources_of_a_body_opening_a_sentence_are_the_bodys(text, claimant):
    assert {p.claimant for p in _proposals(text, "es")} == {claimant}


def test_a_measure_in_brackets_after_a_town_is_that_towns():
    found = _by_value("Se confirmaron olas de tsunami en Salina Cruz, Oaxaca (1.1 metros); Acapulco, Guerrero (72 "
                      "centímetros).", lang="es")
    assert (found["1.1 metros"].place, found["72 centímetros"].place) == ("Salina Cruz", "Acapulco")


# --- guards from the second review of the session's changes -------------------------------------------------
def test_residents_evacuated_on_a_day_after_of_the_stay_of_that_day():
    found = _by_value("Floods struck the village of Schuld on Sunday. Of the 700 residents evacuated on Sunday, 500 "
                      "had returned by Monday, officials said.", date="2023-06-13")
    assert found["700"].as_of == "2023-06-11"


def test_a_damage_list_of_different_verbs_keeps_its_noun():
    found = _by_value("In Pinar del Rio, 120 homes were destroyed, 340 partially damaged and 75 flooded, the civil "
                      "defence said.")
    assert (found["340"].population, found["75"].population) == (["homes"], ["homes"])


def test_a_town_called_fuentes_de_is_no_source():
    found = _by_value("Fuentes de Ebro, un municipio de 4.500 habitantes, fue evacuado por el incendio.", lang="es")
    assert found["4.500"].claimant is None
