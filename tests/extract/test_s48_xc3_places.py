"""Places extract got wrong on dev7 and in reviews (session 48, issue 14, round three), each fixed by its mechanism:

1. a title that names a part of a country no code has ("hits Chile's Norte Chico") leaves the event's place to the
   one town the opening puts the toll in ("killed ... in central Ovalle"), not the country;
2. an infobox row labelled by a town reconcile does not know ("Torrebruna: 0"), in a block of rows labelled by towns
   of the article's country ("Girona: 11"), is that town's (not a label a blank line apart: "Atacantes: 5");
3. a dashed aside with no space inside its dashes ("12 muertos —entre ellos tres niños— y 84 heridos") leaves the
   clause whole: the figures after it keep the clause's place;
4. a figure listed after a part of the total before it ("5210 muertes incluyendo 4980 en la provincia de X, 1.320
   desaparecidas") is counted where the total is, not in the part's place;
5. a total the sentence makes of the counts before it (", para hacer un total de 76") is of the place that holds
   theirs, not of the last one's;
6. a country's name that the article's far larger country gives one of its own places ("Granada" in a Spanish
   article, "Georgia" in an American one) is that place, and does not make a dateline "filed abroad";
7. a town with its region's code in brackets ("Lima (OH)") is that region's town, even where a capital abroad
   shares its name, and where the sentence's first word opens the name's run ("In Lima (OH)");
8. an American wire's dateline with its state abbreviated ("PUNTA GORDA, Fla., Oct. 5, 2031 (AP) —") is read, so the
   counties of the story are the United States' (not Saint Vincent's parish Charlotte).

Invented sentences (names, places and figures of no real report).
"""
from __future__ import annotations

from test_s47_xc_places import _cities, _places, _proposals

from reconcile.extract.places import places_in


# --- 1. the town of a title's part of a country no code has ---------------------------------------------------------
_NARROWED = ("A magnitude 6.1 earthquake struck the Norte Chico of Chile on Tuesday. At least 40 people have been "
             "killed by collapsing buildings in central Ovalle. Mayor Ana Rojas said 30 bodies had been identified. "
             "As many as 12 buildings in the city are destroyed.")


def test_a_titles_unknown_part_of_a_country_gives_way_to_the_town_the_opening_puts_the_toll_in():
    places = _places(_NARROWED, title="Magnitude 6.1 earthquake hits Chile's Norte Chico; dozens dead")
    assert places["30"] == "Ovalle"
    assert places["As many as 12"] == "Ovalle"


def test_an_opening_of_two_towns_leaves_the_titles_part_to_the_country():
    body = _NARROWED.replace("in central Ovalle", "in Ovalle and in La Serena")
    places = _places(body, title="Magnitude 6.1 earthquake hits Chile's Norte Chico; dozens dead")
    assert places["30"] == "CL"


def test_a_title_that_names_the_country_alone_keeps_the_country_for_a_count_of_no_place():
    places = _places("El terremoto de Chile de 2031 fue un sismo de magnitud 8,1. El sismo tuvo una duración de cuatro "
                     "minutos en Santiago de Chile. Se estima que la cifra total de fallecidos ascendió a 520.",
                     title="Terremoto de Chile de 2031")
    assert places["520"] == "CL"


# --- 2. a town that labels an infobox row beside known towns ---------------------------------------------------------
_ROWS = """Atacantes: 5

Muertos: Alcaraví: 0 (+ 2 atacantes)
Girona: 11
Figueres: 2 (+ 3 atacantes)
Torrebruna: 0 (+ 1 atacante)
Total: 13 (+ 6 atacantes)

Los atentados de 2031 fueron una serie de ataques que se produjeron en las ciudades de Girona y Figueres en la
comunidad autónoma de Cataluña, España."""


def test_an_unknown_town_labelling_a_row_among_known_towns_rows_is_that_towns():
    proposals = [(p.value, p.place) for p in _proposals(_ROWS, title="Atentados de Cataluña de 2031")]
    assert ("0", "Alcaraví") in proposals
    assert ("0", "Torrebruna") in proposals
    assert ("11", "Girona") in proposals
    assert ("5", "Atacantes") not in proposals
    assert ("13", "Total") not in proposals


