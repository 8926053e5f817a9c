"""The estimate stage through the public API and the command line (SPEC.md §5b, §6)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import reconcile
from conftest import TOPIC, claim
from reconcile.cli.main import main

SCOPE = {"population": ["people"], "criterion": "dead", "place": "MM", "as_of": "2008-05-06"}


@pytest.fixture
def storm(make_project):
    """The README's worked example: three agencies, one day, one scope."""
    maker = make_project({"id": TOPIC, "title": "Storm deaths", "unit": "people",
                          "prefer": ["agency-c"]})
    maker.source("agency-a", claim(id="a", value="3,958", **SCOPE))
    maker.source("agency-b", claim(id="b", value="11,300", **SCOPE))
    maker.source("agency-c", claim(id="c", value="between 10,000 and 20,000", **SCOPE))
    return maker


def estimates(maker, method: str) -> list[dict]:
    report = reconcile.reconcile(reconcile.normalize(reconcile.read(maker.root)))
    return [e.to_dict() for e in reconcile.estimate(report, method).estimates]


def test_consensus_is_the_group_that_shares_a_range_and_weighs_out_the_rest(storm):
    [found] = estimates(storm, "consensus")
    assert (found["lower"], found["upper"], found["point"], found["status"]) == (11_300, 11_300, 11_300, "disputed")
    assert {c["id"]: c["weight"] for c in found["claims"]} == {"a": 0.0, "b": 0.5, "c": 0.5}
    assert {k: found[k] for k in SCOPE} == SCOPE


def test_hull_is_lowest_to_highest(storm):
    [found] = estimates(storm, "hull")
    assert (found["lower"], found["upper"], found["point"], found["method"]) == (3_958, 20_000, None, "hull")


def test_prefer_takes_the_topics_preferred_source(storm):
    [found] = estimates(storm, "prefer")
    assert (found["lower"], found["upper"], found["method"]) == (10_000, 20_000, "prefer")
    assert {c["id"]: c["weight"] for c in found["claims"]} == {"a": 0.0, "b": 0.0, "c": 1.0}


