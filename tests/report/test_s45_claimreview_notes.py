"""ClaimReview output a new user found wrong (N4, session 45): the stderr note of `--max-findings` counts only
the findings a ClaimReview would hold (conflicts and scope differences; it had counted value-agreements, which
no setting lists), and a claim url holding a space, a quote or angle brackets is kept in its appearance,
percent-encoded (it had been dropped without a word while every other format showed it)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - {id: t, title: Deaths, unit: people}\n"


def _source(sid: str, value: str, url: str = "https://example.org/story") -> str:
    return (f"source: {{id: {sid}, name: {sid.title()}}}\nclaims:\n"
            f"  - {{id: {sid}-1, topic: t, value: {value}, url: {json.dumps(url)}}}\n")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(TOPICS)
    for sid, value in (("a", "100"), ("b", "100"), ("c", "300"), ("d", "500")):
        (tmp_path / "sources" / f"{sid}.yaml").write_text(_source(sid, value))
    return tmp_path


def test_the_max_findings_note_counts_what_a_claimreview_would_hold(project: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(project), "--format", "claimreview", "--max-findings", "1",
                                       "--review-url", "https://fc.example/r"])
    assert result.exit_code == 1
    reviews = json.loads(result.stdout)
    assert len(reviews) == 1
    # 5 value-conflicts (a-c, a-d, b-c, b-d, c-d), 1 listed; the value-agreement of a and b is in no ClaimReview
    assert "4 finding(s) not listed in the ClaimReview (--max-findings 1 per topic): 4 value-conflict;" in result.stderr
    assert "value-agreement" not in result.stderr


@pytest.mark.parametrize("url, shown", [
    ("https://example.org/a?x=1&y=<2>", "https://example.org/a?x=1&y=%3C2%3E"),
    ("https://example.org/a b", "https://example.org/a%20b"),
    ("https://es.wikipedia.org/wiki/Migración_Colombia", "https://es.wikipedia.org/wiki/Migración_Colombia"),
])
def test_a_claim_url_is_kept_percent_encoded(project: Path, url: str, shown: str) -> None:
    (project / "sources" / "d.yaml").write_text(_source("d", "500", url))
    result = CliRunner().invoke(main, ["report", str(project), "--format", "claimreview"])
    reviews = json.loads(result.stdout)
    urls = {work.get("url") for review in reviews for work in review["itemReviewed"].get("appearance", [])}
    assert shown in urls


def test_a_url_that_is_no_web_address_stays_out(project: Path) -> None:
    (project / "sources" / "d.yaml").write_text(_source("d", "500", "javascript:alert(1)"))
    result = CliRunner().invoke(main, ["report", str(project), "--format", "claimreview"])
    assert "javascript" not in result.stdout


def test_unicode_spaces_are_encoded_and_a_broken_host_stays_out() -> None:
    from reconcile.report.claimreview import _encoded_url

    assert _encoded_url("https://example.org/a\u00a0b c\u2028d<e") == "https://example.org/a%C2%A0b%20c%E2%80%A8d%3Ce"
    assert _encoded_url("https://ex ample.org/x") is None
