"""A currency in a topic that writes ``unit: count`` names that line to change, not a line to add
(N9 D5); a topic with no ``unit:`` still gets the line to add it after."""
from click.testing import CliRunner

from reconcile.cli.main import main

CLAIM = """source: {id: s, name: S}
claims:
  - topic: t
    value: "5 millones de dólares"
    lang: es
"""


def _error(tmp_path, monkeypatch, topics: str) -> str:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(topics, encoding="utf-8")
    (tmp_path / "sources" / "s.yaml").write_text(CLAIM, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["report"])
    assert result.exit_code == 2
    return result.stderr


def test_a_written_unit_count_is_named_with_its_line_to_change(tmp_path, monkeypatch):
    error = _error(tmp_path, monkeypatch, "topics:\n  - id: t\n    title: T\n    unit: count\n")
    assert "sources/s.yaml:4" in error
    assert 'topic "t" counts (unit: count)' in error and "has no unit" not in error
    assert 'in sources/_topics.yaml:4 change it to "unit: USD"' in error


def test_a_topic_without_unit_gets_the_line_to_add_it_after(tmp_path, monkeypatch):
    error = _error(tmp_path, monkeypatch, "topics:\n  - id: t\n    title: T\n")
    assert 'topic "t" has no unit: it counts' in error
    assert 'in sources/_topics.yaml:2 add "unit: USD"' in error
