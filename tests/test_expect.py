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


def write_suite(root: Path, name: str, expectations: list[dict], **extra) -> Path:
    path = Path(root) / "expectations" / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"name": name, **extra, "expectations": expectations}), "utf-8")
    return path


# --- claims.json on good claims --------------------------------------------------------------

def test_good_claims_pass_every_expectation_of_claims_json(project):
    validation = validate(good_claims(), project, today=TODAY)
    assert validation.success, [o.to_dict() for o in validation.outcomes if not o.success]
    assert validation.claims == 5
    suite = load_suite(CLAIMS_JSON)
    claims_outcomes = [o for o in validation.outcomes if o.suite == "expectations/claims.json"]
    assert [o.expectation for o in claims_outcomes] == [s.type for s in suite.expectations]
    assert all(o.description for o in validation.outcomes)


def test_claims_json_is_plain_without_gx_noise():
    data = json.loads(CLAIMS_JSON.read_text("utf-8"))
    assert set(data) == {"name", "expectations"}
    for entry in data["expectations"]:
        assert set(entry) <= {"type", "kwargs", "description"}
        assert entry["description"]


def test_claims_json_qualifier_set_is_the_model_vocabulary():
    suite = load_suite(CLAIMS_JSON)
    (spec,) = [s for s in suite.expectations if s.column == "qualifier" and "value_set" in s.kwargs]
    assert tuple(spec.kwargs["value_set"]) == QUALIFIERS


# --- claims.json on bad claims: each expectation names file:line -----------------------------

@pytest.mark.parametrize("column", ["id", "source", "topic", "text", "qualifier", "file"])
def test_missing_required_value_fails_with_file_and_line(project, column):
    claims = good_claims()
    claims.loc[2, column] = None
    if column == "file":
        failing = ("<no file>:22 (mc-ori)",)
    elif column == "id":
        failing = ("sources/migracion-colombia.yaml:22 (no id)",)
    else:
        failing = ("sources/migracion-colombia.yaml:22 (mc-ori)",)
    outcomes = failed(validate(claims, project, today=TODAY),
                      "expect_column_values_to_not_be_null", column)
    assert len(outcomes) == 1
    assert outcomes[0].failing == failing


def test_lower_above_upper_fails_with_file_and_line(project):
    claims = frame(claim(), claim(id="bad", lower=600.0, upper=500.0, qualifier="range",
                                  text="600 to 500", file="sources/mindef.yaml", line=31))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.expectation == "expect_column_pair_values_a_to_be_greater_than_b"
    assert outcome.column == "upper,lower"
    assert outcome.failing == ("sources/mindef.yaml:31 (bad)",)
    assert outcome.sample == ("upper=500, lower=600",)


def test_open_intervals_do_not_fail_the_pair_check(project):
    claims = frame(claim(id="more", lower=500.0, upper=np.nan),
                   claim(id="less", lower=np.nan, upper=10.0, qualifier="less-than", line=6),
                   claim(id="point", lower=7.0, upper=7.0, qualifier="exact", line=7))
    assert validate(claims, project, today=TODAY).success


def test_duplicate_ids_fail_naming_every_copy(project):
    claims = frame(claim(id="dup", line=40), claim(id="dup", line=3), claim(id="other", line=9))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.expectation == "expect_column_values_to_be_unique"
    assert outcome.failing == ("sources/migracion-colombia.yaml:3 (dup)",
                               "sources/migracion-colombia.yaml:40 (dup)")


def test_unknown_qualifier_fails(project):
    outcome = only_failure(validate(frame(claim(qualifier="roughly")), project, today=TODAY))
    assert (outcome.expectation, outcome.column) == ("expect_column_values_to_be_in_set", "qualifier")
    assert outcome.sample == ("roughly",)


def test_unknown_source_fails_with_file_and_line(project):
    outcome = only_failure(validate(frame(claim(source="nobody", line=12)), project, today=TODAY))
    assert outcome.column == "source"
    assert outcome.failing == ("sources/migracion-colombia.yaml:12 (mc-1)",)
    assert outcome.sample == ("nobody",)


