"""JSON that reconcile reads (ClaimReview JSON-LD, expectation suites): parsed by the standard
library within the limits of ``files.py`` (nesting, string size), duplicate keys an error
where they are written, and the line of every value for the messages (``json_lines``).
"""
from __future__ import annotations

import json
from json.decoder import scanstring as _scanstring  # type: ignore[attr-defined]  # public but absent from typeshed
import re
from typing import Any, Callable

from reconcile.errors import InputError, ReconcileError
from reconcile.sources.files import MAX_DEPTH, check_cell, deep_line, limit


def parse_json(text: str, display: str, error: type[ReconcileError] = InputError,
               where: Callable[[tuple[str | int, ...]], str] | None = None) -> Any:
    """A JSON document, or ``error`` naming the file and line: invalid JSON, a key written twice
    in one object (the last would silently win), ``NaN`` or ``Infinity`` (Python reads them; JSON
    has no such numbers), lists and objects nested deeper than ``MAX_DEPTH``, a number too long
    for Python (4,300 digits), a string above the cell limit. ``where``: the words that name a
    value by its path in the document, for the messages (default: its key)."""
    deep = deep_line(text)
    if deep is not None:
        raise error(f"lists and objects nest deeper than {MAX_DEPTH} levels", file=display, line=deep,
                    hint="check the brackets: reconcile's JSON files need a few levels")
    twice: list[bool] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        out = dict(items)
        if len(out) != len(items):
            twice.append(True)
        return out

    try:
        doc = json.loads(text, object_pairs_hook=pairs, parse_constant=_NotJSON)
    except json.JSONDecodeError as exc:
        raise error(f"invalid JSON: {exc.msg} (column {exc.colno})", file=display, line=exc.lineno,
                    hint="fix the JSON syntax") from exc
    except ValueError as exc:  # int(): more digits than Python converts (sys.get_int_max_str_digits)
        long = re.search(r"\d{1000,}", text)
        raise error("a number has too many digits to read", file=display,
                    line=text.count("\n", 0, long.start()) + 1 if long else None,
                    hint="write large numbers with fewer than 4,000 digits (or as text)") from exc
    except RecursionError as exc:  # deep_line counts brackets; this is for a smaller stack
        raise error("lists and objects nest too deeply to read", file=display,
                    hint="check the brackets: reconcile's JSON files need a few levels") from exc
    if twice:
        found: list[tuple[tuple[str | int, ...], int]] = []
        json_lines(text, found)
        path, line = found[0]
        raise error(f'key "{path[-1]}" is written twice in one object', file=display, line=line,
                    field=str(path[-1]), hint="keep one of them: JSON readers silently take the last")
    constant_at = _not_json(doc) if _CONSTANT.search(text) else None
    if constant_at is not None:
        at, constant = constant_at
        named = where(at) if where else (f'"{at[-1]}"' if at and isinstance(at[-1], str) else "a value")
        raise error(f"{named}: {constant} is not a JSON number", file=display, line=json_lines(text).get(at),
                    field=str(at[-1]) if at else None,
                    hint="write a number, or null where there is none")
    if len(text) > limit("cell"):
        _check_strings(doc, text, display)
    escape = _SURROGATE_ESCAPE.search(text)
    if escape and _holds_lone_surrogate(doc):  # half a character: no UTF-8 output can hold it
        raise error(f"a string holds half a character (a lone UTF-16 surrogate, near {escape.group()})",
                    file=display, line=text.count("\n", 0, escape.start()) + 1,
                    hint="write the character itself, or its complete surrogate pair")
    return doc


class _NotJSON(str):
    """``NaN``, ``Infinity`` or ``-Infinity`` as ``json.loads`` found it (it would read them as floats)."""


#: a constant json.loads reads though JSON has none (looked for only where the text may hold one)
_CONSTANT = re.compile(r"NaN|Infinity")


def _not_json(doc: Any) -> tuple[tuple[str | int, ...], str] | None:
    """The path of the first ``_NotJSON`` in a parsed document, in the order it is written, and its text."""
    todo: list[tuple[tuple[str | int, ...], Any]] = [((), doc)]
    while todo:
        path, value = todo.pop()
        if isinstance(value, _NotJSON):
            return path, str(value)
        items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(value, list) else ()
        todo.extend(reversed([((*path, key), item) for key, item in items]))
    return None


#: where JSON escapes a surrogate (\ud800-\udfff): a pair is fine, half of one is not
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")


def _holds_lone_surrogate(doc: Any) -> bool:
    try:
        json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _check_strings(doc: Any, text: str, display: str) -> None:
    """No string above the cell limit (only looked for in a file larger than the limit)."""
    cap, todo = limit("cell"), [doc]
    while todo:
        value = todo.pop()
        if isinstance(value, str) and len(value) > cap:
            at = text.find(json.dumps(value[:40], ensure_ascii=False)[:-1])
            check_cell(value, file=display, line=text.count("\n", 0, at) + 1 if at >= 0 else None)
        elif isinstance(value, dict):
            todo.extend(value.keys())
            todo.extend(value.values())
        elif isinstance(value, list):
            todo.extend(value)


def json_lines(text: str, duplicates: list | None = None) -> dict[tuple[str | int, ...], int]:
    """The line where each value of a JSON document starts, by its path: keys and list indices
    from the top (``()`` is the whole document, ``("expectations", 1)`` the second entry of its
    "expectations" list). Python's json gives no positions; error messages need them.

    ``text`` is JSON that has parsed (json.loads): this scan does not check it. Of a key written
    twice, the last value counts, as for json.loads; ``duplicates``, when given, receives
    (path, line) of each key written twice in one object."""
    lines: dict[tuple[str | int, ...], int] = {}
    stack: list[list[Any]] = []  # per open container: [its path, list index or None, last key, keys]
    expecting = True  # a value comes next (not a key, a separator or a closing bracket)
    line, counted = 1, 0
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c in " \t\r\n":
            i += 1
            continue
        if expecting and c != "]":
            expecting = False
            line += text.count("\n", counted, i)
            counted = i
            if not stack:
                path: tuple[str | int, ...] = ()
            else:
                top = stack[-1]
                path = (*top[0], top[1] if top[1] is not None else top[2])
            lines[path] = line
            if c == "{":
                stack.append([path, None, None, set()])
            elif c == "[":
                stack.append([path, 0, None, None])
                expecting = True
            elif c == '"':
                i = _scanstring(text, i + 1)[1]
                continue
            else:  # a number, true, false or null
                while i < n and text[i] not in ",]} \t\r\n":
                    i += 1
                continue
        elif c == '"':  # a key
            top = stack[-1]
            top[2], end = _scanstring(text, i + 1)
            if duplicates is not None:
                if top[2] in top[3]:
                    duplicates.append(((*top[0], top[2]), line + text.count("\n", counted, i)))
                top[3].add(top[2])
            i = end
            continue
        elif c == ":":
            expecting = True
        elif c == ",":
            if stack[-1][1] is not None:
                stack[-1][1] += 1
                expecting = True
        elif c in "}]":
            stack.pop()
            expecting = False
        i += 1
    return lines
