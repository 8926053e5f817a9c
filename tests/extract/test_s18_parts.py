"""A list of places under its total's line (an infobox's "Deaths: 72,000" then "Italy: ~20,000"):
each line is a part of the total (GUIDE.md's part_of), in its own place, counting what the total
counts."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, title: str = "Heat wave"):
    return propose(parse_article(f"title: {title}\ndate: 2019-08-01\n\n{body}\n", "article.txt"))


@pytest.mark.parametrize("body, title, places", [
    ("Deaths: 9,400\nPoland: ~3,000\nAustria: 2,100-2,500\nSlovakia: 950\n\nThe heat wave was the worst on record.",
     "2019 Central European heat wave", ["PL", "AT", "SK"]),
    ("Casualties: 4,300 dead (all countries)\n\nPeru 2,950 dead (3 March 2019)\n\nChile 610 dead (3 March 2019)",
     "2019 Andean cholera outbreak", ["PE", "CL"]),
    ("Muertos: 1.200\nPerú: 800\nEcuador: 400\n\nLas lluvias siguieron durante semanas.",
     "Lluvias de 2019", ["PE", "EC"]),
])
def test_the_lines_under_a_total_are_its_parts(body, title, places):
    proposals = _proposals(body, title)
    total, parts = proposals[0], proposals[1:1 + len(places)]
    assert total.part_of is None
    assert [p.part_of for p in parts] == [0] * len(places)
    assert [p.place for p in parts] == places
    assert all(p.criterion == total.criterion == "dead" for p in parts)


def test_lines_of_their_own_are_no_parts():
    # each line is a total of its own: "Injured" names no place
    proposals = _proposals("Deaths: 72\nInjured: 300\nMissing: 12")
    assert [p.part_of for p in proposals] == [None, None, None]
    # a place's figure larger than the line before is no part of it
    proposals = _proposals("Deaths: 72\nPoland: 300")
    assert proposals[1].part_of is None


def test_a_place_line_after_running_text_is_no_part():
    proposals = _proposals("The storm killed 72 people.\nPoland: 30")
    assert proposals[1].part_of is None


@pytest.mark.parametrize("body", [
    "Deaths: 300\nNigeria 120 deaths\nNiger 40 cases",                     # cases are no deaths
    "Deaths: 5,000\nHaiti: 3,000 homes destroyed\nCuba: 1,200 evacuated",   # homes, evacuees: other counts
    "Snowfall: 30 inches\nBoston: 24 inches",                             # a measure adds up to nothing
    "Muertos: 300\nPerú: 150 heridos\nEcuador: 80",                        # a place's line is no total
])
def test_a_line_that_counts_something_else_is_no_part(body):
    proposals = _proposals(body)
    assert all(p.part_of is None for p in proposals[2:])
    assert proposals[1].part_of in (None, 0)
    if "Niger" in body:
        assert proposals[1].part_of == 0                                    # "Nigeria 120 deaths" is one
