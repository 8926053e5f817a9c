"""The seed case's report, compared byte for byte with tests/golden/.

Regenerate on purpose only: RECONCILE_UPDATE_GOLDEN=1 pytest tests/report/test_golden.py
A missing golden file fails.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

import reconcile
from conftest import REPO

GOLDEN = Path(__file__).parent / "golden"
FORMATS = {"json": "seed.json", "markdown": "seed.md", "text": "seed.txt", "csv": "seed.csv",
           "claimreview": "seed.claimreview.json", "html": "seed.html"}


@pytest.fixture(scope="module")
def seed_report():
    cwd = os.getcwd()
    os.chdir(REPO)  # relative paths in the report, as a user in the repository sees them
    try:
        project, frame = reconcile.normalize(reconcile.read(None))
        return reconcile.reconcile(reconcile.Claims(project, frame))
    finally:
        os.chdir(cwd)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_seed_report_matches_its_golden_file(seed_report, fmt):
    rendered = reconcile.render(seed_report, fmt)
    path = GOLDEN / FORMATS[fmt]
    if os.environ.get("RECONCILE_UPDATE_GOLDEN"):
        path.write_text(rendered, encoding="utf-8", newline="")
    assert path.is_file(), f"missing golden file {path}; create it with RECONCILE_UPDATE_GOLDEN=1"
    assert rendered == path.read_text(encoding="utf-8"), f"{fmt} report differs from {path.name}"
