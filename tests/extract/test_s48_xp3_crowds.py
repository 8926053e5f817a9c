"""Session 48 (XP3), a crowd of a protest told by where it was or by who estimated it, with no noun of its own (N3
D12): "Police said 128,000 were present in the park", "3,100 according to the police" are people who protested, in a
story of a protest only. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(body: str) -> list[tuple[str, list[str], str | None]]:
    text = f"url: https://example.org/a\ntitle: Rally\noutlet: Wire\ndate: 2031-08-18\n\n{body}\n"
    return [(p.value, p.population, p.criterion) for p in propose(parse_article(text, "a.txt"))]


@pytest.mark.parametrize("body, value", [
    ("Police said 128,000 were present in the park. Protesters reiterated their demands.", "128,000"),
    ("Thousands marched against the reform. In the north, there were 3,100 according to the police.", "3,100"),
    ("Miles de personas marcharon. Unas 3.000 estaban presentes en la plaza, según la Policía.", "Unas 3.000"),
])
def test_a_bare_crowd_of_a_protest_protested(body, value):
    assert (value, ["people"], "protested") in _fields(body)


def test_a_bare_figure_present_with_no_protest_around_is_not_a_crowd():
    assert _fields("Police said 128,000 were present in the park.")[0][2] is None
