"""The event's place given as an address in the opening ("in Brussels, Belgium", "in Sheffield,
England") is the address's first place, the most specific; a region or country after it is where
that place lies, not the count's place (issue 14, place). Invented articles."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import origins, places_in
from reconcile.extract.scene import specific

HEAD = "url: https://example.org/a\ntitle: {title}\ndate: 1989-04-15\n\n"


def _places(title: str, text: str) -> list[str | None]:
    return [p.place for p in propose(parse_article(HEAD.format(title=title) + text, "a.txt"), "en")]


@pytest.mark.parametrize("title, text, place", [
    ("Stadium crush", "The crush occurred when fans were pressed against a wall in the stadium in Liège, Belgium, "
     "before the final between two clubs. 39 people were killed and 600 were injured.", "Liège"),
    ("Stadium crush", "The crush occurred on 15 April 1989 at a football stadium, the home of a club in Sheffield, "
     "England, resulting in the deaths of 96 people.", "Sheffield"),
    ("Massacre in Manchester", "The massacre took place at a field, Manchester, Lancashire, England, when cavalry "
     # (the city, as the text names it: GB-MAN is the metropolitan district that governs it)
     "charged a crowd of 60,000 people.", "Manchester"),
])
def test_an_address_in_the_opening_places_the_event_at_its_first_place(title, text, place):
    assert set(_places(title, text)) == {place}


def test_a_country_named_by_a_phrase_ends_no_address():
    text = ("The minister states that over 150,000 people in Port-au-Prince, the country's capital, are confirmed "
            "dead. Meanwhile, at least 75,000 corpses have been buried in mass graves in Haiti.")
    assert _places("Haitian minister: 150,000 dead", text)[1] == "HT"


def test_a_region_a_named_place_lies_in_is_not_the_more_specific():
    found = places_in("in Sheffield, England, and in Ontario, Canada")
    assert [code for code, _, _ in specific(found)] == ["GB-SHEFFIELD", "CA-ON"]   # the city GB-SHF governs


def test_the_region_a_city_is_the_capital_of_is_no_place_of_the_count():
    text = "In Goma, the capital of North Kivu, 2,000 families were displaced."
    found = places_in(text)
    assert [code for code, _, at in found if at not in origins(text, found)] == ["CD-GOMA"]


def test_a_demonstrative_before_the_site_leaves_the_town_the_event_s_place():
    text = ("El incendio ocurrió el 5 de junio de 2009 en dicha estancia infantil de Hermosillo, Sonora, México. "
            "Murieron 49 niños. Ocurrió al propagarse un incendio en una bodega del Gobierno del Estado de Sonora.")
    proposals = propose(parse_article(HEAD.format(title="Incendio de la guardería") + text, "a.txt"), "es")
    assert {p.place for p in proposals} == {"Hermosillo"}


@pytest.mark.parametrize("text, lang, kept", [
    ("El Frente 58 de las FARC atacó el pueblo y murieron 79 civiles.", "es", ["79"]),
    ("Las escuadrillas 1 y 3 despegaron con 12 aviones.", "es", ["12"]),
    ("Frente a 58 manifestantes, la policía cargó.", "es", ["58"]),          # "frente a": facing, a count
    ("Al frente de 58 hombres llegó el capitán.", "es", ["58"]),
])
def test_a_numbered_unit_of_an_army_is_a_name(text, lang, kept):
    from reconcile import quantities_in_text

    assert [q["text"] for q in quantities_in_text(text, lang)] == kept


@pytest.mark.parametrize("text, lang, kept", [
    ("Fueron condenados a penas de trece y diez años de prisión.", "es", []),
    ("Two were sentenced to 13 and 10 years in prison.", "en", ["Two"]),
    ("He was sentenced to three or four years.", "en", []),
    ("Murieron 3 y 10 personas respectivamente.", "es", ["3", "10 personas"]),
    ("Murieron 40 y tres días después otros 5.", "es", ["40", "5"]),          # a time after which, no term
    ("The siege killed 40 and three days later 12 more died.", "en", ["40", "12"]),
])
def test_the_first_figure_of_a_pair_of_durations_is_a_duration(text, lang, kept):
    from reconcile import quantities_in_text

    assert [q["text"] for q in quantities_in_text(text, lang)] == kept


def test_an_infobox_row_made_of_sentences_is_not_the_opening():
    text = ("Event: 1985 cup final\nDate: 29 May 1985\nResult: 39 dead. 600 injured. A ban for all clubs.\n\n"
            "The disaster occurred on 29 May 1985 when fans were pressed against a wall in the stadium in Liège, "
            "Belgium, before the final. 39 people were killed.")
    assert {p.place for p in propose(parse_article(HEAD.format(title="Stadium disaster") + text, "a.txt"), "en")} \
        == {"Liège"}
