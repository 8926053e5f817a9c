"""Session 41, XC: a list of regions after a total and its colon, a name a list reads as a division, a capital
abroad against a small town of the article's country, and the days a sentence names only for its event (U3-5,
U3's Madrid note, U5-12). Each test is an invented sentence of the kind the reports quote, and fails before its
fix."""
from __future__ import annotations

from reconcile.extract.places import places_in
from tests.extract.test_s21_review import _by_value, _proposals

_REGIONS = ("El coordinador de Protección Civil, Luis Felipe Puente, informó que los muertos subieron a 331: en "
            "Ciudad de México hay 192 fallecidos, 74 en Morelos, 45 en Puebla y 20 en Guerrero.")


# --- part_of: the first item of a list by place is no total of the others ----------------------------------------
def test_a_total_before_a_colon_list_of_regions_has_all_of_them_as_parts():
    found = _proposals(_REGIONS, "es", date="2017-09-26")
    total, *parts = found
    assert (total.value, total.place) == ("331", "MX")        # not Mexico City, the first item's place
    assert [p.value for p in parts] == ["192", "74", "45", "20"]
    assert {p.part_of for p in parts} == {0}                   # not the 192 as the total of the other three


def test_a_region_named_before_its_figure_opens_a_list_of_its_neighbours_not_of_its_parts():
    found = _by_value("En Jalisco murieron 30 personas, 5 en Colima y 3 en Nayarit.", "es", date="2017-09-26")
    assert found["5"].part_of is None and found["3"].part_of is None
    assert found["30 personas"].place == "Jalisco"


def test_parts_by_place_inside_the_region_named_before_the_total_stay_its_parts():
    found = _proposals("En México murieron 30 personas, 5 en Colima y 3 en Nayarit.", "es", date="2017-09-26")
    assert [p.part_of for p in found] == [None, 0, 0]


# --- place: a name a list of divisions holds is the division, not the city of that name ---------------------------
def test_a_city_name_listed_with_its_figure_among_states_is_the_state():
    found = _by_value(_REGIONS, lang="es", date="2017-09-26")
    assert found["45"].place == "Puebla" and found["45"].city is None     # ISO's MX-PUE, no city to declare


def test_a_state_named_with_its_noun_in_a_figured_list_keeps_the_list_going():
    found = _by_value("Hubo 74 muertos en Morelos, 45 en Puebla, 13 en el Estado de México y 6 en Guerrero.", "es",
                      date="2017-09-26")
    assert found["45"].city is None


# --- place: a capital abroad against a small town of the article's country ----------------------------------------
def test_a_capital_abroad_is_read_before_a_small_town_of_the_articles_country():
    assert places_in("Los organizadores dan casi un millón de personas en Madrid.", "CO")[0][0] == "ES-MADRID"
    assert places_in("40 people died in Lima.", "US")[0][0] == "PE-LIMA"


def test_a_town_the_sentence_puts_in_its_region_or_calls_a_town_stays_the_town():
    assert places_in("Murieron 40 personas en Madrid, Cundinamarca.", "CO")[0][0] == "CO-MADRID"
    assert places_in("Murieron 40 personas en el municipio de Madrid.", "CO")[0][0] == "CO-MADRID"
    assert places_in("40 people died in Paris, Texas.", "US")[0][0] == "US-PARIS"


def test_a_large_city_of_the_articles_country_keeps_a_capitals_name():
    assert places_in("40 people died in London.", "CA")[0][0] == "CA-LONDON"     # London, Ontario: no small town


def test_madrid_after_bogota_is_spains_capital():
    found = _by_value("Unas 500 personas se manifestaron en Bogotá, según la Policía. Los organizadores dan casi un "
                      "millón de personas en Madrid.", "es", date="2023-11-18")
    assert found["casi un millón de personas"].city == "ES-MADRID"


# --- as_of: a day of a clause about the event does not date the count ---------------------------------------------
def test_a_running_toll_is_not_dated_by_the_day_its_quake_hit():
    found = _by_value("JAKARTA (Reuters) - The number of confirmed deaths from a strong earthquake that hit the "
                      "Indonesian island of Lombok on Sunday has risen to 259, the disaster mitigation agency said.",
                      date="2018-08-09", title="Death toll rises to 259 from Sunday's quake")
    assert found["259"].as_of in ("2018", "2018-08-09")      # not 2018-08-05, the quake's day


def test_a_spanish_running_toll_is_not_dated_by_the_day_its_quake_is_named_by():
    found = _by_value("El número de víctimas fatales del terremoto del pasado 19 de septiembre en el centro de México "
                      "subió a 331, informó hoy Protección Civil.", "es", date="2017-09-26")
    assert found["331"].as_of in ("2017", "2017-09-26")


def test_the_month_an_outbreak_began_in_does_not_date_its_count():
    found = _by_value("Geneva (AFP) - The Ebola outbreak has killed 337, the WHO said. A majority of cases, 398 of "
                      "them, have surfaced in Guinea, where west Africa's first ever Ebola outbreak began in January.",
                      date="2014-06-18", title="West Africa Ebola Death Toll Hits 337")
    assert found["398"].as_of in ("2014", "2014-06-18")      # not 2014-01


def test_a_toll_of_a_one_day_event_keeps_the_day_its_clause_names():
    found = _by_value("A fire that broke out on Sunday killed 12 people in the town.", date="2024-03-06",
                      title="Fire kills 12")
    assert found["12 people"].as_of == "2024-03-03"


def test_a_figure_told_in_a_clause_of_when_is_of_the_day_before_it():
    found = _by_value("The new toll marks a more than 60-percent hike since the WHO's last figure on June 4, when it "
                      "said 208 people had succumbed to the virus.", date="2014-06-18", title="Ebola toll")
    assert found["208 people"].as_of == "2014-06-04"
