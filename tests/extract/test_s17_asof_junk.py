"""Numbers of encyclopedic copy that are no claim (issue 14): a rank by its number ("ocupó el
puesto 12 del índice", "ranked 12 in the index"), a minute of a match or an event ("en el minuto
90"), an age in a Spanish apposition ("Víctor, de 23, murió"), a file or a quarter named by its
number ("el expediente N.º 455", "la Comuna 13"). A count after such a word stays a count.

Invented sentences, English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile import quantities_in_text


def _texts(sentence: str) -> list[str]:
    return [q["text"] for q in quantities_in_text(sentence)]


@pytest.mark.parametrize("sentence, texts", [
    # a rank, a minute: no count
    ("El país ocupó el puesto 12 del índice de libertad sindical.", []),
    ("The country ranked 12 in the index of union freedom.", []),
    ("En el minuto 90 hubo incidentes en la tribuna.", []),
    ("Fans clashed in minute 90 of the match.", []),
    # an age in an apposition, as English "Víctor, 23, died"
    ("Víctor, de 23, murió en la marcha.", []),
    ("La víctima, de 45, era maestra.", []),
    # a file, a quarter named by its number
    ("El expediente N.º 455 fue archivado.", []),
    ("Hubo 40 detenidos en la Comuna 13.", ["40"]),
    # a count after the word, or an apposition that counts, stays
    ("En el puesto fronterizo, 12 agentes vigilaban.", ["12"]),
    ("Los heridos, de 12, fueron atendidos en el hospital.", ["12"]),
    ("La ciudad, de 40.000 habitantes, marchó entera.", ["40.000"]),
    ("El equipo, de 11 jugadores, ganó.", ["11"]),
    # an infobox's line of a place of two words and its count is no name with digits
    ("Gull Bay: 10,000", ["10,000"]),
    ("Puerto Lila: 100.000", ["100.000"]),
    ("calle Bartolomé Mitre 3060", []),
])
def test_ranks_minutes_ages_and_names_by_number(sentence, texts):
    assert _texts(sentence) == texts
