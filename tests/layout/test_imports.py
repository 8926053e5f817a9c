"""The package's imports run one way, from the model up to the command line (issue 10).

Every ``import`` of a reconcile module, at module level or inside a function (a lazy import
for start-up time is fine; one that dodges a cycle is not), is an edge of the graph below.
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "reconcile"

#: the stages in the order data passes through them; a module may import its own stage and
#: the ones before it, never one after it
LAYERS = (
    ("errors", "model"),
    ("runtime",),
    ("quantities",),
    ("sources",),
    ("claims",),
    ("expect",),
    ("conflicts",),
    ("estimates",),
    ("report", "extract"),
    ("pipeline",),
    ("engine",),
    ("cli", "__main__", "__init__"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__" and len(parts) > 1:
        parts.pop()
    return ".".join(parts)


def is_module(name: str) -> bool:
    path = PACKAGE.parent.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports(path: Path) -> set[str]:
    """The reconcile modules a file imports, anywhere in it, TYPE_CHECKING blocks aside."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            skip.update(id(child) for stmt in node.body for child in ast.walk(stmt))
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip:
            continue
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("reconcile."))
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("reconcile"):
            for alias in node.names:  # from package import submodule: an edge to the submodule
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if is_module(submodule) else node.module)
        elif isinstance(node, ast.ImportFrom) and node.level:
            raise AssertionError(f"{path}: relative import; write the absolute module path")
    return found


def graph() -> dict[str, set[str]]:
    return {module_name(p): imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_no_module_imports_a_later_stage():
    wrong = [f"{a} imports {b}" for a, targets in graph().items() for b in targets
             if RANK.get(stage(b), 99) > RANK.get(stage(a), -1)]
    assert not wrong, "imports against the data flow:\n" + "\n".join(sorted(wrong))


def test_every_stage_has_a_rank():
    stages = {stage(m) for m in graph()}
    assert stages <= set(RANK), f"add {sorted(stages - set(RANK))} to LAYERS"


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if target not in edges:
                continue
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return found


def test_there_is_no_import_cycle():
    edges = {name: targets for name, targets in graph().items() if name != "reconcile"}
    assert not cycles(edges), "modules that import each other:\n" + "\n".join(
        ", ".join(c) for c in cycles(edges))


def test_the_cycle_check_finds_a_cycle():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_only_expect_imports_great_expectations_and_only_cli_imports_click():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            modules = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                       [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for module in modules:
                top = module.split(".")[0]
                if top == "great_expectations" and stage(name) not in ("expect", "engine"):
                    wrong.append(f"{name} imports great_expectations")
                if top == "click" and stage(name) != "cli":
                    wrong.append(f"{name} imports click")
    assert not wrong, "\n".join(wrong)
