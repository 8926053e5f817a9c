"""Spanish (and English) population: a count that names only what befell its people takes the
group an earlier count of the sentence names. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(text, lang, date="2020-03-14"):
    article = parse_article(f"url: https://example.org/a\ntitle: Prueba\ndate: {date}\n\n{text}", "a.txt")
    return {p.value: p for p in propose(article, lang)}


@pytest.mark.parametrize("text, lang, value, group", [
    ("El motín dejó 12 reos muertos, varios otros heridos y 50 desaparecidos.", "es", "50", ["prisoners"]),
    ("Murieron 12 mineros y 30 heridos fueron trasladados al hospital.", "es", "30", ["miners"]),
    ("Viajaban 90 pasajeros; una treintena de heridos fue evacuada.", "es", "una treintena", ["passengers"]),
    ("The fire killed 40 inmates, and 14 were injured.", "en", "14", ["inmates"]),
    ("At least 20 miners died and 12 were missing.", "en", "12", ["miners"]),
])
def test_a_count_of_what_befell_people_takes_the_group_counted_before_it(text, lang, value, group):
    assert _proposals(text, lang)[value].population == group


@pytest.mark.parametrize("text, lang, value", [
    # other people are counted too: whose the count is, the sentence does not say
    ("De las 224 personas a bordo —218 pasajeros y seis tripulantes—, 144 resultaron heridas.", "es", "144"),
    ("The blast killed 20 soldiers and 12 civilians, and 30 were injured.", "en", "30"),
    # children are a part of the people, not their group
    ("Murieron 12 niños y hubo 30 heridos.", "es", "30"),
    # a noun of people of its own keeps its own
    ("Murieron 12 mineros y 30 personas resultaron heridas.", "es", "30 personas"),
])
def test_no_group_is_inherited_when_the_sentence_does_not_give_one(text, lang, value):
    assert _proposals(text, lang)[value].population == ["people"]


@pytest.mark.parametrize("noun, tags", [
    ("pasajeras", ["passengers"]), ("mineras", ["miners"]), ("reclusas", ["prisoners"]),
    ("bomberas", ["firefighters"]), ("profesoras", ["teachers"]), ("pobladoras", ["inhabitants"]),
    ("electoras", ["voters"]),
])
def test_the_feminine_plural_of_a_noun_of_people_counts_its_group(noun, tags):
    from reconcile.extract.fields import population
    assert population(noun, f" {noun} resultaron heridas", "es") == tags


@pytest.mark.parametrize("text, lang, value, tags", [
    ("Fueron arrasados diecisiete barrios, cinco de los cuales quedaron destruidos.", "es", "cinco",
     ["neighbourhoods"]),
    ("Murieron 30 mineros, 12 de ellos en la galería norte.", "es", "12", ["miners"]),
    ("The storm destroyed 40 schools, three of which were rebuilt.", "en", "three", ["schools"]),
    ("The bus carried 60 passengers, 20 of whom died.", "en", "20", ["passengers"]),
    # a noun after "of them" is the part's own
    ("Officials counted 334 dead, 186 of them children.", "en", "186", ["children"]),
])
def test_a_part_told_by_a_relative_counts_what_the_count_before_it_counts(text, lang, value, tags):
    assert _proposals(text, lang)[value].population == tags


@pytest.mark.parametrize("text, lang, value", [
    ("Las autoridades informaron de 40 muertos. El jueves por la tarde la cifra subió a 65.", "es", "65"),
    ("Se reportaron 40 muertos. Horas después el saldo oficial aumentó a más de 65.", "es", "más de 65"),
    ("Officials reported 40 dead on Monday. By Tuesday evening the toll had climbed to more than 65.", "en",
     "more than 65"),
])
def test_a_tally_named_by_its_noun_alone_counts_what_the_count_before_it_counts(text, lang, value):
    found = _proposals(text, lang)[value]
    assert (found.population, found.criterion) == (["people"], "dead")


# ---------------------------------------------------------------- a group named by its own noun
# "613 civilians", "85 hombres, 34 mujeres": the group is the population, as a careful reader
# lists it (GUIDE), not [people]; a noun that says only what befell people stays [people]

@pytest.mark.parametrize("text, lang, value, group", [
    ("The shelling killed 41 civilians in the market.", "en", "41", ["civilians"]),
    ("Among the dead were 12 women and 9 men.", "en", "12", ["women"]),
    ("Among the dead were 12 women and 9 men.", "en", "9", ["men"]),
    ("The gunmen seized 300 hostages at the school.", "en", "300", ["hostages"]),
    ("The ship carried 14 foreigners.", "en", "14", ["foreigners"]),
    ("El bombardeo mató a 41 civiles en el mercado.", "es", "41", ["civilians"]),
    ("Entre los fallecidos hay 12 mujeres y 9 hombres.", "es", "12", ["women"]),
    ("Entre los fallecidos hay 12 mujeres y 9 hombres.", "es", "9", ["men"]),
    ("Los secuestradores liberaron a 25 rehenes.", "es", "25", ["hostages"]),
    # a list of groups is the list's groups
    ("El ataque mató a 20 soldados y civiles.", "es", "20", ["civilians", "soldiers"]),
    # a count of the sentence that names no noun is of the group before it
    ("At least 40 civilians died and 12 were injured.", "en", "12", ["civilians"]),
])
def test_a_group_named_by_its_own_noun_is_the_population(text, lang, value, group):
    assert _proposals(text, lang)[value].population == group


@pytest.mark.parametrize("text, lang, value", [
    ("Murieron 12 civiles y 30 personas.", "es", "30 personas"),
    ("The quake killed 30 victims.", "en", "30"),
    ("Marcharon 23 manifestantes por la avenida.", "es", "23"),   # the crowd; detained ones are [protesters]
])
def test_a_noun_of_people_as_such_stays_people(text, lang, value):
    assert _proposals(text, lang)[value].population == ["people"]


def test_a_group_and_people_listed_together_keep_both():
    assert _proposals("Murieron 12 civiles y personas de la zona.", "es")["12"].population == ["civilians", "people"]


def test_a_capitalised_people_after_an_english_count_is_people():
    # a demonym or a people's name the lexicon does not hold: [people] (GUIDE), not its own tag
    assert _proposals("The riots involved at least 1,000 Uyghurs.", "en")["at least 1,000"].population == ["people"]
    assert _proposals("Some 300 Kurds fled across the border.", "en")["Some 300"].population == ["people"]
    # a force's name, initials, a lower-case noun keep their own
    assert _proposals("Some 40 Marines were deployed.", "en")["Some 40"].population == ["marines"]
    assert _proposals("Some 30 NGOs sent aid.", "en")["Some 30"].population == ["ngos"]
    assert _proposals("The storm flattened 30 greenhouses.", "en")["30"].population == ["greenhouses"]
