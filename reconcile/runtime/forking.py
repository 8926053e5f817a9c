"""Work done in a forked child meanwhile, its result read back from a temporary file.

A child forked from this process shares its memory page by page (copy on write): what the
work reads needs no pickling, only what it gives back does. Unlike ``runtime.parallel``'s
spawned helpers, nothing is imported again, so no entry point needs guarding; the work must
touch no state that threads of this process may hold locked (pandas and Arrow: prepare plain
Python data before forking). The child ends with ``os._exit``: none of this process's exit
handlers, buffers or helpers are run or flushed twice; it ends too when this process is gone
(``parallel.exit_with_parent``).
"""
from __future__ import annotations

import os
import pickle
import tempfile
from typing import IO, Any, Callable

from reconcile.runtime.parallel import exit_with_parent, usable_cpus


def can_fork() -> bool:
    """Whether this machine can fork a child worth having (POSIX, two CPUs or more)."""
    return hasattr(os, "fork") and usable_cpus() >= 2


class Child:
    """A forked child writing to the file ``path``."""

    def __init__(self, pid: int, path: str) -> None:
        self.pid, self.path = pid, path
        self.ended: bool | None = None   # once waited for: whether it finished its work

    def wait(self) -> bool:
        """Wait for the child; whether it finished its work (its file is then complete)."""
        if self.ended is None:
            try:
                _, status = os.waitpid(self.pid, 0)
                self.ended = os.waitstatus_to_exitcode(status) == 0
            except OSError:
                self.ended = False
        return self.ended

    def result(self) -> Any:
        """What the child pickled (``start(..., pickled)``), or None when it failed; the file removed."""
        try:
            if not self.wait():
                return None
            with open(self.path, "rb") as handle:
                return pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError):
            return None
        finally:
            self.remove()

    def stop(self) -> None:
        """End the child now if it is still at work (this process failed or gave up on it),
        and remove its file."""
        import signal

        if self.ended is None:   # not waited for: its pid is still its own
            try:
                os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass
            self.wait()
        self.remove()

    def remove(self) -> None:
        try:
            os.unlink(self.path)
        except OSError:
            pass


def start(write: Callable[[IO[bytes]], Any]) -> Child | None:
    """``write(file)`` in a forked child, into a temporary file opened for binary writing;
    None when no child can be forked."""
    try:
        handle, path = tempfile.mkstemp(prefix="reconcile-", suffix=".part")
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(handle)
        Child(0, path).remove()
        return None
    if pid == 0:   # the child
        code = 1
        try:
            exit_with_parent()
            with os.fdopen(handle, "wb") as out:
                write(out)
            code = 0
        finally:
            os._exit(code)
    os.close(handle)
    return Child(pid, path)
