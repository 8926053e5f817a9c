"""A wire's dateline names where the report was filed (U2 D6): it is the place of the counts only where the event
happened in that town. A dateline on the line after a headline or a page's highlights is still the dateline (its
town is not the count's place when the sentence says where the event was); a first sentence that puts the event
near or off a place away from the town, or an event that spreads over the country (floods, an outbreak), is the
country's."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(text: str) -> dict[str, str | None]:
    article = parse_article(f"url: https://example.org/a\noutlet: Wire\ndate: 2015-04-26\n\n{text}\n", "a.txt")
    return {p.value: p.place for p in propose(article)}


@pytest.mark.parametrize("text", [
    # a headline line right above the dateline, no blank line between them
    "Quake toll climbs\nKathmandu, Nepal (CNN) -- An earthquake in Nepal has killed at least 1,800 people, Nepalese "
    "officials said.",
    # a page's highlights list above it
    "- Rescuers dig through rubble\n- Hundreds more are injured\n\nKathmandu, Nepal (CNN) -- An earthquake in Nepal "
    "has killed at least 1,800 people, Nepalese officials said.",
])
def test_a_dateline_below_a_headline_is_where_the_report_was_filed(text):
    assert _places(text)["at least 1,800 people"] == "NP"


@pytest.mark.parametrize("text, value, place", [
    ("ATHENS — A boat capsized near Farmakonisi on Sunday, and the coast guard said it rescued 46 migrants.",
     "46", "GR"),
    ("ATHENS — A crowded dinghy sank off a small Aegean island on Sunday, and the coast guard said it rescued 46 "
     "migrants.", "46", "GR"),
    ("DHAKA, June 20 (Reuters) - Floods have killed at least 84 people since late May, the disaster ministry said.",
     "at least 84 people", "BD"),
])
def test_an_event_away_from_the_datelines_town_is_the_countrys(text, value, place):
    assert _places(text)[value] == place


@pytest.mark.parametrize("text, value, place", [
    # the event in the dateline's town, or nothing says it was elsewhere: the town
    ("LIMA, 9 Aug (Reuters) - A fire swept through a market in Lima on Wednesday, killing 9 people, officials said.",
     "9 people", "Lima"),
    ("QUITO (Reuters) - About 5,000 people marched on Wednesday against the government, police said.",
     "About 5,000 people", "Quito"),
    # off a place reconcile does not know, filed from a town that is no capital: it may lie there (Calapan is on
    # Mindoro), so the town stays
    ("CALAPAN, Philippines -- A ferry capsized in rough seas off Mindoro island on Wednesday, killing at least 12 "
     "people, the coast guard said.", "at least 12 people", "Calapan"),
])
def test_the_datelines_town_stays_where_the_event_was(text, value, place):
    assert _places(text)[value] == place
