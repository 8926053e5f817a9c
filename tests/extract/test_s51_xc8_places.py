"""Places new users found wrong on outbreak and conflict reports (session 51), each fixed by its mechanism:

1. "A and B reported N and M cases, respectively": places that report their counts are where each count is, not a
   claimant's name; each figure is its rank's place;
2. a count the clause says is the world's ("globally", "a nivel mundial", "the global tally") has no place, not the
   dateline's town nor the article's country;
3. a place named with an apposition that says it is part of another ("Brooklyn, un sector de Cité Soleil") lies in
   that other place's country, not in a far-off namesake's;
4. a town with its region in brackets ("Bakhmut (Donetsk region)") lies in that region's country, and the region is
   its parent, whatever country the dateline names;
5. a country that speaks in a title, or whose officials do ("U.S. military says ... in Herat raid"), is no place of
   the event when the title names another place.

Invented sentences (names, places and figures of no real report).
"""
from __future__ import annotations

import pytest
from test_s47_xc_places import _cities, _places

from reconcile.extract.place_parents import region_of_city


# --- 1. respectively --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, first, second", [
    ("Un brote de sarampión golpea el norte de México. Chihuahua y Durango registran 120 y 30 casos, "
     "respectivamente, según la Secretaría de Salud.", "Chihuahua", "Durango"),
    ("A measles outbreak spread in the southwestern United States. Texas and New Mexico reported 120 and 30 cases, "
     "respectively.", "Texas", "New Mexico"),
])
def test_places_that_report_figures_respectively_are_each_figures_place(body, first, second):
    places = _places(body, title="Measles outbreak", date="2032-03-02")
    assert places["120"] == first
    assert places["30"] == second


# --- 2. the world's ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, value", [
    ("GENEVA — The WHO said on Monday that 90,000 cases have been confirmed globally since May.", "90,000"),
    ("LAGOS, Nigeria — Nigeria notificó 40 nuevos casos. A nivel mundial, la OMS ha registrado 90.000 casos y "
     "150 muertes.", "150"),
    ("Nigeria reported 40 new mpox cases on Monday. The WHO said the global tally had reached 90,000 cases.",
     "90,000"),
])
def test_a_count_over_the_world_has_no_place(body, value):
    places = _places(body, title="Mpox outbreak", date="2032-08-01")
    assert places[value] is None
    assert places.get("40", "NG") == "NG"


def test_the_world_a_superlative_ranks_in_keeps_the_place():
    body = "LAGOS, Nigeria — The outbreak, the largest in the world, has killed 40 people in Nigeria."
    assert _places(body, title="Mpox outbreak", date="2032-08-01")["40 people"] == "NG"


# --- 3. a part of another place ---------------------------------------------------------------------------------
@pytest.mark.parametrize("body, value", [
    ("PUERTO PRÍNCIPE — La violencia de las pandillas no cesa en Haití. Al menos 30 personas murieron en Brooklyn, "
     "un sector de Cité Soleil, según la ONU.", "Al menos 30 personas"),
    ("PORT-AU-PRINCE — Gang violence continues in Haiti. At least 30 people were killed in Brooklyn, a district of "
     "Cité Soleil, the UN said.", "At least 30 people"),
])
def test_a_part_of_a_town_lies_in_that_towns_country(body, value):
    assert _cities(body, title="Gang violence", date="2032-04-02")[value] == "HT-BROOKLYN"


def test_a_part_of_a_place_of_its_own_country_keeps_its_code():
    body = "Gang violence hit New York. At least 3 people were killed in Brooklyn, a borough of New York City."
    assert _cities(body, title="Shooting", date="2032-04-02")["At least 3 people"] == "US-BROOKLYN"


# --- 4. a region in brackets ------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, value, city", [
    ("MOSCOW — Russia said its troops were advancing. At least 12 civilians were killed in Bakhmut (Donetsk region), "
     "Ukrainian officials said.", "At least 12", "UA-BAKHMUT"),
    ("BEIRUT — La guerra sigue en Siria. Al menos 20 personas murieron en Saraqeb (provincia de Idlib), según el "
     "Observatorio.", "Al menos 20 personas", "SY-SARAQEB"),
])
def test_a_town_with_its_region_in_brackets_lies_in_that_regions_country(body, value, city):
    assert _cities(body, title="War report", date="2032-06-01")[value] == city


def test_a_region_in_brackets_is_the_towns_parent():
    assert region_of_city("At least 12 civilians were killed in Bakhmut (Donetsk region).", "UA-BAKHMUT",
                          "Bakhmut") == "UA-14"
    assert region_of_city("Murieron 20 personas en Saraqeb (provincia de Idlib).", "SY-SARAQEB", "Saraqeb") == "SY-ID"


# --- 5. a speaking country in a title ---------------------------------------------------------------------------
@pytest.mark.parametrize("title, body, value, place", [
    ("U.S. military says 12 civilians killed in Herat raid",
     "A night raid killed 12 civilians on Sunday, U.S. officials said.", "12", "Herat"),
    ("U.S. officials say 40 killed in Mosul strike", "An air strike killed 40 people on Friday, officials said.",
     "40 people", "Mosul"),
    ("EE.UU. dice que 40 civiles murieron en un ataque en Mosul",
     "Un bombardeo mató a 40 personas el viernes, según funcionarios.", "40 personas", "Mosul"),
])
def test_a_country_that_speaks_in_the_title_is_no_place_of_the_event(title, body, value, place):
    assert _places(body, title=title, date="2032-02-10")[value] == place


def test_a_country_that_reports_its_own_count_keeps_it():
    body = "Cholera spread across southern Africa. India reported 360 deaths, officials said."
    assert _places(body, title="India says 360 dead in cholera outbreak", date="2032-02-10")["360"] == "IN"
