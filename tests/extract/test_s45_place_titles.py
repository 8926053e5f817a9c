"""The place of a count: mechanisms that failed on fresh real text (session 45, tests/extract/data_s45_place).

- a title naming the event after a subdivision as news names it ("Henan", ISO's "Henan Sheng"), which the opening
  places in its country ("in the province of Henan, China"), is that subdivision (its claims carry its code, since
  the name as written does not resolve as a project reads places), not a town of that name declared inside it;
- a title's town the opening places by an address whose middle name reconcile does not know ("in Zongo, Pueblo
  Alto, Bolivia") is that town, inside the country the address ends with;
- wildfires, as floods and protests, spread: "in many parts of Argentina" makes the country their place, not the
  province a later sentence says they began in;
- a distance from a capital Spanish names after its kind ("a 70 km de la capital provincial, Palu") is that
  capital's, as "from the provincial capital, Palu" is;
- a total whose part is counted in the article's own province ("Over 69,000 ..., including 68,636 in Sichuan
  province") holds more than that province: the country's.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.scene import article_place
from reconcile.quantities.running import sentences


def _article(title: str, body: str):
    return parse_article(f"title: {title}\ndate: 2016-07-04\n\n{body}\n", "news.txt")


def _where_and_places(title: str, body: str, figure: str) -> tuple[tuple[str, str], set[str | None]]:
    """The article's place, and the places of the claims whose value holds ``figure``."""
    article = _article(title, body)
    return (article_place(article, sentences(article.text, None)),
            {c.place for c in propose(article, lang=None) if figure in c.value})


@pytest.mark.parametrize("title, body, code", [
    ("2016 Henan floods", "Floods struck the province of Henan, China on 4 July 2016. At least 41 people died.",
     "CN-HA"),
    ("Inundaciones de Gansu de 2016", "Las inundaciones afectaron la provincia de Gansu, China, en julio de 2016. "
     "Murieron al menos 41 personas.", "CN-GS"),
])
def test_a_province_the_title_names_by_its_short_name_is_that_province(title, body, code):
    where, places = _where_and_places(title, body, "41")
    assert (where[0], places) == (code, {code})


@pytest.mark.parametrize("title, body", [
    ("2022 Argentine wildfires", "Wildfires burned in many parts of Argentina during the 2022 season. Early fires in "
     "Corrientes Province began in January and spread fast. At least 9 people died."),
    ("Incendios forestales en Argentina de 2022", "Los incendios forestales afectaron muchas partes de Argentina en "
     "2022. Los primeros incendios en la provincia de Corrientes comenzaron en enero. Murieron al menos 9 personas."),
])
def test_wildfires_over_many_parts_of_a_country_are_the_countrys_not_the_province_where_they_began(title, body):
    where, places = _where_and_places(title, body, "9")
    assert (where[0], places) == ("AR", {"AR"})


@pytest.mark.parametrize("body, town", [
    ("El terremoto, de magnitud 7,5, se localizó a 70 km de la capital provincial, Palu, y se sintió en Samarinda.",
     "Palu"),
    ("El epicentro se situó a 27 km al sureste de la capital regional, Tacna, y el sismo se sintió en Arica.", "Tacna"),
])
def test_a_distance_from_a_capital_named_after_its_kind_in_spanish_is_that_capitals(body, town):
    article = _article("Terremoto de 2018", body)
    claims = [c for c in propose(article, lang=None) if "km" in c.value]
    assert claims and all(c.place == town for c in claims)


@pytest.mark.parametrize("title, body, town, land", [
    ("Zongo massacre", "The Zongo massacre occurred in Zongo, Pueblo Alto, Bolivia, on 19 November 2019. Eleven people "
     "were shot dead.", "Zongo", "BO"),
    ("Masacre de Pueblo Nuevo", "La masacre ocurrió en Pueblo Nuevo, Ixcán, Guatemala, en 1982. Murieron 40 personas.",
     "Pueblo Nuevo", "GT"),
])
def test_a_town_the_title_names_placed_by_an_address_whose_middle_name_is_unknown_is_that_town(title, body, town, land):
    article = _article(title, body)
    code, name = article_place(article, sentences(article.text, None))
    assert (code.split("-")[0], name) == (land, town)
    claims = [c for c in propose(article, lang=None) if c.value[:1].isdigit() or c.value.startswith("Eleven")]
    assert claims and all(c.place == town for c in claims)


@pytest.mark.parametrize("title, body, total, part, country, province", [
    ("2013 Gansu earthquake", "An earthquake struck the province of Gansu, China on 22 July 2013. Over 95 people died "
     "in the quake, including 89 in Gansu province.", "95", "89", "CN", "CN-GS"),
    ("Terremoto de Ica de 2007", "El terremoto ocurrió en el departamento de Ica, Perú. Murieron 595 personas, "
     "incluidas 519 en Ica.", "595", "519", "PE", "Ica"),
])
def test_a_total_whose_part_is_counted_in_the_articles_province_is_the_countrys(title, body, total, part, country,
                                                                               province):
    claims = {c.value.split()[-2] if c.value.split()[-1].isalpha() else c.value.split()[-1]: c
              for c in propose(_article(title, body), lang=None)}
    assert (claims[total].place, claims[part].place) == (country, province)
