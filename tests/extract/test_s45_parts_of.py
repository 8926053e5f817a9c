""""In many parts of Australia" spreads a bushfire season over the country, but "many parts of the state of
Victoria" and "large parts of Mallacoota" do not (R1, session 45: they had placed the toll in AU)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _places(title: str, body: str) -> list[tuple[str, str | None]]:
    article = parse_article(f"title: {title}\ndate: 2020-01-04\n\n{body}\n", "news.txt")
    return [(p.value, p.place) for p in propose(article, lang=None)]


@pytest.mark.parametrize("title, body, value, place", [
    ("Black Saturday bushfires",
     "The bushfires burned in many parts of the state of Victoria, Australia, in February 2009. 173 people died.",
     "173 people", "Victoria"),
    ("Mallacoota bushfire",
     "The bushfire destroyed large parts of Mallacoota, Victoria, Australia, on 31 December 2019. "
     "More than 100 homes were lost.", "More than 100", "Mallacoota"),
])
def test_parts_of_a_state_or_town_do_not_spread_over_the_country(title, body, value, place) -> None:
    assert dict(_places(title, body))[value] == place


def test_parts_of_the_country_still_spread() -> None:
    found = dict(_places("2019–20 Australian bushfire season",
                         "Bushfires burned in many parts of Australia, with early fires in Queensland. "
                         "At least 34 people died."))
    assert found["At least 34 people"] == "AU"
