"""Population of a figure whose noun was said before it ("63 others", "12 more", "12 of them
children"), of a singular noun ("one firefighter") and not of an adjective ("12 serious").
Invented sentences."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _populations(text, lang):
    return [(p.value, p.population) for p in propose(parse_article(text, "a.txt"), lang)]


def test_others_and_more_count_what_the_figure_before_counts():
    assert _populations("A fire killed 24 people and at least 63 others were injured.", "en") == [
        ("24 people", ["people"]), ("at least 63", ["people"])]
    assert _populations("Three miners died and 12 more were trapped.", "en") == [
        ("Three", ["miners"]), ("12", ["miners"])]
    # "others" with no figure before it in the sentence is no noun of its own
    pops = _populations("At least 63 others were injured in the blast.", "en")
    assert pops == [("At least 63", ["people"])]


def test_a_part_of_them_counts_its_own_noun():
    assert _populations("The attack left 40 dead, 12 of them children.", "en")[1] == ("12", ["children"])
    assert _populations("El derrumbe dejó 30 muertos, 8 de ellos niños.", "es")[1] == ("8", ["children"])


def test_a_singular_noun_counts_as_its_plural():
    pops = dict(_populations("Two police officers and one firefighter were hurt.", "en"))
    assert pops["one"] == ["firefighters"]


def test_an_adjective_is_not_a_population():
    pops = dict(_populations("Injuries: 12 serious, 300 minor", "en"))
    assert pops["12"] == ["people"]
    # an English plural not in the lexicon is still its own tag
    assert dict(_populations("The storm flattened 30 greenhouses.", "en"))["30"] == ["greenhouses"]


def test_other_before_a_figure_and_an_adjective_after_it_count_the_noun_said_before():
    assert _populations("El sismo destruyó 3.500 casas y dañó otras 12.000.", "es")[1] == ("12.000", ["houses"])
    assert _populations("The quake destroyed 3,500 houses and damaged another 12,000.", "en")[1] == (
        "12,000", ["houses"])
    assert _populations("Hubo 14 heridos graves y 40 leves.", "es")[1] == ("40", ["people"])
    # a noun of its own wins: "otros 5 civiles" are civilians, not soldiers
    assert _populations("Murieron 20 soldados y otros 5 civiles.", "es")[1] == ("5", ["civilians"])
