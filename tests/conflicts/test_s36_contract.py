"""What new users found against SPEC.md §5b and the reports' words for estimates (session 36)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import TOPIC, claim
from reconcile.cli.main import main

SCOPE = {"place": "CO", "as_of": "2020-01-01"}


def _run(maker, *options: str) -> str:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never", *options])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("prefer, point", [(["wire", "blog"], 1000), (["blog", "wire"], 5000)])
def test_prefer_takes_the_figure_a_preferred_source_repeats_from_another(make_project, prefer, point):
    """SPEC §5b: "the figure of the first claimant in the topic's prefer: list that states the
    scope". A preferred claimant whose claim cites another source was in no figure of its own,
    and was passed over for the next one in the list."""
    maker = make_project({"id": TOPIC, "title": "T", "unit": "people", "prefer": prefer})
    maker.source("ministry", claim(id="m1", value="1000", **SCOPE))
    maker.source("wire", claim(id="w1", value="1000", cites="ministry", **SCOPE))
    maker.source("blog", claim(id="b1", value="5000", **SCOPE))
    [estimate] = json.loads(_run(maker, "--format", "json", "--resolve", "prefer"))["estimates"]
    assert (estimate["lower"], estimate["upper"], estimate["point"]) == (point, point, point)
    assert {c["id"]: c["weight"] for c in estimate["claims"]}["w1"] == 0.0   # an echo weighs 0 (SPEC §5b)


def test_truth_discovery_words_judge_each_origins_figure_not_each_claim(make_project):
    """Each origin's figure is the hull of its two claims, and both hold the point 110: the
    text said "the sources agree:  agree; outweighed:" every claim, while the JSON weighed each 0.5."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="100", **SCOPE), claim(id="a2", value="120", **SCOPE), name="Agency A")
    maker.source("b", claim(id="b1", value="90", **SCOPE), claim(id="b2", value="130", **SCOPE), name="Agency B")
    text = _run(maker, "--resolve", "truth-discovery")
    assert "the sources agree: Agency A and Agency B agree." in " ".join(text.split())
    assert "outweighed" not in text


@pytest.mark.parametrize("method", ["consensus", "truth-discovery"])
def test_a_single_source_estimate_from_echoes_names_their_origin_and_every_echo(make_project, method):
    """Two outlets citing one ministry that states nothing here: one origin. The text named only
    the first outlet ("only Wire Y states it"), and truth discovery called both outweighed."""
    maker = make_project()
    maker.source("x", name="Ministry X")
    maker.source("y", claim(id="y1", value="100", cites="x", **SCOPE), name="Wire Y")
    maker.source("z", claim(id="z1", value="120", cites="x", **SCOPE), name="Paper Z")
    text = " ".join(_run(maker, "--resolve", method).split())
    assert "one source only: only Ministry X states it (Wire Y and Paper Z, citing it)." in text
    assert "outweighed" not in text


def test_a_folded_finding_left_out_by_max_findings_is_not_called_a_pair(make_project):
    """"and 1 more warned pairs" for an unquoted-value (one claim) that --max-findings left out."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="500", quote="many soldiers crossed", **SCOPE))
    maker.source("b", claim(id="b1", value="109", quote="109 soldiers", **SCOPE))
    text = " ".join(_run(maker, "--max-findings", "1").split())
    assert "warned pair" not in text
    assert "and 1 more warning" in text


@pytest.mark.parametrize("folded, unkept, words", [(1, 0, "and 1 more conflicting pair"),
                                                   (2, 0, "and 2 more conflicting pairs"),
                                                   (0, 3, "and 3 more conflicts"), (1, 1, "and 2 more conflicts")])
def test_folded_words_count_what_they_fold(folded, unkept, words):
    from reconcile.model.records import Finding
    from reconcile.report.base import fold_findings

    pair = Finding(kind="value-conflict", topic="t", claims=("a", "b"), explanation="")
    shown, said = fold_findings([pair] * (1 + folded), unkept, most=1)
    assert said == words


def test_the_html_chart_gives_the_truth_discovery_point_as_the_list_below_it_does(make_project):
    """The chart's estimate row said "[5, 10]" where the list and the JSON give the point 10."""
    maker = make_project()
    maker.source("a", claim(id="a1", value="between 0 and 10", **SCOPE))
    maker.source("b", claim(id="b1", value="between 5 and 15", **SCOPE))
    maker.source("c", claim(id="c1", value="between 12 and 20", **SCOPE))
    from reconcile.report.estimates import estimate_value

    page = _run(maker, "--format", "html", "--resolve", "truth-discovery")
    [estimate] = json.loads(_run(maker, "--format", "json", "--resolve", "truth-discovery"))["estimates"]
    value = estimate_value(estimate)
    assert estimate["point"] is not None and value.endswith("])") and "(range [" in value   # "11 (range [5, 15])"
    assert f'class="e" font-weight="bold">Estimate (truth-discovery, disputed): {value}</text>' in page


def test_truth_discovery_sources_inside_the_supported_range_back_the_estimate(make_project):
    """SPEC §5b: the range is the figures the estimate supports. 100 and 110 (point 105, range
    [100, 110]) were both called "outweighed", the sources the estimate rests on."""
    maker = make_project()
    for name, value in (("a", 100), ("b", 110), ("c", 500)):
        maker.source(name, claim(id=f"{name}1", value=value, **SCOPE), name=f"Src {name}")
    text = " ".join(_run(maker, "--resolve", "truth-discovery").split())
    assert "Src a and Src b back it; outweighed: Src c (500)." in text


def test_a_tiny_gap_is_its_size_not_a_touch(make_project):
    """The gap was rounded to 6 decimals: 0.0000012 and 0.0000015 "touch", with gap 0."""
    maker = make_project({"id": TOPIC, "title": "Rate", "unit": "count"})
    maker.source("a", claim(id="a1", value="0.0000012", **SCOPE))
    maker.source("b", claim(id="b1", value="0.0000015", **SCOPE))
    [finding] = [f for f in json.loads(_run(maker, "--format", "json"))["findings"] if f["kind"] == "value-conflict"]
    assert finding["gap"] == pytest.approx(3e-7) and "touch" not in finding["explanation"]


def test_a_reader_that_closes_the_pipe_early_does_not_change_the_exit_code(make_project):
    """SPEC §6: 1 for findings at or above --fail-on. `report --format json | head` exited 0
    (the JSON is streamed: a closed pipe was taken for success)."""
    import subprocess
    import sys

    maker = make_project()
    maker.source("a", claim(id="a1", value="100", quote="100 " + "x" * 200_000, **SCOPE))
    maker.source("b", claim(id="b1", value="500", **SCOPE))
    process = subprocess.Popen([sys.executable, "-m", "reconcile", "report", str(maker.root), "--format", "json",
                                "--no-validate"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout is not None
    process.stdout.read(10)
    process.stdout.close()
    assert process.wait(timeout=120) == 1


def test_a_claimreview_cut_by_max_findings_says_so_on_stderr(make_project):
    """SPEC §5: nothing is dropped silently. 13 conflicts gave 1 ClaimReview and no word of the rest."""
    maker = make_project()
    for n in range(4):
        maker.source(f"s{n}", claim(id=f"c{n}", value=str(100 * (n + 1)), **SCOPE))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--format", "claimreview",
                                       "--max-findings", "1", "--review-url", "https://fc.example/r",
                                       "--publisher", "FC"])
    assert result.exit_code == 1
    assert "not listed in the ClaimReview (--max-findings 1 per topic)" in result.stderr
