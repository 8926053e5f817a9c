"""A part a word opens after its total ("including 5 children", "entre ellas 5 niños") counts by
its total's criterion, whatever verb the sentence goes on with.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _criteria(body: str) -> list[str | None]:
    raw = f"title: Earthquake in Peru\ndate: 2024-05-08\n\n{body}\n"
    return [p.criterion for p in propose(parse_article(raw, "news.txt"))]


@pytest.mark.parametrize("body, criteria", [
    ("The quake killed 12 people, including 5 children, and injured 40.", ["dead", "dead", "injured"]),
    ("El sismo mató a 12 personas, entre ellas 5 niños, e hirió a 40.", ["dead", "dead", "injured"]),
    ("The quake killed 12 people, among them 5 children, and injured 40.", ["dead", "dead", "injured"]),
    ("El sismo mató a 12 personas, incluidos 5 niños, e hirió a 40.", ["dead", "dead", "injured"]),
    # guards: a figure no such word opens keeps its own verb's criterion
    ("The quake killed 12 people and injured 40.", ["dead", "injured"]),
    ("El sismo mató a 12 personas e hirió a 40.", ["dead", "injured"]),
])
def test_a_part_counts_by_its_totals_criterion(body, criteria):
    assert _criteria(body) == criteria
