"""Places the last round of place fixes broke (R7's regressions), each given back without losing that fix:

1. a station named as a claimant ("Firefighters from the station in X said") or giving a quake's magnitude does not
   place a toll or the magnitude at its town; only a measure it took is its town's;
2. escaping from a jail, or fleeing the water or fire of the place, happens in that place: it is no origin;
3. a country after "in" in a sentence about nationalities is where people were, not a nationality;
4. "the countries of a region" in an aside set off by commas does not empty the figure's place;
5. a measure taken "far from landfall" is not at the landfall town.

Invented sentences (names, places and figures of no real report).
"""
from __future__ import annotations

import pytest
from test_s47_xc_places import _places


# --- 1. a station that is no measure's ---------------------------------------------------------------------------
def test_a_toll_told_by_a_station_keeps_the_place_of_its_clause():
    body = ("Floods hit Kerala in July 2032. Rescuers from the station in Thrissur said 23 people had died in "
            "Kottayam.")
    assert _places(body, title="2032 Kerala floods", date="2032-07-20")["23 people"] == "Kottayam"


def test_a_quakes_magnitude_given_by_a_station_is_not_the_stations_town():
    body = ("Un terremoto sacudió la región de Arequipa el 3 de marzo de 2032. Según la estación Quilca, en Cusco, "
            "el sismo tuvo una magnitud de 6,1 y dejó 75 muertos en Camaná.")
    places = _places(body, title="Terremoto de Arequipa de 2032", date="2032-03-03")
    assert places["75"] == "Camaná"
    assert places["6,1"] not in ("PE-CUSCO", "Cusco")


# --- 2. an escape or a flight inside the place --------------------------------------------------------------------
@pytest.mark.parametrize("body, value, place", [
    ("Riots broke out in Honduran prisons in May 2032. About 140 inmates escaped from the jail in Choluteca, and 9 "
     "guards were hurt in Comayagua.", "About 140", "Choluteca"),
    ("Estallaron motines en cárceles de Honduras en mayo de 2032. Unos 140 reos escaparon de la cárcel de "
     "Choluteca durante la madrugada.", "Unos 140", "Choluteca"),
    ("Flash floods struck Hawaii in March 2032. At least 17 people drowned while fleeing the rising water in Kailua.",
     "At least 17 people", "Kailua"),
])
def test_an_escape_or_a_flight_inside_a_place_keeps_the_place(body, value, place):
    assert _places(body, title="2032 events", date="2032-05-10")[value] == place


# --- 3. nationalities, then where they were -------------------------------------------------------------------
def test_a_country_after_in_near_nationalities_is_where_they_were():
    body = ("A tsunami struck Indonesia in January 2032. Visitors of 18 nationalities were among the 2,300 people "
            "who died in Thailand.")
    assert _places(body, title="2032 Sumatra tsunami", date="2032-01-12")["2,300 people"] == "TH"


# --- 4. a region's countries in an aside ---------------------------------------------------------------------
def test_the_countries_of_a_region_in_an_aside_do_not_empty_the_place():
    body = ("An earthquake struck Honduras on 9 June 2032. The quake, the worst to hit the countries of Central "
            "America in decades, killed 140 people.")
    assert _places(body, title="2032 Honduras earthquake", date="2032-06-09")["140 people"] == "HN"


# --- 5. far from landfall -------------------------------------------------------------------------------------
def test_winds_far_from_landfall_are_not_at_the_landfall_town():
    body = ("Hurricane Odile made landfall over Galveston, Texas, on 2 September 2032. Two days earlier, while still "
            "far from landfall, Odile's winds peaked at 165 mph.")
    places = _places(body, title="Hurricane Odile (2032)", date="2032-09-02")
    assert places["165 mph"] != "Galveston"


# --- 6. a compound adjective is no dateline (N7 D8) -------------------------------------------------------------
def test_a_country_in_a_compound_adjective_opening_the_text_is_no_dateline():
    from reconcile.extract.place_dateline import dateline
    assert dateline("U.S.-led troops raided a village and killed 9 fighters, officials said.") is None
    assert dateline("KABUL - Gunmen killed 9 people.") is not None
