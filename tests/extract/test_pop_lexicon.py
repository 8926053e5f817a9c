"""The counted nouns of ``pop_lexicon``: people by role, force, age and state; vehicles; animals;
buildings. Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.fields import population


def _populations(text: str, lang: str) -> dict[str, list[str]]:
    article = parse_article("title: t\ndate: 2021-03-04\n\n" + text, "a.txt")
    return {p.value: p.population for p in propose(article, lang)}


@pytest.mark.parametrize("text, lang, value, tags", [
    ("Unas 12 aeronaves y 30 embarcaciones buscaron a los náufragos.", "es", "Unas 12", ["aircraft"]),
    ("Unas 12 aeronaves y 30 embarcaciones buscaron a los náufragos.", "es", "30", ["vessels"]),
    ("La crecida arrastró 300 animales y dejó varados dos trenes.", "es", "300", ["animals"]),
    ("La nevada mató a 4.000 reses en la meseta.", "es", "4.000", ["cattle"]),
    ("Murieron 25 pilotos y 3 conductoras en la carrera.", "es", "3", ["drivers"]),
    ("El tribunal juzgó a 40 procesados por el saqueo.", "es", "40", ["people"]),
    ("Some 12 aircraft and 30 vessels joined the search.", "en", "Some 12", ["aircraft"]),
    ("The blizzard killed 3,000 livestock on the plateau.", "en", "3,000", ["livestock"]),
    ("About 500 troops were sent to the border.", "en", "About 500", ["troops"]),
    ("Gunmen killed 12 villagers overnight.", "en", "12", ["villagers"]),
])
def test_a_counted_noun_of_the_news_is_its_population(text, lang, value, tags):
    assert _populations(text, lang)[value] == tags


def test_a_count_of_animals_is_not_a_count_of_people():
    # "killed" counts people only when no noun says what was killed
    assert _populations("The flood killed 200 sheep and 40 goats.", "en")["200"] == ["sheep"]
    assert _populations("La helada mató a 200 ovejas.", "es")["200"] == ["sheep"]


def test_a_group_the_lexicon_names_replaces_people():
    # the groups of pop_groups are read by fields.population itself, not only by its callers
    assert population("civiles", " civiles y 3 soldados", "es") == ["civilians"]
    assert population("mujeres", " mujeres", "es") == ["women"]
    assert population("kurds", " Kurds", "en") == ["people"]
    assert population("personas", " personas", "es") == ["people"]


def test_a_noun_after_a_comma_that_no_and_closes_is_no_part_of_the_count():
    # "40 people, officials said": the speaker, not a second group counted
    assert _populations("The quake killed at least 120 people, officials said.", "en")["at least 120 people"] == [
        "people"]
    assert population("personas", " personas, informaron los bomberos", "es") == ["people"]
    # a list an "and" closes is counted whole
    assert population("soldados", " soldados, policías y bomberos", "es") == ["firefighters", "police", "soldiers"]


def test_the_noun_after_a_word_of_state_or_of_head_counts():
    assert _populations("The flood killed 2,000 head of cattle.", "en")["2,000"] == ["cattle"]
    assert _populations("Officials counted 40 dead cows.", "en")["40"] == ["cows"]
    assert _populations("Some 120 asylum seekers were rescued.", "en")["Some 120"] == ["asylum-seekers"]
    assert _populations("Murieron 2.000 cabezas de ganado.", "es")["2.000"] == ["livestock"]
    # a word of state alone still counts people
    assert _populations("Rescuers found 12 dead in the house.", "en")["12"] == ["people"]
    assert population("dead", " dead includes 3 children", "en") == ["people"]


def test_a_people_no_demonym_ending_shows_counts_people():
    assert _populations("Unos 25 británicos fueron evacuados.", "es")["Unos 25"] == ["people"]
    assert _populations("Murieron 12 musulmanes y 3 cristianos.", "es") == {"12": ["people"], "3": ["people"]}
