"""Errors that stop reconcile from running.

Findings are results, not exceptions; these mean "cannot continue". Every error
says what failed, where (file:line, field) and how to fix it. ``cli.py`` turns
them into a message on stderr and exit code 2, in one place.
"""
from __future__ import annotations


class ReconcileError(Exception):
    """Base class: reconcile cannot continue because of its input or options."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, hint: str | None = None) -> None:
        self.message = message
        self.file = file
        self.line = line
        self.field = field
        self.hint = hint
        super().__init__(self.format())

    def format(self) -> str:
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text


class InputError(ReconcileError):
    """A source, topic, place or claim file is malformed or inconsistent."""


class QuantityError(ReconcileError):
    """A stated value cannot be parsed into an interval."""

    def __init__(self, text: str, reason: str = "cannot parse stated value", **kw) -> None:
        self.text = text
        kw.setdefault("hint", "write it as a number, a comparative (\"more than 500\"), "
                              "a range (\"between 95,000 and 150,000\") or an approximation (\"about 100\")")
        super().__init__(f"{reason}: {text!r}", **kw)


class ExpectationError(ReconcileError):
    """An expectation suite is malformed or cannot run."""


class OutputError(ReconcileError):
    """A report cannot be written where asked."""
