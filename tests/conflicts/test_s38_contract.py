"""Session 38: what new users found against SPEC §5b's truth-discovery wording."""
from __future__ import annotations

import json

from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _run(maker, fmt: str = "text") -> str:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                       "--resolve", "truth-discovery", "--no-color", "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_two_sources_weighed_alike_are_not_one_outweighing_the_other(make_project):
    """"about 100" and "120", each weighed 0.5, point 115: the text had said "B backs it; outweighed: A"."""
    maker = make_project()
    maker.source("a", claim(id="a1", place="AR", value="about 100"), name="A")
    maker.source("b", claim(id="b1", place="AR", value=120), name="B")
    (estimate,) = json.loads(_run(maker, "json"))["estimates"]
    assert [c["weight"] for c in estimate["claims"]] == [0.5, 0.5]
    text = " ".join(_run(maker).split())
    assert "outweighed" not in text
    assert "weighed as much: A (about 100)" in text


def test_a_via_of_the_claimants_own_outlet_is_no_other_outlet(make_project):
    """extract writes via on the outlet's own claims; beside a claim of the outlet written by hand with no via, the
    same statement's two figures are a value-conflict of one outlet, not a quotation-mismatch of two."""
    maker = make_project()
    scope = dict(place="CO", as_of="2019-03-07", stated_on="2019-03-07")
    maker.source("news", claim(id="n1", value=500, via="news", **scope), claim(id="n2", value=109, **scope),
                 name="News")
    report = json.loads(_run(maker, "json"))
    assert [f["kind"] for f in report["findings"] if f["verdict"] == "conflict"] == ["value-conflict"]
    assert "quotation-mismatch" not in {f["kind"] for f in report["findings"]}
