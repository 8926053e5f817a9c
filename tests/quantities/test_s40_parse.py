"""Stated values a new user wrote (SPEC §4, session 40): a currency sign on both ends of a range,
currencies the parser did not know, "USD 2.5m", "máximo 500", a comparative before a band,
"un par de millones", Spanish words that tell the language, "ningún soldado", and the hint for a
unit in a topic with none."""
from __future__ import annotations

import pytest
from conftest import TOPIC, claim

import reconcile
from reconcile.errors import QuantityError, ReconcileError

INF = None


def bounds(text, lang=None):
    q = reconcile.parse_quantity(text, lang)
    return q.lower, q.upper, q.qualifier, q.unit


@pytest.mark.parametrize("text, lower, upper, unit", [
    ("$5 to $10 million", 5e6, 10e6, "USD"), ("between $5 and $10 million", 5e6, 10e6, "USD"),
    ("$5-$10 million", 5e6, 10e6, "USD"), ("entre US$5 y US$10 millones", 5e6, 10e6, "USD"),
    ("de $5 a $10 millones", 5e6, 10e6, "USD"), ("£5-£10m", 5e6, 10e6, "GBP"),
    ("between £2 and £3bn", 2e9, 3e9, "GBP"),
    ("$5,000 to $10 million", 5000, 10e6, "USD"),     # a low end that cannot take the scale keeps its own
])
def test_a_scale_word_after_a_range_applies_to_both_ends_whatever_signs_they_have(text, lower, upper, unit):
    """SPEC §4: the low end had stayed unscaled (5) when the high end had its own currency sign."""
    assert bounds(text) == (lower, upper, "range", unit)


@pytest.mark.parametrize("text, unit", [
    ("500 RUB", "RUB"), ("500 rubles", "RUB"), ("₽500", "RUB"), ("₱500", "PHP"), ("500 BOB", "BOB"),
    ("500 bolivianos", "BOB"), ("500 TRY", "TRY"), ("₺500", "TRY"), ("500 MAD", "MAD"), ("500 lei", "RON"),
    ("500 PHP", "PHP"), ("500 ALL", "ALL"), ("500 GEL", "GEL"), ("500 SOS", "SOS"), ("500 TOP", "TOP"),
    ("500 SDG", "SDG"), ("₩500", "KRW"), ("₦500", "NGN"), ("₪500", "ILS"), ("₡500", "CRC"), ("₲500", "PYG"),
    ("500 won", "KRW"), ("500 naira", "NGN"), ("500 shekels", "ILS"), ("500 riyals", "SAR"), ("500 rand", "ZAR"),
    ("500 CUP", "CUP"), ("500 pesos cubanos", "CUP"), ("más de 500 rublos", "RUB"),
])
def test_iso_4217_currencies_by_code_sign_and_name_are_units(text, unit):
    """Each was a plain number, accepted in a topic in USD or of people; "500 CUP" was a kitchen cup
    and "500 pesos cubanos" Mexican pesos."""
    assert bounds(text)[3] == unit


@pytest.mark.parametrize("text, unit", [("2 cups", "cup"), ("PHP 8", None), ("the TOP 10 list", None),
                                        ("12 AWG", None), ("500 KGS", "kg")])
def test_codes_that_are_words_before_a_number_or_units_after_it_stay_what_they_were(text, unit):
    assert bounds(text, "en")[3] == unit


@pytest.mark.parametrize("topic_unit, value", [("USD", "500 RUB"), ("USD", "500 rubles"), ("people", "₽500"),
                                               ("USD", "500 CUP"), ("USD", "500 dirhams")])
def test_a_value_in_another_currency_is_an_error(make_project, topic_unit, value):
    maker = make_project({"id": TOPIC, "title": "Money", "unit": topic_unit})
    maker.source("a", claim(id="a1", value=value, lang="en"))
    with pytest.raises(ReconcileError, match=f'is in .*, but topic "{TOPIC}" counts {topic_unit}'):
        reconcile.normalize(reconcile.read(maker.root))


@pytest.mark.parametrize("topic_unit, value, lang", [("CUP", "500 pesos cubanos", "es"), ("MAD", "500 dirhams", "en"),
                                                     ("AED", "500 dirhams", "en"), ("QAR", "500 riyals", "en")])
def test_a_currency_name_fits_a_topic_in_its_currency(make_project, topic_unit, value, lang):
    """"dirhams" are the UAE's or Morocco's, "riyals" Saudi Arabia's, Qatar's...: the topic tells."""
    maker = make_project({"id": TOPIC, "title": "Money", "unit": topic_unit})
    maker.source("a", claim(id="a1", value=value, lang=lang))
    frame = reconcile.normalize(reconcile.read(maker.root)).frame.set_index("id")
    assert frame.at["a1", "lower"] == 500


@pytest.mark.parametrize("text, lower, unit", [("USD 2.5m", 2.5e6, "USD"), ("EUR 3m", 3e6, "EUR"),
                                               ("KES 500m", 500e6, "KES"), ("between USD 2m and USD 3m", 2e6, "USD")])
