"""Session 39: an estimate of a scope that only echoes state names the origin they cite, as the
uncorroborated finding does; it had named the outlet ("only El Diario states it")."""
from __future__ import annotations

from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _text(maker) -> str:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never", "--no-color"])
    assert result.exit_code == 0, result.output
    return " ".join(result.stdout.split())


def test_one_echo_names_the_origin_it_cites(make_project):
    maker = make_project()
    maker.source("ministry", name="Ministerio", kind="government")
    maker.source("paper", claim(id="p1", place="VE", value=500, cites="ministry"), name="El Diario", kind="media")
    assert "only Ministerio states it (El Diario, citing it)" in _text(maker)


def test_two_echoes_name_the_origin_they_cite(make_project):
    maker = make_project()
    maker.source("ministry", name="Ministerio", kind="government")
    maker.source("one", claim(id="o1", place="VE", value=500, cites="ministry"), name="Paper One", kind="media")
    maker.source("two", claim(id="t1", place="VE", value=510, cites="ministry"), name="Paper Two", kind="media")
    assert "only Ministerio states it (Paper One and Paper Two, citing it)" in _text(maker)
