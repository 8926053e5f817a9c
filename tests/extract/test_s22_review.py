"""Mechanisms the fourth round of fresh reviews of extract found (session 22, issue 14): each test
is an invented sentence of the kind the reviewed articles hold, and fails before its fix."""
from __future__ import annotations

import pytest

import reconcile
from tests.extract.test_s21_review import _by_value, _proposals  # noqa: F401  (the same article helpers)


# --- junk: a street's number -------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, kept", [
    ("Murieron 3 personas en el local, situado en bulevar Oroño 2400, en el centro.", "es", ["3 personas"]),
    ("La marcha partió del paseo Colón 800 metros antes del cruce.", "es", ["800 metros"]),
    ("Sobre el paseo Colón 800 manifestantes cortaron el tránsito.", "es", ["800"]),   # a count of marchers
    ("The shelter at Boulevard Haussmann 12 took in 40 people.", "en", ["40 people"]),
])
def test_junk_the_number_of_a_street_named_before_it(text, lang, kept):
    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)] == kept
