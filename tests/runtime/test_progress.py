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


def test_finish_clears_the_bar_at_once_and_the_block_writes_nothing_after():
    stream = Terminal()
    with Progress(("reading", "rendering"), stream=stream, delay=0) as progress:
        progress.stage("rendering")
        time.sleep(0.5)
        progress.finish()
        cleared = stream.getvalue()
        assert cleared.endswith("\r\x1b[2K")
        time.sleep(0.3)
    assert stream.getvalue() == cleared


def test_the_report_is_written_to_the_terminal_only_once_the_bar_is_cleared(monkeypatch):
    """On a terminal the report's first line had run into the bar ('(5 s)# Reconciliation report')."""
    import reconcile.cli.main as cli

    made: list[Progress] = []

    class Shown(Progress):
        def __init__(self, stages, **kw):
            super().__init__(stages, stream=Terminal(), delay=0)
            made.append(self)

    states: list[tuple] = []
    real = cli.write_report

    def write(*args, **kw):
        states.append((made[-1]._thread, made[-1].shown))
        return real(*args, **kw)

    monkeypatch.setattr(cli, "Progress", Shown)
    monkeypatch.setattr(cli, "write_report", write)
    result = CliRunner().invoke(main, ["report", str(REPO), "--no-validate", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert states == [(None, False)]
