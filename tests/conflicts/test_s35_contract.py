"""What new users found against SPEC.md §5, §5b and §6 (session 35): each case as they wrote it."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import TOPIC, claim
from reconcile.cli.main import main


def _report(maker, *options: str) -> dict:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never", *options])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


# --- SPEC §6: "Every finding has gap and ratio, null when it is not about two disjoint values" ---------------------
@pytest.mark.parametrize("value, gap, ratio", [("2000", 1000, 2.0), ("1250", 250, 1.3), ("more than 1500", 500, 1.5)])
def test_an_implausible_value_has_the_ratio_of_its_gap_to_the_bounds(make_project, value, gap, ratio):
    maker = make_project({"id": TOPIC, "title": "T", "unit": "people", "bounds": [0, 1000]})
    maker.source("a", claim(id="a1", value=value))
    found = [f for f in _report(maker)["findings"] if f["kind"] == "implausible-value"]
    assert [(f["gap"], f["ratio"]) for f in found] == [(gap, ratio)]


def test_a_value_below_bounds_from_zero_has_a_gap_and_no_ratio(make_project):
    maker = make_project({"id": TOPIC, "title": "T", "unit": "people", "bounds": [10, 1000]})
    maker.source("a", claim(id="a1", value="0"))
    found = [f for f in _report(maker)["findings"] if f["kind"] == "implausible-value"]
    assert [(f["gap"], f["ratio"]) for f in found] == [(10, None)]  # the smaller is 0


# --- SPEC §5b: "It uses every claim in the same scope ... weight ... 0 for the others" -----------------------------
@pytest.mark.parametrize("method", ["consensus", "hull", "prefer", "truth-discovery"])
def test_an_estimate_lists_every_claim_of_its_scope_an_echo_set_aside_at_weight_0(make_project, method):
    maker = make_project()
    maker.source("z", claim(id="z1", value="100"))
    maker.source("y", claim(id="y1", value="300", cites="z"))        # Z's figure as Y read it: set aside
    maker.source("w", claim(id="w1", value="300"))
    maker.source("x", claim(id="x1", value="100", stated_on="2019-03-01"),
                 claim(id="x2", value="120", stated_on="2019-03-05"))  # a later statement replaces x1
    estimates = _report(maker, "--resolve", method)["estimates"]
    assert len(estimates) == 1
    weights = {c["id"]: c["weight"] for c in estimates[0]["claims"]}
    assert sorted(weights) == ["w1", "x1", "x2", "y1", "z1"]
    assert weights["y1"] == 0 and weights["x1"] == 0 and weights["z1"] > 0


# --- truth discovery: a lone open figure is estimated at its finite end, and backs it ------------------------------
@pytest.mark.parametrize("value", ["more than 500", "fewer than 50", "at least 500"])
def test_a_lone_figure_backs_its_truth_discovery_estimate_and_is_not_outweighed(make_project, value):
    maker = make_project()
    maker.source("a", claim(id="a1", value=value), name="Agency A")
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                       "--resolve", "truth-discovery", "--no-color"])
    text = " ".join(result.stdout.split())
    assert "only Agency A states it" in text and "outweighed" not in text


# --- explanations: whom an echo repeats, and both sides of nested scopes -------------------------------------------
def test_an_agreement_says_which_claim_repeats_another_source(make_project):
    maker = make_project()
    maker.source("zed", name="Zed")
    maker.source("dub", claim(id="w1", value="100", cites="zed"), claim(id="w2", value="100"), name="Dub")
    maker.source("zz", claim(id="zz1", value="100"), name="ZZ")
    (agreement,) = [f for f in _report(maker)["findings"] if f["kind"] == "value-agreement"]
    assert '"100" (w1, citing Zed)' in agreement["explanation"]


def test_a_boundary_between_nested_populations_names_both(make_project):
    maker = make_project()
    maker.source("a", claim(id="a-wide", value="100", population=["police", "soldiers"]))
    maker.source("b", claim(id="b-edge", value="more than 100", population=["soldiers"]))
    (found,) = [f for f in _report(maker)["findings"] if f["kind"] == "boundary-disagreement"]
    assert "soldiers (b-edge) and police and soldiers (a-wide)" in found["explanation"]


# --- SPEC §5 unquoted-value: a quote that says nothing of its language is read in the claim's ------------------------
@pytest.mark.parametrize("quote", ["45.000 asistentes", "45.000", "unos 45.000 asistentes"])
def test_a_short_spanish_quote_holds_its_claims_value(make_project, quote):
    maker = make_project()
    maker.source("x", claim(id="q1", value="45.000" if not quote.startswith("unos") else "unos 45.000",
                            lang="es", quote=quote))
    assert not [f for f in _report(maker)["findings"] if f["kind"] == "unquoted-value"]


def test_an_english_quote_of_a_spanish_claim_is_still_read_in_english(make_project):
    maker = make_project()
    maker.source("x", claim(id="q1", value="11.000", lang="es", quote="The ministry said 11.000 people fled."))
    assert [f["claims"] for f in _report(maker)["findings"] if f["kind"] == "unquoted-value"] == [["q1"]]


# --- the text report: a source for every number, a claim with a link but no quote included -------------------------
def test_the_text_report_gives_the_link_and_place_of_a_claim_without_a_quote(make_project):
    maker = make_project()
    maker.source("x", claim(id="c1", value="100", url="https://x.example/1"))
    maker.source("y", claim(id="d1", value="300"))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never", "--no-color"])
    text = " ".join(result.stdout.split())
    assert "c1 (X; sources/x.yaml:" in text and "https://x.example/1" in text


# --- a folded list says where every finding is, --max-findings 0 when the JSON leaves some out too ---------------
@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_a_list_folded_under_max_findings_says_how_to_list_every_one(make_project, fmt):
    maker = make_project()
    for n in range(14):
        maker.source(f"s{n}", claim(id=f"c{n}", value=100 + 1000 * n))
    capped = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                       "--format", fmt, "--max-findings", "3"])
    assert "max-findings 0" in capped.stdout.replace("</code>", "").replace("<code>", "").replace("`", "")
    whole = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                      "--format", fmt, "--max-findings", "0"])
    assert "every one of them" in whole.stdout and "max-findings 0" not in whole.stdout


def test_a_ratio_that_rounds_to_1_is_not_said_in_words(make_project):
    maker = make_project()
    maker.source("b", claim(id="b1", value="1,050"))
    maker.source("c", claim(id="c1", value="between 950 and 1,020"))
    (found,) = [f for f in _report(maker)["findings"] if f["kind"] == "value-conflict"]
    assert found["ratio"] == 1.0 and "times" not in found["explanation"] and "30 apart" in found["explanation"]
