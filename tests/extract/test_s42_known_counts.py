"""Session 42 (FX), a small number word after the definite article that counts things the text already made
known ("Los dos sismos dejaron 40 muertos", "the two quakes killed 40", "los tres países") is no claim: the
figure of the sentence is the 40. A first mention stays a claim, and so do a figure in digits after the
article ("los 40 muertos fueron identificados") and a count of people. Invented sentences, English and
Spanish."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _values(title: str, body: str) -> list[str]:
    article = parse_article(f"title: {title}\ndate: 2018-08-09\n\n{body}\n", "known.txt")
    return [p.value for p in propose(article)]


@pytest.mark.parametrize("title, body, values", [
    # the subject of a clause that states another figure
    ("Sismos en Chile", "Los dos sismos dejaron 40 muertos en Chile.", ["40"]),
    ("Quakes in Chile", "The two quakes killed 40 people in Chile on Monday.", ["40 people"]),
    ("Inundaciones", "Las lluvias afectaron a Chile, Perú y Bolivia, y los tres países sumaron 300 muertos.", ["300"]),
    ("Floods", "Rain fell for a week over the region. The three countries reported 300 deaths.", ["300"]),
    # what the text named before (the first mention is the claim), here as the object
    ("Chile", "Dos terremotos sacudieron Chile el lunes. Hubo daños en las ciudades que golpearon los dos "
     "terremotos, y murieron 40 personas.", ["Dos", "40 personas"]),
    ("Mariel boatlift", "The Cuban government opened the port to anyone who wished to leave. The boatlift was "
     "ended by agreement between the two governments, after 125,000 people had left.", ["125,000 people"]),
])
def test_a_number_word_after_the_article_counting_known_things_is_no_claim(title, body, values):
    assert _values(title, body) == values


@pytest.mark.parametrize("title, body, value", [
    # a first mention: the attacks are named here for the first time
    ("Bombardeo de Dresde", "Con este nombre se suele hacer referencia a los cuatro ataques aéreos consecutivos "
     "que se realizaron entre el 13 y el 15 de febrero.", "cuatro"),
    # a figure in digits after the article is a count
    ("Inundaciones", "Los 40 muertos fueron identificados por la policía.", "40"),
    ("Ferry sinking", "Of the approximately 172 survivors, more than half were students.", "approximately 172"),
    # people the text named before, but not this many: the three rescued are a count of their own
    ("Floods", "At least 40 people died on Monday. The three people rescued were taken to hospital.", "three people"),
    # a count of people is left to the reviewer, even when it repeats one told before
    ("Quake in Oaxaca", "A quake killed two people and injured 15. The two victims died when a wall fell on them.",
     "two"),
    # an indefinite count of events is a claim
    ("Terremotos de El Salvador", "En 2001, El Salvador sufrió dos terremotos con un mes de diferencia.", "dos"),
])
def test_a_first_mention_or_a_count_in_digits_after_the_article_stays(title, body, value):
    assert value in _values(title, body)
