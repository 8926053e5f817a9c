"""Look-alike identifiers: text that prints like another but is not equal to it.

``example-total`` and ``example-total`` followed by U+200B ZERO WIDTH SPACE are two claim ids
that print the same; ``ｅxample`` (a fullwidth letter) looks like ``example``. Ids, sources and
topics are how files name each other, so reconcile refuses them where they are written, naming
the character: invisible format characters (Unicode category Cf) in any id or name, and, in
ids (a claim's ``id``, ``topic`` and ``part_of``), any character that NFKC normalization would
change. Names (a source's name and aliases, ``source``, ``via`` and ``cites``) are matched
ignoring case and accents, so only the invisible characters are refused there.
"""
from __future__ import annotations

import unicodedata
import re
from typing import Any

from reconcile.errors import InputError

#: claim fields that hold an id (compared exactly) and fields that hold a source's name or id
ID_FIELDS = ("id", "topic", "part_of")
NAME_FIELDS = ("source", "via", "cites")


def describe(char: str) -> str:
    """U+200B ZERO WIDTH SPACE; U+001B (a control character), which Unicode gives no name."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}" if name else f"U+{ord(char):04X} (a control character)" \
        if unicodedata.category(char) == "Cc" else f"U+{ord(char):04X} unnamed character"


#: a control character in an id (any) and in a name (but tab and line ends, which a YAML block scalar gives
#: it): one search per id or name, and per table column
_CONTROL = {True: re.compile("[\x00-\x1f\x7f-\x9f]"), False: re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")}


def mixed_scripts(text: str) -> str | None:
    """" (it mixes CYRILLIC and LATIN letters)" when the letters of ``text`` come from several
    scripts ("Минздрaв" with a Latin "a": a name that looks like another and is not it); else None."""
    scripts = {unicodedata.name(ch, "").split(" ")[0] for ch in text if ch.isalpha()}
    scripts.discard("")
    return f" (it mixes {' and '.join(sorted(scripts))} letters)" if len(scripts) > 1 else None


def lookalike(text: str, strict: bool) -> str | None:
    """What makes ``text`` a look-alike (None when nothing does): a control character (ESC, BEL:
    they print as nothing, or move the cursor), an invisible format character, or (``strict``, for
    ids) a character NFKC normalization changes."""
    control = _CONTROL[strict].search(text)
    if control is not None:
        return f"the control character U+{ord(control.group()):04X}"
    if text.isascii():
        return None
    for char in text:
        if unicodedata.category(char) == "Cf":
            return f"the invisible character {describe(char)}"
    if strict and unicodedata.normalize("NFKC", text) != text:
        for end in range(1, len(text) + 1):  # the first character whose normalization differs
            head = unicodedata.normalize("NFKC", text[:end])
            if head != text[:end]:
                char = text[end - 1]
                if unicodedata.combining(char):
                    return (f"{describe(char)} written apart from the letter before it (NFKC normalization "
                            f"joins them: \"{head[-1]}\")")
                return (f"{describe(char)}, a variant of \"{unicodedata.normalize('NFKC', char)}\" (NFKC "
                        "normalization changes it)")
    return None


def _shown(text: str) -> str:
    """``text`` as a message quotes it: a character that does not print as itself (invisible,
    combining, or one NFKC normalization changes) as an escape ("\\u200b"), the rest, accents
    included, as written ("Migración")."""
    return "".join(ch if unicodedata.category(ch) not in ("Cf", "Mn", "Me")
                   and unicodedata.normalize("NFKC", ch) == ch
                   else ch.encode("ascii", "backslashreplace").decode() for ch in text)


def check_text(value: Any, *, field: str, file: str | None, line: int | None, strict: bool | None = None) -> None:
    """An InputError when ``value`` (an id or a name, by ``field``) is a look-alike."""
    if not isinstance(value, str):
        return
    problem = lookalike(value, field in ID_FIELDS if strict is None else strict)
    if problem:
        raise InputError(f'{field} "{_shown(value)}" contains {problem}',
                         file=file, line=line, field=field,
                         hint="delete it (a copied terminal colour or a stray key): it prints as nothing or moves "
                              "the cursor" if problem.startswith("the control")
                         else "retype it: ids and names that print alike must be equal")


def check_claim(item: dict, lines: dict[str, int], file: str, line: int) -> None:
    """The id and name fields of one claim as written in YAML."""
    for field in ID_FIELDS + NAME_FIELDS:
        check_text(item.get(field), field=field, file=file, line=lines.get(field, line))


#: ``_CONTROL`` for the bytes of ASCII text (the UTF-8 of a control character above 0x7f is not ASCII)
_CONTROL_BYTES = {strict: re.compile(pattern.pattern.encode("latin-1")) for strict, pattern in _CONTROL.items()}


def plain_ascii(column: Any, strict: bool) -> bool:
    """Whether a pandas column of Arrow text holds only ASCII text without a control character
    (``_CONTROL[strict]``), read from the bytes of its Arrow buffers in two passes of C: no str is
    made per cell, and no pandas string method runs (each costs more than a small table's bytes).
    False when unsure (another kind of column): the caller then looks cell by cell."""
    import pyarrow as pa

    try:
        chunked = column.array.__arrow_array__()
    except (AttributeError, TypeError):
        return False
    control = _CONTROL_BYTES[strict]
    for chunk in getattr(chunked, "chunks", [chunked]):
        kind = chunk.type
        if not (pa.types.is_string(kind) or pa.types.is_large_string(kind)):
            return False
        if len(chunk) == 0:
            continue
        _, offsets, data = chunk.buffers()[:3]
        if data is None:
            continue
        width = 8 if pa.types.is_large_string(kind) else 4
        ends = memoryview(offsets)[:(chunk.offset + len(chunk) + 1) * width].cast("q" if width == 8 else "i")
        # the bytes of every cell of the chunk (an empty cell's none; a null's, if any, looked at too)
        text = bytes(memoryview(data)[ends[chunk.offset]:ends[chunk.offset + len(chunk)]])
        if not text.isascii() or control.search(text):
            return False
    return True


def check_table(frame: Any, file: str) -> None:
    """The id and name columns of a table, per distinct non-ASCII value (a column of ASCII
    text, the usual one, is passed over in one pass: of its Arrow bytes (``plain_ascii``), or of
    ``str.isascii``, a flag CPython keeps)."""
    import pandas as pd

    for field in ID_FIELDS + NAME_FIELDS:
        if field not in frame.columns:
            continue
        column = frame[field]
        control = _CONTROL[field in ID_FIELDS]
        if isinstance(column.dtype, pd.StringDtype):   # Arrow's text (Parquet): one pass, no str per cell
            if plain_ascii(column, field in ID_FIELDS):
                continue
            if not bool(column.str.contains(control.pattern, regex=True).fillna(False).any()) \
                    and bool((column.str.isascii() | column.isna()).all()):
                continue
        elif control.search(" ".join(v for v in column.tolist() if isinstance(v, str))) is None \
                and all(value.isascii() if isinstance(value, str) else True for value in column.tolist()):
            continue
        text = column.astype(str)
        wide = (~text.str.isascii().fillna(True) | text.str.contains(control.pattern, regex=True).fillna(False)) \
            .to_numpy(dtype=bool)
        if not wide.any():
            continue
        values = column.to_numpy(dtype=object)
        for value in pd.unique(values[wide]):
            if isinstance(value, str) and lookalike(value, field in ID_FIELDS):
                row = int((wide & (values == value)).argmax())
                check_text(value, field=field, file=file, line=int(frame["_line"].iloc[row]))
