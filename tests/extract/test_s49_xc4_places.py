"""Places extract got wrong on dev8 (session 49, issue 14, round four), each fixed by its mechanism:

1. the opening puts the event in a place inside a division by the division's possessive ("started in Southern
   Oregon's Jackson County"): the event's place is the inner one, the most specific, not the division;
2. a superlative's realm after a place ("the deadliest wildfire in Oregon's history") is no place the event
   happened in;
3. where a train, a bus or a ship was going or set out from ("en route from the capital, Lisbon, to the Atlantic city
   of Porto") is no place of the count: the count takes the place the opening puts the crash in.

Invented sentences (names, places and figures of no real report).
"""
from __future__ import annotations

from test_s47_xc_places import _places

from reconcile.extract.places import origins, places_in

_FIRE = ("The fire started on 3 May 2031 in Southern Oregon's Jackson County. The fire killed 40 people and destroyed "
         "900 homes.")


# --- 1. a place of a division, by the division's possessive ----------------------------------------------------------
def test_a_place_the_opening_gives_by_its_divisions_possessive_is_the_events_place():
    places = _places("The Elk Fire was the deadliest wildfire in the state. " + _FIRE, title="Elk Fire (2031)")
    assert places["40 people"] == "Jackson County"       # a county keeps its word (GUIDE § place)
    assert places["900"] == "Jackson County"


# --- 2. a comparison's realm ----------------------------------------------------------------------------------------
def test_the_realm_of_a_superlative_is_not_where_the_event_happened():
    places = _places("The Elk Fire was the deadliest wildfire in Oregon's history. " + _FIRE, title="Elk Fire (2031)")
    assert places["40 people"] == "Jackson County"       # a county keeps its word (GUIDE § place)


# --- 3. a route's ends ----------------------------------------------------------------------------------------------
_CRASH = ("A Portuguese train en route from the capital, Lisbon, to the Atlantic city of Porto crashed, killing six "
          "and wounding 40, according to medical authorities. The incident occurred at 12:08 pm, when the train "
          "derailed near the town of Ribadouro, outside Porto.")


def test_where_a_train_was_going_is_not_where_its_crash_was_counted():
    places = _places(_CRASH, title="Train derails in Portugal, six dead")
    assert (places["six"], places["40"]) == ("Ribadouro", "Ribadouro")


def test_a_routes_destination_is_an_origin_and_a_crash_site_is_not():
    for text, name in [("A ferry bound for Cebu sank off Bohol, killing 30.", "Cebu"),
                       ("Un autobús con destino a Lima volcó en la carretera y murieron 20 personas.", "Lima")]:
        found = places_in(text)
        assert {at for _, written, at in found if written == name} <= origins(text, found)
    text = "The train crashed in Porto, killing six."
    assert not origins(text, places_in(text))
