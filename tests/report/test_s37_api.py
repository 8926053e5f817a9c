"""The Python API as a new user calls it (SPEC §6 "Python API": bad arguments raise ReconcileError,
TypeError or ValueError with a clear message; session 37)."""
from __future__ import annotations

import pytest

import reconcile
from conftest import REPO


@pytest.fixture(scope="module")
def seed():
    claims = reconcile.normalize(reconcile.read(REPO))
    return claims, reconcile.reconcile(claims)


def test_run_takes_the_commands_no_validate_and_names_its_own_options(tmp_path):
    assert reconcile.run(REPO, "json", no_validate=True) == reconcile.run(REPO, "json", validate_suites=False)
    with pytest.raises(TypeError) as info:
        reconcile.run(REPO, "json", output=str(tmp_path / "x.json"), fail_on="never")
    message = str(info.value)
    assert message.startswith("run() got unknown option(s) output")   # (fail_on is taken since session 38)
    assert "validate_suites" in message and "resolve" in message and "write the text run returns" in message
    with pytest.raises(ValueError, match="unknown method 'median'"):
        reconcile.run(REPO, resolve="median")


def test_read_and_run_given_what_is_already_read_say_so(seed):
    claims, report = seed
    for call, given in ((reconcile.read, claims), (reconcile.run, claims), (reconcile.read, report)):
        with pytest.raises(TypeError, match=f"not a {type(given).__name__}"):
            call(given)


def test_reconcile_refuses_the_validation_of_other_claims(seed, make_project):
    """A report of 2 claims had said "Expectations: all 24 passed", the seed's outcome."""
    claims, _ = seed
    validation = reconcile.validate(claims)
    maker = make_project()
    maker.source("a", {"topic": "defections", "value": 5}, {"topic": "defections", "value": 6})
    other = reconcile.normalize(reconcile.read(maker.root))
    with pytest.raises(ValueError, match=f"validation is of {len(claims)} claims, not of these 2"):
        reconcile.reconcile(other, validation)
    assert reconcile.reconcile(claims, validation).validation is validation


@pytest.mark.parametrize("options, error", [
    ({"width": "80"}, TypeError), ({"width": 0}, ValueError), ({"width": -5}, ValueError),
    ({"color": "yes"}, TypeError), ({"publisher": 5, "review_url": "https://x.org/r"}, TypeError),
])
def test_render_options_of_the_wrong_type_are_named(seed, options, error):
    _, report = seed
    with pytest.raises(error, match=next(iter(options))):
        reconcile.render(report, "claimreview" if "publisher" in options else "text", **options)


def test_a_python_int_past_the_float_range_is_a_quantity_error():
    with pytest.raises(reconcile.ReconcileError, match="too large"):
        reconcile.parse_quantity(10**400)


def test_an_estimate_names_its_stated_scope_and_claims_as_the_json_does(seed):
    _, report = seed
    for estimate in report.estimates:
        written = estimate.to_dict()
        assert (estimate.topic, estimate.population, estimate.criterion, estimate.place, estimate.as_of,
                estimate.claims) == (written["topic"], written["population"], written["criterion"],
                                     written["place"], written["as_of"], written["claims"])


def test_a_sources_conflicts_left_unlisted_by_max_findings_are_a_lower_bound(make_project):
    """Five sources in 10 value-conflicts: with --max-findings 1 the table had said Source 2 had 0."""
    maker = make_project()
    for n, value in enumerate((10, 20, 40, 80, 160), start=1):
        maker.source(f"s{n}", {"id": f"c{n}", "topic": "defections", "value": value})
    claims = reconcile.normalize(reconcile.read(maker.root))
    from reconcile.report.estimates import source_rows

    bounded = {row["id"]: row["conflicts"] for row in source_rows(reconcile.reconcile(claims, max_findings=1))}
    assert bounded == {"s1": "1+", "s2": "0+", "s3": "0+", "s4": "0+", "s5": "1+"}
    exact = {row["id"]: row["conflicts"] for row in source_rows(reconcile.reconcile(claims, max_findings=0))}
    assert exact == {f"s{n}": 4 for n in range(1, 6)}
