"""Numbers of running text that state no count: a ranking after "top", even odds."""
from __future__ import annotations

from reconcile import quantities_in_text


def _texts(text, lang="en"):
    return [q["text"] for q in quantities_in_text(text, lang)]


def test_top_n_is_a_ranking_and_even_odds_are_no_counts():
    assert _texts("He was one of the top 10 players.") == []
    assert _texts("The vote left them with a 50-50 chance.") == []
    # a range and a count after "top" used otherwise stay
    assert _texts("Between 50-60 people came.") == ["Between 50-60"]
    assert _texts("The top floor collapsed with 10 people inside.") == ["10 people"]
