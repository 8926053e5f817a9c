"""The claims of the files a git revision changed (``validate --changed-since``): which rows
of the claims frame a change of which project files touches. The git side is
``runtime.gitdiff``; this side knows how source files, their tables and claimants relate."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reconcile.runtime.gitdiff import changed_files
from reconcile.sources.project import pointed_table

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
    - a changed _topics.yaml, _places.yaml or suite in expectations/: every claim."""
    if set(_EVERY_CLAIM) & changed or any(
            path.startswith("expectations/") and path.endswith(".json") for path in changed):
        return frame
    root = Path(project.root)
    touched = [source for source in project.sources.values() if source.file in changed]
    tables = {pointed_table(root / source.file, root) for source in touched
              if source.file.lower().endswith(_SOURCE_FILE_SUFFIXES) and (root / source.file).is_file()}
    chosen = frame["file"].isin(changed | (tables - {None})) | frame["source"].isin(
        {source.id for source in touched})
    referenced = set(frame.loc[chosen, "part_of"].dropna())
    return frame[chosen | frame["id"].isin(referenced)]
