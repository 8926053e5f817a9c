"""How the opening of a wire report says where its event happened (scene._happened_in).

- a division named by its kind places the event after any preposition, not only "in" ("attacks on
  villages of the state of Bauchi", "ataques contra aldeas del estado de Bauchi", "los incendios
  que afectan a la región de Maule");
- a toll the event left or caused places it as "killed" does ("Cyclone X left 90 dead in
  Madagascar", "El ciclón causó 90 muertos en Madagascar");
- a country a verb puts the event in yields to a place in it that a later verb names ("20 died in
  Ecuador when an earthquake struck the coastal province of Manabí", "murieron en Ecuador ... sacudió
  la provincia de Manabí"), but not to the first of a list of its regions ("rains in the Piura, Tumbes
  and Lambayeque regions of Peru");
- a place of a part of the toll is the part's, not the event's ("killed 98 people, 71 of them in
  Oaxaca", "mató a 98 personas, 71 de ellos en Oaxaca");
- Mexico's states are called without the name ISO 3166 adds to them ("Michoacán", for
  "Michoacán de Ocampo").

Invented sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract.fields import places_in
from reconcile.extract.scene import _happened_in


@pytest.mark.parametrize("sentence, country, code", [
    ("Gunmen killed at least 40 people in attacks on villages of the state of Bauchi, officials said.", "NG",
     "NG-BA"),
    ("Hombres armados mataron al menos a 40 personas en ataques contra aldeas del estado de Bauchi.", "NG",
     "NG-BA"),
    ("At least 20 people died in the wildfires that spread to the region of Maule, the minister said.", "CL",
     "CL-ML"),
    ("Al menos 20 personas murieron en los incendios que afectan a la región de Maule, dijo la ministra.", "CL",
     "CL-ML"),
    ("Cyclone Batsirai left at least 90 dead in Madagascar, the government said.", None, "MG"),
    ("El ciclón Batsirai causó al menos 90 muertos en Madagascar, dijo el Gobierno.", None, "MG"),
])
def test_where_the_opening_puts_the_event(sentence, country, code):
    found = _happened_in(sentence, country, None)
    assert found is not None and found[0] == code


@pytest.mark.parametrize("sentence", [
    "At least 20 people died in Ecuador when an earthquake struck the coastal province of Manabí on Saturday.",
    "Al menos 20 personas murieron en Ecuador cuando un terremoto sacudió el sábado la provincia de Manabí.",
])
def test_a_place_in_the_country_over_the_country(sentence):
    assert _happened_in(sentence, "EC", None)[0] == "EC-M"


@pytest.mark.parametrize("sentence", [
    "The floods in Peru began in March, caused by heavy rains in the Piura, Tumbes and Lambayeque regions.",
    "Las inundaciones en Perú comenzaron en marzo por las lluvias en las regiones de Piura, Tumbes y Lambayeque.",
])
def test_a_list_of_regions_leaves_the_country(sentence):
    assert _happened_in(sentence, "PE", None)[0] == "PE"


@pytest.mark.parametrize("sentence", ["The quake killed 98 people, 71 of them in Oaxaca.",
                                      "El sismo mató a 98 personas, 71 de ellos en Oaxaca."])
def test_a_parts_place_is_not_the_events(sentence):
    assert _happened_in(sentence, "MX", None) is None


@pytest.mark.parametrize("text", ["An earthquake struck the state of Michoacán on Monday.",
                                  "Un sismo sacudió el estado de Michoacán el lunes."])
def test_michoacan(text):
    assert [code for code, _, _ in places_in(text, "MX")] == ["MX-MIC"]
