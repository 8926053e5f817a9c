"""The quantity parser against Microsoft Recognizers-Text's spec cases (an external suite).

The suite and its harness live in ``shared/conformance/`` beside the repository (not in it);
the tests skip, saying so, when that folder is absent. Each file has a floor: a drop below it
fails. Where the suite and SPEC.md disagree (SPEC closes "between 20 and 30"), SPEC wins,
which is why the default NumberRange files are held to ``loose%`` (bounds only).
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from reconcile.quantities.parse import find_quantities

CONFORMANCE = Path(__file__).resolve().parents[3] / "shared" / "conformance"
HARNESS = CONFORMANCE / "score_numbers.py"
SPECS = CONFORMANCE / "recognizers-text" / "Specs"

# file, score, floor (percent of the default "dotnet" subset)
TARGETS = [
    ("Number/English/NumberModel.json", "values", 95.0),
    ("Number/Spanish/NumberModel.json", "values", 98.0),
    ("Number/English/NumberRangeModelExperimentalMode.json", "values", 95.0),
    ("Number/English/NumberRangeModel.json", "loose", 90.0),
    ("Number/Spanish/NumberRangeModel.json", "loose", 90.0),
    ("Number/English/PercentModel.json", "values", 90.0),
    ("Number/Spanish/PercentModel.json", "values", 90.0),
    ("NumberWithUnit/English/CurrencyModel.json", "values", 85.0),
    ("NumberWithUnit/Spanish/CurrencyModel.json", "values", 85.0),
    ("NumberWithUnit/English/DimensionModel.json", "values", 85.0),
    ("NumberWithUnit/Spanish/DimensionModel.json", "values", 85.0),
]


@pytest.fixture(scope="module")
def harness():
    if not HARNESS.is_file() or not SPECS.is_dir():
        pytest.skip(f"conformance suite not found at {CONFORMANCE} "
                    "(it lives in shared/conformance beside the repository)")
    spec = importlib.util.spec_from_file_location("score_numbers", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("score_numbers", module)
    spec.loader.exec_module(module)
    return module


def _call(spec_file, case):
    return find_quantities(case.text, spec_file.lang, model=spec_file.model)


@pytest.mark.parametrize("rel, score, floor", TARGETS, ids=[t[0] for t in TARGETS])
def test_conformance_file_stays_at_or_above_its_floor(harness, rel, score, floor):
    spec_file = harness.load_spec_file(SPECS / rel, SPECS)
    tally = harness.score_file(spec_file, "dotnet", _call, end_inclusive=False, scope="auto",
                               keep_failures=10)
    got = 100.0 * getattr(tally, score) / tally.cases
    failures = "\n".join(f"  #{f['case']} {f['input']!r}: expected {f['expected']}, "
                         f"got {f['got']}" for f in tally.failures)
    assert got >= floor, f"{rel}: {score}% {got:.1f} < {floor}\n{failures}"
    assert tally.errors == 0
