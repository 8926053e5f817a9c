"""A source or topic id longer than a file name can be is refused where it is declared, with its
file and line (N5 D3): it names files that ``extract`` and ``expectations suggest`` write, which
had failed later with "File name too long" and a fix about permissions."""
from click.testing import CliRunner

from reconcile.cli.main import main

MAX_DECLARED_ID = 200   # reconcile.model.names.MAX_DECLARED_ID

LONG = "m" * 300


def _project(tmp_path, source_id="s", topic_id="t"):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text(f"topics:\n  - id: {topic_id}\n    title: T\n", encoding="utf-8")
    (tmp_path / "sources" / "s.yaml").write_text(
        f"source:\n  name: S\n  id: {source_id}\nclaims:\n  - topic: {topic_id}\n    value: 5\n", encoding="utf-8")


def test_a_long_source_id_is_refused_at_its_line(tmp_path, monkeypatch):
    _project(tmp_path, source_id=LONG)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["report"])
    assert result.exit_code == 2
    assert "sources/s.yaml:3" in result.stderr and "source id is 300 characters long" in result.stderr
    assert f"at most {MAX_DECLARED_ID} characters" in result.stderr


def test_a_long_topic_id_is_refused_at_its_line(tmp_path, monkeypatch):
    _project(tmp_path, topic_id="t" * 300)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["validate"])
    assert result.exit_code == 2
    assert "sources/_topics.yaml:2" in result.stderr and "topic id is 300 characters long" in result.stderr


def test_the_longest_allowed_ids_still_name_files_suggest_can_write(tmp_path, monkeypatch):
    _project(tmp_path, source_id="s" * MAX_DECLARED_ID, topic_id="t" * MAX_DECLARED_ID)
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["report"]).exit_code == 0
    result = CliRunner().invoke(main, ["expectations", "suggest"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "expectations" / f"{'t' * MAX_DECLARED_ID}.json").is_file()
