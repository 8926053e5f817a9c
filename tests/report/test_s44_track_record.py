"""Session 44: "this source has been wrong before". The reports for people give a track record: per
source, its figures that lie outside the range of an estimate other origins back, in any topic, with
claim id, topic, stated text, quote and what the others support, most recent first (the reliability
beside it under truth discovery); the JSON report keeps its keys."""
from __future__ import annotations

import json

import reconcile
from conftest import claim

SCOPE = dict(place="CO", as_of="2020-01-01")
QUOTE = ("The ministry counted three hundred soldiers who crossed the border in the first week of the month, "
         "most of them through the bridges of Cúcuta")


def _project(make_project, topics: int = 2):
    maker = make_project()
    maker.topics(*({"id": f"t{n}", "title": f"Topic {n}", "unit": "people"} for n in range(1, topics + 1)))
    for n in range(1, topics + 1):
        maker.source(f"a{n}", claim(id=f"a-t{n}", topic=f"t{n}", value=100, **SCOPE), name=f"Agency A{n}")
        maker.source(f"b{n}", claim(id=f"b-t{n}", topic=f"t{n}", value="about 100", **SCOPE), name=f"Agency B{n}")
    maker.source("c", *(claim(id=f"c-t{n}", topic=f"t{n}", value=300, stated_on=f"2020-01-0{n}", quote=QUOTE,
                              **SCOPE) for n in range(1, topics + 1)), name="Ministry C")
    return maker


def _report(maker, form: str, resolve: str = "consensus") -> str:
    return reconcile.run([maker.root], format=form, resolve=resolve, no_validate=True, **(
        {"width": 10_000} if form == "text" else {}))


def test_each_report_for_people_lists_the_figures_the_evidence_went_against(make_project):
    maker = _project(make_project)
    for form in ("text", "markdown", "html"):
        page = _report(maker, form, "truth-discovery").replace("\\", "").replace("&quot;", '"')
        assert "Track record" in page
        reliability = json.loads(_report(maker, "json", "truth-discovery"))["sources"]
        mine = next(s["reliability"] for s in reliability if s["id"] == "c")
        assert f"Ministry C (reliability {mine:.2f}): 2 figures against the evidence" in page
        # most recent first, each with its topic, date, stated text, the quote cut short, and who says otherwise
        second = page.index('c-t2 (t2; stated on 2020-01-02): "300" \u2014 \u201cThe ministry counted three hundred')
        first = page.index('c-t1 (t1; stated on 2020-01-01): "300"')
        assert second < first
        assert "\u2026\u201d; Agency A1 and Agency B1 support 100." in page
        assert "Agency A1: 1 figure" not in page and "Agency B1 (reliability" not in page   # they back the estimates


def test_the_json_report_keeps_its_keys(make_project):
    maker = _project(make_project)
    assert list(json.loads(_report(maker, "json"))) == ["schema", "summary", "sources", "claims", "findings",
                                                         "estimates"]


def test_a_source_with_many_figures_against_shows_the_first_few(make_project):
    page = _report(_project(make_project, topics=5), "text")
    assert "Ministry C: 5 figures against the evidence" in page
    assert "c-t5 (t5; stated on 2020-01-05)" in page and "c-t3 (t3;" in page and "c-t2 (t2;" not in page
    assert "    ... and 2 more" in page


def test_replaced_statements_parts_single_sources_and_hulls_are_no_track_record(make_project):
    maker = make_project()
    # A replaced its 300 (an earlier statement) by 100, which B backs; A's part 250 of a total is no figure
    maker.source("a", claim(id="a-old", value=300, stated_on="2020-01-01", **SCOPE),
                 claim(id="a-new", value=100, stated_on="2020-01-05", **SCOPE),
                 claim(id="a-part", value=250, place="CO-NSA", as_of="2020-01-01", part_of="a-new"), name="Agency A")
    maker.source("b", claim(id="b1", value=100, **SCOPE), name="Agency B")
    # alone in its scope: nothing to go against
    maker.source("c", claim(id="c1", value=900, place="VE", as_of="2020-01-01"), name="Agency C")
    assert "Track record" not in _report(maker, "text")
    # no two origins agree: the range spans every figure, none is outside it
    maker.source("d", claim(id="d1", value=5000, **SCOPE), name="Agency D")
    maker.source("e", claim(id="e1", value=9000, **SCOPE), name="Agency E")
    assert "Track record" not in _report(maker, "text", "hull")
