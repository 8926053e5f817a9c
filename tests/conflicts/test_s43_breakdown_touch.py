"""A breakdown whose parts' sum only touches its total at a bound one of them excludes (gap 0) is
worded as a boundary disagreement is, "they only touch at 100", not "more than the total by 0"."""
from __future__ import annotations

import json

import reconcile
from conftest import claim


def breakdown_words(maker) -> dict[str, str]:
    done = json.loads(reconcile.run([maker.root], format="json"))
    return {f["claims"][0]: f["explanation"] for f in done["findings"] if f["kind"] == "breakdown-conflict"}


def test_parts_that_only_touch_their_total_from_above_say_where_they_touch(make_project):
    maker = make_project()
    maker.source("a", claim(id="tot", value=100, place="CL"),
                 claim(id="p1", value="more than 60", place="CL-RM", part_of="tot"),
                 claim(id="p2", value="at least 40", place="CL-VS", part_of="tot"))
    words = breakdown_words(maker)["p1"]
    assert 'sum to (100, ∞), above the total "100": they only touch at 100, which the sum excludes.' in words
    assert "by 0" not in words


def test_complete_parts_that_only_touch_their_total_from_below_say_where_they_touch(make_project):
    maker = make_project()
    maker.source("a", claim(id="tot", value="more than 100", place="CL", complete=True),
                 claim(id="p1", value=60, place="CL-RM", part_of="tot"),
                 claim(id="p2", value=40, place="CL-VS", part_of="tot"))
    words = breakdown_words(maker)["p1"]
    assert ('sum to 100, below the total "more than 100" (100, ∞): they only touch at 100, which the total '
            "excludes, although the breakdown is marked complete.") in words


def test_parts_apart_from_their_total_keep_the_gap(make_project):
    maker = make_project()
    maker.source("a", claim(id="tot", value=100, place="PE"),
                 claim(id="p1", value=60, place="PE-LIM", part_of="tot"),
                 claim(id="p2", value=60, place="PE-CUS", part_of="tot"))
    assert 'sum to 120, more than the total "100" by 20.' in breakdown_words(maker)["p1"]
