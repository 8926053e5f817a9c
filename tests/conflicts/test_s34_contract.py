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
    assert [(c["id"], c["weight"]) for c in estimate["claims"]] == [("a1", 0.5), ("b1", 0), ("c1", 0.5)]


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


# --- CSV under --max-findings: nothing dropped silently (SPEC §5) ---------------------------------------------------
def test_a_csv_report_says_on_stderr_what_max_findings_left_out(make_project):
    maker = make_project()
    for n, value in enumerate((100, 200, 300, 400)):
        maker.source(f"s{n}", claim(id=f"s{n}", value=value))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "csv", "--no-validate",
                                       "--fail-on", "never", "--max-findings", "2"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + 2
    assert "4 finding(s) not listed in the CSV (--max-findings 2 per topic): 4 value-conflict" in result.stderr
    every = CliRunner().invoke(main, ["report", str(maker.root), "--format", "csv", "--no-validate",
                                      "--fail-on", "never", "--max-findings", "0"])
    assert len(every.stdout.splitlines()) == 1 + 6 and "not listed" not in every.stderr


# --- truth discovery gives every source a reliability (SPEC §5b) ----------------------------------------------------
def test_truth_discovery_gives_a_source_with_no_figure_of_its_own_a_reliability(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, via="o"), claim(id="a2", value=120, place="CO"))
    maker.source("b", claim(id="b1", value=510), claim(id="b2", value=100, place="CO"))
    maker.source("o", kind="media")   # an outlet that only carries what others say
    report = _report(maker, "--resolve", "truth-discovery")
    reliability = {s["id"]: s["reliability"] for s in report["sources"]}
    assert set(reliability) == {"a", "b", "o"}
    assert all(isinstance(r, float) and 0 <= r <= 1 for r in reliability.values())
    # no figure is no evidence: the outlet sits below the sources whose figures were checked
    assert reliability["o"] < min(reliability["a"], reliability["b"])
    assert all(s["reliability"] is None for s in _report(maker)["sources"])


# --- a claim's note is shown beside it in every format, ClaimReview too (SPEC §3) -----------------------------------
def test_claimreview_shows_the_note_of_a_claim_with_no_quote(make_project):
    maker = make_project()
    maker.source("a", claim(id="a2", value=100, note="counted before the second wave"))
    maker.source("b", claim(id="b2", value=150, quote="Officials said 150 people crossed."))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "claimreview", "--no-validate",
                                       "--fail-on", "never", "--review-url", "https://example.org/r"])
    assert result.exit_code == 0, result.output
    (review,) = json.loads(result.stdout)
    assert "A says 100 (note: counted before the second wave)" in review["itemReviewed"]["text"]
    assert "\u201cOfficials said 150 people crossed.\u201d" in review["itemReviewed"]["text"]


# --- ratio: rounded to one decimal as a reader rounds, a half up (SPEC §5) ------------------------------------------
@pytest.mark.parametrize("low, high, ratio", [(200, 250, 1.3), (20, 45, 2.3), (200, 230, 1.2), (109, 500, 4.6),
                                              (200, 229, 1.1)])
def test_the_ratio_of_a_conflict_rounds_a_half_up(make_project, low, high, ratio):
    maker = make_project()
    maker.source("a", claim(id="a1", value=low))
    maker.source("b", claim(id="b1", value=high))
    (conflict,) = [f for f in _report(maker)["findings"] if f["kind"] == "value-conflict"]
    assert conflict["ratio"] == ratio


# --- two dates of a cumulative count are nested, not "within the tolerance" -----------------------------------------
def test_a_pair_at_two_dates_of_a_cumulative_count_says_so(make_project):
    maker = make_project({"id": "defections", "unit": "people", "cumulative": True})
    maker.source("a", claim(id="a1", place="CO", as_of="2019-03-07", value="more than 500"),
                 claim(id="a2", place="CO", as_of="2019-04-07", value=500))
    (finding,) = [f for f in _report(maker)["findings"] if f["kind"] == "boundary-disagreement"]
    assert "as of 2019-03-07 and 2019-04-07, a cumulative count, the later date's including the earlier's" in \
        finding["explanation"]
    assert "tolerance" not in finding["explanation"]


def test_two_dates_within_the_tolerance_say_so(make_project):
    maker = make_project({"id": "defections", "unit": "people", "date_tolerance_days": 3})
    maker.source("a", claim(id="a1", place="CO", as_of="2019-03-07", value=100))
    maker.source("b", claim(id="b1", place="CO", as_of="2019-03-09", value=300))
    (finding,) = [f for f in _report(maker)["findings"] if f["kind"] == "value-conflict"]
    assert "as of 2019-03-07 and 2019-03-09, within the topic's 3-day date tolerance" in finding["explanation"]


# --- truth discovery: a source whose figure is not the estimate does not back it -------------------------------------
def test_a_truth_discovery_estimate_names_who_it_outweighed(make_project):
    maker = make_project()
    scope = dict(place="CO", as_of="2013-11-12")
    maker.source("a1", claim(id="x1", value="3,958", **scope), name="Agency A1")
    maker.source("a2", claim(id="x2", value=11300, **scope), name="Agency A2")
    maker.source("a3", claim(id="x3", value="between 10,000 and 20,000", **scope), name="Agency A3")
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                       "--resolve", "truth-discovery", "--no-color"])
    text = " ".join(result.stdout.split())
    assert "Agency A2 and Agency A3 back it; outweighed: Agency A1 (3,958)." in text


def test_a_year_and_a_day_of_a_cumulative_count_are_not_within_the_tolerance(make_project):
    maker = make_project({"id": "defections", "unit": "people", "cumulative": True})
    maker.source("a", claim(id="a1", place="CO", as_of="2019", value=500),
                 claim(id="a2", place="CO", as_of="2019-03-07", value="more than 500"))
    (finding,) = [f for f in _report(maker)["findings"] if len(f["claims"]) == 2]
    assert "as of 2019 and 2019-03-07, a cumulative count" in finding["explanation"]
