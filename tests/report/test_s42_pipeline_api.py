"""The stages' Python API as a notebook user meets it (SPEC §6): short reprs, clear messages that name
what the caller passed, and the chain of stages equal to run()."""
from __future__ import annotations

import dataclasses

import pytest
from click.testing import CliRunner

import reconcile
from conftest import claim
from reconcile.cli.main import main


@pytest.fixture()
def project(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", place="CO", value=500, as_of="2019-03-07"))
    maker.source("b", claim(id="b1", place="CO", value=109, as_of="2019-03-07"))
    return maker.root


@pytest.fixture()
def many(make_project):
    """200 claims of one scope, all different: 19,900 conflicting pairs."""
    maker = make_project()
    for k in range(20):
        maker.source(f"s{k}", *[claim(id=f"c{k}-{j}", place="CO", as_of="2019-03-07", value=1000 + 10 * k + j)
                                for j in range(10)])
    return maker.root


def test_the_repr_of_a_report_of_many_findings_stays_short(many):
    claims = reconcile.normalize(reconcile.read(many))
    validation = reconcile.validate(claims)
    report = reconcile.reconcile(claims, validation, max_findings=0)   # every finding kept
    assert len(report.findings) == 19_900
    for shown in (report, report.summary, validation, report.findings[0], report.estimates[0], claims.project):
        assert len(repr(shown)) < 300, repr(shown)[:500]
    assert repr(report).startswith("Report(200 claims, 20 sources, 1 topic; findings: 19,900 conflict; ")
    assert "and 197 more" in repr(report.estimates[0])
    for method in ("hull", "truth-discovery"):
        assert len(repr(reconcile.estimate(report, method))) < 300


def test_short_reprs_keep_dataclass_equality(project):
    claims = reconcile.normalize(reconcile.read(project))
    one, two = reconcile.reconcile(claims), reconcile.reconcile(claims)
    assert one == two and one.findings[0] == dataclasses.replace(two.findings[0])
    assert one.findings[0] != dataclasses.replace(one.findings[0], gap=1.0)
    assert one.estimates == two.estimates


def test_a_finding_and_a_validation_say_what_they_are(project):
    claims = reconcile.normalize(reconcile.read(project))
    report = reconcile.reconcile(claims, reconcile.validate(claims))
    conflict = next(f for f in report.findings if f.kind == "value-conflict")
    assert repr(conflict) == "Finding(value-conflict, conflict, topic 'defections', claims a1, b1, gap=391, ratio=4.6)"
    assert repr(report.validation).startswith("Validation(2 claims, ")


def test_normalize_says_why_a_project_from_normalize_is_refused(project):
    claims = reconcile.normalize(reconcile.read(project))
    assert isinstance(claims.project, reconcile.Project)
    for stage in (reconcile.normalize, reconcile.validate, reconcile.reconcile):
        with pytest.raises(TypeError, match=r"it comes from normalize\(\) \(claims.project\) and no longer holds its "
                                            r"raw claims.* call reconcile.read\("):
            stage(claims.project)


@pytest.mark.parametrize("options, keyword, flag", [
    ({"review_url": "example.org/review"}, "review_url='example.org/review' is not an http(s) address",
     "--review-url example.org/review is not an http(s) address"),
    ({"publisher": ""}, "publisher= is empty", "--publisher is empty"),
    ({"publisher_url": "https://example.org"}, "publisher_url= is given without publisher=",
     "--publisher-url is given without --publisher"),
])
def test_an_option_is_named_as_the_caller_gave_it(project, options, keyword, flag):
    report = reconcile.reconcile(reconcile.normalize(reconcile.read(project)))
    with pytest.raises(reconcile.ReconcileError) as caught:
        reconcile.render(report, "claimreview", **options)
    assert str(caught.value).startswith(keyword) and "--" not in str(caught.value)
    args = ["report", str(project), "--format", "claimreview", "--fail-on", "never"]
    for name, value in options.items():
        args += ["--" + name.replace("_", "-"), value]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2 and result.stderr.startswith(f"Error: {flag}"), result.stderr
    assert "review_url=" not in result.stderr and "publisher=" not in result.stderr


@pytest.mark.parametrize("format", ["text", "json", "markdown", "csv"])
def test_the_chain_equals_run_for_a_project_with_no_claims(make_project, format):
    maker = make_project()
    maker.source("example-agency")
    claims = reconcile.normalize(reconcile.read(maker.root))
    chained = reconcile.render(reconcile.reconcile(claims, reconcile.validate(claims)), format)
    assert chained == reconcile.run(maker.root, format)
    assert "Expectations" not in chained and '"validation"' not in chained


@pytest.mark.parametrize("options", [{"validate_suites": "no"}, {"no_validate": "yes"}, {"no_color": "x"},
                                     {"no_validate": 1}])
def test_run_checks_the_type_of_every_flag(project, options):
    name = next(iter(options))
    with pytest.raises(TypeError, match=f"{name} must be True or False"):
        reconcile.run(project, "text", **options)


def test_run_lists_every_option_it_takes_as_known(project):
    with pytest.raises(TypeError, match="unknown option") as caught:
        reconcile.run(project, "text", bogus=1)
    known = str(caught.value).split("known: ")[1].split(", ")
    for name in ("validate_suites", "no_validate", "resolve", "fail_on", "no_color", "engine", "max_findings",
                 "color", "width", "review_url", "publisher", "publisher_url"):
        assert name in known
