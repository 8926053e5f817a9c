"""Values, places, dates and parts of a new user's articles (session 40): an ISO region not declared again,
peoples in a list not read as places, a list's total, an increment kept apart from a total, a figure each city
counts, counts of gatherings and ratios not read as crowds, months named beside a list's figures, and names with
digits. Invented sentences modelled on the user's EFE, AFP and El País texts."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.place_dateline import dateline
from reconcile.extract.places import places_in


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
