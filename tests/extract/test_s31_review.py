"""Session 31's review of extract on fresh news and encyclopedia texts: the mechanisms, each on
invented sentences of the kind the texts hold (the texts themselves are not in the repository)."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


# --- place: a city reached by a rule is named as the article writes it -----------------------------------------
@pytest.mark.parametrize("text, lang, place", [
    ("El tornado que afectó a tres barrios de la capital de Cuba causó cuatro muertos.\n\n"
     "En La Habana, 195 personas resultaron heridas.", "es", "La Habana"),
    ("Un naufragio frente a las costas de la capital de Mauritania dejó 89 muertos.\n\n"
     "Los sobrevivientes fueron llevados a Nuakchot.", "es", "Nuakchot"),
    ("The storm that struck the capital of Cuba killed four people.", "en", "Havana"),
])
def test_a_city_reached_by_a_rule_is_named_as_the_article_writes_it(text, lang, place):
    found = _by_value(text, lang, date="2019-01-28")
    assert next(iter(found.values())).place == place


def test_a_city_written_in_capitals_keeps_its_name():
    # "NEW DELHI:" writes New Delhi; "Delhi" in a body's name is no other name of it to take
    found = _by_value("NEW DELHI: A total of 178 dengue cases have been recorded in the capital this year, the "
                      "Municipal Corporation of Delhi said.", date="2022-08-15")
    assert found["178"].place == "New Delhi"
