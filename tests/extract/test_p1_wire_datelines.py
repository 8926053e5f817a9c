"""Datelines and event nouns of Spanish and English wire copy.

- EFE writes the country of a dateline's town in brackets ("Santa Cruz (Bolivia), 3 sep (EFE).-",
  "San José (Costa Rica), 3 sep (EFE).-"): the town is read in that country, as "SANTA CRUZ,
  Bolivia (AP) —" is; brackets that hold the agency stay the agency's;
- an event's noun in the plural places the event as the singular does ("Wildfires ... in the
  department of X", "Los incendios forestales ... en el departamento de X"), past a figure written
  with a thousands dot ("20.000 hectáreas"), which is no stop.

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract.place_dateline import dateline, dateline_end
from reconcile.extract.scene import _happened_in


@pytest.mark.parametrize("text, code, end", [
    ("Santa Cruz (Bolivia), 3 sep (EFE).- Las lluvias dejaron 9 muertos.", "BO-SANTA-CRUZ-DE-LA-SIE", 36),
    ("San José (Costa Rica), 3 sep (EFE).- Las lluvias dejaron 9 muertos.", "CR-SAN-JOSE", 37),
    ("Valencia (Venezuela), 3 sep (EFE).- Las lluvias dejaron 9 muertos.", "VE-VALENCIA", 36),
    ("SANTA CRUZ, Bolivia, Sept 3 (AP) — Rains killed 9 people.", "BO-SANTA-CRUZ-DE-LA-SIE", 35),
    ("QUITO (EFE).- Las lluvias dejaron 9 muertos.", "EC-QUITO", 14),
])
def test_bracketed_country(text, code, end):
    assert dateline(text)[0] == code and dateline_end(text) == end


@pytest.mark.parametrize("sentence, code", [
    ("Wildfires have burned 20,000 hectares in the department of Chuquisaca, the government said.", "BO-H"),
    ("Los incendios forestales han arrasado 20.000 hectáreas en el departamento de Chuquisaca, informó el Gobierno.",
     "BO-H"),
])
def test_plural_event_noun(sentence, code):
    found = _happened_in(sentence, "BO", None)
    assert found is not None and found[0] == code
