"""Names with digits in running text (issue 14): a model's name is no count (session 35: "the
737 MAX 8 jet" gave 737 MAX)."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, lang, kept", [
    ("The 737 MAX 8 jet carried 157 passengers.", "en", ["157"]),
    ("Un Airbus 320 NEO 2 con 180 pasajeros aterrizó.", "es", ["180"]),
    ("Some 50 UN peacekeepers and 30 NATO troops were wounded.", "en", ["Some 50", "30"]),  # capitals, no number
    ("The 5 GB plan costs more.", "en", ["5 GB"]),
])
def test_a_models_name_is_not_a_quantity(text, lang, kept):
    assert [q["text"] for q in reconcile.quantities_in_text(text, lang)] == kept


@pytest.mark.parametrize("sep", [".", ","])
def test_a_long_run_of_grouped_digits_is_read_in_one_pass(sep):
    """Hostile input (session 35): 6 KB of "1.1.1..." took 130 s to refuse (the groups were
    tried as every possible number, a cost of the run's length cubed); it is now read group
    by group, at most eight to a number. No time is asserted: the run would hang the suite."""
    text = ("1" + sep) * 20_000 + "1"
    with pytest.raises(reconcile.ReconcileError):
        reconcile.parse_quantity(text, "en")
    found = reconcile.find_quantities(f"Hay {text} soldados.", "es")
    assert found and all(q.lower is not None for q in found)


@pytest.mark.parametrize("text", ["more than\u200b 500", "más de\u200b 500", "\ufeffmore than 500"])
def test_an_invisible_character_does_not_drop_the_qualifier(text):
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier) == (500, None, "more-than")


@pytest.mark.parametrize("text", ["más de \x1b[1m500\x1b[0m", "\x1b]0;TITLE\x07mas de 5", "50\x000"])
def test_a_control_character_in_a_stated_value_is_an_error(text):
    with pytest.raises(reconcile.ReconcileError, match="control character"):
        reconcile.parse_quantity(text)


def test_a_number_of_thousands_of_digits_is_said_in_words_and_not_echoed_whole():
    with pytest.raises(reconcile.ReconcileError) as caught:
        reconcile.parse_quantity("5" * 5000)
    assert "thousands of digits" in str(caught.value) and "sys.set_int_max_str_digits" not in str(caught.value)
    assert "(5,000 characters)" in str(caught.value) and len(str(caught.value)) < 600
