"""Session 49 (XP4), R5 item 4: only a bare range in brackets ("Lyon (22,000 to 55,000)", "Bilbao (4.000 a 6.000)",
"(22,000-55,000)") that two claimants joined state is split into one figure of each; a range its words mark as one
("between 5,000 and 8,000", "entre 4.000 y 6.000", "from ... to") stays one range. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str) -> list[tuple[str, str | None]]:
    text = f"url: https://example.org/a\ntitle: Marches\noutlet: Wire\ndate: 2031-03-23\n\n{body}\n"
    return [(p.value, p.claimant) for p in propose(parse_article(text, "a.txt"))]


@pytest.mark.parametrize("body, value", [
    ("In Marseille (between 5,000 and 8,000), according to police and organizers, the march was calm.",
     "between 5,000 and 8,000"),
    ("En Bilbao (entre 4.000 y 6.000), según la Policía y los sindicatos, la marcha fue tranquila.",
     "entre 4.000 y 6.000"),
    ("In Lyon (from 22,000 to 55,000), according to police and unions, the march was calm.", "from 22,000 to 55,000"),
])
def test_a_range_its_words_mark_as_one_stays_one_range(body, value):
    (proposal,) = _proposals(body)
    assert proposal[0] == value


def test_a_bare_range_with_a_dash_that_two_claimants_state_is_a_figure_of_each():
    assert _proposals("The figures varied in Lyon (22,000-55,000), according to police and unions.") == \
        [("22,000", "police"), ("55,000", "unions")]
