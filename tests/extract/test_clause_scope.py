"""What belongs to a count's own clause: a criterion only the living meet is not given to a count
of things by another count's noun; the place of a part is not its total's. Invented sentences,
in English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.fields import criterion, population


def _proposals(text, lang, date="2020-03-14", title="Prueba"):
    article = parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{text}", "a.txt")
    return {p.value: p for p in propose(article, lang)}


def _criterion(sentence, number, counted, lang):
    at = sentence.index(number)
    return criterion(sentence, at, at + len(number), counted, lang)


@pytest.mark.parametrize("sentence, number, counted, lang", [
    ("Se reportaron 12 fallecidos, más de 40 viviendas y 3 puentes.", "40", "viviendas", "es"),
    ("Hay más de 40 viviendas y 12 fallecidos en la zona.", "40", "viviendas", "es"),
    ("Se contaron 30 heridos y 25 vehículos en la autopista.", "25", "vehículos", "es"),
    ("The storm left 12 dead and more than 40 houses in the town.", "40", "houses", "en"),
    ("There were 12 people killed, and 40 bridges.", "40", "bridges", "en"),
])
def test_houses_are_not_dead_by_another_counts_noun(sentence, number, counted, lang):
    assert _criterion(sentence, number, counted, lang) is None


@pytest.mark.parametrize("sentence, number, counted, lang, want", [
    # the thing's own word still counts
    ("El alud dejó 12 fallecidos y más de 40 viviendas destruidas.", "40", "viviendas", "es", "destroyed"),
    ("The flood left 12 dead and 40 houses flooded.", "40", "houses", "en", "flooded"),
    # people keep the criterion of the clause beside them
    ("Se reportaron 12 fallecidos, entre ellos 5 niños.", "5", "niños", "es", "dead"),
    ("The blast killed 12, among them 5 children.", "5", "children", "en", "dead"),
    # places where protests were held count as the protest's
    ("Protests were held in more than 600 cities across the world.", "600", "cities", "en", "protested"),
    ("Se registraron protestas en la capital y al menos otras nueve ciudades.", "nueve", "ciudades", "es",
     "protested"),
])
def test_a_count_keeps_the_criterion_of_its_own_clause(sentence, number, counted, lang, want):
    assert _criterion(sentence, number, counted, lang) == want


def test_viviendas_are_houses_as_the_guide_counts_them():
    assert population("viviendas", " viviendas destruidas", "es") == ["houses"]
    assert population("homes", " homes destroyed", "en") == ["homes"]
    found = _proposals("El alud dejó 12 fallecidos y más de 40 viviendas destruidas.", "es")
    assert found["más de 40"].population == ["houses"] and found["más de 40"].criterion == "destroyed"
    assert found["12"].criterion == "dead"


@pytest.mark.parametrize("title, text, lang, value, place", [
    ("Beslan school siege", "The Beslan school siege was a terrorist attack. It ended with the deaths of 334 people.",
     "en", "334 people", "Beslan"),
    ("Masacre de Halabja", "La masacre de Halabja fue un ataque químico. Murieron unas 5.000 personas.",
     "es", "unas 5.000 personas", "Halabja"),
])
def test_a_small_town_the_title_names_is_the_place_when_the_text_names_no_country(title, text, lang, value, place):
    assert _proposals(text, lang, title=title)[value].place == place


def test_a_title_word_that_is_no_town_of_one_country_or_not_in_the_opening_gives_no_place():
    assert _proposals("The Love Parade disaster killed 21 people.", "en", title="Love Parade disaster")[
        "21 people"].place is None
    # the title's town, which the opening does not name
    assert _proposals("The chemical attack killed 5,000 people.", "en", title="Halabja attack")[
        "5,000 people"].place is None


def _claimant_place(text, lang, title="Inundaciones"):
    return {v: (p.claimant, p.place) for v, p in _proposals(text, lang, title=title).items()}


@pytest.mark.parametrize("text, lang, want", [
    ("Greater La Plata was hardest hit with 91 reported deaths, and Greater Rosario reported 10 deaths.", "en",
     {"91": (None, "La Plata"), "10": (None, "Rosario")}),
    ("La provincia de Santa Fe reportó 12 muertos, y la provincia de Mendoza informó 3 desaparecidos.", "es",
     {"12": (None, "Santa Fe"), "3": (None, "Mendoza")}),
    ("Sindh reported 45 deaths, and Balochistan reported 12.", "en",
     {"45": (None, "Sindh"), "12": (None, "Balochistan")}),
    ("The state of Bihar reported 45 deaths.", "en", {"45": (None, "Bihar")}),
])
def test_a_town_or_region_that_reports_a_count_is_where_it_was_counted(text, lang, want):
    assert _claimant_place(text, lang) == want


def test_a_person_named_as_a_town_is_a_claimant():
    assert _claimant_place("Mwansa, speaking to reporters, said 1,700 homes were lost.", "en")[
        "1,700"][0] == "Mwansa"


def test_a_country_that_reports_a_count_is_its_claimant():
    found = _claimant_place("A huge earthquake struck Pakistan on Saturday, killing about 19,500 people. "
                            "India reported 360 killed.", "en", title="Quake")
    assert found["360"][0] == "India"


@pytest.mark.parametrize("text, lang, want", [
    ("In Sindh, 300 people died, and in Balochistan, 200 were missing.", "en",
     {"300 people": "Sindh", "200": "Balochistan"}),
    # the other place is nearer, across a comma
    ("Sindh recorded 300 deaths, Balochistan 12.", "en", {"300": "Sindh", "12": "Balochistan"}),
    ("Piura registró 300 muertos, Tumbes 12.", "es", {"300": "Piura", "12": "Tumbes"}),
])
def test_each_count_takes_the_place_of_its_own_stretch_between_commas(text, lang, want):
    assert {v: p for v, (_, p) in _claimant_place(text, lang).items()} == want


@pytest.mark.parametrize("sentence, number, counted, lang, want", [
    ("At least 68 people died and 7 remain missing.", "7", None, "en", "missing"),
    ("At least 68 people died and 7 are still missing.", "7", None, "en", "missing"),
    ("Murieron 68 personas, mientras 7 permanecen desaparecidas.", "7", None, "es", "missing"),
    ("Murieron 68 personas y 7 siguen desaparecidas.", "7", None, "es", "missing"),
    # across a dash or a comma, the verb is another count's: "a bordo" names it
    ("De las 90 personas a bordo —80 pasajeros y seis tripulantes—, 14 resultaron heridas.", "seis",
     "tripulantes", "es", "on-board"),
])
def test_a_verb_of_state_puts_its_word_at_the_count(sentence, number, counted, lang, want):
    assert _criterion(sentence, number, counted, lang) == want


@pytest.mark.parametrize("sentence, number, counted, want", [
    ("El tsunami arrasó 300 casas y destruyó 40 puentes.", "300", "casas", "destroyed"),
    ("El tsunami arrasó 300 casas y destruyó 40 puentes.", "40", "puentes", "destroyed"),
    ("La crecida inundó 500 viviendas.", "500", "viviendas", "flooded"),
    ("El sismo derrumbó 12 edificios.", "12", "edificios", "collapsed"),
])
def test_spanish_verbs_in_the_preterite_name_their_criterion(sentence, number, counted, want):
    assert _criterion(sentence, number, counted, "es") == want


def test_remain_is_no_counted_noun():
    from reconcile.quantities import quantities_in_text
    [_, seven] = quantities_in_text("At least 68 people died and 7 remain missing.", "en")
    assert seven["counted"] is None


@pytest.mark.parametrize("text, lang, value, place", [
    ("La avalancha arrasó Armero, en Colombia, y murieron 20.000 personas. En Chinchiná murieron otras 1.800.", "es",
     "1.800",
     "Chinchiná"),
    ("The mudflow buried Armero, Colombia, killing 20,000 people. In Chinchiná another 1,800 died.", "en", "1,800",
     "Chinchiná"),
])
def test_others_counted_in_a_place_are_that_places(text, lang, value, place):
    assert _proposals(text, lang, title="Tragedia de Armero")[value].place == place


def test_a_place_joined_to_others_is_not_theirs():
    found = _proposals("Hubo protestas en Caracas y al menos otras nueve ciudades del país.", "es",
                       title="Protestas en Venezuela")
    assert found["al menos nueve"].place == "VE"


def test_se_danaron_names_damaged():
    assert _criterion("En Acapulco se dañaron 220.000 viviendas.", "220.000", "viviendas", "es") == "damaged"


@pytest.mark.parametrize("text, lang, value, want", [
    # a word inside a phrase is the phrase's: "inundaron las calles" is a march, not a flood
    ("Más de 50.000 personas inundaron las calles de Caracas.", "es", "Más de 50.000 personas", "protested"),
    # the phrase after the count's noun is its own, not the verb of the clause before it
    ("Más de 100 viviendas colapsaron y 45 escuelas sufrieron daños.", "es", "45", "damaged"),
    ("More than 100 homes collapsed and 45 schools sustained damage.", "en", "45", "damaged"),
])
def test_a_phrase_names_the_criterion_of_its_own_count(text, lang, value, want):
    assert _proposals(text, lang)[value].criterion == want


def test_guards_and_shelters_are_counted_as_such():
    found = _proposals("Murieron 25 reclusos y 3 custodios en 40 refugios.", "es")
    assert (found["25"].population, found["3"].population, found["40"].population) == (
        ["prisoners"], ["guards"], ["shelters"])


def test_left_puts_its_word_at_the_count_and_a_modifier_names_the_members():
    found = _proposals("Some 200 families were left homeless by the floods.", "en")
    assert found["Some 200"].criterion == "homeless"
    found = _proposals("The ship carried 250 crew members and 40 staff members.", "en")
    assert found["250"].population == ["crew"]


@pytest.mark.parametrize("text, lang, value, place", [
    ("The quake shook the south of Ecuador and the north of Peru, and killed at least 14 people.", "en",
     "at least 14 people", None),
    ("El sismo sacudió el sur de Ecuador y el norte de Perú, y dejó al menos 14 muertos.", "es", "al menos 14", None),
    ("Unas 5.000 personas marcharon en el norte de Madrid y el sur de Barcelona.", "es", "Unas 5.000 personas", "ES"),
])
def test_parts_of_two_places_joined_hold_one_count_of_both(text, lang, value, place):
    assert _proposals(text, lang, title="Sismo")[value].place == place


def test_drowned_is_dead():
    assert _criterion("In the river, 12 people drowned.", "12", "people", "en") == "dead"
    assert _criterion("En el río se ahogaron 12 personas.", "12", "personas", "es") == "dead"


@pytest.mark.parametrize("text, lang, want", [
    ("370 people were killed by the earthquake, including 228 in Oaxaca City, and more than 6,000 were injured.",
     "en", {"370 people": "Puebla", "228": "Oaxaca City", "more than 6,000": "Puebla"}),
    ("El sismo dejó 370 muertos, incluidos 228 en Oaxaca, y más de 6.000 heridos.", "es",
     {"370": "Puebla", "228": "Oaxaca", "más de 6.000": "Puebla"}),
    # a sibling's place is shared
    ("On 27 January, 242 people were killed and at least 630 others injured in a fire in Tlaxcala.", "en",
     {"242 people": "Tlaxcala", "at least 630": "Tlaxcala"}),
])
def test_the_place_of_a_part_is_not_its_totals(text, lang, want):
    found = _proposals("El sismo de Puebla, México, ocurrió el 19 de septiembre. " + text, lang,
                       title="Terremoto de Puebla de 2017")
    assert {v: p.place for v, p in found.items() if v in want} == want


@pytest.mark.parametrize("text, lang, value, want", [
    ("One firefighter and two prison guards also suffered lesser injuries.", "en", "two", (["guards"], "injured")),
    ("The fire killed 20 miners, and 14 suffered serious burns.", "en", "14", (["miners"], "injured")),
    ("Tres bomberos también sufrieron quemaduras leves.", "es", "Tres", (["firefighters"], "injured")),
])
def test_an_adverb_is_no_counted_noun_and_suffered_injuries_is_injured(text, lang, value, want):
    found = _proposals(text, lang)[value]
    assert (found.population, found.criterion) == want


@pytest.mark.parametrize("text, lang, value", [
    ("The earthquake caused damage in the states of Puebla and Morelos and in the Greater Mexico City area, "
     "including the collapse of more than 40 buildings.", "en", "more than 40"),
    ("El sismo causó daños en Puebla, Morelos y en la Ciudad de México, con más de 40 edificios derrumbados.", "es",
     "más de 40"),
])
def test_a_list_of_places_that_goes_on_with_in_is_their_country(text, lang, value):
    assert _proposals(text, lang, title="Sismo")[value].place == "MX"
