"""Tests for reconcile.expect: suites, the validation frame, GX quirks, outcomes."""
from __future__ import annotations

import datetime
import json
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from reconcile.errors import ExpectationError
from reconcile.expect import (MAX_FAILING, TOPICS_SUITE, load_suite, suggest_suite, validate,
                              validation_frame)
from reconcile.model import CLAIM_COLUMNS, QUALIFIERS, Place, Project, Source, Topic

REPO = Path(__file__).resolve().parents[1]
CLAIMS_JSON = REPO / "expectations" / "claims.json"
DATA = Path(__file__).resolve().parent / "data" / "expect"
TODAY = datetime.date(2024, 1, 1)
TOPIC = "venezuelan-military-defections-2019"


def claim(**fields) -> dict:
    """One claim row with sensible defaults; override any CLAIM_COLUMNS field."""
    row = {
        "id": "mc-1", "source": "migracion-colombia", "topic": TOPIC, "text": "more than 500",
        "lang": "en", "lower": 500.0, "upper": np.nan, "lower_inclusive": False,
        "upper_inclusive": False, "qualifier": "more-than", "population": ("police", "soldiers"),
        "criterion": "crossed-into-colombia", "place": "CO", "as_of": "2019-03-07",
        "stated_on": "2019-03-07", "quote": None, "url": None, "via": None, "cites": None,
        "part_of": None, "complete": False, "file": "sources/migracion-colombia.yaml", "line": 5,
    }
    unknown = set(fields) - set(CLAIM_COLUMNS)
    assert not unknown, unknown
    row.update(fields)
    return row


def frame(*rows: dict) -> pd.DataFrame:
    """A claims frame with exactly CLAIM_COLUMNS, built the way sources.py does (pandas 3 dtypes)."""
    df = pd.DataFrame(list(rows), columns=list(CLAIM_COLUMNS))
    df["lower"] = df["lower"].astype("float64")
    df["upper"] = df["upper"].astype("float64")
    df["line"] = df["line"].astype("int64")
    return df


def good_claims() -> pd.DataFrame:
    return frame(
        claim(),
        claim(id="mc-nsa", lower=415.0, upper=415.0, qualifier="exact", text="415",
              place="CO-NSA", part_of="mc-1", line=14),
        claim(id="mc-ori", lower=30.0, upper=30.0, qualifier="exact", text="30",
              place="CO-ORI", line=22),
        claim(id="mindef-109", source="mindef", text="109", lower=109.0, upper=109.0,
              qualifier="exact", population=("soldiers",), criterion="expelled-by-ministry",
              place="VE", file="sources/mindef.yaml", line=7),
        claim(id="army-size", source="mindef", text="between 95,000 and 150,000",
              lower=95000.0, upper=150000.0, qualifier="range", population=(), criterion=None,
              place=None, as_of=None, stated_on=None, file="sources/mindef.yaml", line=15),
    )


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "expectations").mkdir()
    shutil.copy(CLAIMS_JSON, tmp_path / "expectations" / "claims.json")
    return Project(
        root=str(tmp_path),
        sources={"migracion-colombia": Source("migracion-colombia", "Migración Colombia"),
                 "mindef": Source("mindef", "Ministerio de la Defensa")},
        topics={TOPIC: Topic(TOPIC, bounds=(0, 150000))},
        places={"CO-ORI": Place("CO-ORI", "Orinoquía", parent="CO")},
    )


def failed(validation, expectation: str, column: str | None = None):
    found = [o for o in validation.outcomes if not o.success and o.expectation == expectation
             and (column is None or o.column == column)]
    return found


def only_failure(validation):
    bad = [o for o in validation.outcomes if not o.success]
    assert len(bad) == 1, [o.to_dict() for o in bad]
    return bad[0]
