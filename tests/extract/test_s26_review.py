"""Mechanisms found on the texts of the seventh and eighth rounds of fresh reviews of extract
(session 26, issue 14): each test is an invented sentence of the kind the reviewed articles hold,
and fails before its fix."""
from __future__ import annotations

from tests.extract.test_s21_review import _by_value, _proposals

_HAIL = ("Más de la mitad de los 90 heridos por el granizo en la provincia de Alicante, según el último "
         "balance oficial, se concentran en tres municipios: Elche (30), Alicante capital (12) y Orihuela (9).")


# --- place: a list of towns, each with its figure, inside the region the sentence names ----------
def test_the_region_a_sentence_names_holds_the_towns_its_list_names():
    found = _by_value(_HAIL, lang="es", date="2024-05-10")
    assert found["90"].place == "Alicante"            # not Spain: the province named holds the towns


def test_a_town_named_capital_is_the_part_of_its_figure():
    found = _by_value(_HAIL, lang="es", date="2024-05-10")
    assert found["12"].place == "Alicante"            # "Alicante capital (12)", not the next town
    assert found["9"].place == "Orihuela"


# --- criterion: a part in brackets counts what its total counts ----------------------------------
def test_a_part_in_brackets_counts_what_its_total_counts_not_the_sentence_verb():
    found = _by_value(_HAIL, lang="es", date="2024-05-10")
    # "se concentran" is no protest, and "tres municipios" is no total of the towns' figures
    assert [found[v].criterion for v in ("30", "12", "9")] == ["injured"] * 3
    assert {found[v].part_of for v in ("30", "12", "9")} == {0}


# --- place: a title that lists places, each with its figure, names no one article place ----------
def test_a_title_that_lists_towns_with_their_figures_names_no_article_place():
    proposals = _proposals("Más de la mitad de los 90 heridos por el granizo en la provincia de Alicante, según el "
                           "último balance oficial, se concentran en tres municipios.\n\n"
                           "Del total de heridos, 14 eran menores de edad.", "es",
                           title="Elche (30), Orihuela (12) y Torrevieja (9) suman la mayoría de los heridos",
                           date="2024-05-10")
    minors = next(p for p in proposals if p.value == "14")
    assert minors.place not in ("Elche", "Orihuela", "Torrevieja")
