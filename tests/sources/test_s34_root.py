"""SPEC §3: "The project root is the folder given, or the nearest folder above it that holds
sources/" (session 34: commands run from a project's subfolder did not find it)."""
from __future__ import annotations

import json
import os

import pytest
from click.testing import CliRunner

import reconcile
from conftest import claim
from reconcile.cli.main import main
from reconcile.errors import InputError


@pytest.fixture
def project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500))
    maker.source("b", claim(id="b1", value=109))
    (maker.root / "reports" / "2019").mkdir(parents=True)
    return maker.root


@pytest.mark.parametrize("where", ["sources", "reports", "reports/2019"])
def test_a_command_run_in_a_subfolder_finds_the_project_above_it(project, where, monkeypatch):
    monkeypatch.chdir(project / where)
    result = CliRunner().invoke(main, ["report", "--format", "json", "--no-validate", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert [c["id"] for c in json.loads(result.stdout)["claims"]] == ["a1", "b1"]
    assert CliRunner().invoke(main, ["validate"]).exit_code == 0


def test_a_subfolder_given_finds_the_project_above_it(project):
    frame = reconcile.normalize(reconcile.read(project / "reports" / "2019")).frame
    assert sorted(frame["id"]) == ["a1", "b1"]


def test_a_folder_with_no_project_above_it_is_an_error(tmp_path, monkeypatch):
    lonely = tmp_path / "nothing" / "here"
    lonely.mkdir(parents=True)
    with pytest.raises(InputError, match="has no sources/ folder, nor does any folder above it"):
        reconcile.read(lonely)
    monkeypatch.chdir(lonely)
    result = CliRunner().invoke(main, ["report"])
    assert result.exit_code == 2 and "reconcile init" in result.output


def test_the_nearest_project_is_taken(project):
    inner = project / "reports" / "inner"
    (inner / "sources").mkdir(parents=True)
    (inner / "sources" / "c.yaml").write_text("source: {id: c, name: C}\nclaims:\n  - {topic: defections, value: 7}\n",
                                              encoding="utf-8")
    (inner / "sources" / "_topics.yaml").write_text("topics:\n  - {id: defections, unit: people}\n", encoding="utf-8")
    (inner / "deeper").mkdir()
    frame = reconcile.normalize(reconcile.read(inner / "deeper")).frame
    assert list(frame["source"]) == ["c"]
    assert os.path.isdir(project / "sources")


# --- the Python API's bad arguments: ValueError or TypeError with a clear message (SPEC §6) -------------------------
@pytest.mark.parametrize("value, error, words", [(-1, ValueError, "0 or more"), ("a", TypeError, "whole number"),
                                                 (True, TypeError, "whole number"), (2.5, TypeError, "whole number")])
def test_a_bad_max_findings_is_a_clear_error(project, value, error, words):
    claims = reconcile.normalize(reconcile.read(project))
    with pytest.raises(error, match=words):
        reconcile.reconcile(claims, max_findings=value)
    with pytest.raises(error, match=words):
        reconcile.run(project, validate_suites=False, max_findings=value)


def test_validate_takes_one_suite_path_alone(project):
    import numpy as np

    from reconcile.pipeline import default_suite_path

    suite = default_suite_path()
    claims = reconcile.normalize(reconcile.read(project))
    assert reconcile.validate(claims, suites=str(suite)).success
    assert reconcile.validate(claims, suites=suite).success
    assert reconcile.reconcile(claims, max_findings=np.int64(1)).findings


# --- what a new user saw: a band without the float's noise, hints that read as written --------------------------
@pytest.mark.parametrize("text, lower, upper", [("about 0.3", 0.27, 0.33), ("about 1.1", 0.99, 1.21),
                                                ("nearly 1.1", 0.99, 1.1), ("just over 0.7", 0.7, 0.77),
                                                ("about 500", 450, 550)])
def test_a_band_is_written_without_the_floats_noise(text, lower, upper):
    result = CliRunner().invoke(main, ["parse", "--json", text])
    parsed = json.loads(result.stdout)
    assert (parsed["lower"], parsed["upper"]) == (lower, upper)


def test_a_claim_that_is_not_a_mapping_gets_a_hint_with_no_escape_in_it(make_project):
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: [5]\n")
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 2 and "\\n" not in result.stderr and "- {topic: ..., value: ...}" in result.stderr


@pytest.mark.parametrize("suites", [5, [5], [None]])
def test_validate_says_what_suites_must_be(project, suites):
    claims = reconcile.normalize(reconcile.read(project))
    with pytest.raises(TypeError, match="suites must be the path of a suite file, or a list of them"):
        reconcile.validate(claims, suites=suites)


@pytest.mark.parametrize("text, bound, value", [("nearly a third", "upper", 1 / 3),
                                                ("just over a third", "lower", 1 / 3),
                                                ("almost two-thirds", "upper", 2 / 3)])
def test_a_stated_bound_is_kept_as_it_is_beside_a_worked_out_one(text, bound, value):
    parsed = json.loads(CliRunner().invoke(main, ["parse", "--json", text]).stdout)
    assert parsed[bound] == value


def test_a_folder_with_no_sources_of_its_own_says_which_project_it_reads(project, monkeypatch):
    result = CliRunner().invoke(main, ["report", str(project / "reports" / "2019"), "--format", "json",
                                       "--no-validate", "--fail-on", "never"])
    assert result.exit_code == 0
    assert f"has no sources/ of its own: reading the project at {project}" in result.stderr
    monkeypatch.chdir(project / "sources")
    quiet = CliRunner().invoke(main, ["report", "--format", "json", "--no-validate", "--fail-on", "never"])
    assert "reading the project at" not in quiet.stderr
    assert "reading the project at" not in CliRunner().invoke(main, ["validate", str(project)]).stderr
