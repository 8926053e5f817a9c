"""Verbs of passing a mark are more-than, as "exceeded" and "superan" are (N2 D2): "the toll tops 9,000",
"sales topped 700", "los contagios sobrepasan los 2.000", "superaron la barrera de los 3.000". "Passed" and
"crossed" act on what they name as often ("the Senate passed 14 bills"): a comparison only where no noun
follows the figure, or the noun is the mark. The sentences are made up."""
from __future__ import annotations

import json

import pytest

import reconcile


@pytest.mark.parametrize("text, lang, value", [
    ("By Sunday the toll tops 9,000.", "en", 9_000), ("Sales topped 700 in May.", "en", 700),
    ("Infections passed 2,400 on Friday.", "en", 2_400), ("The count crossed the 1,500 mark last week.", "en", 1_500),
    ("Arrests are topping 300.", "en", 300), ("The deficit exceeded the threshold of 60 billion.", "en", 60e9),
    ("Los contagios sobrepasan los 2.000.", "es", 2_000), ("Los casos superaron la barrera de los 3.000.", "es", 3_000),
    ("Las pérdidas rebasaron el umbral de 400 millones.", "es", 400e6)])
def test_a_verb_of_passing_a_mark_is_more_than(text, lang, value) -> None:
    found = reconcile.quantities_in_text(text, lang)
    assert [(q["lower"], q["upper"], q["qualifier"]) for q in found] == [(value, None, "more-than")]


@pytest.mark.parametrize("text", ["The Senate passed 14 bills.", "The convoy crossed 3 borders before dawn."])
def test_passing_what_the_figure_counts_is_exact(text) -> None:
    assert [q["qualifier"] for q in reconcile.quantities_in_text(text, "en")] == ["exact"]


def test_a_quote_that_tops_a_figure_states_more_than_it(make_project) -> None:
    maker = make_project()
    maker.source("wire", {"id": "w1", "topic": "defections", "value": "more than 9,000", "lang": "en",
                          "quote": "By Sunday the toll tops 9,000."})
    findings = json.loads(reconcile.run(maker.root, "json", no_validate=True))["findings"]
    assert "unquoted-value" not in {f["kind"] for f in findings}
