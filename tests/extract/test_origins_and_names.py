"""A place named as where people came from is not where they were counted; a claimant's name
that an appositive acronym, an official adjective or a determiner bounds. Invented sentences."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.places import origins, places_in
from reconcile.extract.speakers import trim_name

HEAD = "url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n"


def _proposals(text, title="Test", date="2019-03-07", lang=None):
    return propose(parse_article(HEAD.format(title=title, date=date) + text, "a.txt"), lang)


def test_the_places_people_came_from():
    text = "Migrants from Libya, Chad and Niger reached Italy; others came originally from Eritrea."
    found = places_in(text)
    came = {name for _, name, at in found if at in origins(text, found)}
    assert came == {"Libya", "Chad", "Niger", "Eritrea"}
    text = "Llegaron a Grecia inmigrantes procedentes de Siria y Palestina."
    found = places_in(text)
    assert {name for _, name, at in found if at in origins(text, found)} == {"Siria", "Palestina"}


def test_a_count_of_people_from_a_country_is_placed_where_they_were():
    text = ("A boat carrying migrants from Tunisia to Italy capsized off the coast of Sicily on 3 May. "
            "At least 40 people drowned. A second boat carrying migrants from Syria sank, and at least "
            "12 people died.")
    places = [p.place for p in _proposals(text, "Migrant boat capsizes", "2015-05-04")]
    # where they were, the most specific place the text names: Sicily (IT-82), not Tunisia or Syria
    assert places == ["IT-82", "IT-82"]


def test_claimant_names_bounded_by_what_is_not_a_name():
    assert trim_name("la agencia científica norteamericana USGS") == "USGS"
    assert trim_name("the regional disaster agency BNPB") == "BNPB"
    assert trim_name("la ONU un total") == "la ONU"
    assert trim_name("estimaciones oficiales pakistaníes") == "Gobierno de Pakistan"
    assert trim_name("official Chilean figures") == "Government of Chile"
    # a name of capitalised words keeps them
    assert trim_name("la Cruz Roja Internacional") == "la Cruz Roja Internacional"
    assert trim_name("el diario EL PAÍS") == "el diario EL PAÍS"


def test_official_estimates_of_a_country_are_its_governments():
    text = ("El sismo dejó cerca de 12.000 muertos, de acuerdo a estimaciones oficiales peruanas. "
            "Según la ONU un total de 2 millones de habitantes fueron afectados.")
    got = {p.value: p.claimant for p in _proposals(text, "Terremoto", "2007-08-16", "es")}
    assert got == {"cerca de 12.000": "Gobierno de Peru", "2 millones": "ONU"}


# (title, date, lang, text, the place of each count)
_PLACES = [
    # the island or town the title names
    ("2015 Lampedusa migrant shipwreck", "2015-05-03", "en",
     "A boat carrying migrants from Tunisia to Italy sank off the Italian island of Lampedusa on 3 May. "
     "At least 40 people drowned.", ["Lampedusa"]),
    # a site located in a city named once, not the town a quarter of it is named like
    ("Incendio del bar Lucero", "2001-03-03", "es",
     "El incendio del bar Lucero fue un incendio producido el 3 de marzo de 2001, en un local ubicado "
     "en la colonia San Rafael de la Ciudad de México. El incendio dejó 12 muertos.", ["Ciudad de México"]),
    # a sea named after a country is not in it
    ("Sinking of the Northern Star", "2004-06-02", "en",
     "The ferry Northern Star sank in the Gulf of Mexico on 2 June 2004. Of the 120 passengers, 48 died.",
     [None, None]),
    ("Incendio en una plataforma", "2015-05-18", "es",
     "Una plataforma petrolera se incendió en el golfo de México. Murieron 5 trabajadores.", [None]),
    # the province the opening says the event happened in
    ("Terremoto de Ecuador de 1987", "1987-03-05", "es",
     "El terremoto ocurrió el 5 de marzo de 1987 en la provincia de Napo, Ecuador. "
     "Murieron unas 1.000 personas.", ["Napo"]),
    # a street named after a place is not the place
    ("Matanza de la calle Morelos", "2015-05-18", "es",
     "La matanza ocurrió en la colonia Roma de la Ciudad de México. Murieron 7 personas.", ["MX"]),
]


def test_the_place_of_each_count():
    got = [[p.place for p in _proposals(text, title, date, lang)] for title, date, lang, text, _ in _PLACES]
    assert got == [want for *_, want in _PLACES]


def test_the_city_a_quarter_named_in_the_opening_is_of():
    text = ("The Tacuba massacre took place on 5 March 1971 in the Tacuba neighbourhood of Mexico City. "
            "Government figures put the dead at 12, while students said 40.")
    got = [(p.value, p.claimant, p.place) for p in _proposals(text, "Tacuba massacre", "1971-03-05")]
    assert got == [("12", "Government of Mexico", "Mexico City"), ("40", "students", "Mexico City")]
