"""A stage progress bar on stderr for long runs: only on a terminal, only after a delay.

A run of a few thousand claims finishes before the delay and prints nothing; a large one shows
``[#####-----] 2/4 normalizing claims (3 s)`` on one self-rewriting line, cleared at the end.
Never in a pipe or a file: stderr must be a terminal.
"""
from __future__ import annotations

import sys
import threading
import time
from typing import IO, Sequence


class Progress:
    def __init__(self, stages: Sequence[str], *, enabled: bool | None = None, delay: float = 1.5,
                 stream: IO[str] | None = None, width: int = 20) -> None:
        self.stream = stream or sys.stderr
        self.stages = list(stages)
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.delay = delay
        self.width = width
        self.index = -1
        self.started = time.monotonic()
        self.shown = False
        self._done = threading.Event()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> "Progress":
        if self.enabled:
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def stage(self, name: str) -> None:
        self.index = self.stages.index(name) if name in self.stages else self.index + 1

    def line(self) -> str:
        done = max(self.index, 0)
        filled = self.width * done // max(len(self.stages), 1)
        name = self.stages[self.index] if 0 <= self.index < len(self.stages) else ""
        elapsed = time.monotonic() - self.started
        return (f"[{'#' * filled}{'-' * (self.width - filled)}] {done + 1}/{len(self.stages)} "
                f"{name} ({elapsed:.0f} s)")

    def _run(self) -> None:
        while not self._done.wait(0.2):
            if time.monotonic() - self.started >= self.delay:
                self.stream.write("\r\x1b[2K" + self.line())
                self.stream.flush()
                self.shown = True

    def finish(self) -> None:
        """Stop and clear the bar (at once, not at the end of the block: before a report is
        written to the same terminal, whose first line it would otherwise run into)."""
        self._done.set()
        if self._thread:
            self._thread.join()
            self._thread = None
        if self.shown:
            self.stream.write("\r\x1b[2K")
            self.stream.flush()
            self.shown = False

    def __exit__(self, *exc: object) -> None:
        self.finish()
