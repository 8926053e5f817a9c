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
