"""A part a word of inclusion opens ("including 12 children", "entre ellas 12 niños", "incl.",
"of whom") is a part of the figure before it in its sentence (GUIDE.md's part_of), and so is a
part listed after it ("and 3 teachers"); a figure of a clause of its own is not. Invented text."""
import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


def _parts(body: str, lang: str):
    article = parse_article(f"url: https://x.example/a\ntitle: T\ndate: 2021-03-04\n\n{body}\n", "a.txt")
    return [(p.value, p.part_of) for p in propose(article, lang)]


@pytest.mark.parametrize("body, lang, expected", [
    ("A gas explosion killed 61 people, including 14 children and 2 teachers.", "en",
     [("61 people", None), ("14", 0), ("2", 0)]),
    ("La explosión mató a 61 personas, entre ellas 14 niños y 2 maestros.", "es",
     [("61 personas", None), ("14", 0), ("2", 0)]),
    ("Deaths: 61 (incl. 14 children)", "en", [("61", None), ("14", 0)]),
    ("Police detained 75 people, of whom 9 were minors.", "en", [("75 people", None), ("9", 0)]),
    ("La policía detuvo a 75 personas, de las cuales 9 eran menores.", "es", [("75 personas", None), ("9", 0)]),
])
def test_a_part_of_the_figure_before_it(body, lang, expected):
    assert _parts(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("The flood killed 33 people, including 6 rescuers, and 800 families lost their homes.", "en",
     [("33 people", None), ("6", 0), ("800", None)]),
    ("The flood killed 33 people, including 6 rescuers in Tula and 800 were left homeless.", "en",
     [("33 people", None), ("6", 0), ("800", None)]),
    ("El sismo dejó 33 muertos, entre ellos 6 rescatistas, y 800 heridos.", "es",
     [("33", None), ("6", 0), ("800", None)]),
    ("The storm killed 33 people and injured 410.", "en", [("33 people", None), ("410", None)]),
    ("Prices rose 5%, including 2% in March.", "en", [("5%", None), ("2%", None)]),
])
def test_no_part_without_a_word_of_inclusion(body, lang, expected):
    assert _parts(body, lang) == expected


@pytest.mark.parametrize("body, lang, expected", [
    ("El sismo dejó 12 muertos, entre ellos 4 niños, 40 heridos y 300 damnificados.", "es",
     [("12", None), ("4", 0), ("40", None), ("300", None)]),
    ("The quake left 12 dead, including 4 children, 40 injured and 300 homeless.", "en",
     [("12", None), ("4", 0), ("40", None), ("300", None)]),
    ("Hubo 14 detenidos, entre ellos 2 periodistas y 300 personas marcharon por la tarde.", "es",
     [("14", None), ("2", 0), ("300 personas", None)]),
])
def test_a_figure_of_another_criterion_after_a_part_is_no_part(body, lang, expected):
    """Found by the session's review: a casualty list after "including" made the injured parts of the dead."""
    assert _parts(body, lang) == expected
