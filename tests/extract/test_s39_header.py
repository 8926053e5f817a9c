"""Session 39: a plain-text article's header as new users wrote it. A two-line header with one misspelt label
("ulr: https://...", "daet: 2019-03-15") had been read as text, its url and date lost; a Spanish header
("título:", "fecha:", "medio:") too, its title proposed as a claim."""
from __future__ import annotations

import pytest

from reconcile.errors import InputError
from reconcile.extract import parse_article

BODY = "\nPolice said 40 people were arrested in Caracas.\n"


@pytest.mark.parametrize("header, line, label", [
    ("ulr: http://x.org/a\ndate: 2019-03-15\n", 1, "ulr"),
    ("date: 2019-03-15\nulr: http://x.org/a\n", 2, "ulr"),
    ("url: https://x.org/a\ndaet: 2019-03-15\n", 2, "daet"),
    ("url: https://x.org/a\ndate: 2019-03-15\nulr: x\n", 3, "ulr"),
])
def test_a_misspelt_label_of_a_two_line_header_stops_at_its_line(header, line, label):
    with pytest.raises(InputError) as raised:
        parse_article(header + BODY, "a.txt")
    assert raised.value.line == line and f'"{label}:"' in str(raised.value)


@pytest.mark.parametrize("raw", [
    "BANGLADESH: floods kill 40.\n",
    "Dat: 2019\n\nBANGLADESH: floods kill 40.\n",           # one line whose label is one letter off: still text
    "Titel: Floods\ndate: 2019-03-15\n" + BODY,              # a misspelt label whose value says nothing of it
    "Fecha: 4 de mayo de 2031\nMuertos: 412\n\nThe toll rose.\n",   # an infobox
])
def test_blocks_that_only_look_like_a_header_stay_text(raw):
    article = parse_article(raw, "a.txt")
    assert article.date is None and article.url is None


def test_a_spanish_header_is_read_as_a_header():
    raw = ("url: https://example.org/n\ntítulo: Más de 500 militares cruzaron\nfecha: 7 de marzo de 2019\n"
           "medio: El Tiempo\nautor: Ana Pérez\n\nMigración Colombia informó que 300 militares cruzaron.\n")
    article = parse_article(raw, "a.txt")
    assert (article.url, article.title, article.date, article.outlet, article.author) == (
        "https://example.org/n", "Más de 500 militares cruzaron", "2019-03-07", "El Tiempo", "Ana Pérez")
    assert article.text.startswith("Migración Colombia")


def test_a_misspelt_spanish_label_is_named():
    with pytest.raises(InputError) as raised:
        parse_article("url: https://example.org/n\nfecah: 2019-03-07\nmedio: El Tiempo\n" + BODY, "a.txt")
    assert raised.value.line == 2