def test_truth_discovery_gives_each_source_a_reliability_in_the_json_report(storm):
    result = CliRunner().invoke(main, ["report", str(storm.root), "--format", "json", "--no-validate",
                                       "--resolve", "truth-discovery", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    [found] = data["estimates"]
    assert found["method"] == "truth-discovery" and found["point"] is not None
    assert found["lower"] <= found["point"] <= found["upper"]
    reliability = {s["id"]: s["reliability"] for s in data["sources"]}
    assert all(0 <= r <= 1 for r in reliability.values())


def test_other_methods_leave_reliability_null(storm):
    result = CliRunner().invoke(main, ["report", str(storm.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never"])
    data = json.loads(result.stdout)
    assert [s["reliability"] for s in data["sources"]] == [None, None, None]
    assert [e["method"] for e in data["estimates"]] == ["consensus"]


def test_the_cli_json_equals_the_library_run(storm):
    for method in ("consensus", "hull", "truth-discovery"):
        result = CliRunner().invoke(main, ["report", str(storm.root), "--format", "json", "--no-validate",
                                           "--resolve", method, "--fail-on", "never"])
        library = reconcile.run(storm.root, "json", validate_suites=False, resolve=method)
        assert json.loads(result.stdout) == json.loads(library)


def test_a_later_statement_of_an_origin_replaces_its_earlier_one(make_project):
    maker = make_project()
    maker.source("agency", claim(id="early", value="100", stated_on="2020-01-01", **SCOPE),
                 claim(id="late", value="150", stated_on="2020-01-05", **SCOPE))
    [found] = estimates(maker, "consensus")
    assert (found["lower"], found["upper"], found["status"]) == (150, 150, "single-source")


def test_an_echo_is_not_a_second_voice(make_project):
    maker = make_project()
    maker.source("institute", claim(id="i", value="260,000", **SCOPE))
    maker.source("outlet", claim(id="o", value="265,000", cites="institute", **SCOPE))
    maker.source("police", claim(id="p", value="100,000", **SCOPE))
    [found] = estimates(maker, "consensus")
    assert found["status"] == "disputed"  # two origins: institute (its own claim first) and police
    assert (found["lower"], found["upper"]) == (100_000, 260_000)


def test_estimate_checks_its_arguments(storm):
    report = reconcile.reconcile(reconcile.normalize(reconcile.read(storm.root)))
    with pytest.raises(ValueError, match="unknown method"):
        reconcile.estimate(report, "median")
    with pytest.raises(TypeError):
        reconcile.estimate("not a report")


def test_estimates_are_the_same_bytes_every_run(storm):
    first = reconcile.run(storm.root, "json", validate_suites=False, resolve="truth-discovery")
    assert reconcile.run(storm.root, "json", validate_suites=False, resolve="truth-discovery") == first


def render_storm(storm, fmt: str, method: str = "consensus") -> str:
    report = reconcile.estimate(reconcile.reconcile(reconcile.normalize(reconcile.read(storm.root))), method)
    return reconcile.render(report, fmt)


def test_the_text_report_states_each_estimate_and_who_backs_it(storm):
    text = render_storm(storm, "text")
    assert "Estimates:" in text
    sentence = " ".join(text.split("Estimates:")[1].split("Findings:")[0].split())
    assert "Estimate (consensus): 11,300, disputed" in sentence
    assert "Agency B and Agency C back it" in sentence and "set aside: Agency A (3,958)" in sentence


def test_markdown_and_html_show_estimates_and_a_sources_table(storm):
    markdown = render_storm(storm, "markdown", "truth-discovery")
    assert "### Estimates" in markdown and "## Sources" in markdown
    assert "| source | kind | claims | conflicts | reliability |" in markdown
    html = render_storm(storm, "html", "hull")
    assert '<ul class="estimates">' in html and "Estimate (hull): [3,958, 20,000]" in html
    assert '<section class="sources" id="sources">' in html
    assert "Estimate (hull, disputed)" in html   # the estimate's own row in the chart


def test_the_sources_table_counts_each_claimants_conflicts(storm):
    from reconcile.report.estimates import source_rows

    report = reconcile.reconcile(reconcile.normalize(reconcile.read(storm.root)))
    rows = {row["id"]: row for row in source_rows(report)}
    assert (rows["agency-a"]["conflicts"], rows["agency-b"]["conflicts"], rows["agency-c"]["conflicts"]) == (2, 1, 1)
    assert rows["agency-a"]["reliability"] == ""   # not estimated by consensus


def test_a_claimreview_states_the_estimate_of_the_scope_it_reviews(storm):
    reviews = json.loads(render_storm(storm, "claimreview"))
    assert reviews and all("Estimate (consensus): 11,300" in r["reviewBody"] for r in reviews)


def test_consensus_of_a_reconciled_report_is_not_made_twice_and_another_method_is_undone(storm):
    from reconcile.estimates import estimate_report

    report = reconcile.reconcile(reconcile.normalize(reconcile.read(storm.root)))
    again = reconcile.estimate(report, "consensus")
    assert again is report     # reconcile() made the consensus estimates already
    made = estimate_report(report, "consensus")
    assert [e.to_dict() for e in again.estimates] == [e.to_dict() for e in made.estimates]
    hull = reconcile.estimate(report, "hull")
    back = reconcile.estimate(hull, "consensus")
    assert back is not hull and [e.to_dict() for e in back.estimates] == [e.to_dict() for e in made.estimates]
    truth = reconcile.estimate(report, "truth-discovery")
    assert reconcile.estimate(truth, "consensus").reliability == {}


def test_a_misspelt_prefer_id_is_an_error_at_its_line_with_the_declared_id(make_project, monkeypatch):
    """A prefer id that names no source would leave --resolve prefer to consensus, silently."""
    maker = make_project({"id": TOPIC, "title": "Storm deaths", "unit": "people", "prefer": ["agency-cc"]})
    maker.source("agency-c", claim(id="c", value="10", **SCOPE))
    monkeypatch.chdir(maker.root)
    for files in ([], ["sources/agency-c.yaml"]):
        result = CliRunner().invoke(main, ["report", *files, "--resolve", "prefer"])
        assert result.exit_code == 2, result.output
        assert result.output.startswith("Error: sources/_topics.yaml:")
        assert '"agency-cc" is no declared source' in result.output and 'did you mean "agency-c"' in result.output
        assert "Traceback" not in result.output


def test_prefer_may_name_a_source_by_its_name_as_via_and_cites_do(make_project):
    """`prefer: [Agency C]` was refused as "must be a list of source ids", with no way to tell."""
    maker = make_project({"id": TOPIC, "title": "Storm deaths", "unit": "people", "prefer": ["Agency C"]})
    maker.source("agency-b", claim(id="b", value="11,300", **SCOPE))
    maker.source("agency-c", claim(id="c", value="between 10,000 and 20,000", **SCOPE), name="Agency C")
    [found] = estimates(maker, "prefer")
    assert (found["lower"], found["upper"]) == (10_000, 20_000)


def test_prefer_naming_two_sources_by_their_shared_alias_is_an_error(make_project, monkeypatch):
    """A name two sources give does not say which one to prefer, as for via and cites."""
    maker = make_project({"id": TOPIC, "title": "Storm deaths", "unit": "people", "prefer": ["Civil Defence"]})
    maker.source("agency-b", claim(id="b", value="11,300", **SCOPE), aliases=["Civil Defence"])
    maker.source("agency-c", claim(id="c", value="12,000", **SCOPE), aliases=["Civil Defence"])
    monkeypatch.chdir(maker.root)
    result = CliRunner().invoke(main, ["report", "--resolve", "prefer"])
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: sources/_topics.yaml:")
    assert '"Civil Defence" could mean agency-b or agency-c' in result.output and "prefer: [agency-b]" in result.output
