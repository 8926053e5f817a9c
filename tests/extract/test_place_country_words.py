"""A country named by a common noun ("the country's death toll", "en todo el país") and the
datelines of the Latin American and Indian press ("Caracas.-", "NEW DELHI:"). Invented
sentences, English and Spanish."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.place_dateline import dateline
from reconcile.extract.places import places_in


def _places(text: str, lang: str) -> dict[str, str | None]:
    return {p.value: p.place for p in propose(parse_article(text, "a.txt"), lang)}


def test_the_country_a_sentence_names_by_a_common_noun_is_the_count_place():
    text = ("title: Floods in Nepal\ndate: 2031-07-10\n\nKATHMANDU, Nepal (AP) — Floods have killed at least "
            "40 people in Nepal, officials said.\n\nThe country's death toll rose to 52 on Sunday.")
    assert _places(text, "en")["52"] == "NP"
    text = ("title: Lluvias en Perú\ndate: 2031-07-10\n\nLIMA, 10 jul (EFE).- Las lluvias dejaron 40 muertos en "
            "Lima.\n\nEn todo el país murieron 52 personas.")
    assert _places(text, "es")["52 personas"] == "PE"


def test_the_country_is_the_last_named_before_it():
    found = places_in("Rescuers from India arrived; the country's army sent 200 soldiers.", "NP")
    assert [code for code, _, _ in found] == ["IN", "IN"]
    # "the country of origin", "el país vecino": not the country named
    assert places_in("They returned to the country of origin.", "NP") == []
    assert places_in("Llegaron desde el país vecino.", "PE") == []


def test_a_dateline_with_a_stop_and_a_dash_or_a_colon():
    assert dateline("Caracas.- Las lluvias dejaron 12 muertos.") == ("VE-CARACAS", "Caracas")
    assert dateline("NEW DELHI: At least 12 people died.") == ("IN-DELHI", "New Delhi")
    # a label is not a dateline
    assert dateline("Deaths: 40 people") is None
    assert dateline("UPDATE: 12 dead") is None


def test_a_nationwide_count_is_the_country():
    text = ("title: Nepal quake toll rises\ndate: 2031-04-27\n\nKATHMANDU, Nepal (Reuters) — In Kathmandu alone, "
            "1,100 people died.\n\nThe nationwide toll is expected to exceed 5,000, the prime minister said.")
    found = _places(text, "en")
    assert found["1,100 people"] == "Kathmandu" and found["exceed 5,000"] == "NP"
    assert [code for code, _, _ in places_in("A nivel nacional se contabilizan 40 muertos.", "PE")] == ["PE"]
