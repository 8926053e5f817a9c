"""The report command's options for JSON, CSV and ClaimReview (SPEC.md §6)."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import REPO
from reconcile.cli.main import main


def run(*args: str):
    return CliRunner().invoke(main, ["report", str(REPO), "--no-validate", "--fail-on", "never", *args])


def test_max_findings_bounds_json_and_summary_omitted_counts_the_rest():
    full = json.loads(run("--format", "json").stdout)
    bounded = json.loads(run("--format", "json", "--max-findings", "2").stdout)
    listed = {f["topic"] for f in bounded["findings"]}
    assert all(sum(f["topic"] == t for f in bounded["findings"]) <= 2 for t in listed)
    assert sum(bounded["summary"]["omitted"].values()) == len(full["findings"]) - len(bounded["findings"])
    assert bounded["summary"]["findings"] == full["summary"]["findings"]   # counted, if not listed
    assert full["summary"]["omitted"] == {}


def test_max_findings_bounds_csv_too():
    rows = run("--format", "csv", "--max-findings", "1").stdout.splitlines()
    assert len(rows) == 1 + 3   # the header, one finding per topic


def test_claimreview_without_a_review_url_says_it_cannot_be_published():
    result = run("--format", "claimreview")
    assert result.exit_code == 0
    assert "cannot be published as it is" in result.stderr and "--review-url" in result.stderr
    assert all("url" not in review for review in json.loads(result.stdout))


def test_claimreview_takes_the_review_url_and_the_publisher():
    result = run("--format", "claimreview", "--review-url", "https://desk.example/defections",
                 "--publisher", "Fact Desk", "--publisher-url", "https://desk.example")
    assert result.exit_code == 0 and "cannot be published" not in result.stderr
    review = json.loads(result.stdout)[0]
    assert review["url"] == "https://desk.example/defections"
    assert review["author"] == {"@type": "Organization", "name": "Fact Desk", "url": "https://desk.example"}


def test_a_bad_review_url_is_an_error_with_exit_2():
    result = run("--format", "claimreview", "--review-url", "javascript:alert(1)")
    assert result.exit_code == 2 and "--review-url" in result.stderr
