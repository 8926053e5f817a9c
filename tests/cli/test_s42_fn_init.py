"""``reconcile init ""`` (an unset variable) is an error, not a project in the current folder (N8 D7)."""
import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


@pytest.mark.parametrize("directory", ["", "  "])
def test_init_with_an_empty_dir_is_an_error_that_names_the_fix(tmp_path, monkeypatch, directory):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init", directory])
    assert result.exit_code == 2
    assert "DIR is empty" in result.stderr and "reconcile init ." in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_init_with_no_dir_still_scaffolds_the_current_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["init"])
    assert result.exit_code == 0 and (tmp_path / "sources" / "_topics.yaml").is_file()
