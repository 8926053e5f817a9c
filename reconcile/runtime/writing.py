"""The one rule for every file reconcile writes (reports, Data Docs, drafted suites).

- Never over or into the project's inputs (a file read, a table's folder of parts, ``sources/``,
  ``expectations/``); a report or Data Docs never into any project's ``sources/`` or
  ``expectations/``. A refusal's hint names the project's reports/ as seen from the current folder.
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

__all__ = ["refuse_inputs", "refuse_link", "refuse_project_folders", "refuse_target", "remove_stale",
           "temp_prefix", "write_atomically", "write_folder"]


def _holds_sources(folder: Path) -> bool:
    """``folder`` is a project's root (SPEC §3: a folder that holds sources/), also when its sources/ is a link."""
    return os.path.isdir(folder / "sources") or os.path.islink(folder / "sources")


def _project_of(path: Path) -> Path | None:
    """The nearest folder at or above ``path`` that holds sources/, or None."""
    return next((folder for folder in (path, *path.parents) if _holds_sources(folder)), None)


def _elsewhere(folder: Path, example: str) -> str:
    """A place to write instead, as the user would type it from the current folder: ``example``
    (``report.md``, ``docs``) in the reports/ folder of the project ``folder`` belongs to. From a
    project's sources/, "reports/report.html" would name sources/reports/ again."""
    root = _project_of(Path(os.path.abspath(folder)))
    if root is None:
        return example
    suggestion = root / "reports" / example
    try:
        return os.path.relpath(suggestion)
    except ValueError:  # another drive (Windows)
        return str(suggestion)


def refuse_inputs(path: Path, inputs: set[Path], target: str, example: str = "report.html") -> None:
    """An error when ``path`` (resolved) is one of the inputs or lies inside one of them.
    ``example``: the file or folder name the hint suggests in the project's reports/."""
    path = path.resolve()
    if path in inputs or any(parent in inputs for parent in path.parents):
        raise OutputError("refusing to write over or beside the project's inputs", file=target,
                          hint=f"write it elsewhere, e.g. {_elsewhere(path.parent, example)}")


def refuse_project_folders(path: Path, target: str, example: str = "report.html") -> None:
    """An error when ``path`` (resolved) is, or lies inside, the sources/ or expectations/ folder
    of any project (a folder that holds sources/), not only of the one read: a report written
    as p2/sources/agency.yaml would replace that project's source file, and Data Docs in
    p4/expectations/ would be read as its suites. For reports and Data Docs; ``init``,
    ``extract`` and ``expectations suggest`` write such folders on purpose."""
    path = path.resolve()
    for folder in (path, *path.parents):
        if folder.name in ("sources", "expectations") and _holds_sources(folder.parent):
            raise OutputError(f"refusing to write into a project's {folder.name}/ ({folder}): reconcile never "
                              "writes over or into a project's sources or suites", file=target,
                              hint=f"write it elsewhere, e.g. {_elsewhere(folder.parent, example)}")


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


def refuse_target(target: str, inputs: set[Path], example: str | None = None, report: bool = False) -> Path:
    """The checks ``write_atomically`` makes of a file before writing it (a link, an input, a
    folder; with ``report``, any project's sources/ or expectations/), for a command that writes
    several files to make of each before it writes the first; the resolved path. ``example``:
    the file name a refusal suggests (default: report.SUFFIX)."""
    refuse_link(Path(target), target)
    path = Path(target).resolve()
    example = example or f"report{path.suffix or '.html'}"
    refuse_inputs(path, inputs, target, example)
    if report:
        refuse_project_folders(path, target, example)
    if path.is_dir():
        raise OutputError("--output is a folder", file=target, hint="give a file name")
    return path


def write_atomically(target: str, text: str | Iterable[str], inputs: set[Path], example: str | None = None,
                     report: bool = False) -> None:
    """Write (text, or chunks of it) to a temporary file beside the target, then rename: never
    a half-written report. ``-`` is standard output; a pipe or a terminal (also through a link,
    ``/dev/stdout``) is written into; any other symbolic link is refused. ``report``: a report,
    which never goes into any project's sources/ or expectations/ (``init``, ``extract`` and
    ``expectations suggest`` write there on purpose); ``example``: see ``refuse_target``."""
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
    path = refuse_target(target, inputs, example, report)
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
    every existing page as it was, never empty, and removes the folders it made for them."""
    target = str(directory)
    refuse_link(directory, target)
    refuse_inputs(directory, inputs, target, "docs")
    refuse_project_folders(directory, target, "docs")
    for name in pages:
        refuse_link(directory / name, str(directory / name))
    made = [folder for folder in (directory, *directory.parents) if not os.path.lexists(folder)]
    tmp: Path | None = None
    moved: list[Path] = []
    try:
        directory.mkdir(parents=True, exist_ok=True)
        remove_stale(directory, "pages")
        tmp = Path(tempfile.mkdtemp(prefix=temp_prefix("pages"), dir=directory))
        for name, text in pages.items():
            (tmp / name).write_text(text, encoding="utf-8", errors="backslashreplace")
            _public(str(tmp / name))
        for name in pages:
            os.replace(tmp / name, directory / name)
            moved.append(directory / name)
    except BaseException as exc:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
            tmp = None
        if made:  # a folder of its own: no page of an earlier run to keep
            for page in moved:
                page.unlink(missing_ok=True)
        for folder in made:  # nearest first; a folder something else wrote into stays
            try:
                folder.rmdir()
            except OSError:
                break
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write into the folder ({exc.strerror})", file=target,
                              hint="choose a folder you can write to") from exc
        raise
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
