"""The progress bar: on a terminal after a delay, never in a pipe."""
from __future__ import annotations

import io
import time

from click.testing import CliRunner

from conftest import REPO
from reconcile.cli.main import main
from reconcile.runtime.progress import Progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_long_run_on_a_terminal_shows_the_stage_and_clears_it():
    stream = Terminal()
    with Progress(("reading", "reconciling"), stream=stream, delay=0) as progress:
        progress.stage("reconciling")
        time.sleep(0.5)
    out = stream.getvalue()
    assert "2/2 reconciling" in out and "[##########----------]" in out
    assert out.endswith("\r\x1b[2K")


def test_a_short_run_prints_nothing():
    stream = Terminal()
    with Progress(("reading",), stream=stream, delay=60) as progress:
        progress.stage("reading")
    assert stream.getvalue() == ""


def test_never_in_a_pipe():
    stream = io.StringIO()  # not a terminal
    with Progress(("reading",), stream=stream, delay=0) as progress:
        progress.stage("reading")
        time.sleep(0.3)
    assert stream.getvalue() == ""


def test_the_cli_report_in_a_pipe_has_no_progress_on_stderr():
    result = CliRunner().invoke(main, ["report", str(REPO), "--no-validate", "--fail-on", "never"])
    assert result.exit_code == 0 and result.stderr == ""