def test_an_m_glued_to_an_amount_after_a_currency_code_is_million(text, lower, unit):
    """As "$2.5m" is: "USD 2.5m" was 2.5."""
    q = reconcile.parse_quantity(text, "en")
    assert (q.lower, q.unit) == (lower, unit)


@pytest.mark.parametrize("text, lower, upper, qualifier", [
    ("máximo 500", INF, 500, "at-most"), ("máx. 500", INF, 500, "at-most"), ("500 máximo", INF, 500, "at-most"),
    ("maximum 500", INF, 500, "at-most"), ("max. 500", INF, 500, "at-most"), ("500 maximum", INF, 500, "at-most"),
    ("mínimo 500", 500, INF, "at-least"), ("minimum 500", 500, INF, "at-least"), ("min 500", 500, INF, "at-least"),
    ("500 mínimo", 500, INF, "at-least"), ("un máximo de 500", INF, 500, "at-most"),
    ("500 min.", 500, 500, "exact"),                  # minutes, not a minimum
])
def test_maximum_and_minimum_bound_the_figure(text, lower, upper, qualifier):
    """Each was exactly 500."""
    assert bounds(text)[:3] == (lower, upper, qualifier)


@pytest.mark.parametrize("text, lower, upper, lower_inclusive, upper_inclusive, qualifier", [
    ("more than dozens", 24, INF, False, False, "more-than"), ("más de cientos", 200, INF, False, False, "more-than"),
    ("at least hundreds", 200, INF, True, False, "at-least"), ("al menos cientos", 200, INF, True, False, "at-least"),
    ("fewer than thousands", INF, 9999, False, False, "less-than"), ("up to thousands", INF, 9999, False, True,
                                                                     "at-most"),
    ("nearly thousands", 1800, 9999, True, False, "nearly"), ("casi miles", 1800, 9999, True, False, "nearly"),
    ("about hundreds", 200, 999, True, True, "vague"),   # the band says "about" already
])
def test_a_comparative_or_nearly_before_a_band_bounds_it(text, lower, upper, lower_inclusive, upper_inclusive,
                                                         qualifier):
    """The word before the band had been dropped: "more than dozens" was [24, 99]."""
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)
    assert (q.lower_inclusive if lower is not None else None, q.upper_inclusive if upper is not None else None) == (
        lower_inclusive if lower is not None else None, upper_inclusive if upper is not None else None)


def test_a_comparative_before_a_band_in_running_text():
    found = reconcile.find_quantities("Police said more than hundreds were detained.", "en")
    assert [(m.text, m.lower, m.upper, m.qualifier) for m in found] == [("more than hundreds", 200, None, "more-than")]


@pytest.mark.parametrize("spanish, english", [("un par de millones", "a couple million"),
                                              ("un par de cientos", "a couple hundred"),
                                              ("un par de miles", "a couple thousand")])
def test_un_par_de_is_a_couple(spanish, english):
    """"un par de millones" was the band [2M, 9,999,999]."""
    assert bounds(spanish, "es")[:3] == bounds(english, "en")[:3]
    assert bounds(spanish)[2] == "approximate"


@pytest.mark.parametrize("text, value", [("exactamente 1.200", 1200), ("apenas 1.200", 1200),
                                         ("tan solo 1.500", 1500), ("solo 1.200", 1200), ("tal vez 1.200", 1200)])
def test_spanish_words_beside_a_figure_tell_its_language(text, value):
    """Each was detected as English: 1.2."""
    q = reconcile.parse_quantity(text)
    assert (q.lang, q.lower) == ("es", value)


def test_algo_menos_de_is_nearly():
    assert bounds("algo menos de 500")[:3] == (450, 500, "nearly")


@pytest.mark.parametrize("text, lang", [("ningún soldado", "es"), ("ningún muerto", "es"), ("ninguna persona", "es"),
                                        ("no soldiers", "en"), ("No confirmed deaths.", "en")])
def test_none_of_something_is_zero(text, lang):
    """"cero muertos" was 0 and "ningún muerto" an error: no quantity."""
    q = reconcile.parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier, q.lang) == (0, 0, "exact", lang)


@pytest.mark.parametrize("text", ["no data", "no official figures", "ningún dato", "no two"])
def test_a_missing_figure_is_not_zero(text):
    with pytest.raises(QuantityError):
        reconcile.parse_quantity(text)


def test_a_unit_in_a_topic_with_none_suggests_giving_the_topic_that_unit(make_project):
    """The message had been 'topic "t" counts count; state the value in count'."""
    maker = make_project({"id": TOPIC, "title": "Share"})
    maker.source("a", claim(id="a1", value="30%", lang="en"))
    with pytest.raises(ReconcileError) as info:
        reconcile.normalize(reconcile.read(maker.root))
    text = str(info.value)
    assert f'topic "{TOPIC}" has no unit' in text and '"unit: percent"' in text and "_topics.yaml" in text
    assert "counts count" not in text
