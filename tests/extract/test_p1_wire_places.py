"""Places of wire copy that extract read wrong (found probing invented news articles).

- a dateline's town whose name several countries share is read in the country the opening names
  ("PUERTO PRÍNCIPE (EFE).- ... en Haití": Haiti's, not Cuba's; "VALENCIA (Reuters) - ... in
  eastern Spain": Spain's, not Venezuela's, the larger);
- an outbreak and an eruption are events that happen somewhere, as an attack is ("the death toll
  from a measles outbreak in X", "el brote de dengue en X"; "the volcano erupted ... in the village
  of X", "la erupción ... en la isla de X");
- the name of a town the text calls one may open with its article ("the village of El Rodeo", "la
  isla de La Palma"): it is that town, not a known town its last word names ("Palma", Mallorca).

Invented articles and sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract.fields import places_in
from reconcile.extract.place_dateline import dateline
from reconcile.extract import parse_article
from reconcile.extract.scene import article_place
from reconcile.quantities.running import sentences


@pytest.mark.parametrize("text, code", [
    ("PUERTO PRÍNCIPE, 4 jun (EFE).- Las lluvias dejaron 12 muertos en Haití, informó Protección Civil.",
     "HT-PORT-AU-PRINCE"),
    ("VALENCIA (Reuters) - Floods in eastern Spain killed 60 people on Wednesday, officials said.",
     "ES-VALENCIA"),
    ("VALENCIA.- Las inundaciones mataron el miércoles a 60 personas en España, según el Gobierno.",
     "ES-VALENCIA"),
])
def test_dateline_read_in_the_opening_country(text, code):
    assert dateline(text)[0] == code


def _scene(title: str, body: str) -> str | None:
    article = parse_article(f"title: {title}\ndate: 2014-06-04\n\n{body}\n", "copy.txt")
    found = article_place(article, sentences(article.text, None))
    return found[0] if found else None


@pytest.mark.parametrize("title, body, code", [
    ("Measles", "DHAKA (AP) — The death toll from a measles outbreak in Bangladesh rose to 40 on Wednesday, "
     "officials said. Another 900 children were treated.", "BD"),
    ("Dengue", "DACA (EFE).- La cifra de muertos por el brote de dengue en Bangladés subió a 40 el miércoles. "
     "Otros 900 niños fueron atendidos.", "BD"),
    ("Volcano", "The volcano erupted on Sunday, killing 9 people in the village of San Marcos Tecún in Guatemala. "
     "Another 300 were evacuated.", "GT-SAN-MARCOS-TECUN"),
    ("Volcán", "La erupción del volcán, en la isla de La Gomera, obligó a evacuar a 300 personas en España.",
     "ES-LA-GOMERA"),
])
def test_outbreak_and_eruption_place_the_event(title, body, code):
    assert _scene(title, body) == code


@pytest.mark.parametrize("text, country, name", [
    ("Gunmen killed 12 people in the village of El Zapotal on Monday.", "HN", "El Zapotal"),
    ("Las lluvias destruyeron 40 casas en el pueblo de Los Tablones el lunes.", "MX", "Los Tablones"),
    ("The lava reached the island of La Palma.", "ES", "La Palma"),
])
def test_called_town_keeps_its_article(text, country, name):
    assert [p[1] for p in places_in(text, country)] == [name]
