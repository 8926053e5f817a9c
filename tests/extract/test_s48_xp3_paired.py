"""Session 48 (XP3), a range in brackets that two claimants joined state ("Lyon (22,000 to 55,000), according to
police and unions") is one figure of each, the low end the first's, not one range of one claimant (N3 D1). Invented
sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str) -> list[tuple[str, str | None, str | None]]:
    text = f"url: https://example.org/a\ntitle: Marches\noutlet: Wire\ndate: 2031-03-23\n\n{body}\n"
    return [(p.value, p.claimant, p.place) for p in propose(parse_article(text, "a.txt"))]


@pytest.mark.parametrize("body, expected", [
    ("The figures varied in Lyon (22,000 to 55,000) and Brest (4,000 to 6,000), according to police and unions.",
     [("22,000", "police", "Lyon"), ("55,000", "unions", "Lyon"),
      ("4,000", "police", "Brest"), ("6,000", "unions", "Brest")]),
    ("Las cifras variaron en Bilbao (4.000 a 6.000), según la Policía y los sindicatos.",
     [("4.000", "Policía", "Bilbao"), ("6.000", "sindicatos", "Bilbao")]),
])
def test_a_range_in_brackets_that_two_claimants_state_is_a_figure_of_each(body, expected):
    assert _proposals(body) == expected


def test_a_range_one_claimant_states_stays_a_range_with_a_check():
    text = "url: x\ntitle: Marches\noutlet: Wire\ndate: 2031-03-23\n\nThe union counted Lyon (22,000 to 55,000).\n"
    (proposal,) = propose(parse_article(text, "a.txt"))
    assert proposal.value == "22,000 to 55,000"
    assert any("low end to one claimant" in check for check in proposal.checks)


def test_a_range_out_of_brackets_that_two_claimants_state_stays_a_range():
    assert [value for value, *_ in _proposals("Police and medics said 8 to 10 people died in Lyon.")] == \
        ["8 to 10 people"]
