"""Session 40, new users' reports on stated values (SPEC §4): a misspelt number word, and a glued "m"
at a range's second end."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.errors import QuantityError
from reconcile.quantities.parse import find_quantities, parse_quantity


# --- a misspelt number word --------------------------------------------------------------------
@pytest.mark.parametrize("text, lang, word, meant", [
    ("cuatrocienos mil", "es", "cuatrocienos", "cuatrocientos"),
    ("treinta y cinco mill", "es", "mill", "mil"),
    ("fifteeen hundred", "en", "fifteeen", "fifteen"),
    ("twenty-fiv thousand", "en", "fiv", "five"),
    ("ninty hundred", "en", "ninty", "ninety"),
    ("fourish hundred", "en", "fourish", "about four"),
    ("fourty thousand", "en", "fourty", "forty"),
    ("about fourty thousand", "en", "fourty", "forty"),
    ("Llegaron cuatrocienos mil migrantes.", "es", "cuatrocienos", "cuatrocientos"),
])
def test_a_misspelt_number_word_is_an_error_with_a_suggestion(text, lang, word, meant):
    """"cuatrocienos mil" was 1,000 and "twenty-fiv thousand" 20: the reader skipped the word it
    did not know and kept the rest of the number, another number."""
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text, lang=lang)
    assert f"misspelt number word {word!r} (did you mean {meant!r}?)" in str(caught.value)


def test_a_misspelt_number_word_alone_gets_a_suggestion():
    with pytest.raises(QuantityError, match="did you mean 'forty'"):
        parse_quantity("fourty", lang="en")


@pytest.mark.parametrize("text, lang, lower, upper", [
    ("500 soldiers", "en", 500, 500),
    ("more than 500 Venezuelan soldiers", "en", 500, None),
    ("a thousand", "en", 1000, 1000),
    ("twenty-five thousand", "en", 25_000, 25_000),
    ("hundreds of people", "en", 200, 999),
    ("for hundreds of years", "en", 200, 999),
    ("three hundred tents", "en", 300, 300),
    ("unos mil", "es", 900, 1100),
    ("casi mil", "es", 900, 1000),
    ("mil personas", "es", 1000, 1000),
    ("cientos de miles", "es", 200_000, 999_999),
    ("treinta nuevos casos", "es", 30, 30),
    ("tres millas", "es", 3, 3),
    ("cuatrocientos mil", "es", 400_000, 400_000),
])
def test_real_words_beside_a_number_are_no_misspelling(text, lang, lower, upper):
    q = parse_quantity(text, lang=lang)
    assert (q.lower, q.upper) == (lower, upper)


def test_running_text_drops_a_number_with_a_misspelt_word():
    """A quote "Llegaron cuatrocienos mil migrantes." held 1,000, so a claim of 1,000 was found in it."""
    assert find_quantities("Llegaron cuatrocienos mil migrantes.", "es") == []
    assert find_quantities("Some twenty-fiv thousand people came.", "en") == []
    assert [m.lower for m in find_quantities("Llegaron mil migrantes.", "es")] == [1000]


def test_a_claim_with_a_misspelt_value_is_an_error_at_its_line(make_project):
    maker = make_project()
    maker.source("mindef", {"id": "m1", "topic": "defections", "value": "cuatrocienos mil", "lang": "es"})
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 2, result.output
    assert "sources/mindef.yaml:" in result.stderr
    assert "misspelt number word 'cuatrocienos' (did you mean 'cuatrocientos'?)" in result.stderr
    assert "Traceback" not in result.output


# --- a glued "m" at a range's second end ----------------------------------------------------------
@pytest.mark.parametrize("text, lower, upper, unit", [
    ("£5-10m", 5e6, 10e6, "GBP"),
    ("$2-3m", 2e6, 3e6, "USD"),
    ("USD 2.5m to 3m", 2.5e6, 3e6, "USD"),
    ("$2m-3m", 2e6, 3e6, "USD"),
    ("USD 2m-3m", 2e6, 3e6, "USD"),
    ("between $2 and 3m", 2e6, 3e6, "USD"),
    ("2m-3m", 2, 3, "m"),
    ("2-3m", 2, 3, "m"),
    ("5kg-10kg", 5, 10, "kg"),
])
def test_a_glued_m_at_a_ranges_second_end_reads_as_its_first_end(text, lower, upper, unit):
    """After money, "m" is million at the second end too, and the scale applies to both ends
    ("£5-10m" was two quantities, "$2m-3m" a backwards range); with no money it is metres at both
    ends ("2m-3m" was 2 m, its second end dropped as the number of a name)."""
    q = parse_quantity(text, lang="en")
    assert (q.lower, q.upper, q.qualifier, q.unit) == (lower, upper, "range", unit)


def test_a_name_with_a_dash_stays_a_name():
    with pytest.raises(QuantityError, match="glued to letters"):
        parse_quantity("COVID-19", lang="en")
