"""Competing estimates in one sentence: each figure's own "según"/"according to", a name that
does not run on into "y a 600.000", "contar con" (to have) that is not "contar" (to tell), and a
bare figure that an estimate counts as the figure before it does. Invented sentences."""
from __future__ import annotations

from reconcile.extract import parse_article, propose

HEAD = "url: https://example.org/a\ntitle: Manifestación\ndate: 2012-09-11\n\n"


def _claims(text, lang):
    return [(p.value, p.claimant, p.population) for p in propose(parse_article(HEAD + text, "a.txt"), lang)]


def test_each_figure_takes_the_estimate_right_after_it():
    text = ("La marcha congregó a un millón de personas según la Guardia Urbana y a 450.000 según la "
            "Delegación del Gobierno.")
    assert [(v, c) for v, c, _ in _claims(text, "es")] == [
        ("un millón de personas", "Guardia Urbana"), ("450.000", "Delegación del Gobierno")]


def test_contar_con_is_to_have_not_to_tell():
    text = "La cadena humana contó con 1,2 millones de participantes, según el Departamento de Interior."
    assert _claims(text, "es")[0][1] == "Departamento de Interior"
    text = "El alcalde contó a la prensa que 300 personas murieron."
    assert _claims(text, "es")[0][1] == "alcalde"


def test_a_bare_figure_of_an_estimate_counts_what_the_first_does():
    text = "Un millón de personas, según la organización; 400.000, según el Gobierno."
    assert _claims(text, "es") == [("Un millón de personas", "organización", ["people"]),
                                   ("400.000", "Gobierno", ["people"])]
    text = "Police counted 20,000 marchers; 45,000, according to the organisers."
    assert [p for _, _, p in _claims(text, "en")] == [["people"], ["people"]]


def test_each_figure_of_a_range_of_estimates_by_whom():
    text = "Estimates of the crowd ranged from 100,000 by police to 1 million by organizers."
    assert _claims(text, "en") == [("100,000", "police", ["people"]), ("1 million", "organizers", ["people"])]
    text = "La asistencia fue cifrada en 30.000 por la policía."
    assert _claims(text, "es") == [("30.000", "policía", ["people"])]
    # "by" after a figure that no estimate is: no one states it
    text = "The man was killed by police after 300 shots were fired by officers."
    assert _claims(text, "en")[0][1] is None


def test_a_crowd_counts_people():
    assert _claims("The crowd was estimated at 40,000.", "en") == [("40,000", None, ["people"])]
