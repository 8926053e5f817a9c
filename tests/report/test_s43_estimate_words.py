"""An estimate's sentence names as backing it only the figures that hold its point, and says why a
preferred claimant that cites another source gets that source's figure."""
from __future__ import annotations

import reconcile
from conftest import claim

SCOPE = dict(place="CO", as_of="2020-01-01")


def _estimate(maker, resolve: str) -> str:
    """The Markdown report's estimate line (the library renders what ``reconcile report`` prints)."""
    page = reconcile.run([maker.root], format="markdown", resolve=resolve, no_validate=True)
    (line,) = [line for line in page.splitlines() if "Estimate (" in line]
    return line


def test_truth_discovery_lists_as_backing_only_the_figures_that_hold_the_point(make_project):
    """Point 102.5 in [100, 110]: "about 100" and 100-200 hold it; 100 and 105 lie in the range
    but not at the point (they conflict with each other), so they are said apart."""
    maker = make_project()
    for name, value in (("a", "100"), ("b", "about 100"), ("c", "105"), ("d", "200"), ("e", "between 100 and 200")):
        maker.source(name, claim(id=f"{name}1", value=value, **SCOPE), name=f"Src {name}")
    line = _estimate(maker, "truth-discovery")
    # Markdown escapes the brackets; a count's point no one stated is a whole number in words (the JSON keeps 102.5)
    assert r"about 103 (range \[100, 110\])" in line
    assert ("Src b and Src e back it; Src a (100) and Src c (105) lie within its range; outweighed: Src d (200)."
            in line)


def test_prefer_says_the_preferred_claimant_cites_the_source_whose_figure_is_used(make_project):
    maker = make_project({"id": "defections", "title": "Defections", "unit": "people", "prefer": ["b"]})
    maker.source("a", claim(id="a1", place="CO", value=100), name="A")
    maker.source("b", claim(id="b1", place="CO", value=130, cites="a"), name="B")
    maker.source("c", claim(id="c1", place="CO", value=130), name="C")
    line = _estimate(maker, "prefer")
    assert ("B is preferred; B cites A, so A's own figure is used; set aside: B (130), an echo of A; "
            "C (130), not the preferred figure." in line)
    assert "A's figure, preferred" not in line


def test_prefer_of_a_claimant_citing_a_source_with_no_figure_of_its_own_says_whose_report_it_is(make_project):
    maker = make_project({"id": "defections", "title": "Defections", "unit": "people", "prefer": ["b"]})
    maker.source("a", name="A")
    maker.source("b", claim(id="b1", place="CO", value=130, cites="a"), name="B")
    maker.source("c", claim(id="c1", place="CO", value=100), name="C")
    line = _estimate(maker, "prefer")
    assert ("B is preferred; B cites A, so A's figure, as B reports it, is used; set aside: C (100), "
            "not the preferred figure." in line)


def test_truth_discovery_figures_in_the_range_back_it_when_none_holds_the_point(make_project):
    """100 and 110 weighed alike, point 105: no figure holds it, so both (the range) back it."""
    maker = make_project()
    for name, value in (("a", 100), ("b", 110), ("c", 500)):
        maker.source(name, claim(id=f"{name}1", value=value, **SCOPE), name=f"Src {name}")
    assert "Src a and Src b back it; outweighed: Src c (500)." in _estimate(maker, "truth-discovery")
