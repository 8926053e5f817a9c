"""Numbers of news copy that are no claim: a telephone number a story gives readers to call
("call 614-555-0123", "llame al 900 123 456") is read as digits, not as a count of anything.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile import find_quantities, quantities_in_text
from reconcile.extract import parse_article, propose


def _values(body: str) -> list[str]:
    raw = f"title: Storm\ndate: 2024-02-11\n\n{body}\n"
    return [p.value for p in propose(parse_article(raw, "news.txt"))]


@pytest.mark.parametrize("body, lang", [
    # the North American form, cue or none: "(503) 555-0147", "503-555-0147"
    ("Floods killed 4 people in Salem. Relatives can call 503-555-0147.", "en"),
    ("Floods killed 4 people in Salem. The county's hotline, (503) 555-0147, is open all night.", "en"),
    # digits in groups after a cue word: "call", "hotline", "teléfono", "llame al", "más información en"
    ("Floods killed 4 people in Salem. For help, call the hotline on 0800 123 4567.", "en"),
    ("Las inundaciones mataron a 4 personas en Salta. Los familiares pueden llamar al 387 431 2200.", "es"),
    ("Las inundaciones mataron a 4 personas en Salta. El Gobierno habilitó el teléfono 900 123 456.", "es"),
    ("Las inundaciones mataron a 4 personas en Salta. Más información en el 900 321 654.", "es"),
])
def test_a_telephone_number_is_no_claim(body, lang):
    assert _values(body) == ["4 people" if lang == "en" else "4 personas"]


@pytest.mark.parametrize("body, found", [
    # a figure with its counted noun after it stays, whatever the words before it
    ("Information on 1 200 000 people was leaked in Salem.", ["1 200 000 people"]),
    ("La línea aérea trasladó a 1 200 000 pasajeros desde Salta.", ["1 200 000"]),
    # a range of counts written with a dash is no telephone number, after "number" or "número"
    ("The number of dead in Salem rose to 200-250, officials said.", ["200-250"]),
    ("El número de muertos en Salta subió a 200-250, dijeron las autoridades.", ["200-250"]),
])
def test_digits_that_count_something_are_no_telephone_number(body, found):
    assert _values(body) == found


def test_quantities_in_text_leaves_out_a_telephone_number_find_quantities_reads_its_digits():
    # a reader takes no quantity from a telephone number (SPEC §6), as extract's claims do not; the digits are
    # numbers still as §4 reads them (Recognizers-Text reads "+1-222-2222" as three)
    assert quantities_in_text("Call 503-555-0147.", "en") == []
    assert [m.text for m in find_quantities("Call 503-555-0147.", "en")] != []


@pytest.mark.parametrize("body", [
    # a list of ages: the unit of its last figure ("years old", "años") or the word before its
    # first ("aged") is every figure's
    "Floods killed 4 people in Salem. The victims were 19, 23 and 71 years old.",
    "Floods killed 4 people in Salem. The dead, aged 19, 23 and 71, lived by the river.",
    "Las inundaciones mataron a 4 personas en Salta. Las víctimas tenían 19, 23 y 71 años.",
    "Las inundaciones mataron a 4 personas en Salta. Los fallecidos, de 19, 23 y 71 años, vivían junto al río.",
])
def test_a_list_of_ages_is_no_claim(body):
    assert _values(body) in (["4 people"], ["4 personas"])


@pytest.mark.parametrize("body, found", [
    # a list of counts keeps every figure
    ("Police arrested 19, 23 and 71 people in Salem.", ["19", "23", "71 people"]),
    ("La policía detuvo a 19, 23 y 71 personas en Salta.", ["19", "23", "71 personas"]),
])
def test_a_list_of_counts_is_kept(body, found):
    assert _values(body) == found


@pytest.mark.parametrize("body", [
    # a page's counter of its pictures: "Photo 1 of 12", "Foto 3 de 12"
    "Floods killed 4 people in Salem. Photo 1 of 12: Residents wade through the water.",
    "Las inundaciones mataron a 4 personas en Salta. Foto 3 de 12: Vecinos cruzan el agua.",
    # a match's score after "ended" / "terminó"
    "Floods killed 4 people in Salem. The match between Rovers and City ended 2-1 before the storm.",
    "Las inundaciones mataron a 4 personas en Salta. El partido entre Juventud y Central terminó 2-1 antes.",
    # Spanish hours take the article, and an approximate hour is an hour ("alrededor de las 3.15",
    # "hacia las 9"); English writes "at about 3.15 a.m.", already read as a time
    "Las inundaciones mataron a 4 personas en Salta. El agua entró alrededor de las 3.15.",
    "Floods killed 4 people in Salem. The water came in at about 3.15 a.m.",
])
def test_page_furniture_scores_and_hours_are_no_claims(body):
    assert _values(body) in (["4 people"], ["4 personas"])


@pytest.mark.parametrize("body, found", [
    # a count after "las" has its noun; a range of people after "ended with" is a count
    ("Cerca de las 300 personas marcharon en Salta.", ["Cerca de las 300 personas"]),
    ("The protest ended with 2-3 people hurt in Salem.", ["2-3"]),
    ("About 12 of 40 photos showed damage in Salem.", ["About 12", "40"]),
])
def test_counts_near_those_words_are_kept(body, found):
    assert _values(body) == found