@pytest.mark.parametrize("place", ["CO", "VE", "CO-NSA", "CO-ORI", None])
def test_iso_codes_subdivisions_and_project_places_are_known(project, place):
    assert validate(frame(claim(place=place)), project, today=TODAY).success


@pytest.mark.parametrize("place", ["XX", "Norte de Santander", "CO-XYZ"])
def test_unknown_place_fails(project, place):
    outcome = only_failure(validate(frame(claim(place=place)), project, today=TODAY))
    assert outcome.column == "place"
    assert outcome.sample == (place,)


@pytest.mark.parametrize("column", ["as_of", "stated_on"])
@pytest.mark.parametrize("value", ["2019-3-7", "2019-02-30", "March 2019", "07/03/2019"])
def test_malformed_dates_fail_showing_the_date_as_written(project, column, value):
    outcome = only_failure(validate(frame(claim(**{column: value})), project, today=TODAY))
    assert outcome.expectation == "expect_column_values_to_not_be_null"
    assert outcome.column == column
    assert outcome.sample == (value,)
    assert outcome.failing == ("sources/migracion-colombia.yaml:5 (mc-1)",)


@pytest.mark.parametrize("column", ["as_of", "stated_on"])
def test_dates_after_today_fail_and_today_itself_passes(project, column):
    claims = frame(claim(**{column: "2024-01-02"}), claim(id="b", line=8, **{column: "2024-01-01"}))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert (outcome.expectation, outcome.column) == ("expect_column_values_to_be_between", column)
    assert outcome.failing == ("sources/migracion-colombia.yaml:5 (mc-1)",)
    assert outcome.sample == ("2024-01-02",)
    assert validate(claims, project, today=datetime.date(2024, 1, 2)).success


def test_missing_claim_column_fails_the_columns_expectation_not_with_a_traceback(project):
    claims = good_claims().drop(columns=["qualifier"])
    validation = validate(claims, project, today=TODAY)
    columns = failed(validation, "expect_table_columns_to_match_set")
    assert columns and columns[0].sample == ("missing column 'qualifier'",)
    assert {o.column for o in validation.outcomes if not o.success} >= {"qualifier"}


def test_failures_are_sorted_by_file_then_line_number(project):
    claims = frame(claim(id="a", source="x", file="sources/b.yaml", line=2),
                   claim(id="b", source="x", file="sources/a.yaml", line=10),
                   claim(id="c", source="x", file="sources/a.yaml", line=9))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.failing == ("sources/a.yaml:9 (c)", "sources/a.yaml:10 (b)",
                               "sources/b.yaml:2 (a)")


def test_many_failures_list_the_first_ones_and_count_the_rest(project):
    rows = [claim(id=f"c{i}", source="nobody", line=i + 1) for i in range(MAX_FAILING + 7)]
    outcome = only_failure(validate(frame(*rows), project, today=TODAY))
    assert len(outcome.failing) == MAX_FAILING + 1
    assert outcome.failing[0] == "sources/migracion-colombia.yaml:1 (c0)"
    assert outcome.failing[-1] == "... and 7 more"
    assert outcome.sample == ("nobody",)


def test_a_filtered_frame_keeps_its_index_and_maps_back_to_the_right_rows(project):
    claims = good_claims()
    claims.loc[3, "source"] = "nobody"
    claims = claims.iloc[[4, 3, 1]]          # index 4, 3, 1 in a shuffled order
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.failing == ("sources/mindef.yaml:7 (mindef-109)",)


def test_validation_is_deterministic(project):
    write_suite(project.root, TOPIC, [{"type": "expect_column_values_to_not_be_null",
                                       "kwargs": {"column": "criterion"}}])
    claims = frame(claim(criterion=None, source="nobody"), claim(id="x", lower=9e9, line=8))
    first = validate(claims, project, today=TODAY).to_dict()
    assert first == validate(claims, project, today=TODAY).to_dict()
    assert [o["suite"] for o in first["outcomes"]] == sorted(o["suite"] for o in first["outcomes"])


def test_empty_claims_raise_an_expectation_error_naming_the_suite(project):
    with pytest.raises(ExpectationError, match="expectations/claims.json.*no claims"):
        validate(frame(), project, today=TODAY)
