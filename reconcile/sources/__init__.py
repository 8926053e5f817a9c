"""Readers: a project's files (source YAML, CSV, XLSX and Parquet tables, ClaimReview JSON-LD)
into raw claims with file:line, every file by one safe-path rule and within limits a user
can raise (``files.py``: ``read_project_file`` is the rule, for any module that reads a file
of the project)."""
from reconcile.sources.files import LIMITS, limit, parsing, read_project_file, read_project_text, safe_path
from reconcile.sources.loaded import display_path
from reconcile.sources.project import (READERS, Loaded, find_root, project_places, project_roots, project_settings,
                                      read_project)

__all__ = ["LIMITS", "READERS", "Loaded", "display_path", "find_root", "limit", "parsing", "project_roots",
           "project_places", "project_settings", "read_project", "read_project_file", "read_project_text", "safe_path"]
