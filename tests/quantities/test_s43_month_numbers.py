"""A number beside a month name is a date only when it can be one: a day of the month or a year.
"febrero, con 170; marzo", "En febrero 37.166 migrantes" and "en marzo 24.551" are counts (U3 D6)."""
import pytest

import reconcile


def _texts(sentence: str, lang: str) -> list[str]:
    return [q["text"].split()[0] for q in reconcile.quantities_in_text(sentence, lang=lang)]   # the number


@pytest.mark.parametrize("sentence, lang, found", [
    ("Le siguieron febrero, con 170; marzo, con 287; y abril, con 443.", "es", ["170", "287", "443"]),
    ("En febrero 37.166 migrantes cruzaron la frontera.", "es", ["37.166"]),
    ("En enero cruzaron 36.001 migrantes, en febrero 37.166 y en marzo 24.551.", "es",
     ["36.001", "37.166", "24.551"]),
    ("In March 2,000 people were displaced.", "en", ["2,000"]),
])
def test_a_count_beside_a_month_is_kept(sentence, lang, found):
    assert _texts(sentence, lang) == found


@pytest.mark.parametrize("sentence, lang, found", [
    ("El 7 de marzo llegaron 30 soldados.", "es", ["30"]),
    ("Hasta marzo 24 cruzaron 300 soldados.", "es", ["300"]),
    ("In March 2019 200 people died.", "en", ["200"]),
    ("By 5 March, 300 people had died.", "en", ["300"]),
    ("Las cifras de febrero de 2019 muestran 400 muertos.", "es", ["400"]),
])
def test_a_day_or_a_year_beside_a_month_is_still_a_date(sentence, lang, found):
    assert _texts(sentence, lang) == found
