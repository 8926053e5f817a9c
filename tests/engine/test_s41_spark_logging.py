"""The Spark driver's logging settings are a file the package ships, not one written at run time:
a file written to the temporary folder stayed there whenever the command was killed before its
clean-up ran (a scheduler's SIGTERM, the OOM killer)."""
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from conftest import claim

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


@pytest.mark.spark
def test_a_spark_run_prints_no_log_level_banner(make_project):
    """Spark printed 'Setting default log level to "WARN"' and how to change it on every run: its
    logger for the class that starts it from Python had no level of its own."""
    pytest.importorskip("pyspark")
    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    out = subprocess.run([sys.executable, "-m", "reconcile", "report", str(maker.root), "--engine", "spark",
                          "--spark-master", "local[1]", "--format", "json", "-o", str(maker.root / "r.json")],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr
    assert "log level" not in out.stderr and "setLogLevel" not in out.stderr, out.stderr
