"""Session 41, bad input a new user tried (exit 2 naming the file, line, field and the fix):
- a required name made only of spaces (or a tab) named nothing and was taken ("Only     states a figure");
- a list inside a list field ("aliases: [[Migration Colombia], x]") was told "must be text, not a list",
  the opposite of the fix for a field that is a list."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


def _run(maker):
    return CliRunner().invoke(main, ["report", str(maker.root), "--no-validate"])


@pytest.mark.parametrize("name", ["   ", "\t", "\u00a0"])
def test_a_source_name_of_spaces_is_missing(make_project, name):
    maker = make_project()
    maker.source("agency", claim(id="a1", value=5), name=name)
    result = _run(maker)
    assert result.exit_code == 2
    assert 'sources/agency.yaml:' in result.output and 'missing required field "name" in source' in result.output


def test_a_place_name_of_spaces_is_missing(make_project):
    maker = make_project()
    maker.places({"id": "CO-ORI", "name": "  ", "parent": "CO"})
    maker.source("agency", claim(id="a1", value=5))
    result = _run(maker)
    assert result.exit_code == 2
    assert 'sources/_places.yaml:' in result.output and 'missing required field "name" in place' in result.output


@pytest.mark.parametrize("field", ["aliases", "population"])
def test_a_list_in_a_list_field_says_to_write_text_entries(make_project, field):
    maker = make_project()
    if field == "aliases":
        maker.source("agency", claim(id="a1", value=5), aliases=[["Migration Colombia"], "x"])
    else:
        maker.source("agency", claim(id="a1", value=5, population=[["soldiers"], "police"]))
    result = _run(maker)
    assert result.exit_code == 2
    assert f'an entry of field "{field}" is a list' in result.output
    assert f"{field}: [a, b]" in result.output


def test_a_duplicate_source_id_says_what_to_do(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    maker.write("sources/b.yaml", {"source": {"id": "a", "name": "Other"}})
    result = _run(maker)
    assert result.exit_code == 2
    assert 'duplicate source id "a"' in result.output and "give this source another id" in result.output


@pytest.mark.parametrize(("key", "written"), [("null", "null"), ("true", "true")])
def test_a_key_yaml_reads_as_no_text_is_named_as_written(make_project, key, written):
    maker = make_project()
    (maker.root / "sources" / "a.yaml").write_text(
        f"source: {{id: a, name: A}}\nclaims:\n  - {{topic: defections, value: 1, {key}: 2}}\n", encoding="utf-8")
    result = _run(maker)
    assert result.exit_code == 2
    assert f"a key must be text, not {written}" in result.output and f'quote it ("{written}": ...)' in result.output


def test_an_unknown_parent_is_named_at_its_own_line(make_project):
    """A bad parent pointed at the entry's first line (its id), not the parent: line."""
    maker = make_project()
    (maker.root / "sources" / "_places.yaml").write_text(
        "places:\n  - id: CO-XYZ\n    name: Xyz\n    aliases: [Equis]\n    parent: Nowhere\n", encoding="utf-8")
    maker.source("agency", claim(id="a1", value=5))
    result = _run(maker)
    assert result.exit_code == 2
    assert 'sources/_places.yaml:5: parent "Nowhere"' in result.output


def test_a_loop_of_parents_is_named_at_a_parent_line(make_project):
    maker = make_project()
    (maker.root / "sources" / "_places.yaml").write_text(
        "places:\n  - id: CO-AAA\n    name: Aaa\n    parent: CO-BBB\n"
        "  - id: CO-BBB\n    name: Bbb\n    parent: CO-AAA\n", encoding="utf-8")
    maker.source("agency", claim(id="a1", value=5))
    result = _run(maker)
    assert result.exit_code == 2
    assert "loop" in result.output
    assert "sources/_places.yaml:4:" in result.output or "sources/_places.yaml:7:" in result.output
