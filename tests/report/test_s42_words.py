"""Words a fact-checker reads right: a boundary disagreement of two nested scopes is two
counts, not one figure worded two ways, in every format that shows the explanation."""
from __future__ import annotations

import json

import pytest

import reconcile
from conftest import TOPIC, claim

PE = dict(place="PE", as_of="2019-03-01")
ONE_FIGURE = "most likely one figure worded or rounded two ways"
TWO_COUNTS = ("the wider count (a2) includes the narrower one (b2) but sits at its bound, possible only if the "
              "rest of the wider count is 0 or one bound is worded loosely")


def report(maker):
    return reconcile.reconcile(reconcile.normalize(reconcile.read([maker.root])))


def nested(make_project, wide="100", narrow="more than 100"):
    maker = make_project()
    maker.topics({"id": TOPIC, "unit": "people", "cumulative": True})
    maker.source("a", claim(id="a2", population=["soldiers", "police"], value=wide, **PE))
    maker.source("b", claim(id="b2", population=["soldiers"], value=narrow, **PE))
    return report(maker)


def test_a_nested_boundary_disagreement_says_two_counts_not_one_figure(make_project):
    done = nested(make_project)
    (finding,) = [f for f in done.findings if f.kind == "boundary-disagreement"]
    assert TWO_COUNTS in finding.explanation and ONE_FIGURE not in finding.explanation
    listed = json.loads(reconcile.render(done, "json"))["findings"]
    (item,) = [f for f in listed if f["kind"] == "boundary-disagreement"]
    assert item["explanation"] == finding.explanation
    for form in ("markdown", "html", "csv"):
        out = reconcile.render(done, form)
        assert TWO_COUNTS in out and ONE_FIGURE not in out, form
    text = " ".join(reconcile.render(done, "text").split())
    assert TWO_COUNTS in text and ONE_FIGURE not in text


def test_nested_bounds_both_excluded_say_the_wider_count_sits_below(make_project):
    (finding,) = [f for f in nested(make_project, wide="less than 100", narrow="more than 100").findings
                  if f.kind == "boundary-disagreement"]
    assert finding.explanation.endswith("only touch at 100, and both exclude it: the wider count (a2) includes the "
                                        "narrower one (b2) but sits below it, possible only if one bound is worded "
                                        "loosely. Check the quotes.")


@pytest.mark.parametrize("values", [("100", "more than 100"), ("more than 100", "100")])
def test_one_scope_boundary_disagreement_still_says_one_figure_worded_two_ways(make_project, values):
    maker = make_project()
    maker.source("a", claim(id="a1", value=values[0], **PE))
    maker.source("b", claim(id="b1", value=values[1], **PE))
    (finding,) = [f for f in report(maker).findings if f.kind == "boundary-disagreement"]
    assert ONE_FIGURE in finding.explanation and "wider count" not in finding.explanation
