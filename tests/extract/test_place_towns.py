"""Places by the grammar around them: a town the words call a town though no gazetteer has it,
a part of a place named by a compass adjective, a country that names who acted rather than where
(invented sentences, English and Spanish)."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.place_towns import towns_named
from reconcile.extract.places import origins, places_in


def _places(text: str, lang: str) -> dict[str, str | None]:
    return {p.value: p.place for p in propose(parse_article(text, "a.txt"), lang)}


def test_a_town_the_words_call_a_town_is_a_place_of_the_article_country():
    text = ("title: Floods in Nepal\ndate: 2031-07-10\n\nKATHMANDU, Nepal (AP) — Floods have killed at least "
            "40 people in Nepal, officials said.\n\nThe rains left 12 people missing in Jumla district.\n\n"
            "Helicopters rescued 25 people near the town of Dunai.")
    found = _places(text, "en")
    assert found["12 people"] == "Jumla" and found["25 people"] == "Dunai"
    text = ("title: Inundaciones en Guatemala\ndate: 2031-07-10\n\nLas lluvias dejaron 40 muertos en Guatemala.\n\n"
            "En la aldea de Xecul quedaron 12 personas desaparecidas.")
    assert _places(text, "es")["12 personas"] == "Xecul"
    # without the article's country no town is declared
    assert places_in("in the town of Dunai") == []


def test_a_known_place_keeps_its_own_code():
    assert [code for code, _, _ in places_in("in the city of Kathmandu", "NP")] == \
        [code for code, _, _ in places_in("in Kathmandu", "NP")]


def test_a_compass_adjective_names_a_part_of_the_place():
    assert places_in("An earthquake struck Southern California on Tuesday.") == [("US-CA", "California", 30)]
    assert [code for code, _, _ in places_in("Heavy rain fell across Central Texas.")] == ["US-TX"]


def test_a_country_that_names_who_acted_is_not_where_the_count_was_made():
    for text in ("Twelve civilians died after a United States airstrike hit a hospital.",
                 "U.S. troops said 12 people were killed.",
                 "Las tropas de Estados Unidos dijeron que murieron 12 personas."):
        assert origins(text, places_in(text)) == {p[2] for p in places_in(text)}
    text = "Twelve civilians died in the United States."
    assert origins(text, places_in(text)) == set()


def test_a_district_named_by_a_common_word_is_no_town():
    assert towns_named("Shops closed in the Central District and the Financial District.") == []
    assert towns_named("Twelve died in Jumla district.") == [("Jumla", 15)]
