"""'near' before a figure is an approximation; before a name or a date it is of place or time.

Sentences invented for the rule, English and Spanish."""
import pytest

from reconcile import quantities_in_text
from reconcile.quantities.parse import find_quantities


def _read(text, lang):
    return [(q.text, q.qualifier) for q in find_quantities(text, lang=lang)]


@pytest.mark.parametrize("text, lang, want", [
    ("A car bomb exploded near 10 Downing Street on Monday.", "en", ("10", "exact")),
    ("Traffic stopped near 40 Wall Street.", "en", ("40", "exact")),
    ("El acto terminó cerca del 5 de marzo.", "es", ("5", "exact")),
])
def test_near_a_name_or_a_date_is_no_approximation(text, lang, want):
    assert want in _read(text, lang)


@pytest.mark.parametrize("text, lang, want", [
    ("The toll is near 100, officials said.", "en", ("near 100", "approximate")),
    ("Near 100 Marines were wounded.", "en", ("Near 100", "approximate")),
    ("Cerca de 500 Carabineros fueron desplegados.", "es", ("Cerca de 500", "approximate")),
    ("Hubo cerca de 40 muertos.", "es", ("cerca de 40", "approximate")),
])
def test_near_a_figure_is_an_approximation(text, lang, want):
    assert want in _read(text, lang)


def test_close_on_a_date_is_the_date():
    # "close on" is a verb and its preposition before a day, not "close to": the day stays a date
    assert _read("Schools will close on 5 March.", "en") == [("5", "exact")]
    assert quantities_in_text("Schools will close on 5 March.", lang="en") == []
    assert quantities_in_text("Las escuelas cierran el 5 de marzo.", lang="es") == []
