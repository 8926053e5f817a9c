"""Safe output files: never over or into the project's inputs, never through a symbolic link,
never half-written. The rule itself is ``runtime.writing`` (Data Docs use it too); this module
knows which files a command read."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from reconcile.runtime.writing import write_atomically
from reconcile.sources import project_roots

__all__ = ["input_files", "write_atomically", "use_color", "SUFFIX_FORMATS"]


def input_files(paths: tuple[str, ...], loaded: Any = None) -> set[Path]:
    """Every file and folder a run reads, so that --output never writes over or into one: the
    files read (``loaded.read``), and the sources/ and expectations/ of each project a path
    belongs to (its root as read, also when the path is one of its claim files)."""
    out: set[Path] = set(loaded.read) if loaded is not None else set()
    roots = {Path(loaded.root)} if loaded is not None else set()
    for raw in paths or (".",):
        path = Path(raw)
        if not path.is_dir():
            out.add(path.resolve())
        roots.update(project_roots(path))
    for root in roots:
        for sub in (root / "sources", root / "expectations"):
            out.add(sub.resolve())
            if sub.is_dir():
                out.update(p.resolve() for p in sub.rglob("*") if p.is_file())
    return out


#: --output suffix -> format, when --format is not given
SUFFIX_FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                  ".htm": "html", ".json": "json", ".csv": "csv", ".jsonld": "claimreview"}


def use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
