"""Safe YAML reading that keeps the line of every key.

PyYAML's safe loader (libyaml's C parser where installed, for speed) builds the node tree;
we turn nodes into plain values ourselves so that every mapping remembers where each of its
keys was written. Anchors, aliases and merge keys (``<<: *defaults``) work, but the expansion
has a budget proportional to the file's size (4 nodes and 20 characters per character of the
file, at least 1,000 nodes and 1 MB), so an alias bomb ("billion laughs", or a thousand claims
aliasing one long quote) fails at once with an error instead of eating the machine's memory;
an alias inside itself, nesting deeper than ``files.MAX_DEPTH`` and a value above the cell
limit are errors too. Only true and false are booleans (as in YAML 1.2): yes, no, on and off
stay text, so that NO is Norway's ISO code.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from reconcile.errors import InputError
from reconcile.sources.files import MAX_DEPTH, check_cell, limit, parsing
from reconcile.runtime.gcpause import gc_paused

try:  # libyaml is an optional C extension of PyYAML
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader

_STR = "tag:yaml.org,2002:str"
_NUMBER_TAGS = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_BOOL = "tag:yaml.org,2002:bool"


class Mapping(dict):
    """A dict that knows the line of the mapping and of each key (1-based)."""

    line: int = 0
    lines: dict[str, int]


class Sequence(list):
    line: int = 0
    lines: list[int]


class Number(str):
    """A plain scalar YAML would read as a number, kept as written ("1.200" stays "1.200")."""


def parse_yaml(text: str, display: str) -> Any:
    """Parse YAML text safely into Mapping/Sequence/scalars with line numbers."""
    with gc_paused():  # 4x faster on a large file: its nodes are acyclic
        return _load(text, display)


def _escape(code: int) -> str:
    """How a YAML double-quoted string writes the character ``code``."""
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def _load(text: str, display: str) -> Any:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        lines = text.splitlines()
        tab = mark is not None and mark.line < len(lines) and "\t" in lines[mark.line][:mark.column + 1]
        if problem == "exceeded maximum nesting depth":   # libyaml's own limit (1,000 levels), met before ours
            raise InputError(f"lists and mappings nest deeper than {MAX_DEPTH} levels", file=display, line=line,
                             hint="reconcile's files need a few levels: check the indentation and brackets") from exc
        if exc.context == "expected a single document in the stream":   # PyYAML's "but found another document"
            raise InputError("a second YAML document starts here (a line \"---\")", file=display, line=line,
                             hint="a file holds one YAML document: delete this line (and what follows it, or "
                                  "move that to a file of its own)") from exc
        raise InputError(f"invalid YAML: {problem}", file=display, line=line,
                         hint="indent with spaces: YAML does not allow tabs" if tab else
                              "fix the YAML syntax (indentation, quotes, colons)") from exc
    except yaml.reader.ReaderError as exc:   # a character YAML refuses: its line, and what to do
        line = text.count("\n", 0, exc.position) + 1 if isinstance(exc.position, int) else None
        code = exc.character if isinstance(exc.character, int) else ord(str(exc.character)[:1] or "?")
        kind = {"Cc": "a control character", "Cs": "half of a surrogate pair"}.get(unicodedata.category(chr(code)),
                                                                                  "a noncharacter")
        raise InputError(f"invalid YAML: the character U+{code:04X} is not allowed ({kind})", file=display,
                         line=line, hint="delete it, or write it as an escape inside double quotes "
                                         f"(\"{_escape(code)}\")") from exc
    except yaml.YAMLError as exc:
        raise InputError(f"invalid YAML: {exc}", file=display) from exc
    except RecursionError as exc:  # PyYAML's pure-Python composer, without libyaml
        raise InputError(f"lists and mappings nest deeper than {MAX_DEPTH} levels", file=display,
                         hint="reconcile's files need a few levels: check the indentation and brackets") from exc
    finally:
        loader.dispose()
    if node is None:
        return None
    budget = _Budget(nodes=1_000 + 4 * len(text), left=max(1 << 20, 20 * len(text)), cell=limit("cell"))
    with parsing(display, "the YAML file"):
        return _convert(node, loader, display, budget)


@dataclass
class _Budget:
    """What the expansion of one file may still take: nodes, characters (``left``), the longest
    value (``cell``), and the ids of the container nodes being expanded (deeper is an error,
    and a node inside itself is an alias that contains itself)."""

    nodes: int
    left: int
    cell: int
    open: set[int] = field(default_factory=set)


def _convert(node: yaml.Node, loader: Any, display: str, budget: _Budget, field_name: str | None = None,
             what: str = "the value") -> Any:
    """A node as plain values; ``field_name``: the key it is the value of (or an item of), and
    ``what`` it is, for the error of a value above the cell limit."""
    line = node.start_mark.line + 1
    budget.nodes -= 1
    budget.left -= len(node.value) + 1 if isinstance(node, yaml.ScalarNode) else 1
    if budget.left < 0 or budget.nodes < 0:
        raise InputError("YAML aliases expand to far more data than the file holds (an alias bomb?)",
                         file=display, line=line,
                         hint="write the values out instead of aliasing them: expanded aliases may take at "
                              "most twenty times the file's size")
    # (not !!binary either: bytes are no text, and were shown as "b'more than 500'")
    if not node.tag.startswith("tag:yaml.org,2002:") or node.tag.startswith(("tag:yaml.org,2002:python/",
                                                                              "tag:yaml.org,2002:binary")):
        raise InputError(f"unsupported YAML tag {node.tag}", file=display, line=line,
                         hint="remove the !tag: reconcile files hold plain text, numbers, lists and mappings")
    if isinstance(node, yaml.ScalarNode):
        if len(node.value) > budget.cell:
            check_cell(node.value, file=display, line=line, field=field_name, what=what)
        return _scalar(node, loader, display, line)
    if id(node) in budget.open:
        raise InputError("a YAML alias contains itself", file=display, line=line,
                         hint="an anchor (&name) cannot be used (*name) inside its own value")
    if len(budget.open) >= MAX_DEPTH:
        raise InputError(f"lists and mappings nest deeper than {MAX_DEPTH} levels", file=display, line=line,
                         hint="reconcile's files need a few levels: check the indentation and brackets")
    budget.open.add(id(node))
    try:
        return _container(node, loader, display, budget, field_name)
    finally:
        budget.open.discard(id(node))


def _scalar(node: yaml.ScalarNode, loader: Any, display: str, line: int) -> Any:
    if node.tag == _STR:
        return node.value
    if node.tag in _NUMBER_TAGS:
        return Number(node.value)
    if node.tag == _TIMESTAMP:  # kept as written: the reader checks the date and names the field
        return node.value
    if node.tag == _BOOL and not node.style and node.value.lower() not in ("true", "false"):
        return node.value  # YAML 1.1's yes/no/on/off are text, as in YAML 1.2: NO is Norway
    try:
        return loader.construct_object(node, deep=True)
    except (yaml.YAMLError, ValueError, OverflowError) as exc:
        raise InputError(f"cannot read value {node.value!r}: {exc}", file=display, line=line) from exc


def _container(node: yaml.Node, loader: Any, display: str, budget: _Budget,
               field_name: str | None = None) -> Any:
    if isinstance(node, yaml.SequenceNode):
        what = f'an item of "{field_name}"' if field_name else "a list item"
        seq = Sequence(_convert(item, loader, display, budget, field_name, what) for item in node.value)
        seq.line = node.start_mark.line + 1
        seq.lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    mapping = Mapping()
    mapping.line = node.start_mark.line + 1
    mapping.lines = {}
    merged_keys: set[str] = set()
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        if key_node.tag == "tag:yaml.org,2002:merge":
            merged = _convert(value_node, loader, display, budget)
            for part in merged if isinstance(merged, list) else [merged]:
                if not isinstance(part, Mapping):
                    raise InputError("a merge key (<<) must name a mapping", file=display, line=line)
                for name, value in part.items():
                    if name not in mapping:
                        mapping[name] = value
                        mapping.lines[name] = line
                        merged_keys.add(name)
            continue
        key = _convert(key_node, loader, display, budget, what="a key")
        if not isinstance(key, str):
            # YAML reads a bare null, true or 12 as such, not as a name: say it as the file writes it
            written = "null" if key is None else str(key).lower() if isinstance(key, bool) else repr(key)
            raise InputError(f"a key must be text, not {written}", file=display, line=line,
                             hint=f'quote it ("{written}": ...) or use a field name')
        if key in mapping and key not in merged_keys:
            raise InputError(f'duplicate field "{key}"', file=display, line=line,
                             hint=f"keep one \"{key}\" (the first is on line {mapping.lines[key]})")
        name = key if len(key) <= 64 else f"{key[:60]}..."   # a key that long is a mistake: named, not quoted whole
        mapping[key] = _convert(value_node, loader, display, budget, name, f'the "{name}" value')
        mapping.lines[key] = line
    return mapping
