"""What new user U4 found against SPEC.md §4 (session 41): stated values read as written."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

import reconcile
from conftest import claim
from reconcile.cli.main import main

# --- a decimal figure times a scale word is the decimal product ---------------------------------------------------
MANTISSAS = [f"{i / 100:.2f}" for i in range(1, 1000)] + [f"{i / 10:.1f}" for i in range(1, 100)]
SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
ES_SCALES = {"mil": 1_000, "millones": 1_000_000, "mil millones": 1_000_000_000}


def _exact(mantissa: str, scale: int) -> float:
    return float(Decimal(mantissa) * scale)


def _misread(texts_and_values, lang: str) -> list:
    out = []
    for text, lower, upper in texts_and_values:
        q = reconcile.parse_quantity(text, lang)
        if (q.lower, q.upper) != (lower, upper):
            out.append((text, q.lower, q.upper))
    return out


@pytest.mark.parametrize("word", SCALES)
def test_every_decimal_times_an_english_scale_word_is_the_decimal_product(word):
    """"4.1 million" was 4,099,999.9999999995: a value-conflict with 4,100,000 from another source."""
    cases = [(f"{m} {word}", _exact(m, SCALES[word]), _exact(m, SCALES[word])) for m in MANTISSAS]
    assert _misread(cases, "en") == []


@pytest.mark.parametrize("word", ES_SCALES)
def test_every_decimal_times_a_spanish_scale_word_is_the_decimal_product(word):
    cases = [(f"{m.replace('.', ',')} {word}", _exact(m, ES_SCALES[word]), _exact(m, ES_SCALES[word]))
             for m in MANTISSAS]
    assert _misread(cases, "es") == []


@pytest.mark.parametrize("template, lang", [
    ("between {a} and {b} million", "en"), ("{a}-{b} million", "en"), ("{a} to {b} million", "en"),
    ("entre {a} y {b} millones", "es"),
])
def test_both_ends_of_a_range_with_a_scale_word_are_decimal_products(template, lang):
    cases = []
    for m in MANTISSAS:
        hi = f"{Decimal(m) + Decimal('0.2')}"
        a, b = (m, hi) if lang == "en" else (m.replace(".", ","), hi.replace(".", ","))
        cases.append((template.format(a=a, b=b), _exact(m, 1_000_000), _exact(hi, 1_000_000)))
    assert _misread(cases, lang) == []


@pytest.mark.parametrize("template, lang, scale", [
    ("${m} million", "en", 1_000_000), ("€{m} bn", "en", 1_000_000_000), ("{m}m people", "en", 1_000_000),
    ("US$ {m} millones", "es", 1_000_000), ("{m}e6", "en", 1_000_000), ("{m} bln", "en", 1_000_000_000),
])
def test_money_and_suffixes_are_decimal_products(template, lang, scale):
    cases = []
    for m in MANTISSAS:
        written = m if lang == "en" else m.replace(".", ",")
        cases.append((template.format(m=written), _exact(m, scale), _exact(m, scale)))
    assert _misread(cases, lang) == []


def test_about_a_decimal_million_is_ten_percent_either_side_of_the_decimal_product():
    q = reconcile.parse_quantity("about 4.1 million", "en")
    assert (q.lower, q.upper) == (3_690_000, 4_510_000)


def _report(maker) -> dict:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_four_point_one_million_agrees_with_4100000_and_its_quote(make_project):
    """U4's project: a value-conflict of gap 4.7e-10 and an unquoted-value for '4.1 million people'."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="4.1 million", lang="en", place="AR", as_of="2020"))
    maker.source("b", claim(id="b1", value=4100000, quote="The census counted 4.1 million people.",
                            place="AR", as_of="2020"))
    kinds = [(f["kind"], f["claims"]) for f in _report(maker)["findings"] if f["kind"] != "uncorroborated"]
    assert kinds == [("value-agreement", ["a1", "b1"])]


# --- fractions and proportions in words read as their digits do -----------------------------------------------------
@pytest.mark.parametrize("text, value", [("1 de cada 5", 0.2), ("uno de cada cinco", 0.2), ("dos de cada tres", 2 / 3),
                                         ("Uno de cada mil habitantes", 0.001), ("una de cada diez mujeres", 0.1)])
def test_a_spanish_proportion_is_one_value_as_one_in_five_is(text, value):
    """"1 de cada 5" was "2 quantities in one stated value", and "uno de cada mil" "'cada' is no number word"."""
    q = reconcile.parse_quantity(text, "es")
    assert (q.lower, q.upper, q.qualifier) == (value, value, "exact")


