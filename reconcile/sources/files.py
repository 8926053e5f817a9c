"""Reading the files of a project safely (SPEC.md §3), within limits a user can raise.

Every file the project reads (in ``sources/`` and ``expectations/``, and the tables they point
at) must be a regular file inside the project root once symlinks are resolved: a symlink to
``/etc/passwd``, ``claims: ../../outside.csv``, a FIFO or ``/dev/zero`` is an error that names
the file, never its content. A file named on the command line is read as given. Either way a
read stops at the largest file size (``RECONCILE_MAX_FILE_MB``), and every parser's resource
errors (nesting too deep, a number too long, a broken workbook) become an ``InputError`` with
the file and, where known, the line (``parsing``).

Limits, each an environment variable in whole units (read at each use, so a test or a long
process may change it):

- ``RECONCILE_MAX_FILE_MB`` (512): the largest file, and the largest unpacked content of an
  XLSX workbook or a Parquet table;
- ``RECONCILE_MAX_CELL_KB`` (256): the largest single value: a YAML scalar, a table cell, a
  JSON string (a claim's quote included).
"""
from __future__ import annotations

import os
import re
import stat
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from reconcile.errors import InputError, ReconcileError

#: limit name -> (environment variable, default, unit in bytes, unit's name)
LIMITS = {
    "file": ("RECONCILE_MAX_FILE_MB", 512, 1 << 20, "MB"),
    "cell": ("RECONCILE_MAX_CELL_KB", 256, 1 << 10, "KB"),
    # an article's text for ``extract`` (a long one is 30 KB): its page may be 32 times as large
    "article": ("RECONCILE_MAX_ARTICLE_KB", 512, 1 << 10, "KB"),
}
#: how deep lists and mappings may nest in a YAML or JSON file (reconcile's own files need 5)
MAX_DEPTH = 64


def limit(name: str) -> int:
    """A limit in bytes, from its environment variable or its default."""
    variable, default, unit, unit_name = LIMITS[name]
    written = os.environ.get(variable, "").strip()
    if not written:
        return default * unit
    try:
        value = float(written)
        if not value > 0:
            raise ValueError(written)
    except ValueError as exc:
        raise InputError(f"{variable}={written!r} is not a size", field=variable,
                         hint=f"give a positive number of {unit_name}, e.g. {variable}={default * 2}") from exc
    return int(value * unit)


def over_limit(name: str, size: int | None, *, what: str, file: str | None, line: int | None = None,
               field: str | None = None) -> InputError:
    """The error for ``what`` of ``size`` bytes (None: unknown) above limit ``name``: it names
    the limit and the environment variable that raises it."""
    variable, _, unit, unit_name = LIMITS[name]
    allowed = limit(name)
    needed = -(-(size or 2 * allowed) // unit) + 1
    said = f"is {_size(size)}, above" if size else "is above"
    return InputError(f"{what} {said} the {_size(allowed)} limit", file=file, line=line,
                      field=field, hint=f"if it is meant to be this large, raise the limit with the environment "
                                        f"variable {variable} (e.g. {variable}={needed}) and run again")


def _size(size: int) -> str:
    for unit, name in ((1 << 30, "GB"), (1 << 20, "MB"), (1 << 10, "KB")):
        if size >= unit:
            return f"{size / unit:.1f} {name}"
    return f"{size} bytes"


def check_cell(value: str, *, file: str | None, line: int | None, field: str | None = None,
               what: str = "the value") -> None:
    """A single value (a YAML scalar, a table cell, a JSON string) within the cell limit; ``what``
    names it in the error ('the "quote" value')."""
    if len(value) > limit("cell"):
        raise over_limit("cell", len(value.encode("utf-8", "surrogatepass")), what=what, file=file,
                         line=line, field=field)


# --- paths ---------------------------------------------------------------------------------

def inside(path: Path, root: Path) -> bool:
    """Whether ``path`` (resolved) lies in ``root`` (resolved)."""
    try:
        path.resolve().relative_to(root.resolve())
        return True
    except ValueError:
        return False


def refuse_folder_outside(folder: Path, root: Path, error: type[ReconcileError] = InputError) -> None:
    """A project's ``sources/`` or ``expectations/`` that is a symbolic link to a folder outside the project is
    an error naming the folder, before any of its files is listed: the outside folder's file names had shown
    up in the errors (of a CI log), which blamed a file and asked to copy it "into sources/", the link itself."""
    if os.path.islink(folder) and not inside(folder, root):
        raise error("a symbolic link to a folder outside the project", file=f"{folder.name}/",
                    hint=f"a project reads only files inside its own folder: replace the link {folder.name}/ with "
                         "the folder itself (copy its files in)")


def safe_path(path: Path, display: str, root: Path | None) -> Path:
    """The resolved path of a project file: it exists, is a regular file and, with ``root``,
    lies inside ``root`` once symlinks are resolved. Nothing is opened."""
    try:
        resolved = Path(os.path.realpath(path))
        info = os.stat(resolved)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", file=display,
                         hint="check the path and its permissions") from exc
    if root is not None and not inside(resolved, root):
        link = " (a symbolic link)" if _is_link(path) else ""
        home = "expectations/" if Path(display).parent.name == "expectations" else "sources/"
        raise InputError(f"the file{link} lies outside the project folder", file=display,
                         hint="a project reads only files inside its own folder: copy the file into the "
                              f"project (e.g. into {home}) and point at it there, or name it on the command line")
    if root is not None and not stat.S_ISREG(info.st_mode):
        raise InputError(f"not a regular file ({_kind(info.st_mode)})", file=display,
                         hint="a project reads only regular files: replace it with a file, or remove it")
    return resolved


