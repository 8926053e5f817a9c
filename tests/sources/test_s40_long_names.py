"""Session 40: a very long name no source declares (a ClaimReview's outlet, a compiled table's
claimant, a via) made a source id of 600 characters, which no file can be named by, and errors
that printed a 5,000-character name three times. Ids are capped as extract caps them (80
characters, cut at a word, a hash of the whole slug), and errors show the name's start."""
from __future__ import annotations

import json

from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.model.names import MAX_ID, capped_slug
from tests.sources.test_s40_tables import _review


def test_a_long_outlet_makes_a_capped_id(make_project):
    maker = make_project()
    maker.write("sources/reviews.jsonld", json.dumps([_review("500", {"url": "https://a.example/1",
                                                                       "publisher": "Ab" * 300})]))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    ids = [s["id"] for s in json.loads(result.stdout)["sources"]]
    assert max(len(i) for i in ids) <= MAX_ID
    assert capped_slug("ab" * 300) in ids
    assert {s["name"] for s in json.loads(result.stdout)["sources"]} >= {"Ab" * 300}   # the name stays whole


def test_capped_slugs_stay_apart_and_stable():
    one, two = capped_slug("a-" * 100 + "x"), capped_slug("a-" * 100 + "y")
    assert one != two and len(one) <= MAX_ID and one == capped_slug("a-" * 100 + "x")
    assert capped_slug("short-name") == "short-name"


def test_a_long_unknown_via_is_shown_short(make_project):
    maker = make_project()
    name = "Exampel Agencey " + "x" * 5000
    maker.source("a", {"topic": "defections", "value": 5, "via": name})
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate"])
    assert result.exit_code == 2
    assert len(result.output) < 1500
    assert "(5,016 characters)" in result.output
