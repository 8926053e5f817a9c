"""reconcile validate and reconcile expectations suggest, as a claims repository's CI uses them."""
from __future__ import annotations

import json
import subprocess
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from conftest import REPO, claim
from reconcile.cli.main import main

SCOPE = dict(population=["soldiers"], criterion="crossed-into-colombia", place="CO", as_of="2019-03-07")


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def project(make_project, runner):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, **SCOPE))
    maker.source("b", claim(id="b1", value=510, **SCOPE))
    (maker.root / "expectations").mkdir()
    from reconcile.sources.scaffold import default_suite
    (maker.root / "expectations" / "claims.json").write_text(default_suite())
    return maker


def test_the_repository_claims_validate(runner):
    result = runner.invoke(main, ["validate", str(REPO)])
    assert result.exit_code == 0, result.output
    assert "expectations passed" in result.stdout


def test_a_future_date_fails_validation_naming_file_and_line(runner, project):
    project.source("c", claim(id="c1", value=5, **dict(SCOPE, as_of="2999-01-01")))
    result = runner.invoke(main, ["validate", str(project.root), "--format", "json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    failed = [o for o in data["outcomes"] if not o["success"]]
    assert any("sources/c.yaml:" in f and "(c1)" in f for o in failed for f in o["failing"])


def test_junit_output_has_one_testcase_per_expectation(runner, project):
    result = runner.invoke(main, ["validate", str(project.root), "--format", "junit"])
    json_result = json.loads(runner.invoke(main, ["validate", str(project.root), "--format", "json"]).stdout)
    cases = ET.fromstring(result.stdout).iter("testcase")
    assert len(list(cases)) == json_result["expectations"]


def test_a_malformed_suite_exits_2(runner, project):
    (project.root / "expectations" / "claims.json").write_text('{"name": "claims", "expectations": [')
    result = runner.invoke(main, ["validate", str(project.root)])
    assert result.exit_code == 2 and "expectations/claims.json" in result.stderr


def test_junit_of_a_run_that_could_not_start_is_one_testcase_in_error(runner, project):
    """A CI dashboard reading the XML shows why, instead of an empty file; still exit 2."""
    (project.root / "expectations" / "claims.json").write_text('{"name": "claims", "expectations": [')
    result = runner.invoke(main, ["validate", str(project.root), "--format", "junit"])
    assert result.exit_code == 2 and "expectations/claims.json" in result.stderr
    root = ET.fromstring(result.stdout)
    assert root.get("errors") == "1" and root.get("failures") == "0"
    error = root.find("testsuite/testcase/error")
    assert error is not None and "expectations/claims.json:1: invalid JSON" in error.get("message")
    assert error.get("type") == "ExpectationError"
    plain = runner.invoke(main, ["validate", str(project.root), "--format", "json"])
    assert plain.exit_code == 2 and plain.stdout == ""  # other formats print nothing on stdout


def test_a_missing_suite_file_exits_2_and_still_writes_junit(runner, project):
    result = runner.invoke(main, ["validate", str(project.root), "--suite", "nothere.json", "--format", "junit"])
    assert result.exit_code == 2 and "nothere.json: no such suite file" in result.stderr
    error = ET.fromstring(result.stdout).find("testsuite/testcase/error")
    assert error is not None and "no such suite file" in error.get("message")


def test_an_unknown_expectation_type_exits_2_naming_it(runner, project):
    (project.root / "expectations" / "claims.json").write_text(json.dumps(
        {"name": "claims", "expectations": [{"type": "expect_column_values_to_be_nice", "kwargs": {"column": "id"}}]}))
    result = runner.invoke(main, ["validate", str(project.root)])
    assert result.exit_code == 2 and "expect_column_values_to_be_nice" in result.stderr


def test_a_misspelt_expectation_type_gets_a_suggestion(runner, project):
    (project.root / "expectations" / "claims.json").write_text(json.dumps(
        {"name": "claims", "expectations": [{"type": "expect_column_values_to_be_betwen",
                                             "kwargs": {"column": "lower", "min_value": 0}}]}))
    result = runner.invoke(main, ["validate", str(project.root)])
    assert result.exit_code == 2 and "did you mean 'expect_column_values_to_be_between'" in result.stderr


def _git(root, *args):
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True,
                   env={"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@example.org", "HOME": str(root), "PATH": "/usr/bin:/bin"})


def test_changed_since_validates_only_changed_files_and_what_they_reference(runner, project):
    project.source("c", claim(id="total", value=900, **SCOPE))
    _git(project.root, "init", "-q")
    _git(project.root, "add", ".")
    _git(project.root, "commit", "-qm", "claims")
    project.write("sources/more-c.csv", "source,id,topic,value,part_of,as_of\n"
                                        "c,part,defections,5,total,2999-01-01\n")
    result = runner.invoke(main, ["validate", str(project.root), "--changed-since", "HEAD", "--format", "json"])
    assert "2 claim(s) changed since HEAD" in result.stderr
    assert json.loads(result.stdout)["claims"] == 2
    assert result.exit_code == 1  # the new claim's date is in the future


def test_changed_since_a_changed_source_file_selects_the_claims_of_its_table(runner, project):
    project.write("sources/d.yaml", "source:\n  id: d\n  name: D\nclaims: d.csv\n")
    project.write("sources/d.csv", "id,topic,value\nd1,defections,5\nd2,defections,6\n")
    _git(project.root, "init", "-q")
    _git(project.root, "add", ".")
    _git(project.root, "commit", "-qm", "claims")
    project.write("sources/d.yaml", "source:\n  id: d\n  name: D News\nclaims: d.csv\n")
    result = runner.invoke(main, ["validate", str(project.root), "--changed-since", "HEAD", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == 2 and "2 claim(s) changed since HEAD" in result.stderr


def _committed_then_docs_only(project):
    _git(project.root, "init", "-q")
    _git(project.root, "add", ".")
    _git(project.root, "commit", "-qm", "claims")
    project.write("README.md", "# Our claims\n")
    _git(project.root, "add", "README.md")
    _git(project.root, "commit", "-qm", "docs only")


@pytest.mark.parametrize("fmt", ["text", "json", "junit"])
def test_changed_since_a_docs_only_commit_passes_in_every_format(runner, project, fmt):
    """A pull request that changes no claim file used to exit 2, "no claims to validate"."""
    _committed_then_docs_only(project)
    result = runner.invoke(main, ["validate", str(project.root), "--changed-since", "HEAD~1", "--format", fmt])
    assert result.exit_code == 0, result.output
    assert "No claims changed since HEAD~1 (of 2 claim(s)); nothing to validate" in result.stderr
    if fmt == "text":
        assert result.stdout == "Validation skipped: no claims changed since HEAD~1.\n"
    elif fmt == "json":
        data = json.loads(result.stdout)
        assert (data["success"], data["claims"], data["expectations"], data["outcomes"]) == (True, 0, 0, [])
    else:  # one skipped case: dashboards that fail a report without test cases show it as skipped
        root = ET.fromstring(result.stdout)
        assert (root.get("tests"), root.get("failures"), root.get("errors")) == ("1", "0", "0")
        skipped = root.find("testsuite/testcase/skipped")
        assert skipped is not None and skipped.get("message") == "no claims changed since HEAD~1"
        assert root.find("testsuite").get("skipped") == "1"


def test_changed_since_a_changed_suite_checks_every_claim(runner, project):
    _committed_then_docs_only(project)
    suite = project.root / "expectations" / "claims.json"
    suite.write_text(suite.read_text().replace('"expectations": [', '"expectations": [\n    {"type": '
                                               '"expect_column_values_to_be_unique", "kwargs": {"column": "id"}},', 1))
    result = runner.invoke(main, ["validate", str(project.root), "--changed-since", "HEAD", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claims"] == 2 and "2 claim(s) changed since HEAD" in result.stderr


def test_a_project_without_claims_passes_without_changed_since_too(runner, make_project):
    """It had exited 2 while report exited 0 and the README promised a successful validation of 0 claims."""
    maker = make_project()
    maker.source("a")
    result = runner.invoke(main, ["validate", str(maker.root), "--format", "junit"])
    assert result.exit_code == 0 and "no claims to validate" in result.stdout


def test_changed_since_an_unknown_revision_exits_2(runner, project):
    _git(project.root, "init", "-q")
    result = runner.invoke(main, ["validate", str(project.root), "--changed-since", "no-such-rev"])
    assert result.exit_code == 2 and "no-such-rev" in result.stderr


def test_changed_since_outside_a_git_repository_says_so(runner, project, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(project.root.parent))
    result = runner.invoke(main, ["validate", str(project.root), "--changed-since", "main"])
    assert result.exit_code == 2 and "not a git repository" in result.stderr and "['" not in result.stderr
    assert "run it inside the git repository" in result.stderr


def test_data_docs_are_written_and_load_nothing_from_the_network(runner, project, tmp_path):
    docs = tmp_path / "docs"
    result = runner.invoke(main, ["validate", str(project.root), "--docs", str(docs)])
    assert result.exit_code == 0, result.output
    pages = list(docs.rglob("*.html"))
    assert (docs / "index.html").is_file() and pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert 'src="http' not in text and "<link" not in text and "@import" not in text


def test_suggest_drafts_a_topic_suite_that_validates_and_never_overwrites(runner, project):
    result = runner.invoke(main, ["expectations", "suggest", str(project.root)])
    assert result.exit_code == 0, result.output
    draft = project.root / "expectations" / "defections.json"
    assert json.loads(draft.read_text())["expectations"]
    draft.write_text(draft.read_text().replace("{", "{ ", 1))
    before = draft.read_text()
    result = runner.invoke(main, ["expectations", "suggest", str(project.root), "--topic", "defections"])
    assert result.exit_code == 2 and draft.read_text() == before
    assert runner.invoke(main, ["validate", str(project.root)]).exit_code == 0


def test_the_ci_workflow_and_hooks_run_validate_and_report():
    import yaml

    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "claims.yml").read_text())
    commands = " ".join(step.get("run", "") for step in workflow["jobs"]["reconcile"]["steps"])
    assert "reconcile validate" in commands and "reconcile report" in commands and "--fail-on conflict" in commands
    # copied into a claims repository (no setup.cfg of reconcile's), it installs the package, not "." (which failed)
    install = next(step for step in workflow["jobs"]["reconcile"]["steps"] if "pip install" in step.get("run", ""))
    assert "$RECONCILE_PACKAGE" in install["run"] and install["env"]["RECONCILE_PACKAGE"]
    # never a bare "reconcile" (on PyPI, another project's package; N5 D2) nor a version no index has: a git
    # URL whose placeholders stop the job with an error until they are filled in
    package = install["env"]["RECONCILE_PACKAGE"]
    assert package.startswith("reconcile @ git+https://") and "OWNER" in package
    assert "::error" in install["run"] and "exit 2" in install["run"]
    hooks = {hook["id"]: hook for hook in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
    assert hooks["reconcile-validate"]["entry"] == "reconcile validate"
    assert "--fail-on conflict" in hooks["reconcile-report"]["entry"]