def test_reconcile_parse_reads_a_spanish_proportion():
    result = CliRunner().invoke(main, ["parse", "--json", "1 de cada 5"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["lower"] == 0.2


def _taken(text: str) -> list[tuple[str, float, str | None]]:
    return [(q["text"], q["lower"], q["counted"]) for q in reconcile.quantities_in_text(text)]


@pytest.mark.parametrize("text, taken", [
    ("One in five adults has a mental illness.", ("One in five", 0.2, "adults")),
    ("Two-thirds of voters backed the plan.", ("Two-thirds", 2 / 3, "voters")),
    ("Two out of three voters backed the plan.", ("Two out of three", 2 / 3, "voters")),
    ("Uno de cada cinco jóvenes está en paro.", ("Uno de cada cinco", 0.2, "jóvenes")),
    ("Uno de cada mil habitantes", ("Uno de cada mil", 0.001, "habitantes")),
    ("Dos tercios de los votantes", ("Dos tercios", 2 / 3, "votantes")),
])
def test_a_share_of_people_in_words_is_taken_as_its_digits_are(text, taken):
    """Each gave [] ("a fraction of nothing"), while "1 in 5 adults" and "2/3 of voters" gave their value."""
    assert _taken(text) == [taken]


@pytest.mark.parametrize("text", ["The budget was cut in half.", "Half the city was flooded.", "A third person died.",
                                  "It needs a two-thirds majority.", "Volvió un cuarto de hora después.",
                                  "Half of the city was dark.",
                                  "One in five."])
def test_a_fraction_of_nothing_is_still_left_out(text):
    assert _taken(text) == []


# --- units and spans -------------------------------------------------------------------------------------------------
def _units(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(q["text"], q["unit"], q["counted"]) for q in reconcile.quantities_in_text(text)]


@pytest.mark.parametrize("text, taken", [
    ("El epicentro estuvo en Concepción, 500 kms. al sur de Santiago.", ("500 kms", "km", None)),
    ("They drove 300 kms north.", ("300 kms", "km", None)),
    ("Support fell 3 percentage points.", ("3 percentage points", "percent", None)),
    ("El apoyo cayó 3 puntos porcentuales.", ("3 puntos porcentuales", "percent", None)),
    ("The project costs Rs. 500 crore, officials said.", ("Rs. 500 crore", None, None)),
])
def test_a_unit_written_short_or_in_two_words_is_the_unit(text, taken):
    """"500 kms." counted "kms" with no unit, "3 percentage points" ended at "percentage" and counted "points",
    and "Rs." ended a sentence, leaving "500 crore" without its sign ("Rs" names several currencies: no unit)."""
    assert _units(text) == [taken]


def test_percentage_points_then_a_percentage_are_two_figures():
    """A change and the level it reached, not the range [2.5, 40] (which the words "points" had hidden)."""
    assert [q["text"] for q in reconcile.quantities_in_text("Support rose 2.5 percentage points to 40%.")] == [
        "2.5 percentage points", "40%"]
    assert [q["text"] for q in reconcile.quantities_in_text("El apoyo subió 2,5 puntos porcentuales a 40%.")] == [
        "2,5 puntos porcentuales", "40%"]


@pytest.mark.parametrize("text, taken", [
    ("Un fuerte sismo de 7,7 grados en la escala de Richter sacudió hoy el norte de Chile.",
     ("7,7 grados en la escala de Richter", None)),
    ("A quake of 6.2 degrees on the Richter scale hit.", ("6.2 degrees on the Richter scale", None)),
    ("Hacía 40 grados en la escala Celsius.", ("40 grados", "deg")),
])
def test_degrees_on_a_quake_scale_are_no_angle(text, taken):
    assert [(q["text"], q["unit"]) for q in reconcile.quantities_in_text(text)] == [taken]


def test_degrees_on_a_quake_scale_are_no_angle_in_a_stated_value_either():
    """The span keeps the scale's name: extract writes it as the claim's value, and "7,7 grados" alone is in deg."""
    assert reconcile.parse_quantity("7,7 grados en la escala de Richter", "es").unit is None


@pytest.mark.parametrize("text, taken", [
    ("A massive 7.8-magnitude earthquake struck Nepal.", ["7.8"]),
    ("The quake was measured at 6.1-magnitude, 10 kilometers below ground.", ["6.1", "10 kilometers"]),
])
def test_a_magnitude_is_kept_after_at_as_elsewhere(text, taken):
    """"at 6.1-magnitude" was dropped as a time of day ("at 6"), while "a 7.8-magnitude" was kept."""
    assert [q["text"] for q in reconcile.quantities_in_text(text)] == taken


def test_a_share_of_a_possessive_is_no_share_of_a_count():
    """"Spain's" ends in "s" but is no plural count: the share is of the figure after it (a bench junk proposal)."""
    text = "Some 11.4 million people, more than a quarter of Spain's 40 million population, demonstrated."
    assert [q["text"] for q in reconcile.quantities_in_text(text)] == ["Some 11.4 million people", "40 million"]
