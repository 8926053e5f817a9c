"""The claims of the files a git revision changed (``validate --changed-since``): which rows
of the claims frame a change of which project files touches. The git side is
``runtime.gitdiff``; this side knows how source files, their tables and claimants relate."""
from __future__ import annotations

import posixpath
from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.runtime.gitdiff import changed_files
from reconcile.sources.project import pointed_table
from reconcile.sources.tables import PART_SUFFIXES

if TYPE_CHECKING:  # pandas is loaded by whoever builds the frame, not by importing this
    import pandas as pd

    from reconcile.model.records import Project

#: files whose change can touch every claim (a changed suite is checked on the claims it applies to)
_EVERY_CLAIM = ("sources/_topics.yaml", "sources/_places.yaml")
_SOURCE_FILE_SUFFIXES = (".yaml", ".yml")


def select_changed(project: Project, frame: pd.DataFrame, since: str) -> pd.DataFrame:
    """The claims of files changed since git revision ``since`` (``claims_of_changes``)."""
    return claims_of_changes(project, frame, changed_files(Path(project.root), since))


def claims_of_changes(project: Project, frame: pd.DataFrame, changed: set[str]) -> pd.DataFrame:
    """The claims that a change of the files ``changed`` (paths relative to the project root)
    touches, plus the claims they reference (``part_of`` totals):

    - the claims written in a changed file (a source file, a table, a ClaimReview file);
    - a changed source file: every claim of its claimant, wherever written, and every row of
      the table it points at, those of the other claimants a compiled table names included
      (the file decides how they are read: ``via``, ``compiles``);
    - a changed part of a table folder (``claims: folder/``): every row of that table, as a
      changed table file;
    - a changed _topics.yaml, _places.yaml or suite in expectations/: every claim."""
    import numpy as np
    import pandas as pd

    if set(_EVERY_CLAIM) & changed or any(
            path.startswith("expectations/") and path.endswith(".json") for path in changed):
        return frame
    root = Path(project.root)
    touched = [source for source in project.sources.values() if source.file in changed]
    pointed = (pointed_table(root / source.file, root) for source in touched
               if source.file.lower().endswith(_SOURCE_FILE_SUFFIXES) and (root / source.file).is_file())
    tables = {table for table in pointed if table is not None}
    codes, files = pd.factorize(frame["file"])
    folders = np.array([posixpath.dirname(str(f)) for f in files] + [""], dtype=object)
    tables |= _changed_folders(project, frame, changed, folders[codes])
    chosen = frame["file"].isin(changed | tables) | frame["source"].isin({source.id for source in touched})
    if tables:  # the parts of a table folder: the rows whose file lies in it
        chosen |= np.isin(folders, list(tables))[codes]
    referenced = set(frame.loc[chosen, "part_of"].dropna())
    return frame[chosen | frame["id"].isin(referenced)]


def _changed_folders(project: Project, frame: pd.DataFrame, changed: set[str], folders: object) -> set[str]:
    """The table folders (``claims: folder/``) that a changed path lies directly in: a folder
    holding the rows of a changed (or removed) file is one when a source file whose rows are
    there, as claimant or as ``via``, points at it."""
    import numpy as np

    root = Path(project.root)
    found: set[str] = set()
    for folder in {posixpath.dirname(path) for path in changed if path.lower().endswith(PART_SUFFIXES)} - {""}:
        rows = np.asarray(folders) == folder
        kinds = {posixpath.splitext(str(f))[1].lower() for f in frame.loc[rows, "file"].unique()}
        if not rows.any() or len(kinds) > 1 or not kinds <= set(PART_SUFFIXES):  # not a folder of parts
            continue
        names = set(frame.loc[rows, "source"].dropna()) | set(frame.loc[rows, "via"].dropna())
        for name in sorted(names):
            source = project.sources.get(str(name))
            if source is None or not source.file.lower().endswith(_SOURCE_FILE_SUFFIXES) \
                    or not (root / source.file).is_file():
                continue
            if pointed_table(root / source.file, root) == folder:
                found.add(folder)
                break
    return found
