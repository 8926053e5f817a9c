"""A sum of money counts no people, and nothing that befalls people befalls it, whatever verb
governs the sentence ("infected 3,000 people and cost 40 million dollars"). Found by the
session's review of 9593c94 (invented sentences)."""
import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


@pytest.mark.parametrize("body, lang", [
    ("The outbreak infected 3,000 people and cost the economy 40 million dollars.", "en"),
    ("El brote contagió a 3.000 personas y costó 40 millones de dólares.", "es"),
    ("The storm displaced 800 families and caused losses of $15 million.", "en"),
])
def test_a_sum_has_no_population(body, lang):
    article = parse_article(f"url: https://x.example/a\ntitle: T\ndate: 2020-05-14\n\n{body}\n", "a.txt")
    people, money = propose(article, lang)
    assert people.population and people.criterion
    assert (money.population, money.criterion) == ([], None) or money.criterion == "damage"
    assert money.population == []
