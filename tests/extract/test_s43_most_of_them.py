"""A part told with how much of the set it is: "Most of them, 415, crossed in Norte de Santander" is part_of
the "more than 500" before it, as "Of them, 415" is (U7 D10; the motivating case's own wording)."""
import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main

TEXT = ("date: 2019-03-05\n\nMore than 500 Venezuelan soldiers and police have crossed into Colombia since "
        "February 23, Colombia's migration authority said on Monday. {opening} crossed in Norte de Santander, the "
        "agency said.\n")


@pytest.mark.parametrize("opening", ["Most of them, 415,", "Most of them (415)", "The majority of them, 415,",
                                     "Of them, 415"])
def test_most_of_them_is_a_part_of_the_total_before(tmp_path, monkeypatch, opening):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT.format(opening=opening), encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", "a.txt", "-o", "out"]).exit_code == 0
    claims = [c for p in sorted((tmp_path / "out" / "sources").glob("*.yaml")) if not p.name.startswith("_")
              for c in yaml.safe_load(p.read_text(encoding="utf-8")).get("claims") or []]
    total, part = claims
    assert part["part_of"] == total["id"] and part["population"] == ["police", "soldiers"]
