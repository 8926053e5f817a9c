"""Places extract got wrong (session 47, issue 14), each fixed by its mechanism:

1. a name that several countries' places share ("Valencia": Spain's and Venezuela's) is read in the country the
   article's other places may be in, before the most populous place of the name; a capital's other name ("Alzira"
   of Algiers) does not make a town of the article's country that capital;
2. where the people of a count came from or live ("10 turistas de Madrid", "20 de ellas vecinos de Torrent") is no
   place of the count;
3. a region's code in brackets after a town ("Eureka (CA)") places the town in that region of the country that has
   both, and each count keeps its own clause's town;
4. "el Valle" in an article about Colombia is Valle del Cauca, as its news writes it;
5. a total "la mayoría en X" / "mostly in X" is not X's, and the article's place is not the place of its most;
6. "que arrasaron sobre todo X", "hit mainly X": X is where most of the figure is, not its whole;
7. "de las cuales N en X": a part's place is not its total's (the feminine form too);
8. ", even as ...": a clause of its own, whose place is not the figure's before it; "in the state" is the state
   named before it for the clause it stands in;
9. "raising Bangladesh's death toll to 120 and India's to 169": the place whose toll the figure is;
10. an opening that lists several regions of a country ("battered A, B, C and D") names no one of them the event's.

Invented sentences (names, places and figures of no real report).
"""
from __future__ import annotations

import pytest
from test_s46_xc_places import _declared  # the claims' places by value, and the draft _places.yaml's entries

from reconcile.extract import parse_article, propose
from reconcile.extract.places import places_in


def _proposals(body: str, title: str = "Report", url: str | None = None, date: str = "2024-11-01"):
    raw = f"title: {title}\ndate: {date}\n" + (f"url: {url}\n" if url else "") + f"\n{body}\n"
    return propose(parse_article(raw, "news.txt"))


def _places(body: str, **kwargs) -> dict[str, str | None]:
    return {p.value: p.place for p in _proposals(body, **kwargs)}


def _cities(body: str, **kwargs) -> dict[str, str | None]:
    return {p.value: p.city for p in _proposals(body, **kwargs)}


# --- 1. a name several countries share, read in the country of the article's other places ------------------------
@pytest.mark.parametrize("body, value", [
    ("Los bomberos rescataron a 40 personas en Valencia. En Sevilla hubo 3 heridos.", "40 personas"),
    ("Los bomberos rescataron a 40 personas en Valencia. En Sevilla hubo 3 heridos.", "3"),
    ("Al menos 26 personas murieron en Valencia, 14 de ellas vecinos de Torrent y 12 turistas de Madrid.",
     "Al menos 26 personas"),
])
def test_a_shared_name_is_read_in_the_country_of_the_other_places(body, value):
    city = _cities(body, title="Temporal")[value]
    assert city is None or city.startswith("ES-")
    assert _places(body, title="Temporal")[value] in ("Valencia", "Sevilla")


def test_the_city_of_a_shared_name_beside_a_town_of_one_country_is_that_countrys():
    cities = _cities("La riada dejó 25 muertos en la ciudad de Valencia y otros 4 en Alzira, según el Ayuntamiento.",
                     title="Riada")
    assert cities == {"25": "ES-VALENCIA", "4": "ES-ALZIRA"}


def test_a_shared_name_with_places_of_its_own_country_stays_there():
    cities = _cities("Los bomberos rescataron a 40 personas en Valencia. En Maracay hubo 3 heridos.", title="Lluvias")
    assert cities["40 personas"] == "VE-VALENCIA"


def test_a_capitals_other_name_does_not_take_a_town_of_the_articles_country():
    assert places_in("Otras 4 personas murieron en Alzira.", "ES")[0][0] == "ES-ALZIRA"
    assert places_in("Los organizadores dan casi un millón de personas en Madrid.", "CO")[0][0] == "ES-MADRID"


# --- 2. where people came from or live is no place of the count ----------------------------------------------------
@pytest.mark.parametrize("value", ["14", "12"])
def test_where_the_people_of_a_part_came_from_is_not_its_place(value):
    body = "Al menos 26 personas murieron en Valencia, 14 de ellas vecinos de Torrent y 12 turistas de Madrid."
    assert _places(body, title="Temporal")[value] == "Valencia"


def test_tourists_from_a_town_are_counted_where_the_sentence_puts_them():
    body = "Eleven people were injured in Seville on Sunday, including 6 tourists from Bilbao, police said."
    assert _places(body, title="Bus crash")["6"] == "Seville"


# --- 3. a region's code in brackets after a town --------------------------------------------------------------------
def test_each_count_keeps_its_own_town_and_the_bracketed_code_is_its_region(tmp_path):
    claims, declared = _declared(tmp_path, "Four people died in Eureka (CA) and two in Salem (OR) on Tuesday, "
                                           "the sheriff said.")
    assert claims == {"Four people": "Eureka", "two": "Salem"}
    assert declared["US-EUREKA"]["parent"] == "US-CA"
    assert declared["US-SALEM"]["parent"] == "US-OR"


