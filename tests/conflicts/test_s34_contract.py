"""What a new user found against SPEC.md §5 and §5b (session 34): each case as they wrote it."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _report(maker, *options: str) -> dict:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- an empty range: "less than 0" of a count is [0, 0), "nearly 0" too (SPEC §4) ---------------------------------
@pytest.mark.parametrize("empty", ["less than 0", "fewer than 0", "menos de 0", "nearly 0"])
def test_an_empty_range_beside_another_claim_is_reported_not_a_crash(make_project, empty):
    maker = make_project()
    maker.source("a", claim(id="a1", value=empty))
    maker.source("b", claim(id="b1", value="none"))
    maker.source("c", claim(id="c1", value="none"))
    report = _report(maker)
    assert [f["claims"] for f in report["findings"] if f["kind"] == "value-agreement"] == [["b1", "c1"]]
    assert all(len(f["claims"]) == 2 for f in report["findings"] if f["kind"] in (
        "value-conflict", "boundary-disagreement"))


@pytest.mark.parametrize("empty", ["less than 0", "just over 0", "nearly 0"])
def test_a_claim_is_never_paired_with_itself(make_project, empty):
    maker = make_project()
    maker.source("a", claim(id="a1", value=empty))
    assert [(f["kind"], f["claims"]) for f in _report(maker)["findings"]] == [("uncorroborated", ["a1"])]


def test_an_empty_range_among_many_claims_of_one_scope_is_not_its_own_pair(make_project):
    # enough claims in one scope for its pairs to be counted in bulk (pairs.BULK_FROM)
    maker = make_project()
    maker.source("a", claim(id="a1", value="less than 0"), *[claim(id=f"a{n}", value=100 + n) for n in range(2, 12)])
    report = _report(maker)
    assert all(len(set(f["claims"])) == len(f["claims"]) for f in report["findings"])
    assert not any(f["kind"] != "uncorroborated" and f["claims"] == ["a1"] for f in report["findings"])


# --- an origin's figure: its own claims before echoes of it, then its latest statement (SPEC §5) -------------------
def test_an_echo_stated_later_does_not_replace_the_origins_own_figure(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", stated_on="2019-03-10", value=500))
    maker.source("b", claim(id="b1", stated_on="2019-03-20", value=100, cites="a"))
    maker.source("c", claim(id="c1", value=500))
    report = _report(maker)
    agreements = [f for f in report["findings"] if f["kind"] == "value-agreement"]
    assert [f["claims"] for f in agreements] == [["a1", "c1"]]
    (estimate,) = report["estimates"]
    assert (estimate["lower"], estimate["upper"], estimate["status"]) == (500, 500, "agreed")
    assert [c["id"] for c in estimate["claims"]] == ["a1", "c1"]


def test_an_origins_latest_own_statement_is_its_figure(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", stated_on="2019-03-10", value=500), claim(id="a2", stated_on="2019-03-12",
                                                                                value=600))
    maker.source("b", claim(id="b1", stated_on="2019-03-20", value=500, cites="a"))
    maker.source("c", claim(id="c1", value=600))
    report = _report(maker)
    assert [f["claims"] for f in report["findings"] if f["kind"] == "value-agreement"] == [["a2", "c1"]]


def test_echoes_alone_give_the_origins_figure_from_their_latest_statement(make_project):
    # an origin with no claim of its own in the scope: the echoes are all there is of it
    maker = make_project()
    maker.source("a")
    maker.source("b", claim(id="b1", stated_on="2019-03-10", value=400, cites="a"),
                 claim(id="b2", stated_on="2019-03-20", value=500, cites="a"))
    maker.source("c", claim(id="c1", value=500))
    report = _report(maker)
    assert [f["claims"] for f in report["findings"] if f["kind"] == "value-agreement"] == [["b2", "c1"]]
