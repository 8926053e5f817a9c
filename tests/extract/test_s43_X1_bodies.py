"""One body an article names with and without the words of its kind ("the official Kyodo News Agency", then
"Kyodo"; "Yonhap", then "the Yonhap news agency") is one claimant: two would be read as two independent sources
that agree (SPEC §5). A place, or common words, before a body's kind stay apart. Invented articles in the style
of wire copy."""
from __future__ import annotations

import json

import pytest
import yaml

import reconcile
from reconcile.extract import extract_project
from reconcile.extract.attr_bodies import one_body

HEAD = "url: https://example.org/a\noutlet: Pacific Wire\ndate: 2024-01-03\n\n"


def _files(tmp_path, text):
    article = tmp_path / "article.txt"
    article.write_text(HEAD + text, encoding="utf-8")
    files, _ = extract_project([article], "en")
    return files


def _sources(files):
    return {path: yaml.safe_load(body) for path, body in files.items() if not path.startswith("sources/_")}


@pytest.mark.parametrize("long, short", [
    ("Kyodo News Agency", "Kyodo"),
    ("Yonhap News Agency", "Yonhap"),
    ("Kyodo News", "Kyodo"),
    ("the Conred agency", "Conred"),
])
def test_a_name_of_its_own_with_and_without_its_kind_is_one_body(long, short):
    assert one_body([short], [long]) and one_body([long], [short])


@pytest.mark.parametrize("long, short", [
    ("Pakistan Army", "Pakistan"),                   # a place and its army
    ("National Weather Service", "National"),       # common words
    ("Amnesty International", "Amnesty"),           # not the words of a kind of body: left as they are
    ("Kyodo News Agency", "Yonhap"),
])
def test_a_place_or_a_common_word_is_no_short_name_of_a_body(long, short):
    assert not one_body([short], [long])


def test_a_news_agency_named_in_full_then_by_its_name_is_one_claimant(tmp_path):
    text = ("The death toll in Ishikawa rose to 64, the official Kyodo News Agency reported.\n\n"
            "At least 64 people were killed in Ishikawa, Kyodo said.")
    sources = _sources(_files(tmp_path, text))
    assert "sources/kyodo.yaml" not in sources
    agency = sources["sources/kyodo-news-agency.yaml"]
    assert agency["source"]["kind"] == "media"
    assert "Kyodo" in agency["source"]["aliases"]
    assert [c["value"] for c in agency["claims"]] == ["64", "At least 64 people"]


def test_the_short_name_first_then_the_full_one_is_one_claimant(tmp_path):
    text = ("Yonhap said 12 people were missing after the landslide in Gangwon.\n\n"
            "Rescuers were searching for 12 missing people, the Yonhap News Agency reported.")
    sources = _sources(_files(tmp_path, text))
    agency = sources["sources/yonhap.yaml"]
    assert "sources/yonhap-news-agency.yaml" not in sources
    assert len(agency["claims"]) == 2 and agency["source"]["kind"] == "media"


def test_one_agency_named_two_ways_is_no_corroboration_in_the_report(tmp_path):
    text = ("The death toll in Ishikawa rose to 64, the official Kyodo News Agency reported.\n\n"
            "At least 64 people were killed in Ishikawa, Kyodo said.")
    out = tmp_path / "out"
    for path, body in _files(tmp_path, text).items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_text(body, encoding="utf-8")
    report = json.loads(reconcile.run(out, format="json"))
    assert not [f for f in report["findings"] if f["kind"] == "value-agreement"]
