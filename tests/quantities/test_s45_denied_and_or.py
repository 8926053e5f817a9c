"""A comparative denied across auxiliaries ("there can hardly have been less than 100,000", "no fueron menos
de 500") is the opposite bound, with the denial in the quantity's text (N5 D7: it had read as less than
100,000); and a stated value "6 or 7", "two or three thousand", "seis o siete" is the span of both (N5 D4:
it had been an error, and extract made two claims of one statement that conflicted)."""
from __future__ import annotations

import pytest

import reconcile


def _read(q) -> tuple:
    return q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier


@pytest.mark.parametrize("text, lang, expected, shown", [
    ("there can hardly have been less than 100,000 in Washington", "en",
     (100000, None, True, False, "at-least"), "hardly have been less than 100,000"),
    ("There wasn't less than 500 at the rally", "en", (500, None, True, False, "at-least"), "wasn't less than 500"),
    ("the crowd isn’t more than 50", "en", (None, 50, False, True, "at-most"), "isn’t more than 50"),
    ("it was never under 30", "en", (30, None, True, False, "at-least"), "never under 30"),
    ("there can scarcely have been fewer than 200", "en", (200, None, True, False, "at-least"),
     "scarcely have been fewer than 200"),
    ("No fueron menos de 500 los detenidos", "es", (500, None, True, False, "at-least"), "No fueron menos de 500"),
    ("no hubo más de 300 muertos", "es", (None, 300, False, True, "at-most"), "no hubo más de 300"),
])
def test_a_denied_comparative_is_the_opposite_bound(text, lang, expected, shown) -> None:
    found = reconcile.find_quantities(text, lang)
    assert len(found) == 1
    assert _read(found[0]) == expected
    assert found[0].text == shown
    assert _read(reconcile.parse_quantity(shown, lang)) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("more than 500", "en", (500, None, False, False, "more-than")),
    ("not only more than 500 died", "en", (500, None, False, False, "more-than")),   # "only" is no auxiliary
    ("he did not kill more than 10", "en", (10, None, False, False, "more-than")),   # a verb between: not read
    ("barely more than 500", "en", (500, 550, False, True, "just-over")),            # "barely" denies nothing
    ("hardly more than 50", "en", (50, None, False, False, "more-than")),             # R1: "hardly" denies across
    ("there were hardly more than 50", "en", (50, None, False, False, "more-than")),  # an auxiliary only
    ("Whether or not there were more than 500 deaths", "en", (500, None, False, False, "more-than")),
    ("no more than 5", "en", (None, 5, False, True, "at-most")),
    ("Más de 300 muertos, no 200", "es", (300, None, False, False, "more-than")),
])
def test_what_is_not_a_denial_reads_as_before(text, lang, expected) -> None:
    assert _read(reconcile.find_quantities(text, lang)[0]) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("6 or 7", "en", (6, 7)),
    ("6 o 7", "es", (6, 7)),
    ("two or three thousand", "en", (2000, 3000)),
    ("dos o tres mil", "es", (2000, 3000)),
    ("siete u ocho", "es", (7, 8)),
    ("1.5 or 2 million", "en", (1_500_000, 2_000_000)),
])
def test_a_stated_value_a_or_b_is_their_span(text, lang, expected) -> None:
    q = reconcile.parse_quantity(text, lang)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive, q.qualifier) == (*expected, True, True, "range")


@pytest.mark.parametrize("text", ["7 or 6", "5 or 5"])
def test_a_or_b_backwards_is_still_an_error(text) -> None:
    with pytest.raises(reconcile.ReconcileError):
        reconcile.parse_quantity(text, "en")


def test_running_text_keeps_a_or_b_as_two_figures() -> None:
    assert [q.lower for q in reconcile.find_quantities("Routes 5 or 7 were closed", "en")] == [5, 7]


def test_barely_under_is_just_under() -> None:
    assert _read(reconcile.parse_quantity("barely under 500", "en")) == (450, 500, True, False, "nearly")


def test_ni_denies_in_spanish() -> None:
    q = reconcile.find_quantities("No fueron más de 500, ni menos de 400", "es")[0]
    assert (q.lower, q.upper, q.qualifier) == (400, 500, "range")
