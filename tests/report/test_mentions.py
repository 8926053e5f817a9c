"""The HTML report links a finding's claims where its explanation names them: a string search
that must find what the pattern it replaced found (a whole id, not part of a longer one)."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.report.html.page import _mention

PIECES = st.sampled_from(["a1", "a", "1", "-", "_", ".", " ", "x", "é", "(", ")", ",", "a1.", "a1-", "ña1"])


@settings(max_examples=500, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join), st.sampled_from(["a1", "a", "1", "a1-b", "é"]))
def test_a_mention_is_where_the_whole_id_pattern_finds_it(text, word):
    found = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-]|\.\w)", text)
    assert _mention(text, word) == (found.start() if found else -1)


def test_an_id_inside_a_longer_id_or_before_a_suffix_is_not_a_mention():
    assert _mention("mc-total-2019 and mc-total", "mc-total") == 18
    assert _mention("see mc-total.csv, not mc-total.", "mc-total") == 22
