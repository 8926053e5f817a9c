"""What reading a project gathers (``Loaded``): declarations, raw claims and tables, the files
read, and where each file may lie; readers of every format fill one, ``claims.build`` reads it."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconcile.model.records import Place, Project, Source, Topic
from reconcile.sources.files import decode, read_project_file
from reconcile.sources.settings import quantity_config

RawClaim = dict[str, Any]


@dataclass
class Loaded:
    """Everything read from disk, before normalization."""

    root: Path
    sources: dict[str, Source] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    claims: list[RawClaim] = field(default_factory=list)
    tables: list[Any] = field(default_factory=list)  # pandas DataFrames of raw table claims
    settings: dict[str, Any] = field(default_factory=dict)
    read: set[Path] = field(default_factory=set)  # every file read (resolved): never an output
    #: ClaimReview claims and their author's name as written: the author becomes a source id
    #: once every file is read (claimreview.resolve_authors), whatever order the files come in
    authors: list[tuple[RawClaim, str]] = field(default_factory=list)
    #: ClaimReview claims and the outlet of their appearance, with the field that names it: the
    #: outlet becomes the claim's ``via`` after the authors (claimreview.resolve_authors)
    outlets: list[tuple[RawClaim, str, str]] = field(default_factory=list)
    #: tables whose ``source`` column names each row's claimant: resolved once every source
    #: file is read (tables.resolve_claimants)
    pending: list[Any] = field(default_factory=list)
    #: resolved path of each table a source file points at -> that source file (display name)
    pointed: dict[Path, str] = field(default_factory=dict)
    #: absolute path of a file -> the folder it must lie in (None: named on the command line,
    #: read as given); a file not listed must lie in ``root``
    boundaries: dict[Path, Path | None] = field(default_factory=dict)
    #: whether every claim of the project was read (folders given), not only some claim files
    whole: bool = True
    #: claim files outside any project: the root is only the working folder (find_root), and the
    #: files are named as given (``display``), not relative to it
    loose: bool = False

    def project(self, **changes: Any) -> Project:
        """The declarations as a frozen ``Project`` (what ``reconcile.read`` gives and
        normalization passes on); ``changes`` replace fields (the topics normalization adds,
        ``raw``), and the quantity settings are checked here unless given."""
        values: dict[str, Any] = {"root": str(self.root), "sources": dict(self.sources),
                                  "topics": dict(self.topics), "places": dict(self.places)}
        if "quantity_config" not in changes:
            values["quantity_config"] = quantity_config(self.settings)
        return Project(**{**values, **changes})

    def reading(self, path: Path) -> str:
        """Note that ``path`` is read (so that no --output replaces it); its display name."""
        self.read.add(path.resolve())
        return self.display(path)

    def display(self, path: Path) -> str:
        """How reports and messages name ``path`` (``display_path``)."""
        return display_path(path, None if self.loose else self.root)

    def read_bytes(self, path: Path) -> tuple[str, bytes]:
        """The display name and bytes of a file, by the safe-path rule (``files.py``)."""
        display = self.reading(path)
        within = self.boundaries.get(Path(os.path.abspath(path)), self.root)
        return display, read_project_file(path, display, within)

    def read_text(self, path: Path) -> tuple[str, str]:
        """The display name and UTF-8 text of a file, by the safe-path rule (``files.py``)."""
        display, raw = self.read_bytes(path)
        return display, decode(raw, display)


def display_path(path: Path, root: Path | None) -> str:
    """A path as reports show it: relative to the project root when it lies in it, else as given
    (symbolic links are not followed for the name: an error names the link, not its target).
    ``root`` None: as given. A file outside the project had been named relative to the working
    folder, so its name changed with the folder the command ran in."""
    if root is not None:
        given = Path(os.path.abspath(path))
        for candidate, base in ((given, Path(os.path.abspath(root))), (path.resolve(), root.resolve())):
            try:
                return candidate.relative_to(base).as_posix()
            except ValueError:
                continue
    return path.as_posix()