# --- 3. a dashed aside keeps its clause whole ------------------------------------------------------------------------
def test_figures_after_a_dashed_aside_keep_the_clauses_place():
    places = _places("Los atentados de 2031 fueron una serie de ataques que se produjeron en Marbella. Horas después, "
                     "un grupo armado reivindicó el atentado mediante un comunicado.\n\nEn el ataque de Motril se "
                     "produjeron 12 muertos —entre ellos tres niños de dos y cinco años— y 84 heridos, seis de ellos "
                     "en estado grave.", title="Atentados de Andalucía de 2031")
    assert {places[value] for value in ("12", "tres", "84", "seis")} == {"Motril"}


# --- 4. the siblings of a total's part --------------------------------------------------------------------------------
def test_figures_listed_after_a_totals_part_are_counted_where_the_total_is():
    places = _places("El terremoto de Yunnan del 3 de mayo de 2031 sacudió al condado de Ludian, en la provincia de "
                     "Yunnan, en China. El sismo fue de magnitud 7.\n\nDe acuerdo a oficiales del Estado chino, el "
                     "terremoto produjo 5210 muertes confirmadas incluyendo 4980 en la provincia de Yunnan, 1.320 "
                     "personas que fueron listadas como desaparecidas, y unos 42.000 heridos.",
                     title="Terremoto de Yunnan de 2031")
    assert places["4980"] == "CN-YN"          # the part's own
    assert [places[value] for value in ("5210", "1.320 personas", "unos 42.000")] == ["CN", "CN", "CN"]


# --- 5. a total of the counts before it, in the same sentence ---------------------------------------------------------
def test_a_total_the_sentence_makes_of_its_counts_is_of_the_place_that_holds_theirs():
    places = _places("El terremoto sacudió el estado de Guerrero, en México, el 3 de mayo de 2031.\n\nEn Guerrero se "
                     "reportaron 61 muertes causadas por el sismo; en Oaxaca, 12 fallecidos, y en Puebla, solo 3 "
                     "víctimas, para hacer un total de 76.", title="Terremoto de Guerrero de 2031")
    assert (places["61"], places["12"], places["76"]) == ("Guerrero", "Oaxaca", "MX")


# --- 6. a country's name the article's country gives a place of its own ---------------------------------------------
def test_a_countrys_name_is_read_as_the_articles_countrys_place_of_that_name():
    assert [code for code, _, _ in places_in("Unos 12 turistas quedaron atrapados en Granada.", "ES")] == ["ES-GR"]
    assert [code for code, _, _ in places_in("Officials in Georgia said 4 people died.", "US")] == ["US-GA"]
    # not a country that the article's is not ten times: "Niger" in a Nigerian article is the country
    assert [code for code, _, _ in places_in("Floods hit Niger and Nigeria", "NG")] == ["NE", "NG"]
    places = _places("MADRID, 3 nov (EFE) - Unos 12 turistas de Cartagena quedaron atrapados en Granada.",
                     title="Temporal")
    assert places["Unos 12"] != "GD"


# --- 7. a town with its region's code in brackets --------------------------------------------------------------------
def test_a_town_with_its_regions_code_is_that_regions_even_beside_a_capital_abroad():
    assert [code for code, _, _ in places_in("In Lima (OH), 40 people were evacuated.")] == ["US-LIMA"]
    assert [code for code, _, _ in places_in("Police evacuated 40 people in Lima (OH).", "US")] == ["US-LIMA"]
    assert _cities("In Lima (OH), 40 people were evacuated.", title="Floods")["40 people"] == "US-LIMA"


# --- 8. an American dateline with its state abbreviated -------------------------------------------------------------
def test_an_american_dateline_with_an_abbreviated_state_places_the_story_in_the_united_states():
    cities = _cities("PUNTA GORDA, Fla., Oct. 5, 2031 (AP) — The death toll from Hurricane Otis rose to 40 on "
                     "Monday, according to the state medical examiners. By county: Lee County 20, Charlotte County 12, "
                     "Collier County 8. Three died in Polk County.",
                     title="Hurricane Otis death toll climbs")
    assert cities["Three"] == "US-POLK-COUNTY"            # a county, not the town of Polk
