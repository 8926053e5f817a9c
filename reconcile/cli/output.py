"""Safe output files: never over or into the project's inputs, never half-written."""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import Any, Iterable

from reconcile.errors import OutputError


def input_files(paths: tuple[str, ...], loaded: Any = None) -> set[Path]:
    """Every file and folder a run reads, so that --output never writes over or into one: the
    files read (``loaded.read``), and the sources/ and expectations/ of each project a path
    belongs to (its root as read, also when the path is one of its claim files)."""
    out: set[Path] = set(loaded.read) if loaded is not None else set()
    roots = {Path(loaded.root)} if loaded is not None else set()
    for raw in paths or (".",):
        path = Path(raw)
        if path.is_dir():
            roots.add(path.parent if path.name == "sources" else path)
        else:
            out.add(path.resolve())
            roots.update(parent.parent for parent in path.resolve().parents if parent.name == "sources")
    for root in roots:
        for sub in (root / "sources", root / "expectations"):
            out.add(sub.resolve())
            if sub.is_dir():
                out.update(p.resolve() for p in sub.rglob("*") if p.is_file())
    return out


#: --output suffix -> format, when --format is not given
SUFFIX_FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                  ".htm": "html", ".json": "json", ".csv": "csv", ".jsonld": "claimreview"}


def write_atomically(target: str, text: str | Iterable[str], inputs: set[Path]) -> None:
    """Write (text, or chunks of it) to a temporary file beside the target, then rename: never
    a half-written report. ``-`` is standard output; a symbolic link is followed (the link
    stays, its target gets the report); a pipe or a device is written to as it is."""
    chunks = [text] if isinstance(text, str) else text
    if target == "-":
        sys.stdout.writelines(chunks)
        sys.stdout.flush()
        return
    try:  # a pipe or a device, also through a link (/dev/stdout): nothing to replace, write into it
        mode = os.stat(target).st_mode
    except OSError:
        mode = 0
    if mode and (stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):
        try:
            with open(target, "w", encoding="utf-8", newline="") as handle:
                handle.writelines(chunks)
        except OSError as exc:
            raise OutputError(f"cannot write report ({exc.strerror})", file=target) from exc
        return
    path = Path(target).resolve()
    if path in inputs or path.parent in inputs:
        raise OutputError("refusing to write over or beside the project's inputs", file=target,
                          hint="write reports elsewhere, e.g. reports/report.html")
    if path.is_dir():
        raise OutputError("--output is a folder", file=target, hint="give a file name")
    if not path.parent.is_dir():
        raise OutputError(f"folder {path.parent} does not exist", file=target, hint="create it first")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write report ({exc.strerror})", file=target,
                          hint="choose a folder you can write to") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.writelines(chunks)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write report ({exc.strerror})", file=target) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()