def test_a_bracketed_code_no_country_of_the_town_has_changes_nothing():
    assert places_in("Dos murieron en Rosario (XQ).")[0][0] == places_in("Dos murieron en Rosario.")[0][0]


# --- 4. "el Valle" in a Colombian article -----------------------------------------------------------------------------
def test_el_valle_in_a_colombian_article_is_valle_del_cauca():
    body = "Las lluvias dejaron 9 muertos en el Valle y 2 en el Cauca, informó la Unidad de Gestión del Riesgo."
    assert _places(body, title="Temporada de lluvias", url="https://www.diariodeejemplo.com.co/x")["9"] == "CO-VAC"


def test_el_valle_of_a_longer_name_is_no_department():
    assert places_in("Las lluvias dejaron 9 muertos en el Valle de Aburrá.", "CO") == []


# --- 5. "la mayoría en X", "mostly in X" ------------------------------------------------------------------------------
@pytest.mark.parametrize("body, title, value, place", [
    ("El sismo que sacudió el norte de Chile el jueves deja 9 muertos y 2.100 damnificados, la mayoría en la región de "
     "Atacama, informó la Onemi.\n\nEl ministro dio cuenta de 9 fallecidos y 140 viviendas destruidas.",
     "Sismo en Chile", "140", "CL"),
    ("El sismo que sacudió el norte de Chile el jueves deja 9 muertos y 2.100 damnificados, la mayoría en la región de "
     "Atacama, informó la Onemi.", "Sismo en Chile", "2.100", "CL"),
])
def test_a_count_mostly_in_a_region_is_not_that_regions(body, title, value, place):
    assert _places(body, title=title)[value] == place


# --- 6-9. each figure's own place in a sentence of several ------------------------------------------------------
@pytest.mark.parametrize("body, title, expected", [
    # 6. "que arrasaron sobre todo X": X is where most of the figure is, not its whole; the relative clause's figure
    # is X's
    pytest.param("Las autoridades elevaron a 96 el número de muertos por las lluvias que arrasaron sobre todo la "
                 "provincia de Murcia, donde los fallecidos son 90.", "Lluvias en España", {"96": "ES", "90": "Murcia"},
                 id="a_place_struck_mostly_is_not_the_totals"),
    pytest.param("Heavy quakes struck central Italy. Five people were killed in a house collapse in Perugia, "
                 "where at least three students are trapped.", "Quake in Italy", {"Five people": "Perugia"},
                 id="a_place_a_relative_clause_describes_stays_the_figures_before_it"),
    # 7. "de las cuales N en X": the part's place, not its total's
    pytest.param("El director señaló que se contabilizan 310 viviendas dañadas en el país, según el informe. Hasta "
                 "ahora hay 96 viviendas destruidas, de las cuales 80 se encuentran en la Región de Atacama.",
                 "Sismo en Chile", {"96": "CL", "80": "Atacama"},
                 id="a_total_with_one_part_de_las_cuales_is_not_the_parts_place"),
    # 8. ", even as ...": a clause of its own; "in the state" is the state named before it, for its clause
    pytest.param("At least 140 people have died due to floods in Nepal, even as rivers kept rising in the country's "
                 "Koshi province, officials said on Monday.", "Nepal floods", {"At least 140 people": "NP"},
                 id="a_clause_after_even_as_keeps_its_place_to_itself"),
    pytest.param("The floods in Kerala claimed four more lives, even as the situation improved with around 9,000 "
                 "people affected across 12 districts in the state.", "Floods across the country",
                 {"four": "Kerala", "around 9,000 people": "Kerala"},
                 id="in_the_state_is_the_state_named_before_for_its_clause"),
    # 9. "X's toll to N"
    pytest.param("At least 14 deaths were reported in Nepal and 8 in India on Sunday, raising Nepal's overall death "
                 "toll to 75 and India's to 52, officials said.", "Monsoon floods", {"75": "NP", "52": "IN"},
                 id="the_figure_of_a_places_toll_is_that_places"),
])
def test_each_figure_has_its_own_clauses_place(body, title, expected):
    places = _places(body, title=title)
    assert {value: places.get(value) for value in expected} == expected


# --- 10. an opening that lists regions --------------------------------------------------------------------------------
def test_an_opening_listing_regions_names_none_of_them_the_events_place():
    body = ("Heavy rain lashed Kerala, Goa, Karnataka and parts of Maharashtra on Sunday.\n\n"
            "The toll from the rain now stands at 23, officials said.")
    assert _places(body, title="Rain across the country")["23"] != "Kerala"
