"""Session 48 (XP3), figures that count nothing the event did are no claims (N3 D8, N4 D13): a multiplier ("varied
by a factor of two", which had become the total of the ranges after it), the parts of a cause ("their five demands")
and a span of days ("durante esas dos jornadas"). Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _values(body: str) -> list[tuple[str, int | None]]:
    text = f"url: https://example.org/a\ntitle: Marches\noutlet: Wire\ndate: 2031-03-23\n\n{body}\n"
    return [(p.value, p.part_of) for p in propose(parse_article(text, "a.txt"))]


@pytest.mark.parametrize("body, expected", [
    ("The estimates varied by a factor of two, notably Nice (5,200 to 40,000).", [("5,200 to 40,000", None)]),
    ("Las cifras se multiplicaron por un factor de tres en Bilbao, donde marcharon 9.000 personas.",
     [("9.000 personas", None)]),
    ("Some 3,000 marchers reiterated their five demands.", [("Some 3,000", None)]),
    ("Unas 3.000 personas repitieron sus cinco reivindicaciones.", [("Unas 3.000 personas", None)]),
    ("El Ministerio no contabiliza a los 3.000 que llegaron a Ceuta durante esas dos jornadas.", [("3.000", None)]),
])
def test_a_figure_that_counts_nothing_the_event_did_is_no_claim(body, expected):
    assert _values(body) == expected


def test_a_crowd_beside_its_demands_is_still_proposed():
    assert _values("Police said 128,000 marched for five demands.")[0][0] == "128,000"
