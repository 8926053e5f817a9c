"""The one rule for every file reconcile writes (reports, Data Docs, drafted suites).

- Never over or into the project's inputs (a file read, ``sources/``, ``expectations/``).
- Never through a symbolic link: a link committed in a pull request (``reports/r.md ->
  ~/.bashrc``) would otherwise make a report replace a file outside the checkout, and a
  dangling one would create it. A link to a pipe or a terminal (``/dev/stdout``) is written
  into, as there is nothing to replace.
- Never half-written: the text goes to a hidden temporary file beside the target
  (``.NAME.PID.XXXX``), renamed over it at the end. An error, Ctrl-C, SIGTERM or SIGHUP (see
  ``cli.main.run``) removes it; one left by a killed run (SIGKILL, a power cut) is removed by
  the next write of the same name once its process is gone.
"""
from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from pathlib import Path
from typing import Iterable, Mapping

from reconcile.errors import OutputError

__all__ = ["refuse_inputs", "refuse_link", "write_atomically", "write_folder", "temp_prefix",
           "remove_stale"]


def _holds_sources(folder: Path) -> bool:
    """``folder`` is a project's root (SPEC §3: a folder that holds sources/), also when its sources/ is a link."""
    return os.path.isdir(folder / "sources") or os.path.islink(folder / "sources")


def refuse_inputs(path: Path, inputs: set[Path], target: str) -> None:
    """An error when ``path`` (resolved) is one of the inputs or lies inside one of them."""
    path = path.resolve()
    if path in inputs or any(parent in inputs for parent in path.parents):
        raise OutputError("refusing to write over or beside the project's inputs", file=target,
                          hint="write reports elsewhere, e.g. reports/report.html")


def refuse_link(path: Path, target: str) -> None:
    """An error when ``path`` itself is a symbolic link (followed or dangling), or a folder on
    the way to it is one that lies below the current folder or inside a project: a project's
    committed ``reports -> ~/.ssh`` must not take ``--output reports/r.md`` out of it, whether
    the command runs in the project, beside it (``../proj/reports/r.md``) or names it by an
    absolute path. Inside a project means below the nearest folder above the target that holds
    sources/ (a linked folder's own sources/ does not count: ``reports -> ../other-project``
    lies inside this one). Other folders above the current one, and those of an absolute path
    outside any project, are the user's own and not checked (on macOS /tmp and /var are links)."""
    if os.path.islink(path):   # False for a name the system refuses (too long): the write says why
        raise OutputError("refusing to write through a symbolic link", file=target,
                          hint="remove the link or give the path of a real file")
    here = Path(os.getcwd())
    full = Path(os.path.abspath(path))
    links: list[Path] | None = []   # linked folders below the nearest project's root, until it is met
    for folder in full.parents:
        if os.path.islink(folder):
            if folder != here and here in folder.parents:
                _refuse_linked_folder(folder, target)
            if links is not None:
                links.append(folder)
        elif links is not None and _holds_sources(folder):  # the nearest project: a link below it lies inside it
            if links:
                _refuse_linked_folder(links[-1], target)
            links = None


def _refuse_linked_folder(folder: Path, target: str) -> None:
    raise OutputError(f"refusing to write through a symbolic link ({folder} is one)", file=target,
                      hint="remove the link or give the path of a real folder")


def temp_prefix(name: str) -> str:
    """The prefix of this process's temporary files for ``name``: ``.NAME.PID.``"""
    return f".{name}.{os.getpid()}."


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process: alive
        return True
    return True


def remove_stale(folder: Path, name: str) -> None:
    """Remove temporary files for ``name`` that a killed run left in ``folder``: those whose
    process is gone. A run in progress elsewhere keeps its own."""
    start = f".{name}."
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(start):
            continue
        pid, _, rest = entry.name[len(start):].partition(".")
        if not pid.isdigit() or not rest or _alive(int(pid)):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)
            else:
                os.unlink(entry.path)
        except OSError:
            pass


def _public(path: str) -> None:
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)  # mkstemp makes it private; a report is an ordinary file


def write_atomically(target: str, text: str | Iterable[str], inputs: set[Path]) -> None:
    """Write (text, or chunks of it) to a temporary file beside the target, then rename: never
    a half-written report. ``-`` is standard output; a pipe or a terminal (also through a link,
    ``/dev/stdout``) is written into; any other symbolic link is refused."""
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
            with open(target, "w", encoding="utf-8", errors="backslashreplace", newline="") as handle:
                handle.writelines(chunks)
        except OSError as exc:
            raise OutputError(f"cannot write report ({exc.strerror})", file=target) from exc
        return
    refuse_link(Path(target), target)
    path = Path(target).resolve()
    refuse_inputs(path, inputs, target)
    if path.is_dir():
        raise OutputError("--output is a folder", file=target, hint="give a file name")
    if not path.parent.is_dir():
        raise OutputError(f"folder {path.parent} does not exist", file=target, hint="create it first")
    remove_stale(path.parent, path.name)
    try:
        fd, tmp = tempfile.mkstemp(prefix=temp_prefix(path.name), dir=path.parent)
    except OSError as exc:
        raise OutputError(f"cannot write report ({exc.strerror})", file=target,
                          hint="choose a folder you can write to") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="backslashreplace", newline="") as handle:
            handle.writelines(chunks)
        _public(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write report ({exc.strerror})", file=target) from exc
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_folder(directory: Path, pages: Mapping[str, str], inputs: set[Path]) -> None:
    """Write ``pages`` (file name -> text) into ``directory``: all of them into a temporary
    folder inside it first, then each renamed into place. A failing or interrupted run leaves
    every existing page as it was, never empty."""
    target = str(directory)
    refuse_link(directory, target)
    refuse_inputs(directory, inputs, target)
    for name in pages:
        refuse_link(directory / name, str(directory / name))
    try:
        directory.mkdir(parents=True, exist_ok=True)
        remove_stale(directory, "pages")
        tmp = Path(tempfile.mkdtemp(prefix=temp_prefix("pages"), dir=directory))
    except OSError as exc:
        raise OutputError(f"cannot write into the folder ({exc.strerror})", file=target,
                          hint="choose a folder you can write to") from exc
    try:
        for name, text in pages.items():
            (tmp / name).write_text(text, encoding="utf-8", errors="backslashreplace")
            _public(str(tmp / name))
        for name in pages:
            os.replace(tmp / name, directory / name)
    except OSError as exc:
        raise OutputError(f"cannot write into the folder ({exc.strerror})", file=target,
                          hint="choose a folder you can write to") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
