"""Values, places, dates and parts of a new user's articles (session 40): an ISO region not declared again,
peoples in a list not read as places, a list's total, an increment kept apart from a total, a figure each city
counts, counts of gatherings and ratios not read as crowds, months named beside a list's figures, and names with
digits. Invented sentences modelled on the user's EFE, AFP and El País texts."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.place_dateline import dateline
from reconcile.extract.places import places_in
from reconcile.quantities.running import Sentence, scan


def _proposals(text: str, date: str = "2023-05-02", lang: str | None = None):
    head = f"title: t\ndate: {date}\noutlet: Test Wire\nurl: https://example.org/t\n\n"
    return propose(parse_article(head + text, "t.txt"), lang)


DARIEN = ("Panama City, May 2 (EFE).- In the first four months of this year, more than 127,000 undocumented migrants "
          "traveling northward to the United States arrived in Panama after crossing the Darien jungle.\n\n"
          "Between Jan. 1 and April 30, 2023, a total of 127,687 people moved through Darien province, with "
          "Venezuelans being the most numerous with 55,589, followed by Haitians (28,610), Ecuadorians (16,992), "
          "Colombians (3,836) and Indians (2,791), according to figures gathered by Panama's National Migration "
          "Service (SNM).")


def test_a_region_of_a_country_the_text_names_is_read_before_a_town_of_another():
    text = "Migrants traveling northward to the United States arrived in Panama after crossing the Darien jungle."
    assert ("PA-5", "Darien") in [(code, name) for code, name, _ in places_in(text)]


def test_a_datelines_town_is_not_read_in_the_country_people_were_going_to():
    assert dateline(DARIEN) == ("PA-PANAMA-CITY", "Panama City")


def test_a_countrys_name_listed_with_home_places_is_the_home_division():
    found = places_in("Fueron las de Málaga y Granada, Valladolid y Valencia.", "ES")
    assert [code for code, _, _ in found] == ["ES-MA", "ES-GR", "ES-VA", "ES-V"]
    # (not a country the text names apart from a list: "de Madrid a Granada, en el Caribe")
    assert places_in("Viajó de Madrid a Granada, en el Caribe.", "ES")[-1][0] == "GD"


def test_a_region_iso_knows_is_not_declared_again_in_another_country():
    out = _proposals(DARIEN)
    assert [p.city for p in out] == [None] * len(out)            # nothing to declare in _places.yaml
    assert {p.place for p in out} <= {"PA", "Darien", "PA-5"}    # Darién is PA-5, not Darien, Connecticut


def test_peoples_in_a_list_are_no_places_and_the_list_breaks_down_the_total_before_it():
    out = _proposals(DARIEN)
    values = [p.value for p in out]
    total = values.index("127,687 people")
    for value in ("55,589", "28,610", "16,992", "3,836", "2,791"):
        part = out[values.index(value)]
        assert part.part_of == total, value
        assert part.place == "Darien", value
        assert part.population == ["people"], value


def test_figures_gathered_by_an_agency_are_no_crowd():
    out = _proposals(DARIEN)
    assert all(p.criterion != "protested" for p in out)


def test_a_figure_told_as_more_is_kept_apart_from_the_total():
    out = _proposals("At least 40 people died in the floods in Bolivia on Monday.\n\nRescuers found 12 more bodies.",
                     "2024-03-05")
    assert [(p.value, p.criterion) for p in out] == [("At least 40 people", "dead"), ("12", "dead-additional")]
    out = _proposals("Organizers said 750,000 people marched in Los Angeles on Saturday.\n\n"
                     "Organizers said tens of thousands more marched worldwide on Saturday.", "2017-01-22")
    assert [p.criterion for p in out] == ["protested", "protested-additional"]


def test_others_of_a_figure_in_the_same_sentence_are_no_increment():
    out = _proposals("La explosión dejó 1.500 heridos.\n\nDonde 212 personas perdieron la vida y otras 1800 resultaron "
                     "heridas.", "1992-04-22")
    assert [p.criterion for p in out] == ["injured", "dead", "injured"]


def test_other_things_after_a_crowd_are_no_more_people():
    out = _proposals("Unas 5.000 personas protestaron en Ciudad de México.\n\nSe han registrado protestas en al menos "
                     "otras nueve ciudades.", "2012-05-20")
    assert not any((p.criterion or "").endswith("-additional") for p in out)


def test_more_in_another_place_is_that_places_count():
    out = _proposals("The cyclone struck Myanmar. Yangon alone had 80,000 dead, with about 10,000 more deaths in "
                     "Bogale.", "2008-05-02")
    assert [p.criterion for p in out] == ["dead", "dead"]


def test_a_figure_each_city_counts_is_no_total_and_granada_in_spain_is_spanish():
    text = ("Hubo concentraciones en distintos puntos de España. Las más numerosas, según los organizadores, fueron "
            "las de Málaga y Granada (30.000 en cada ciudad), Valladolid (25.000) y Valencia (24.000).")
    out = _proposals(text, "2024-01-20")
    assert [(p.value, p.place) for p in out] == [("30.000", "Málaga"), ("30.000", "ES-GR"),
                                                 ("25.000", "Valladolid"), ("24.000", "Valencia")]
    assert [p.part_of for p in out] == [None] * 4


def test_a_count_of_gatherings_is_no_crowd():
    out = _proposals("Las 99 concentraciones convocadas el domingo para protestar en distintos puntos de España "
                     "sacaron a la calle a cientos de miles de personas.", "2024-01-20")
    assert [(p.value, p.population, p.criterion) for p in out] == [
        ("99", ["protests"], "held"), ("cientos de miles", ["people"], "protested")]


def test_a_bar_the_gatherings_passed_is_no_count():
    out = _proposals("Según la Delegación, 15 de las 99 concentraciones superaron los 10.000 asistentes.",
                     "2024-01-20")
    assert [(p.value, p.population) for p in out] == [("15", ["protests"]), ("99", ["protests"])]


def test_a_ratio_is_no_crowd():
    assert _proposals("Three in 10 marchers were students, police said.", "2024-01-20") == []


def test_a_group_named_past_an_aside():
    out = _proposals("Of the 1,427 people who arrived at the Darien immigration stations on April 30, 304 – or 21 "
                     "percent – were minors.")
    assert out[1].value == "304" and out[1].population == ["minors"]


def test_months_named_beside_a_lists_figures_date_them():
    out = _proposals("Migración Panamá destacó que octubre del pasado año fue el mes con más llegadas, con 59 mil "
                     "773, seguido por septiembre, con 48 mil 204, y agosto, con 46 mil 500.")
    assert [p.as_of for p in out] == ["2022-10", "2022-09", "2022-08"]
    out = _proposals("April was the month with the most arrivals with 40,297, significantly above January and "
                     "February with 24,634 and 24,657, respectively, and a slight increase over the 38,099 for March.")
    assert [(p.value, p.as_of) for p in out] == [("40,297", "2023-04"), ("24,634", "2023-01"),
                                                 ("24,657", "2023-02"), ("38,099", "2023-03")]


def test_this_year_against_the_same_period_last_year_and_a_year_that_closed():
    out = _proposals("In the first four months of this year, more than 127,000 migrants arrived in Panama, and this "
                     "total is six times the number who moved through the area during the same period last year.")
    assert out[0].as_of == "2023"
    out = _proposals("The figure is six times the 19,925 migrants who traversed the zone between January and April "
                     "2022, a year that closed with a total of 248,284 people.")
    assert [(p.value, p.as_of) for p in out] == [("19,925", "2022-04"), ("248,284 people", "2022")]


def test_a_share_of_the_vote_is_no_crowd():
    out = _proposals("Tsvangirai — who has maintained that he won the presidency with more than 50 percent of the "
                     "vote — said previously that he will not participate in any runoff.", "2008-05-02")
    assert out[0].criterion != "protested"


def test_a_capitalised_noun_and_its_number_are_a_name():
    for text, lang in (("Protesters gathered near Building 7 in Boston.", "en"),
                       ("Los manifestantes se concentraron frente al Edificio 7 en Madrid.", "es"),
                       ("Miles de personas se reunieron en el Pabellón 5 de Ifema, dijo la policía.", "es"),
                       ("Unos 200 manifestantes cortaron la Nacional 340 durante 2 horas.", "es")):
        found = [f.text for f in scan(Sentence(0, text, lang))]
        assert not any(value in found for value in ("7", "5", "340")), text
    # a counted noun after the number keeps the count
    assert [f.text for f in scan(Sentence(0, "En la Plaza 300 personas protestaron.", "es"))] == ["300 personas"]
