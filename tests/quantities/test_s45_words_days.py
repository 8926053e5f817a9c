"""Number words a new user wrote (N1, session 45): a hyphen between a number and its hundred or scale
word is one number ("five-hundred" had been the range [5, 100], "two-thousand" 2); a range whose ends
both carry a scale word splits at its "and"/"y" ("between one hundred thousand and two hundred thousand"
had been an error, and 100,200 in running text); and a toll right after an English "Month D," is a toll,
not a second day ("On March 14, 12 were killed" had given nothing)."""
from __future__ import annotations

import pytest

import reconcile


def _interval(q) -> tuple:
    return q.lower, q.upper, q.qualifier


@pytest.mark.parametrize("text, expected", [
    ("five-hundred soldiers", (500, 500, "exact")),
    ("two-thousand", (2000, 2000, "exact")),
    ("three-million", (3_000_000, 3_000_000, "exact")),
    ("more than two-hundred", (200, None, "more-than")),
    ("about five-hundred", (450, 550, "approximate")),
    ("two-hundred thousand", (200_000, 200_000, "exact")),
    ("nine-hundred-ninety-nine", (999, 999, "exact")),
    ("one-thousand-two-hundred", (1200, 1200, "exact")),
    ("five-hundred-thousand", (500_000, 500_000, "exact")),
    ("twenty-five", (25, 25, "exact")),
    ("five-ten", (5, 10, "range")),          # two numbers of one class: still a range
    ("three-hundred-and-fifty", (350, 350, "exact")),   # R1: had been 300, the rest dropped
    ("one-hundred-and-one", (101, 101, "exact")),
    ("two-thousand-and-five", (2005, 2005, "exact")),
])
def test_hyphenated_number_words(text, expected) -> None:
    assert _interval(reconcile.parse_quantity(text, "en")) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("between one hundred thousand and two hundred thousand", "en", (100_000, 200_000, "range")),
    ("between ninety-five thousand and one hundred and fifty thousand", "en", (95_000, 150_000, "range")),
    ("entre cien mil y trescientos mil", "es", (100_000, 300_000, "range")),
    ("entre doscientos mil y trescientos mil", "es", (200_000, 300_000, "range")),
    ("entre noventa y cinco mil y ciento cincuenta mil", "es", (95_000, 150_000, "range")),
    # a smaller scale after "and" adds to the number: one number
    ("two million and three hundred thousand", "en", (2_300_000, 2_300_000, "exact")),
    ("two million and three hundred and five thousand", "en", (2_305_000, 2_305_000, "exact")),
    ("five thousand and one hundred", "en", (5100, 5100, "exact")),
    ("un millón y medio", "es", (1_500_000, 1_500_000, "exact")),
])
def test_ranges_of_scaled_number_words(text, lang, expected) -> None:
    assert _interval(reconcile.parse_quantity(text, lang)) == expected


def test_ranges_of_scaled_number_words_in_running_text() -> None:
    found = reconcile.quantities_in_text("Marcharon entre cien mil y trescientos mil personas.", "es")
    assert [(q["lower"], q["upper"], q["qualifier"]) for q in found] == [(100_000, 300_000, "range")]
    found = reconcile.quantities_in_text("Between one hundred thousand and two hundred thousand people marched.", "en")
    assert [(q["lower"], q["upper"]) for q in found] == [(100_000, 200_000)]


@pytest.mark.parametrize("text, lang, values", [
    ("On March 14, 12 were killed.", "en", [12]),
    ("On March 14, 20 were killed.", "en", [20]),
    ("Since March 1, 20 have died.", "en", [20]),
    ("By March 14, 15 were dead.", "en", [15]),
    ("On March 14, twelve died.", "en", [12]),
    # lists of days stay dates
    ("Protests on March 14, 15 and 16 drew 500 people.", "en", [500]),
    ("On March 14 and 15, 300 people marched.", "en", [300]),
    ("Los días 15 y 16 marcharon 300 personas.", "es", [300]),
    ("el 14, 15 y 16 de marzo murieron 30", "es", [30]),
    ("March 14, 15, 2019: 500 soldiers crossed.", "en", [500]),   # R1: a year ends the list of days
])
def test_a_toll_after_month_and_day(text, lang, values) -> None:
    assert [q["lower"] for q in reconcile.quantities_in_text(text, lang)] == values
