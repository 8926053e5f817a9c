"""Session 40, reports for people and the ClaimReview, from a new user's report:

- the text report gives every claim's file:line, also of claims with no quote, note or url
  (SPEC §2: a claim's provenance includes the file and line where it was written down);
- an estimate's sentence and a finding's line fold a long list of names or claims;
- a ClaimReview's ``appearance`` names the outlet a claim was read in (SPEC §3: ``via`` is
  ClaimReview's appearance), with or without a url;
- a blank ``--publisher`` is refused, as ``--publisher-url`` alone is.
"""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _run(maker, *options: str):
    return CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                     "--no-color", *options])


def _line(maker, claim_id: str) -> int:
    """The line a claim starts on in sources/agency.yaml (its ``- topic:`` item)."""
    text = (maker.root / "sources" / "agency.yaml").read_text().splitlines()
    at = next(i for i, line in enumerate(text) if line.strip() == f"id: {claim_id}")
    return next(i for i in range(at, -1, -1) if text[i].lstrip().startswith("- ")) + 1


def test_text_report_gives_the_line_of_claims_with_no_quote(make_project):
    maker = make_project()
    maker.source("agency", *[claim(id=f"c{i}", criterion=f"rule-{i}", value=10 * i) for i in range(1, 4)])
    result = _run(maker)
    assert result.exit_code == 0, result.output
    lines = ", ".join(str(_line(maker, f"c{i}")) for i in range(1, 4))
    # given apart from the quotes and notes, with no colon over nothing (s42)
    assert f"\nNo quote or note (where written):\nc1, c2, c3 (Agency; sources/agency.yaml lines {lines})\n" \
        in result.stdout


def test_claims_with_quotes_keep_their_own_lines(make_project):
    maker = make_project()
    maker.source("agency", claim(id="q1", value=10, quote="Ten people left."), claim(id="b1", criterion="x", value=3))
    out = _run(maker).stdout
    assert f"q1 (Agency; sources/agency.yaml:{_line(maker, 'q1')}):\n    \u201cTen people left.\u201d" in out
    assert f"\nNo quote or note (where written):\nb1 (Agency; sources/agency.yaml:{_line(maker, 'b1')})\n" in out


def test_an_estimate_folds_a_long_list_of_agreeing_sources(make_project):
    maker = make_project()
    for i in range(1, 31):
        maker.source(f"s{i:02d}", claim(value=100), name=f"Src {i:02d}")
    out = " ".join(_run(maker).stdout.split())
    assert "Src 01, Src 02, Src 03, Src 04, Src 05, Src 06, Src 07, Src 08, Src 09 and 21 more agree." in out
    assert "Src 30" not in out.split("Findings:")[0]
    markdown = _run(maker, "--format", "markdown").stdout
    assert "and 21 more agree." in markdown


def test_a_finding_line_folds_a_long_list_of_claims(make_project):
    maker = make_project()
    for i in range(1, 21):
        maker.source(f"s{i:02d}", claim(id=f"c{i:02d}", value=100))
    out = " ".join(_run(maker).stdout.split())
    assert "value-agreement: c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12 and 8 more" in out
    # the JSON keeps every claim
    finding = json.loads(_run(maker, "--format", "json").stdout)["findings"][0]
    assert len(finding["claims"]) == 20


def _review(maker, *options: str) -> list[dict]:
    result = _run(maker, "--format", "claimreview", "--review-url", "https://r.example/1", *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_claimreview_appearance_names_the_outlet_read_in(make_project):
    maker = make_project()
    maker.source("wire", name="Wire", kind="media")
    maker.source("a", claim(id="a1", value=10, via="wire", quote="10 dead"))
    maker.source("b", claim(id="b1", value=20, via="wire", url="https://b.example/x", stated_on="2020-01-01"))
    item = _review(maker)[0]["itemReviewed"]
    wire = {"@type": "Organization", "name": "Wire"}
    assert item["appearance"] == [{"@type": "CreativeWork", "publisher": wire},
                                  {"@type": "CreativeWork", "url": "https://b.example/x", "publisher": wire}]
    assert item["firstAppearance"] == {"@type": "CreativeWork", "url": "https://b.example/x", "publisher": wire}


def test_claimreview_appearance_of_a_url_alone_and_of_no_outlet(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10, url="https://a.example/1"), claim(id="a2", value=30, via="a",
                                                                                  stated_on="2020-01-02"))
    item = _review(maker)[0]["itemReviewed"]
    # a via naming the claimant itself is no other outlet: a2 has no appearance
    assert item["appearance"] == [{"@type": "CreativeWork", "url": "https://a.example/1"}]
    assert item["firstAppearance"] == {"@type": "CreativeWork", "url": "https://a.example/1"}


def test_a_blank_publisher_is_refused(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10), claim(id="a2", value=30))
    result = _run(maker, "--format", "claimreview", "--review-url", "https://r.example/1", "--publisher", "  ")
    assert result.exit_code == 2
    assert "--publisher is empty" in result.output
