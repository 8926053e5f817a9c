"""Errors that stop reconcile from running.

Findings are results, not exceptions; these mean "cannot continue". Every error
says what failed, where (file:line, field) and how to fix it. ``cli.py`` turns
them into a message on stderr and exit code 2, in one place.
"""
from __future__ import annotations

import re
import shlex
from typing import Callable

#: characters that act on a terminal instead of showing: C0 and C1 controls (ESC starts the
#: sequences that set the clipboard, OSC 52, or hide a link, OSC 8), DEL, line and paragraph
#: separators, bidirectional marks, embeddings, overrides and isolates (text that reads
#: backwards), and lone surrogates (they cannot be encoded, so printing them is a traceback)
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escape(text: object) -> str:
    """``text`` safe to print on a terminal: every control, bidi or unpaired-surrogate
    character written as a visible escape (``\\x1b``, ``\\u202e``), the rest as it is.
    The one escaping for messages that quote input (file names, fields, values, headers)."""
    return _UNSAFE.sub(_visible, text if isinstance(text, str) else str(text))


class ReconcileError(Exception):
    """Base class: reconcile cannot continue because of its input or options.

    Everything it holds is escaped (``escape``): a message quotes input (a field name, a
    place, a CSV header, a file name), and input may hold terminal escape sequences."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 field: str | None = None, hint: str | None = None) -> None:
        self.message = escape(message)
        self.file = None if file is None else escape(file)
        self.line = line
        self.field = None if field is None else escape(field)
        self.hint = None if hint is None else escape(hint)
        super().__init__(self.format())

    def format(self, command: bool = False) -> str:
        """The message, with where and how to fix it. ``command``: for the command line, whose
        options are flags (``OptionError``)."""
        where = ""
        if self.file:
            where = f"{self.file}:{self.line}: " if self.line else f"{self.file}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f"; {self.hint}"
        return text


#: how an option is named, and how an example of it is written: ``review_url=`` in Python, ``--review-url`` on the
#: command line (option, example or None) -> words
Naming = Callable[[str, "str | None"], str]


def keyword(option: str, example: str | None = None) -> str:
    """An option as the Python API takes it: ``review_url=``, ``publisher='El Diario'``."""
    return f"{option}=" if example is None else f"{option}={example!r}"


def flag(option: str, example: str | None = None) -> str:
    """An option as the command line takes it: ``--review-url``, ``--publisher 'El Diario'``."""
    name = "--" + option.replace("_", "-")
    return name if example is None else f"{name} {shlex.quote(example)}"


class OptionError(ReconcileError):
    """A bad option, named as the caller gave it: as a keyword (``review_url=``) by the Python API,
    as a flag (``--review-url``) by the command line (``format(command=True)``). ``words`` gives
    the message and the hint for a way of naming options (``keyword`` or ``flag``)."""

    def __init__(self, words: Callable[[Naming], tuple[str, str]], option: str) -> None:
        message, hint = words(flag)
        self._command = ReconcileError(message, field=flag(option), hint=hint)
        message, hint = words(keyword)
        super().__init__(message, field=option, hint=hint)

    def format(self, command: bool = False) -> str:
        return self._command.format() if command else super().format()


class InputError(ReconcileError):
    """A source, topic, place or claim file is malformed or inconsistent."""


class QuantityError(ReconcileError):
    """A stated value cannot be parsed into an interval."""

    def __init__(self, text: str, reason: str = "cannot parse stated value", **kw) -> None:
        self.text = text
        self.reason = reason
        kw.setdefault("hint", "write it as a number, a comparative (\"more than 500\"), "
                              "a range (\"between 95,000 and 150,000\") or an approximation (\"about 100\")")
        shown = text if len(text) <= 1000 else f"{text[:200]}...{text[-40:]} ({len(text):,} characters)"
        super().__init__(f"{reason}: {shown!r}", **kw)


class ExpectationError(ReconcileError):
    """An expectation suite is malformed or cannot run."""


class OutputError(ReconcileError):
    """A report cannot be written where asked."""


class EngineError(ReconcileError):
    """The engine asked for cannot run: unknown, not installed, or it failed to start."""
