"""Session 38: errors in _topics.yaml's criteria at the entry's own line, each saying what to write."""
from __future__ import annotations

import pytest

from conftest import claim
from readers import error_of

HEAD = "topics:\n  - id: defections\n    unit: people\n    criteria:\n"


@pytest.mark.parametrize("entries, line, words", [
    ("      - {id: a, within: b}\n\n      - {id: c, within: c}\n", 7, 'criteria loop: "c"'),
    ("      - {within: a}\n", 5, 'has no "id"'),
    ("      - {id: a, within: b, note: x}\n      - {id: a, within: b, notes: x}\n", 6, 'unknown key "notes"'),
    ("      - {id: a, within: [b]}\n", 5, "must be one criterion, not a list"),
])
def test_a_criteria_error_is_at_its_entrys_line(make_project, entries, line, words):
    maker = make_project()
    maker.source("s1", claim(id="c1", value=5, criterion="a"))
    maker.write("sources/_topics.yaml", HEAD + entries)
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/_topics.yaml", line) and words in error.message, str(error)


def test_a_topic_id_that_is_no_slug_says_how_to_write_it(make_project):
    maker = make_project()
    maker.write("sources/_topics.yaml", "topics:\n  - id: my topic\n    unit: people\n")
    assert 'e.g. "my-topic"' in error_of(maker).hint


@pytest.mark.parametrize("written", ["soldiers and police", "soldiers & police", "police; soldiers",
                                     "[soldiers, police]"])
def test_a_population_written_as_one_text_is_its_tags(make_project, written):
    """"soldiers and police" had been one tag, soldiers-and-police: a scope-difference with [soldiers, police]
    where the two count the same people."""
    from readers import load

    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims:\n"
                                  f"  - {{id: c1, topic: defections, value: 5, population: '{written}'}}\n")
    assert load(maker)[1]["population"].iloc[0] == ("police", "soldiers")


def test_a_population_in_spanish_joined_by_y_or_e():
    from reconcile.model.names import population_words
    assert population_words("soldados y policías") == ["soldados", "policías"]
    assert population_words("niños e indígenas") == ["niños", "indígenas"]
    assert population_words("search-and-rescue workers") == ["search-and-rescue workers"]


def test_a_suites_population_is_folded_the_same_way():
    from reconcile.expect.kwargs import FOLDED_COLUMNS
    assert FOLDED_COLUMNS["population"]("Soldiers and Police") == "police,soldiers"
