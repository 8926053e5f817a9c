"""Offline HTML Data Docs of a validation (filled in below when built)."""
from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

    from .model import Project


def build_docs(claims: pd.DataFrame, project: Project, directory: Path,
               suite_paths: Sequence[Path] | None = None) -> Path:
    """Validate, then write GX Data Docs into directory; the index page's path."""
    raise NotImplementedError
