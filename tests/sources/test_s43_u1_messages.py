"""Messages for mistakes a new user made in source files (U1, session 43): a second YAML document,
a via that is a declared source's name with a typo, a field name with a no-break space, a unit
that is a number."""
import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

SOURCE = """source:
  id: agency
  name: Agency
claims:
  - topic: t
    value: 500
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text("topics:\n  - id: t\n    title: T\n    unit: people\n",
                                                       encoding="utf-8")
    (tmp_path / "sources" / "save-the-children.yaml").write_text(
        "source: {id: save-the-children, name: Save the Children}\nclaims: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _error(project, source: str, topics: str | None = None) -> str:
    (project / "sources" / "agency.yaml").write_text(source, encoding="utf-8")
    if topics is not None:
        (project / "sources" / "_topics.yaml").write_text(topics, encoding="utf-8")
    result = CliRunner().invoke(main, ["report"])
    assert result.exit_code == 2, result.output
    return result.stderr


@pytest.mark.parametrize("tail", ["---\n", "---\nsource: {id: x, name: X}\n"])
def test_a_second_yaml_document_is_named_with_its_line_and_the_fix(project, tail):
    error = _error(project, SOURCE + tail)
    assert "sources/agency.yaml:7: a second YAML document starts here" in error
    assert "a file holds one YAML document: delete this line" in error
    assert "but found" not in error and "indentation, quotes, colons" not in error


def test_a_via_whose_slug_is_a_declared_source_only_asks_did_you_mean(project):
    error = _error(project, SOURCE + "    via: Save the Children.\n")
    assert 'did you mean "save-the-children"?' in error
    assert "declare it in sources/save-the-children.yaml" not in error


def test_an_unknown_via_with_no_suggestion_says_how_to_declare_it(project):
    error = _error(project, SOURCE + "    cites: 5\n")
    assert "names no known source; declare it in sources/5.yaml" in error


def test_a_no_break_space_in_a_field_name_is_escaped_and_named(project):
    error = _error(project, SOURCE.replace("    value: 500", "    value\u00a0: 500"))
    assert 'unknown field "value\\xa0" in claim' in error
    assert 'U+00A0 NO-BREAK SPACE, which does not print as itself: retype the name as "value"' in error


def test_a_unit_that_is_a_number_is_refused_at_its_line(project):
    error = _error(project, SOURCE, "topics:\n  - id: t\n    title: T\n    unit: 5\n")
    assert 'sources/_topics.yaml:4: unit "5" is a number' in error
