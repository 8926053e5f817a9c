"""Session 40: a breakdown part in the same scope as its total was counted in the total's
figure (SPEC §5b: "For each stated scope (breakdown parts aside)"): "100" as a part of "more
than 500", both of CO, made the estimate [100, inf) and, against an independent "200", a
value-agreement and an "agreed" estimate beside the value-conflict of 200 and "more than 500"."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _report(maker) -> dict:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _project(make_project, *others):
    maker = make_project()
    maker.source("mc", claim(id="tot", place="CO", value="more than 500"),
                 claim(id="nsa", place="CO-NSA", value=415, part_of="tot"),
                 claim(id="rest", place="CO", value=100, part_of="tot"), name="Migración Colombia")
    for other in others:
        maker.source(other["id"][0], other)
    return maker


def test_a_part_in_its_totals_scope_is_no_figure_of_it(make_project):
    report = _report(_project(make_project))
    (estimate,) = [e for e in report["estimates"] if e["place"] == "CO"]
    assert (estimate["lower"], estimate["upper"], estimate["lower_inclusive"]) == (500, None, False)
    assert estimate["status"] == "single-source"
    assert [c["id"] for c in estimate["claims"]] == ["tot"]
    (uncorroborated,) = [f for f in report["findings"] if f["kind"] == "uncorroborated"]
    assert uncorroborated["claims"] == ["tot"]


def test_a_part_makes_no_agreement_with_another_source(make_project):
    report = _report(_project(make_project, claim(id="b1", place="CO", value=200)))
    kinds = {(f["kind"], tuple(f["claims"])) for f in report["findings"]}
    assert ("value-conflict", ("b1", "tot")) in kinds
    assert not any(kind == "value-agreement" for kind, _ in kinds)
    (estimate,) = [e for e in report["estimates"] if e["place"] == "CO"]
    assert estimate["status"] == "disputed"
    assert (estimate["lower"], estimate["upper"]) == (200, None)
    assert sorted(c["id"] for c in estimate["claims"]) == ["b1", "tot"]


def test_a_part_of_another_scope_is_still_that_scopes_figure(make_project):
    # guard: the part of Norte de Santander is the figure of Norte de Santander beside another source's
    report = _report(_project(make_project, claim(id="n1", place="CO-NSA", value="about 400")))
    (estimate,) = [e for e in report["estimates"] if e["place"] == "CO-NSA"]
    assert sorted(c["id"] for c in estimate["claims"]) == ["n1", "nsa"]
