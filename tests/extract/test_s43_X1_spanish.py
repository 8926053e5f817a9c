"""Speakers of Spanish news copy (invented sentences in the style of Spanish and Latin American wires): the
authorities of a country by their adjective with a weak verb or "subir" ("las autoridades peruanas registraron",
"subieron a 30 el número"), a body after "las de", "el del" ("las de la Guardia Civil, que señala"; not a surname's
"de la"), "cifra" as a noun, an adverb after the subject, "los convocantes abogaron por 500"."""
from __future__ import annotations

import pytest

from reconcile.extract.attribution import attributions


@pytest.mark.parametrize("sentence, who", [
    ("Las autoridades peruanas registraron el ingreso de 12.300 personas.", "Gobierno de Peru"),
    ("Las autoridades chilenas subieron a 30 el número de fallecidos.", "Gobierno de Chile"),
    ("El Gobierno subió el balance a 300 muertos.", "Gobierno"),
    ("Los datos contrastan con los de la Guardia Civil, que señala que hubo 40 heridos.", "Guardia Civil"),
    ("La cifra contrasta con la del Ayuntamiento, que informó de 40 heridos.", "Ayuntamiento"),
    ("«No es definitiva», dijo de la Cruz, y añadió que 30 personas seguían desaparecidas.", "de la Cruz"),
    ("Los más pesimistas incluso hablaban de 400 desaparecidos.", "más pesimistas"),
    ("La Cruz Roja estimó 300 heridos, cuando los convocantes abogaron por 500.", "convocantes"),
])
def test_the_speaker_of_a_spanish_sentence(sentence, who):
    assert attributions(sentence)[-1].who == who


@pytest.mark.parametrize("sentence", [
    "La cifra de muertos subió a 30 el domingo.",              # the count's own rise
    "En 2021 hubo 1.950 incendios, la menor cifra de la década.",   # "cifra" a noun
    "Las lluvias chilenas registraron 300 mm.",                # rain records no figure of its own
    "Los vecinos abogaron por la paz.",
])
def test_no_speaker_where_no_one_states_the_figure(sentence):
    assert not [a for a in attributions(sentence) if a.who]
