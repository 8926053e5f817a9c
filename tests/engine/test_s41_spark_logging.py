"""The Spark driver's logging settings are a file the package ships, not one written at run time:
a file written to the temporary folder stayed there whenever the command was killed before its
clean-up ran (a scheduler's SIGTERM, the OOM killer)."""
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

from reconcile.engine.spark import _quiet_driver


def test_driver_logging_uses_the_shipped_file_and_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    tempfile.tempdir = None            # read TMPDIR again
    try:
        option = _quiet_driver()
    finally:
        tempfile.tempdir = None
    assert option.startswith("-Dlog4j2.configurationFile=file:")
    path = Path(unquote(urlparse(option.split("=", 1)[1]).path))
    assert path.is_file() and path.parent.name == "templates"
    assert "rootLogger.level = error" in path.read_text(encoding="utf-8")
    assert list(tmp_path.iterdir()) == []
