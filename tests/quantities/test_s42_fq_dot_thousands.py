""""more than 1.200" with no lang: English words, Spanish thousands (FQ item 6); session 42."""
from __future__ import annotations

import pytest

from reconcile import parse_quantity
from reconcile.errors import QuantityError


# --- 6. "more than 1.200" with no lang: English words, Spanish thousands -------------------------

@pytest.mark.parametrize("text", ["more than 1.200", "about 2.500 people", "1.200 tornados", "1.200"])
def test_a_count_with_a_dot_before_three_digits_and_no_lang_is_an_error_that_names_the_fix(text):
    """"more than 1.200" was silently more than 1.2: English words, a Spanish thousands separator."""
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text)
    message = str(caught.value)
    assert "1,200" in message or "2,500" in message
    assert "lang" in message


def test_a_count_with_spanish_words_or_a_given_lang_reads_as_before():
    assert parse_quantity("más de 1.200").lower == 1200
    assert parse_quantity("1.200", "es").lower == 1200
    assert parse_quantity("more than 1.200", "en").lower == 1.2      # the language given is the user's word


@pytest.mark.parametrize("text, value", [("1.5 million", 1_500_000), ("2.5", 2.5), ("more than 1.5", 1.5),
                                         ("more than 1.25", 1.25), ("0.500", 0.5), ("1.250 million", 1_250_000),
                                         ("3.500 hectares", 3.5), ("1.234.567", 1_234_567)])
def test_decimals_scaled_figures_and_measures_are_no_ambiguity(text, value):
    assert parse_quantity(text).lower == pytest.approx(value)


def _project(root, topic: str, value: str):
    (root / "sources").mkdir()
    (root / "sources" / "_topics.yaml").write_text(f"topics:\n  - {{id: t, unit: {topic}}}\n", encoding="utf-8")
    (root / "sources" / "fuente.yaml").write_text(
        f"source: {{id: fuente, name: Fuente, kind: media}}\nclaims:\n  - {{id: c1, topic: t, value: {value}}}\n",
        encoding="utf-8")
    return root


def test_a_claim_of_a_count_in_english_words_with_spanish_thousands_names_file_line_and_fix(tmp_path):
    """With no lang and no quote, a count of people reads "1.200" as Spanish; "more than" then switched the value
    to English, where it was more than 1.2 people, silently."""
    from reconcile import normalize, read
    with pytest.raises(QuantityError) as caught:
        normalize(read(_project(tmp_path, "people", '"more than 1.200"')))
    message = str(caught.value)
    assert "fuente.yaml:3" in message and "'1,200'" in message


def test_a_claim_of_a_measure_keeps_the_decimal_point(tmp_path):
    from reconcile import normalize, read
    _, frame = normalize(read(_project(tmp_path, "km", '"2.500"')))
    assert frame.set_index("id").loc["c1", "lower"] == 2.5
