"""A line that is a label and its values (an infobox row written as text): every figure of the
line is the label's count, a year-like "2000" after a bound ("Más de 2000") too, and "más de
2000" is a count's bound, not the year the line is of. Invented lines."""
import pytest

from reconcile import quantities_in_text
from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


def _proposals(body: str, lang: str):
    article = parse_article(f"url: https://x.example/a\ntitle: T\ndate: 2021-03-04\n\n{body}\n", "a.txt")
    return propose(article, lang)


@pytest.mark.parametrize("line, lang, values", [
    ("Muertos: 420 (oficial) Más de 1800 (según la oposición)", "es", ["420", "Más de 1800"]),
    ("Heridos: 95 (gobierno) Cerca de 1500 (ONG)", "es", ["95", "Cerca de 1500"]),
    ("Deaths: 420 (official) Over 1800 (opposition)", "en", ["420", "Over 1800"]),
])
def test_every_figure_of_a_label_line_is_a_count(line, lang, values):
    found = [q["text"] for q in quantities_in_text(line, lang)]
    assert found == values


@pytest.mark.parametrize("line, lang", [
    ("Fallecidos: 420 (oficial) Más de 1800 (según la oposición)", "es"),
    ("Personas desplazadas: unas 300 Más de 2000 (ONU)", "es"),
])
def test_a_bound_before_a_year_like_count_is_no_date(line, lang):
    for p in _proposals(line, lang):
        assert p.as_of == "2021-03-04"


@pytest.mark.parametrize("text, lang, as_of", [
    ("En 2019 murieron más de 300 personas en la región.", "es", "2019"),
    ("La sequía de 1998 dejó más de 40 muertos.", "es", "1998"),
])
def test_a_year_still_dates_a_figure(text, lang, as_of):
    (p,) = _proposals(text, lang)
    assert p.as_of == as_of


def test_a_bracketed_year_in_a_label_line_is_no_count():
    assert [q["text"] for q in quantities_in_text("Muertos: 420 (2019)", "es")] == ["420"]
