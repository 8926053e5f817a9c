"""A vague band in another unit than its topic's is an error, as an exact figure in it is (SPEC §4, §5):
"millones de euros" never corroborates a figure in dollars."""
from __future__ import annotations

import pytest
from conftest import TOPIC

import reconcile
from reconcile.errors import InputError, ReconcileError


@pytest.mark.parametrize("unit, value, lang", [
    ("USD", "millones de euros", "es"),
    ("people", "millones de dólares", "es"),
    ("people", "thousands of dollars", "en"),
    ("people", "hundreds of km", "en"),
    ("people", "dozens of percent", "en"),
])
def test_a_vague_band_in_another_unit_than_its_topics_is_an_error(make_project, unit, value, lang):
    maker = make_project({"id": TOPIC, "title": "T", "unit": unit})
    maker.source("a", {"id": "q1", "topic": TOPIC, "lang": lang, "value": value})
    with pytest.raises(ReconcileError) as caught:
        reconcile.normalize(reconcile.read(maker.root))
    assert isinstance(caught.value, InputError) and caught.value.field == "value" and f"counts {unit}" in str(
        caught.value)


@pytest.mark.parametrize("unit, value, lang", [("USD", "millions of dollars", "en"), ("EUR", "miles de euros", "es"),
                                               ("people", "hundreds of people", "en")])
def test_a_vague_band_in_its_topics_unit_is_read(make_project, unit, value, lang):
    maker = make_project({"id": TOPIC, "title": "T", "unit": unit})
    maker.source("a", {"id": "q1", "topic": TOPIC, "lang": lang, "value": value})
    assert reconcile.normalize(reconcile.read(maker.root)).frame.set_index("id").loc["q1", "lower"] > 0
