"""No module of the package binds one name twice at its top level: a second ``_REGION_AFTER = ...`` further
down a long module silently replaces the first for every function that reads it, and every test of the first
then fails far from the cause. A rebinding that reads the name it replaces (``_X = {fold(k): v for k, v in
_X.items()}``) is a deliberate refinement and allowed."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "reconcile"


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None:
        return [node.target.id]
    if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
        return [node.name]
    return []


def _reads(node: ast.stmt, name: str) -> bool:
    value = getattr(node, "value", None)
    return value is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(value))


def rebound_names(source: str) -> list[tuple[str, int]]:
    """(name, line) of each top-level binding of a name already bound, that does not read it."""
    seen: set[str] = set()
    out = []
    for node in ast.parse(source).body:
        for name in _bound(node):
            if name in seen and not _reads(node, name):
                out.append((name, node.lineno))
            seen.add(name)
    return out


def test_the_check_finds_a_name_bound_twice_and_allows_a_refinement():
    assert rebound_names("import re\nA = re.compile('a')\ndef f():\n    return A\nA = re.compile('b')\n") == [("A", 5)]
    assert rebound_names("A = {'x': 1}\nA = {k.upper(): v for k, v in A.items()}\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_module_binds_a_top_level_name_twice(path):
    assert rebound_names(path.read_text(encoding="utf-8")) == []
