"""Session 42 (N2's D4): an error in a topic's prefer: list is at the line of the entry written
wrong, not of prefer: (SPEC.md §6: the message names file and line)."""
from __future__ import annotations

import pytest

from conftest import claim
from readers import error_of

HEAD = "topics:\n  - id: defections\n    unit: people\n    prefer:\n"


@pytest.mark.parametrize("entries, line, words", [
    ("      - agency-a\n      - agncy-b\n", 6, '"agncy-b" is no declared source; did you mean "agency-b"'),
    ("      - agency-a\n\n      - Civil Defence\n", 7, '"Civil Defence" could mean agency-a or agency-b'),
    ("      - agency-a\n      - 12\n", 6, '"12" is no declared source'),
    ("      - agency-a\n      - {id: agency-b}\n", 6, '"prefer" must be a list of source ids'),
])
def test_a_wrong_prefer_entry_of_a_block_list_is_at_its_own_line(make_project, entries, line, words):
    maker = make_project()
    maker.source("agency-a", claim(id="a1", value=5), aliases=["Civil Defence"])
    maker.source("agency-b", claim(id="b1", value=6), aliases=["Civil Defence"])
    maker.write("sources/_topics.yaml", HEAD + entries)
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/_topics.yaml", line) and words in str(error), str(error)


@pytest.mark.parametrize("prefer", ["prefer: [agency-a, nobody-here]", "prefer: agency-a"])
def test_a_flow_list_or_no_list_is_at_the_line_of_prefer(make_project, prefer):
    maker = make_project()
    maker.source("agency-a", claim(id="a1", value=5))
    maker.write("sources/_topics.yaml", f"topics:\n  - id: defections\n    unit: people\n\n    {prefer}\n")
    assert error_of(maker).line == 5
