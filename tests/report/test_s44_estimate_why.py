"""Session 44 (U4 D1-D6): an estimate's line in every report for people gives the weights of the
claims it used (SPEC §5b), why its range is what it is, why each claim set aside is, where a point no
one stated comes from, and what is odd about a figure behind it; the JSON numbers do not change."""
from __future__ import annotations

import json

import pytest

import reconcile
from conftest import TOPIC, claim

SCOPE = dict(place="CO", as_of="2020-01-01")


def _lines(maker, resolve: str) -> dict[str, str]:
    """The estimate's line in text, Markdown and HTML (one paragraph each), and the JSON report."""
    out = {}
    for form in ("text", "markdown", "html"):
        page = reconcile.run([maker.root], format=form, resolve=resolve, no_validate=True, width=10_000) \
            if form == "text" else reconcile.run([maker.root], format=form, resolve=resolve, no_validate=True)
        (line,) = [line for line in page.splitlines() if "Estimate (" in line and "</text>" not in line]
        out[form] = line.replace("\\", "").replace("&#x27;", "'").replace("&#39;", "'")
    out["json"] = reconcile.run([maker.root], format="json", resolve=resolve, no_validate=True)
    return out


def _three(maker, values, **topic) -> None:
    if topic:
        maker.topics({"id": TOPIC, "title": "Defections", "unit": "people", **topic})
    for name, value in zip("abc", values):
        maker.source(name, claim(id=f"{name}1", value=value, **SCOPE), name=f"Src {name}")


@pytest.mark.parametrize("form", ["text", "markdown", "html"])
def test_every_report_for_people_gives_the_weights_of_the_claims_used(make_project, form):
    maker = make_project()
    _three(maker, (100, 110, 300))
    lines = _lines(maker, "truth-discovery")
    weights = {c["id"]: c["weight"] for c in json.loads(lines["json"])["estimates"][0]["claims"]}
    assert weights["a1"] == weights["b1"] > weights["c1"] > 0
    expected = (f"Weights: Src a {weights['a1']:.2f}, Src b {weights['b1']:.2f} "
                f"and Src c {weights['c1']:.2f}.").replace("0.10", "0.1")
    assert expected in lines[form]
    assert "Weights: 0.33 each." in _lines(maker, "consensus")[form]


def test_a_hull_with_no_agreement_says_so_and_no_source_backs_it(make_project):
    maker = make_project()
    _three(maker, (100, 110, 300))
    line = _lines(maker, "consensus")["text"]
    assert ("[100, 300], disputed: no two origins agree, so the range spans every figure: Src a (100), Src b (110) "
            "and Src c (300)." in line)
    assert "back it" not in line


def test_a_tie_of_agreement_groups_says_the_range_is_therefore_the_hull(make_project):
    maker = make_project()
    _three(maker, (1000, "about 1100", 1200))
    line = _lines(maker, "consensus")["markdown"]
    assert "2 groups of 2 agreeing origins tie, so the range spans every figure:" in line


def test_the_largest_group_and_each_claim_set_aside_are_given_with_their_reason(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=100, stated_on="2020-01-02", **SCOPE),
                 claim(id="a2", value=500, stated_on="2020-01-05", **SCOPE), name="Agency A")
    maker.source("b", claim(id="b1", value="about 500", **SCOPE), name="Agency B")
    maker.source("c", claim(id="c1", value=2000, **SCOPE), name="Agency C")
    maker.source("d", claim(id="d1", value=90, cites="b", **SCOPE), name="Paper D")
    line = _lines(maker, "consensus")["text"]
    assert "Agency A and Agency B back it, the largest group that agrees (2 of 3 origins);" in line
    assert "Agency A (100), an earlier statement, replaced by the one of 2020-01-05" in line
    assert "Agency C (2000), outside the chosen range" in line
    assert "Paper D (90), an echo of Agency B" in line


def test_a_point_no_one_stated_says_where_it_comes_from_and_a_count_is_whole(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="hundreds", **SCOPE), name="Src a")
    lines = _lines(maker, "truth-discovery")
    assert json.loads(lines["json"])["estimates"][0]["point"] == 599.5   # the JSON keeps the number
    for form in ("text", "markdown", "html"):
        assert "Estimate (truth-discovery): about 600 (range [200, 999])" in lines[form]
        assert "About 600 is the middle of the range, not a stated figure." in lines[form]


def test_a_point_between_two_figures_says_it_is_weighted_between_them(make_project):
    maker = make_project()
    _three(maker, (100, 110, 300))
    assert "105 is weighted between 100 and 110, not a stated figure." in _lines(maker, "truth-discovery")["text"]


def test_a_point_at_an_open_bound_says_more_than(make_project):
    maker = make_project()
    _three(maker, ("more than 500", "more than 700"))
    lines = _lines(maker, "truth-discovery")
    assert json.loads(lines["json"])["estimates"][0]["point"] == 700
    assert "Estimate (truth-discovery): more than 700 (range (700, ∞))" in lines["text"]
    assert "not a stated figure" not in lines["text"]


def test_an_origin_whose_own_figures_conflict_is_said_beside_the_sources_agree(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=100, **SCOPE), claim(id="a2", value=200, **SCOPE), name="Agency A")
    maker.source("b", claim(id="b1", value=150, **SCOPE), name="Agency B")
    lines = _lines(maker, "consensus")
    assert json.loads(lines["json"])["estimates"][0]["status"] == "agreed"
    for form in ("text", "markdown", "html"):
        assert ("the sources agree: Agency A and Agency B agree. But Agency A's figure is the span of its own "
                "conflicting 100 and 200." in lines[form])


def test_an_echo_pair_that_conflicts_is_the_span_of_its_origins_figure(make_project):
    maker = make_project()
    maker.source("c", name="Ministry C")
    maker.source("d", claim(id="d1", value=100, cites="c", **SCOPE), name="Paper D")
    maker.source("e", claim(id="e1", value=150, cites="c", **SCOPE), name="Paper E")
    maker.source("b", claim(id="b1", value=120, **SCOPE), name="Agency B")
    line = _lines(maker, "consensus")["text"]
    assert "But Ministry C's figure is the span of the conflicting 100 (Paper D) and 150 (Paper E), which cite it." \
        in line


def test_a_figure_behind_the_range_outside_the_plausible_bounds_is_said(make_project):
    maker = make_project()
    _three(maker, (100, 120, 5000000), bounds=[0, 1000])
    assert "Src c's 5000000 is outside the topic's plausible bounds [0, 1,000]." in _lines(maker, "hull")["text"]
    # outweighed by truth discovery, it is not behind the range
    assert "plausible bounds" not in _lines(maker, "truth-discovery")["text"]


def test_the_html_chart_gives_the_point_as_the_list_does(make_project):
    maker = make_project()
    _three(maker, ("hundreds", "hundreds"))
    page = reconcile.run([maker.root], format="html", resolve="truth-discovery", no_validate=True)
    assert 'font-weight="bold">Estimate (truth-discovery, agreed): about 600' in page
    assert "599.5" not in page
