"""Session 44 (X5), a tally named after "según" or "according to" ("según el cómputo más reciente", "según una
evaluación preliminar", "according to a preliminary assessment") is no claimant: the figure is the speaker's the
sentence names, else no one's (the outlet's, for the reviewer to check) (user's report U2 D3). Invented sentences in
the style of the user's texts."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str) -> dict[str, str | None]:
    text = f"url: https://example.org/a\ntitle: Terremoto\noutlet: Diario Ejemplo\ndate: 2023-09-09\n\n{body}"
    return {p.value: p.claimant for p in propose(parse_article(text, "a.txt"))}


@pytest.mark.parametrize("body, value, claimant", [
    ("El terremoto ha causado 1.305 muertos, según el cómputo más reciente.", "1.305", None),
    ("Hubo tres heridos, según una evaluación preliminar.", "tres", None),
    ("Three people were injured, according to a preliminary assessment.", "Three people", None),
    ("The governor said three people were injured, according to a preliminary assessment.", "three people",
     "governor"),
    # a body's tally is the body's
    ("Hubo 1.305 muertos, según el cómputo del Ministerio del Interior.", "1.305", "Ministerio del Interior"),
])
def test_a_tally_is_no_claimant_its_body_or_the_speaker_is(body, value, claimant):
    assert _claimants(body)[value] == claimant
