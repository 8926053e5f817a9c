"""Brazil's states in running text: names joined by do/da/dos/das, and states whose name a city
also bears as another name (invented sentences, English and Spanish)."""
from __future__ import annotations

import pytest

from reconcile.extract.places import places_in


def _codes(text: str) -> list[str]:
    return [code for code, _, _ in places_in(text)]


@pytest.mark.parametrize("text, expected", [
    ("Floods killed 9 people in Porto Alegre, Rio Grande do Sul, on Monday.", ["BR-PORTO-ALEGRE", "BR-RS"]),
    ("Las inundaciones en Porto Alegre, Rio Grande do Sul, dejaron 9 muertos.", ["BR-PORTO-ALEGRE", "BR-RS"]),
    ("Wildfires burned across Mato Grosso do Sul.", ["BR-MS"]),
    ("Los incendios arrasaron Mato Grosso do Sul.", ["BR-MS"]),
])
def test_a_name_joined_by_do_is_read_whole(text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Heavy rain in Bahia left 12 people dead.", ["BR-BA"]),
    ("Las lluvias en Bahia dejaron 12 muertos.", ["BR-BA"]),
    ("Floods in the state of Pará killed 4.", ["BR-PA"]),
    ("Las inundaciones en Pará dejaron 5 muertos.", ["BR-PA"]),
])
def test_a_state_is_not_the_city_that_bears_its_name_as_another_name(text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Thousands marched in São Paulo.", ["BR-SAO-PAULO"]),     # the city's own name
    ("Miles marcharon en Roma.", ["IT-ROME"]),                  # IT-RM lies inside Lazio: not a state
    ("Unas 300 personas marcharon en Belém.", ["BR-BELEM"]),
    ("Why do Americans in Texas vote early?", ["US-TX"]),       # 'do' joins no English name
])
def test_cities_stay_cities(text, expected):
    assert _codes(text) == expected


@pytest.mark.parametrize("text", ["Más de 40 edificios se derrumbaron en la Ciudad de México.",
                                  "More than 40 buildings collapsed in Ciudad de México."])
def test_a_capital_that_is_a_state_of_its_own_stays_the_city(text):
    assert _codes(text) == ["MX-MEXICO-CITY"]


def _place(text: str, lang: str) -> str | None:
    from reconcile.extract.article import parse_article
    from reconcile.extract.propose import propose

    article = parse_article(f"url: https://example.org/a\ntitle: Sismo\ndate: 2020-03-14\n\n{text}", "a.txt")
    return [p.place for p in propose(article, lang)][0]


@pytest.mark.parametrize("text, lang", [
    ("El sismo dañó casas en Puebla, Morelos y en la Ciudad de México: más de 40 edificios cayeron.", "es"),
    ("The quake damaged homes in Puebla, Morelos and in Mexico City: more than 40 buildings fell.", "en"),
])
def test_a_state_inside_a_list_of_places_is_no_town_s_state(text, lang):
    # "Juchitán, Oaxaca" names a town by its state; "Puebla, Morelos y la Ciudad de México" lists three
    assert _place(text, lang) == "MX"