def nested_input(folder: Path, suffixes: tuple[str, ...], taken: Callable[[Path], bool]) -> Path | None:
    """The first file, in name order, that lies in a subfolder of ``folder`` (at any depth), ends
    in one of ``suffixes`` (any case) and is not ``taken`` (a file, or a whole folder, read some
    other way: a table or a folder of part files that a source file points at). Reconcile reads
    only the files directly in ``sources/`` and ``expectations/``: such a file would be skipped
    without a word. Names that begin with ``_`` or ``.`` are set aside, folders and files alike
    (``_archive/``, ``.git/``); None when no such file exists."""
    def skipped(path: Path) -> bool:
        return path.name.startswith(("_", ".")) or taken(path)

    if not folder.is_dir():
        return None
    for top in sorted(p for p in folder.iterdir() if p.is_dir() and not skipped(p)):
        for here, folders, files in os.walk(top):
            folders[:] = sorted(name for name in folders if not skipped(Path(here, name)))
            for name in sorted(files):
                path = Path(here, name)
                if path.suffix.lower() in suffixes and not skipped(path):
                    return path
    return None


def _is_link(path: Path) -> bool:
    return any(p.is_symlink() for p in (path, *path.parents) if str(p) not in ("", "."))


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe"), (stat.S_ISCHR, "a device"),
                       (stat.S_ISBLK, "a device"), (stat.S_ISSOCK, "a socket")):
        if test(mode):
            return name
    return "not a file"


def read_project_file(path: Path, display: str, root: Path | None) -> bytes:
    """The bytes of a file the project reads, at most ``RECONCILE_MAX_FILE_MB``.

    With ``root`` the file must be a regular file inside ``root`` once symlinks are resolved
    (checked before it is opened, and again on the open file, so that a file swapped in
    between is refused too); ``root=None`` reads a file named on the command line as given
    (a pipe such as ``<(cat claims.csv)`` too), still within the size limit.
    """
    cap = limit("file")
    target = safe_path(path, display, root) if root is not None else path
    flags = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0) | (getattr(os, "O_NONBLOCK", 0) if root is not None else 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", file=display,
                         hint="check the path and its permissions") from exc
    try:
        info = os.fstat(fd)
        if root is not None and not stat.S_ISREG(info.st_mode):
            raise InputError(f"not a regular file ({_kind(info.st_mode)})", file=display,
                             hint="a project reads only regular files")
        if stat.S_ISREG(info.st_mode) and info.st_size > cap:
            raise over_limit("file", info.st_size, what="the file", file=display)
        if root is not None:
            os.set_blocking(fd, True)
        chunks, size = [], 0
        while True:
            chunk = os.read(fd, min(1 << 24, cap + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
            if size > cap:
                raise over_limit("file", size, what="the file (read so far)", file=display)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"cannot read file ({exc.strerror or exc})", file=display,
                         hint="check the path and its permissions") from exc
    finally:
        os.close(fd)


def decode(raw: bytes, display: str) -> str:
    """UTF-8 text (a byte-order mark is dropped); an error names the line of the first bad byte."""
    if _utf16(raw):                   # valid UTF-8 all the same (a NUL after each ASCII letter): no text of ours
        raise InputError("the file is not UTF-8 text: it looks like UTF-16 (a zero byte beside each letter)",
                         file=display, line=1, hint="save it as UTF-8")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"the file is not UTF-8 text (byte {exc.start})", file=display, line=line,
                         hint="save it as UTF-8") from exc


def _utf16(raw: bytes) -> bool:
    """Whether text looks like UTF-16 without its byte-order mark: zero bytes at every other place of its start."""
    head = raw[:64]
    return len(head) >= 4 and (head[1::2].count(0) >= len(head) // 2 - 1 or head[0::2].count(0) >= len(head) // 2 - 1)


def read_project_text(path: Path, display: str, root: Path | None) -> str:
    """``read_project_file`` decoded as UTF-8."""
    return decode(read_project_file(path, display, root), display)


# --- parsers' resource errors --------------------------------------------------------------

@contextmanager
def parsing(display: str, what: str, line: int | None = None,
            errors: tuple[type[BaseException], ...] = ()) -> Iterator[None]:
    """Run a parser; its resource errors (nesting too deep, memory, a number too long, a broken
    archive or XML, and ``errors``) become an InputError naming the file and ``line``."""
    import xml.etree.ElementTree as ElementTree

    try:
        yield
    except ReconcileError:
        raise
    except RecursionError as exc:
        raise InputError(f"{what} is nested too deeply to read", file=display, line=line,
                         hint=f"keep lists and mappings under {MAX_DEPTH} levels deep") from exc
    except MemoryError as exc:
        raise InputError(f"{what} needs more memory than this machine has", file=display, line=line,
                         hint="split it into smaller files") from exc
    except (ValueError, OverflowError, zipfile.BadZipFile, zipfile.LargeZipFile, ElementTree.ParseError,
            KeyError, IndexError, EOFError, OSError, *errors) as exc:  # type: ignore[misc]  # mypy cannot type a starred tuple of exception classes
        said = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise InputError(f"cannot read {what} ({said})", file=display, line=line,
                         hint="check that the file is what its name says, or save it again") from exc


_DEEP_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[\[\]{}\n]')


def deep_line(text: str, depth: int = MAX_DEPTH) -> int | None:
    """The line where brackets in JSON-like ``text`` first nest deeper than ``depth`` (strings
    skipped); None when they never do."""
    level, line = 0, 1
    for match in _DEEP_TOKEN.finditer(text):
        token = match.group()
        if token == "\n":
            line += 1
        elif token in "[{":
            level += 1
            if level > depth:
                return line
        elif token in "]}":
            level -= 1
        else:
            line += token.count("\n")
    return None
