"""A refused ``--output`` is an error alone: the notes about what the write would be (a suffix that
names no format) are said once the report is written, not before a write that never happens (N3 D7)."""
import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["init", "p"]).exit_code == 0
    monkeypatch.chdir(tmp_path / "p")
    return tmp_path / "p"


@pytest.mark.parametrize("target", ["sources/example-agency.yaml", "sources/x.weird"])
def test_a_refused_output_prints_the_error_and_no_note(project, target):
    before = (project / "sources" / "example-agency.yaml").read_bytes()
    result = CliRunner().invoke(main, ["report", "--output", target, "--fail-on", "never"])
    assert result.exit_code == 2
    assert "Error:" in result.stderr and "Note:" not in result.stderr
    assert (project / "sources" / "example-agency.yaml").read_bytes() == before
    assert not (project / "sources" / "x.weird").exists()


def test_an_accepted_output_still_gets_its_note_after_it_is_written(project):
    result = CliRunner().invoke(main, ["report", "--output", "reports/r.weird", "--fail-on", "never"])
    assert result.exit_code == 0
    assert "Note: writing text into reports/r.weird" in result.stderr
    assert result.stderr.index("Wrote reports/r.weird") < result.stderr.index("Note:")
