"""`reconcile validate` in a claims repository's CI (N5, session 46): a `mostly` check is a share of every
claim, not of a pull request's; each GitHub annotation shows its own claim's value; the stderr summary of
JSON/JUnit escapes a suite's control characters and says when claims are listed only in part; a Great
Expectations 0.x suite is named as such, with every rename, in one error."""
from __future__ import annotations

import json
import subprocess

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main

SCOPE = dict(population=["soldiers"], criterion="crossed-into-colombia", place="CO", as_of="2019-03-07")


def _git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(root), "PATH": "/usr/bin:/bin"})


def _suite(maker, name: str, expectations: list[dict]) -> None:
    (maker.root / "expectations").mkdir(exist_ok=True)
    (maker.root / "expectations" / f"{name}.json").write_text(json.dumps({"name": name,
                                                                        "expectations": expectations}))


def test_a_mostly_check_is_a_share_of_every_claim_not_of_the_changed_ones(make_project):
    """3 of 4 claims at most 5000 passes "mostly 0.7"; a pull request that changes one file of two claims (one
    of them the 10,000 it did not touch) must not fail on a share of those two alone."""
    maker = make_project()
    maker.source("a", claim(id="a1", value=10000, **SCOPE), claim(id="a2", value=4000, **SCOPE))
    maker.source("b", claim(id="b1", value=3958, **SCOPE), claim(id="b2", value=4500, **SCOPE))
    _suite(maker, "defections", [{"type": "expect_column_values_to_be_between",
                                  "kwargs": {"column": "lower", "min_value": 0, "max_value": 5000, "mostly": 0.7}}])
    _git(maker.root, "init", "-q")
    _git(maker.root, "add", ".")
    _git(maker.root, "commit", "-qm", "claims")
    maker.source("a", claim(id="a1", value=10000, **SCOPE), claim(id="a2", value=4100, **SCOPE))
    whole = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert whole.exit_code == 0, whole.output
    changed = CliRunner().invoke(main, ["validate", str(maker.root), "--changed-since", "HEAD"])
    assert changed.exit_code == 0, changed.output


def test_each_github_annotation_shows_its_own_claims_value(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10000, **SCOPE))
    maker.source("b", claim(id="b1", value=7000, **SCOPE), claim(id="b2", value=3000, **SCOPE))
    _suite(maker, "defections", [{"type": "expect_column_values_to_be_between",
                                  "kwargs": {"column": "lower", "min_value": 0, "max_value": 5000}}])
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "github"])
    assert result.exit_code == 1
    errors = [line for line in result.stdout.splitlines() if line.startswith("::error file=")]
    assert len(errors) == 2
    by_file = {line.split("file=")[1].split(",")[0].rsplit("/", 1)[-1]: line for line in errors}
    assert by_file["a.yaml"].endswith("(bad value: 10000)")
    assert by_file["b.yaml"].endswith("(bad value: 7000)")


@pytest.mark.parametrize("fmt", ["json", "junit"])
def test_the_stderr_summary_escapes_a_suites_control_characters(make_project, fmt):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10000, **SCOPE))
    _suite(maker, "defections", [{"type": "expect_column_values_to_be_between", "description": "at most\n5000 "
                                  "\x1b[31mred\x07", "kwargs": {"column": "lower", "max_value": 5000}}])
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--format", fmt])
    assert result.exit_code == 1
    failed = next(line for line in result.stderr.splitlines() if line.startswith("FAILED"))
    assert "at most 5000 \\x1b[31mred\\x07" in failed
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr


def test_the_stderr_summary_says_when_the_json_lists_only_the_first_failing_claims(make_project):
    maker = make_project()
    maker.source("a", *[claim(id=f"a{n}", value=6000 + n, **SCOPE) for n in range(60)])
    _suite(maker, "defections", [{"type": "expect_column_values_to_be_between",
                                  "kwargs": {"column": "lower", "max_value": 5000}}])
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--format", "json"])
    assert result.exit_code == 1
    assert "every failing claim" not in result.stderr
    assert "the first 50 of each expectation and how many more" in result.stderr


def test_a_gx_0x_suite_is_named_so_with_every_rename(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=100, **SCOPE))
    (maker.root / "expectations").mkdir()
    (maker.root / "expectations" / "old.json").write_text(json.dumps({
        "expectation_suite_name": "old",
        "expectations": [{"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}}],
        "meta": {"great_expectations_version": "0.18.8"}}, indent=2))
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 2
    assert "expectations/old.json:2: a Great Expectations 0.x suite" in result.stderr
    assert '"expectation_suite_name" to "name"' in result.stderr and '"expectation_type" to "type"' in result.stderr
