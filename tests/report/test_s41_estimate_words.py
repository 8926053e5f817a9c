"""Session 41: an estimate's sentence names origins as the reconciler traced them (SPEC §5: "the
sources of a loop of citations are one origin (named by the smallest id)"; "within one stated scope
each origin counts once"). The sentence had read each claim's own ``cites`` one step: a loop of two
sources was "only Alfa Ministry states it (Zeta Agency, citing it); set aside: Alfa Ministry", naming
as the only source the one it set aside; two outlets citing one agency were three agreeing sources
with a third; and one outlet's own figure and a figure it cites were one name that "agree"."""
from __future__ import annotations

from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _estimates(maker, *options: str) -> str:
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate", "--fail-on", "never",
                                       "--format", "markdown", *options])
    assert result.exit_code == 0, result.output
    return next(line for line in result.stdout.splitlines() if "Estimate (" in line)


def test_a_citation_loop_is_one_origin_named_by_the_smallest_id(make_project):
    maker = make_project()
    maker.source("m", claim(id="m1", place="VE", value=50, cites="z"), name="Zeta Agency")
    maker.source("z", claim(id="z1", place="VE", value=50, cites="m"), name="Alfa Ministry")
    line = _estimates(maker)
    assert "only Zeta Agency states it;" in line
    assert "set aside: Alfa Ministry (50)" in line


def test_outlets_citing_one_agency_count_as_that_agency_once(make_project):
    maker = make_project()
    maker.source("x", name="X")
    maker.source("e", claim(id="e1", place="EC", value=700, cites="x"), name="E")
    maker.source("g", claim(id="g1", place="EC", value="680-720", cites="x"), name="G")
    maker.source("h", claim(id="h1", place="EC", value="about 700"), name="H")
    assert "the sources agree: X (cited by E and G) and H agree." in _estimates(maker)


def test_one_outlets_own_figure_and_a_figure_it_cites_are_two_origins(make_project):
    maker = make_project()
    maker.source("medicina-legal", name="Medicina Legal")
    maker.source("el-tiempo", claim(id="t1", place="CO", value=100),
                 claim(id="t2", place="CO", value="unos 100", lang="es", cites="medicina-legal"), name="El Tiempo")
    line = _estimates(maker)
    assert "the sources agree: El Tiempo and Medicina Legal (cited by El Tiempo) agree." in line


def test_a_chain_of_citations_names_its_end(make_project):
    """Outlet B cites C, which cites A with every claim there: A's figure, through B."""
    maker = make_project()
    maker.source("a", name="Agency A")
    maker.source("c", claim(id="c1", place="CO", value=80, cites="a"), name="Outlet C")
    maker.source("b", claim(id="b1", place="CO", value=80, cites="c"), name="Outlet B")
    line = _estimates(maker)
    assert "only Agency A states it (" in line and "citing it)" in line


def test_prefer_names_the_preferred_figure_not_one_source_that_agree(make_project):
    """"the sources agree: Dos agree" (a plural verb for one name) under --resolve prefer."""
    maker = make_project({"id": "defections", "title": "Defections", "unit": "people", "prefer": ["dos"]})
    maker.source("uno", claim(id="u1", place="CO", value=100), name="Uno")
    maker.source("dos", claim(id="d1", place="CO", value="about 100"), name="Dos")
    line = _estimates(maker, "--resolve", "prefer")
    assert "Dos's figure, preferred; set aside: Uno (100), not the preferred figure." in line
    assert "Dos agree" not in line
