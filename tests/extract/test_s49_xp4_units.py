"""Session 49 (XP4): a count of the places or the people who reported is no toll. "A dozen provinces" takes no
criterion of the living from another count; the words before "because" / "porque" are another clause's; "33 of 48
mayors" counts mayors (N3, left by XP3). Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, title: str = "Storms") -> dict[str, tuple[list[str], str | None]]:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: 2031-03-23\n\n{body}\n"
    return {p.value: (p.population, p.criterion) for p in propose(parse_article(text, "a.txt"))}


def test_a_count_of_places_takes_no_toll_of_another_count():
    got = _proposals('"We now have 45 deaths" in a dozen states, the director told reporters.')
    assert got["45"][1] == "dead"
    assert got["a dozen"] == (["states"], None)


@pytest.mark.parametrize("body, value, population", [
    ("The governor said 20 people died and warned the toll could rise because only 14 of 30 mayors had reported "
     "back.", "14", ["mayors"]),
    ("El gobernador dijo que murieron 20 personas y que la cifra puede subir porque solo 14 alcaldes han informado.",
     "14", None),
])
def test_a_clause_of_cause_takes_no_criterion_from_the_words_before_it(body, value, population):
    got = _proposals(body)
    assert got["20 people" if "20 people" in got else "20 personas"][1] == "dead"
    assert got[value][1] is None
    if population is not None:
        assert got[value][0] == population


def test_a_part_of_figures_without_an_article_counts_their_noun():
    assert _proposals("Cholera cases rose to 718 in 13 of Zambia's 28 districts.")["13"][0] == ["districts"]
