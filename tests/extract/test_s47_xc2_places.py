"""Places extract got wrong on real news and on dev7 (session 47, issue 14, round two), each fixed by its mechanism:

1. a capitalised thing of a place after a determiner or an owner ("the city's Metro system") is no foreign town, so
   it neither places a count abroad nor makes the article's country;
2. a name several countries' divisions share, none of them the article's, is the division of the most populous
   country ("Florida": US-FL, not Uruguay's); one the opening names beside the article's country ("hit Cuba and
   then Florida") is a place of its own, not left to the article's country, and so are its counties;
3. a total that opens a list of its parts by place with a colon ("all 40 deaths by county: Baldwin County 21, ...")
   is of the place that holds them, not of the first part's.

Invented sentences (names, places and figures of no real report).
"""
from __future__ import annotations

from test_s47_xc_places import _places

from reconcile.extract.places import places_in


def test_a_things_name_after_an_owner_is_no_foreign_town_nor_the_articles_country():
    places = _places("Thousands rallied in Denver on Sunday. The transit agency said 310,000 people used the "
                     "city's Metro network. Police said 80,000 people rallied.")
    assert places["310,000 people"] != "Metro"
    assert places["80,000 people"] != "ID"


def test_a_division_name_several_countries_share_is_the_most_populous_countrys():
    assert [code for code, _, _ in places_in("Two people drowned in Maryland.", "MX")] == ["US-MD"]
    assert [code for code, _, _ in places_in("Two people drowned in Florida.")] == ["US-FL"]


def test_a_division_abroad_named_beside_the_articles_country_is_its_own_place():
    places = _places("The storm battered Jamaica and then Florida. At least 14 people have died in Florida, "
                     "officials said. In Jamaica 3 people died.")
    assert places["At least 14 people"] == "US-FL"
    assert places["3 people"] == "JM"


def test_a_total_before_a_colon_and_its_parts_by_place_is_not_its_first_parts():
    places = _places("Hurricane Otis hit Alabama. Officials listed all 40 deaths by county: Baldwin County 21, "
                     "Mobile County 11, Escambia County 8.")
    assert places["40"] == "US"
    assert places["21"] == "Baldwin County"              # a county keeps its word (GUIDE § place)


def test_a_county_of_a_division_several_countries_name_keeps_its_count():
    places = _places("Hurricane Otis hit Florida. Five people died in Gulf County; six died in Gadsden County; and "
                     "Clay and Liberty counties each registered two deaths.")
    assert places["Five people"] == "Gulf County"
    assert places["two"] == "US-FL"
