"""Stated values as a new user writes them (SPEC §4): a claim with no lang whose value's words are
in another language than its quote; the counted noun "people" is not a unit; a topic's unit
written as a word; the fix a wrong lang's error gives."""
from __future__ import annotations

import pytest
from conftest import TOPIC

import reconcile
from reconcile.errors import InputError, QuantityError, ReconcileError


def frame_of(maker):
    return reconcile.normalize(reconcile.read(maker.root)).frame.set_index("id")


def error_of(maker) -> ReconcileError:
    with pytest.raises(ReconcileError) as caught:
        reconcile.normalize(reconcile.read(maker.root))
    return caught.value


@pytest.mark.parametrize("value, lower, upper, lang", [
    ("about 500", 450, 550, "en"),          # English words, a Spanish quote: read as its words say
    ("more than 500", 500, None, "en"),
    ("1.200", 1200, 1200, "es"),            # no words: the quote's language reads the separator
    ("unos 500", 450, 550, "es"),
])
def test_a_value_without_lang_is_read_in_its_own_words_and_else_its_quotes_language(make_project, value, lower,
                                                                                     upper, lang):
    maker = make_project()
    maker.source("a", {"id": "q1", "topic": TOPIC, "value": value,
                       "quote": "Unos 500 militares venezolanos cruzaron a Colombia, dijo Migración."})
    claim = frame_of(maker).loc["q1"]
    assert claim["lower"] == lower and claim["lang"] == lang
    assert (claim["upper"] == upper) if upper is not None else not claim["upper"] < float("inf")


def test_a_value_in_another_language_than_its_written_lang_says_which_to_set(make_project):
    maker = make_project()
    maker.source("a", {"id": "q1", "topic": TOPIC, "lang": "es", "value": "more than 500"})
    error = error_of(maker)
    assert isinstance(error, QuantityError) and error.field == "value"
    assert "set lang: en" in error.hint  # not the generic "write it as a comparative", which it is


@pytest.mark.parametrize("unit, value, lang", [
    ("personas", "más de 500 personas", "es"),
    ("deaths", "500 people", "en"),
    ("muertos", "unas 300 personas", "es"),
    ("soldiers", "500 persons", "en"),
    ("people", "500 personas", "es"),
    ("percentage", "30%", "en"),
    ("porcentaje", "30 %", "es"),
    ("dollars", "$5", "en"),
    ("USD", "5 dólares", "es"),
    ("kilometres", "5 km", "en"),
    ("kilómetros", "5 km", "es"),
])
def test_a_counted_noun_is_no_unit_and_a_topics_unit_may_be_written_as_a_word(make_project, unit, value, lang):
    maker = make_project({"id": TOPIC, "title": "T", "unit": unit})
    maker.source("a", {"id": "q1", "topic": TOPIC, "lang": lang, "value": value})
    assert frame_of(maker).loc["q1", "lower"] > 0


@pytest.mark.parametrize("unit, value", [
    ("people", "30%"), ("percent", "500 people"), ("percentage", "$5"), ("dollars", "5 km"), ("deaths", "€5"),
])
def test_a_value_in_another_unit_than_its_topics_is_still_an_error(make_project, unit, value):
    maker = make_project({"id": TOPIC, "title": "T", "unit": unit})
    maker.source("a", {"id": "q1", "topic": TOPIC, "lang": "en", "value": value})
    error = error_of(maker)
    assert isinstance(error, InputError) and error.field == "value" and f'counts {unit}' in str(error)


@pytest.mark.parametrize("field", ["cites", "via"])
@pytest.mark.parametrize("written", ["Ministerio de Defenza", "ministerio de defensa venezolano", "mindeff"])
def test_a_near_miss_of_a_sources_name_in_cites_or_via_says_which_source(make_project, field, written):
    maker = make_project()
    maker.source("mindef", name="Ministerio de Defensa")
    maker.source("a", {"id": "q1", "topic": TOPIC, "value": "109", field: written})
    error = error_of(maker)
    assert error.field == field and error.hint.startswith('did you mean "mindef"?')
