"""Tests for reconcile.expect.validate: suites, the validation frame, GX quirks, outcomes."""
from __future__ import annotations

import datetime
import json
import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from reconcile.errors import ExpectationError
from reconcile.expect.validate import (MAX_FAILING, TOPICS_SUITE, load_suite, suggest_suite, validate,
                              validation_frame)
from reconcile.model.records import CLAIM_COLUMNS, QUALIFIERS, Place, Project, Source, Topic

REPO = Path(__file__).resolve().parents[2]
CLAIMS_JSON = REPO / "expectations" / "claims.json"
DATA = Path(__file__).resolve().parents[1] / "data" / "expect"
TODAY = datetime.date(2024, 1, 1)
TOPIC = "venezuelan-military-defections-2019"


#: a range's bounds are in it (SPEC §4: [A, B]); the validation of topic bounds reads them
CLOSED = {"lower_inclusive": True, "upper_inclusive": True}


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

@pytest.mark.parametrize("column", ["id", "source", "topic", "text", "qualifier", "file", "line"])
def test_missing_required_value_fails_with_file_and_line(project, column):
    claims = good_claims()
    if column == "line":
        claims["line"] = claims["line"].astype("Int64")
    claims.loc[2, column] = None
    if column == "line":
        failing = ("sources/migracion-colombia.yaml:? (mc-ori)",)
    elif column == "file":
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


def test_the_places_parameter_is_the_iso_codes_names_knows(project):
    """One set of ISO codes (model.names.iso_codes): every code normalization takes for ISO
    passes the suites' $places check, and nothing else does."""
    from reconcile.model.names import PlaceIndex, is_iso_code, iso_codes, iso_resolve

    codes = sorted(iso_codes())
    assert all(is_iso_code(code) and PlaceIndex().known(code) and iso_resolve(code) == code for code in codes)
    assert {"CO", "VE", "CO-NSA", "GB-ENG"} <= iso_codes() and not {"XX", "CO-XYZ", "CO-ORI"} & iso_codes()
    rows = [claim(id=f"c{n}", place=code, line=n + 1) for n, code in enumerate(codes[::50])]
    assert validate(frame(*rows), project, today=TODAY).success


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
def test_dates_beyond_the_nanosecond_range_still_compare_with_today(project, column):
    claims = frame(claim(**{column: "3019-03-07"}), claim(id="old", line=8, **{column: "1519-03-07"}))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert (outcome.column, outcome.sample) == (column, ("3019-03-07",))
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
    assert len(outcome.failing) == MAX_FAILING
    assert outcome.failing[0] == "sources/migracion-colombia.yaml:1 (c0)"
    assert outcome.count == MAX_FAILING + 7 and outcome.unlisted == 7
    assert outcome.sample == ("nobody",)


def test_a_filtered_frame_keeps_its_index_and_maps_back_to_the_right_rows(project):
    claims = good_claims()
    claims.loc[3, "source"] = "nobody"
    claims = claims.iloc[[4, 3, 1]]          # index 4, 3, 1 in a shuffled order
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.failing == ("sources/mindef.yaml:7 (mindef-109)",)


def test_a_duplicated_index_and_list_populations_still_map_to_the_right_rows(project):
    claims = pd.concat([frame(claim(population=["soldiers"])),
                        frame(claim(id="b", source="nobody", line=9, population=["police"]))])
    assert list(claims.index) == [0, 0]
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.failing == ("sources/migracion-colombia.yaml:9 (b)",)


def test_validation_is_deterministic(project):
    write_suite(project.root, TOPIC, [{"type": "expect_column_values_to_not_be_null",
                                       "kwargs": {"column": "criterion"}}])
    claims = frame(claim(criterion=None, source="nobody"), claim(id="x", lower=9e9, line=8))
    first = validate(claims, project, today=TODAY).to_dict()
    assert first == validate(claims, project, today=TODAY).to_dict()
    assert [o["suite"] for o in first["outcomes"]] == sorted(o["suite"] for o in first["outcomes"])


def test_empty_claims_are_a_successful_validation_of_0_claims(project):
    """They had raised "no claims to validate" (exit 2) while report passed them (session 40)."""
    result = validate(frame(), project, today=TODAY)
    assert result.success and result.claims == 0 and result.outcomes == ()


# --- load_suite: user mistakes are ExpectationErrors naming the file --------------------------

def test_unknown_expectation_type_raises_naming_file_and_type(tmp_path):
    path = write_suite(tmp_path, "claims", [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}},
        {"type": "expect_column_values_to_be_purple", "kwargs": {"column": "id"}}])
    with pytest.raises(ExpectationError) as info:
        load_suite(path)
    message = str(info.value)
    assert str(path) in message and "expect_column_values_to_be_purple" in message
    assert "#2" in message


def test_unknown_expectation_type_in_a_project_suite_stops_validate(project):
    write_suite(project.root, "claims", [{"type": "expect_nonsense", "kwargs": {}}])
    with pytest.raises(ExpectationError, match="expect_nonsense"):
        validate(good_claims(), project, today=TODAY)


def test_malformed_json_raises_naming_file_and_line(tmp_path):
    path = tmp_path / "claims.json"
    path.write_text('{"name": "claims",\n "expectations": [\n  {"type": }\n]}\n', "utf-8")
    with pytest.raises(ExpectationError, match=r"claims\.json:3: invalid JSON"):
        load_suite(path)


@pytest.mark.parametrize("content, match", [
    ('[]', "JSON object"),
    ('{"name": "x"}', "expectations"),
    ('{"expectations": [], "extra": 1}', "unknown suite key"),
    ('{"expectations": [{"kwargs": {}}]}', "#1 is not an object with a \\\"type\\\""),
    ('{"expectations": [{"type": "expect_column_values_to_be_unique", "kwargs": {"column": "id"}, '
     '"colour": "red"}]}', "unknown key"),
])
def test_malformed_suites_raise_expectation_errors(tmp_path, content, match):
    path = tmp_path / "claims.json"
    path.write_text(content, "utf-8")
    with pytest.raises(ExpectationError, match=match):
        load_suite(path)


def test_an_error_in_an_expectation_names_the_line_where_it_starts(tmp_path):
    path = tmp_path / "claims.json"
    path.write_text(json.dumps({"name": "claims", "notes": ["[{,"], "expectations": [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}},
        {"type": "expect_column_values_to_not_be_nul", "kwargs": {"column": "id"}},
    ]}, indent=2), "utf-8")
    with pytest.raises(ExpectationError) as caught:
        load_suite(path)
    assert caught.value.line == 13  # the second entry's "{", after notes and the first entry
    assert "unknown expectation type 'expect_column_values_to_not_be_nul' (expectation #2)" in str(caught.value)
    assert path.read_text("utf-8").splitlines()[12].strip() == "{"


def test_a_column_that_does_not_exist_raises_naming_it(tmp_path):
    path = write_suite(tmp_path, "claims", [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "plaec"}}])
    with pytest.raises(ExpectationError, match=r"claims\.json:1: .*no column 'plaec'.*columns: id, source"):
        load_suite(path)


def test_a_column_in_a_pair_or_a_row_condition_is_checked_too(tmp_path):
    pair = write_suite(tmp_path, "pair", [{"type": "expect_column_pair_values_a_to_be_greater_than_b",
                                           "kwargs": {"column_A": "upper", "column_B": "lowr"}}])
    with pytest.raises(ExpectationError, match="lowr"):
        load_suite(pair)
    condition = write_suite(tmp_path, "cond", [{"type": "expect_column_values_to_not_be_null", "kwargs": {
        "column": "id", "row_condition": {"type": "nullity", "column": {"name": "nope"}, "is_null": False}}}])
    with pytest.raises(ExpectationError, match="nope"):
        load_suite(condition)


def test_invalid_kwargs_and_unknown_parameters_raise(tmp_path):
    kwargs = write_suite(tmp_path, "kw", [{"type": "expect_column_values_to_be_in_set",
                                           "kwargs": {"column": "id"}}])
    with pytest.raises(ExpectationError, match="expect_column_values_to_be_in_set.*value_set"):
        load_suite(kwargs)
    parameter = write_suite(tmp_path, "param", [{"type": "expect_column_values_to_be_in_set",
                                                 "kwargs": {"column": "id", "value_set": {"$PARAMETER": "ids"}}}])
    with pytest.raises(ExpectationError, match="unknown \\$PARAMETER 'ids'"):
        load_suite(parameter)


def test_a_deprecated_row_condition_string_raises_showing_the_object_form(tmp_path):
    path = write_suite(tmp_path, "claims", [{"type": "expect_column_values_to_not_be_null", "kwargs": {
        "column": "criterion", "row_condition": 'topic=="x"', "condition_parser": "pandas"}}])
    with pytest.raises(ExpectationError, match="row_condition string is deprecated.*comparison"):
        load_suite(path)


def test_a_row_condition_object_limits_the_rows_checked(project):
    write_suite(project.root, "claims", [{"type": "expect_column_values_to_not_be_null", "kwargs": {
        "column": "criterion", "row_condition": {"type": "comparison", "column": {"name": "source"},
                                                 "operator": "==", "parameter": "mindef"}}}])
    claims = frame(claim(criterion=None), claim(id="m", source="mindef", criterion=None, line=3,
                                                file="sources/mindef.yaml"))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.failing == ("sources/mindef.yaml:3 (m)",)


def test_yaml_dates_that_arrive_as_date_objects_validate_like_strings(project):
    claims = frame(claim(as_of=datetime.date(2019, 3, 7), stated_on=datetime.date(2030, 1, 1)))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert (outcome.column, outcome.sample) == ("stated_on", ("2030-01-01",))


def test_a_suite_named_after_no_topic_raises(project):
    write_suite(project.root, "typo-topic", [{"type": "expect_column_values_to_be_unique",
                                              "kwargs": {"column": "id"}}])
    with pytest.raises(ExpectationError, match="typo-topic.*names no topic"):
        validate(good_claims(), project, today=TODAY)


def test_a_suite_named_after_no_topic_names_the_line_where_its_topic_goes(project):
    path = Path(project.root) / "expectations" / "typo-topic.json"
    path.write_text('\n{\n  "name": "typo-topic",\n  "expectations": []\n}\n', "utf-8")
    with pytest.raises(ExpectationError) as info:
        validate(good_claims(), project, today=TODAY)
    assert (info.value.file, info.value.line) == ("expectations/typo-topic.json", 3)  # its "name"
    assert str(info.value).startswith("expectations/typo-topic.json:3: suite 'typo-topic' names no topic")


def test_a_suite_whose_topic_is_not_a_topic_raises_instead_of_checking_nothing(project):
    path = Path(project.root) / "expectations" / "soldiers.json"
    topic = good_claims()["topic"].iloc[0]
    path.write_text(json.dumps({"name": "soldiers", "topic": topic + "x", "expectations": [
        {"type": "expect_column_values_to_be_unique", "kwargs": {"column": "id"}}]}, indent=2), "utf-8")
    with pytest.raises(ExpectationError) as info:
        validate(good_claims(), project, today=TODAY)
    assert info.value.file == "expectations/soldiers.json" and info.value.line == 3
    assert f"suite's topic '{topic}x' is not a topic of this project" in str(info.value)
    assert f"did you mean '{topic}'?" in str(info.value)


def test_a_suite_topic_that_is_not_text_names_its_line(project):
    path = Path(project.root) / "expectations" / "claims.json"
    path.write_text('{"name": "claims",\n "topic": 7,\n "expectations": []}', "utf-8")
    with pytest.raises(ExpectationError) as info:
        validate(good_claims(), project, today=TODAY)
    assert info.value.line == 2 and 'write "topic": "<topic id>"' in str(info.value)


def test_an_invalid_regex_is_an_expectation_error_not_a_traceback(project):
    write_suite(project.root, "claims", [{"type": "expect_column_values_to_match_regex",
                                          "kwargs": {"column": "id", "regex": "(unclosed"}}])
    with pytest.raises(ExpectationError, match="expectations/claims.json.*match_regex"):
        validate(good_claims(), project, today=TODAY)


# --- topic suites and topic bounds ------------------------------------------------------------

def test_topic_suite_applies_only_to_its_topic(project):
    write_suite(project.root, TOPIC, [{"type": "expect_column_values_to_be_in_set",
                                       "kwargs": {"column": "criterion",
                                                  "value_set": ["crossed-into-colombia"]}}])
    claims = frame(claim(), claim(id="other", topic="army-size", criterion="active-duty", line=9),
                   claim(id="bad", criterion="expelled-by-ministry", line=12))
    validation = validate(claims, project, today=TODAY)
    outcome = only_failure(validation)
    assert outcome.suite == f"expectations/{TOPIC}.json"
    assert outcome.failing == ("sources/migracion-colombia.yaml:12 (bad)",)


def test_a_suite_with_a_topic_key_applies_to_that_topic(project):
    write_suite(project.root, "defections-extra", [
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "criterion"}}], topic=TOPIC)
    claims = frame(claim(), claim(id="x", topic="other", criterion=None, line=9))
    assert validate(claims, project, today=TODAY).success


def test_a_topic_suite_without_claims_of_its_topic_passes(project):
    write_suite(project.root, TOPIC, [{"type": "expect_column_values_to_be_unique",
                                       "kwargs": {"column": "id"}}])
    claims = frame(claim(topic="something-else"))
    validation = validate(claims, project, today=TODAY)
    assert validation.success
    assert any(o.suite == f"expectations/{TOPIC}.json" for o in validation.outcomes)


def test_topic_bounds_become_expectations_on_lower_and_upper(project):
    claims = frame(claim(), claim(id="huge", lower=2e6, upper=3e6, qualifier="range", line=30, **CLOSED),
                   claim(id="elsewhere", topic="unbounded-topic", lower=9e9, upper=9e9, line=40))
    validation = validate(claims, project, today=TODAY)
    topics = [o for o in validation.outcomes if o.suite == TOPICS_SUITE]
    # a claim fails when it has no value in common with the bounds (SPEC §5 implausible-value): [2e6, 3e6]
    # each side twice: for claims whose own bound is closed, then open ("more than N" shares no N)
    assert [(o.column, o.success) for o in topics] == [("bound_upper,lower", False), ("bound_upper,lower", True),
                                                       ("upper,bound_lower", True), ("upper,bound_lower", True)]
    for outcome in topics[:1]:
        assert outcome.failing == ("sources/migracion-colombia.yaml:30 (huge)",)
        assert "plausible" in outcome.description and TOPICS_SUITE in outcome.description


def test_one_validation_covers_the_bounds_of_every_topic(project):
    topics = {f"t{i}": Topic(f"t{i}", bounds=(0, 10 * (i + 1))) for i in range(30)}
    project = Project(root=project.root, sources=project.sources, places=project.places, topics=topics)
    claims = frame(*[claim(id=f"c{i}", topic=f"t{i}", lower=15.0, upper=15.0, line=i + 1) for i in range(30)])
    validation = validate(claims, project, today=TODAY)
    outcomes = [o for o in validation.outcomes if o.suite == TOPICS_SUITE]
    assert len(outcomes) == 4   # each side for closed, then open claim bounds
    (too_high,) = [o for o in outcomes if o.column == "bound_upper,lower" and not o.success]
    assert too_high.failing == ("sources/migracion-colombia.yaml:1 (c0)",)  # only t0 has 15 > its bound 10


def test_open_topic_bounds_check_only_the_side_that_is_declared(project):
    project = Project(root=project.root, sources=project.sources, places=project.places,
                      topics={TOPIC: Topic(TOPIC, bounds=(0, None))})
    validation = validate(frame(claim(lower=-10.0, upper=-5.0, qualifier="range", **CLOSED),
                                claim(id="wide", lower=-5.0, upper=1e12, qualifier="range", line=20, **CLOSED)),
                          project, today=TODAY)
    outcomes = {o.column: o for o in validation.outcomes if o.suite == TOPICS_SUITE and "open" not in o.description}
    assert not outcomes["upper,bound_lower"].success      # [-10, -5]: no value in common with [0, ∞)
    assert "wide" not in " ".join(outcomes["upper,bound_lower"].failing)   # [-5, 1e12] shares some
    assert outcomes["bound_upper,lower"].success           # no upper bound declared: nothing to check


def test_a_suite_outside_the_project_is_named_as_the_sources_name_a_file(project, tmp_path, monkeypatch):
    """A suite's label is sources.display_path's: relative to the project root, else as given,
    as every file in an error or a report is named (session 41: no longer relative to the
    working folder, which made the name change with the folder the command ran in)."""
    from reconcile.sources import display_path

    inside = Project(root=str(tmp_path / "proj"), sources=project.sources, topics=project.topics,
                     places=project.places)
    extra = write_suite(tmp_path / "shared", "claims", [
        {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "id", "regex": "^mc-"}}])
    monkeypatch.chdir(tmp_path)
    outcome = only_failure(validate(good_claims(), inside, suite_paths=[extra], today=TODAY))
    assert outcome.suite == extra.as_posix() == display_path(extra, Path(inside.root))
    relative = only_failure(validate(good_claims(), inside, suite_paths=[Path("shared/expectations/claims.json")],
                                     today=TODAY))
    assert relative.suite == "shared/expectations/claims.json"


def test_explicit_suite_paths_replace_the_project_folder(project, tmp_path):
    extra = write_suite(tmp_path / "elsewhere", "claims", [
        {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "id", "regex": "^mc-"},
         "description": "ids start with mc-"}])
    validation = validate(good_claims(), project, suite_paths=[extra], today=TODAY)
    outcome = only_failure(validation)
    assert outcome.description == "ids start with mc-"
    assert outcome.suite == "elsewhere/expectations/claims.json"   # relative to project.root
    assert outcome.failing == ("sources/mindef.yaml:7 (mindef-109)",
                               "sources/mindef.yaml:15 (army-size)")


# --- pandas 3 dtypes and GX quirks ------------------------------------------------------------

def test_validation_frame_uses_explicit_dtypes_and_keeps_the_index():
    claims = good_claims()
    claims.index = [10, 20, 30, 40, 50]
    vf = validation_frame(claims)
    assert list(vf.index) == [10, 20, 30, 40, 50]
    assert str(vf["as_of_date"].dtype) == "datetime64[ns]"  # GX vectorizes between only on [ns]
    assert vf["population"].tolist()[:1] == ["police,soldiers"]
    assert pd.isna(vf.loc[50, "population"]) and pd.isna(vf.loc[50, "as_of_date"])
    assert vf["lower"].dtype == "float64" and vf["line"].dtype == "int64"


def test_population_tags_are_joined_once_per_distinct_value_lists_included():
    """The validation frame joins tags through claims.columns.map_distinct, the one "once per
    distinct value" helper: lists (unhashable) and tuples of the same tags are one value, a
    missing one is the function of None."""
    from reconcile.claims.columns import map_distinct

    populations = [["soldiers", "police"], ("police", "soldiers"), ["soldiers", "police"], None, ()]
    calls: list = []
    mapped = map_distinct(pd.Series(populations, dtype=object, index=[7, 3, 5, 1, 2]),
                          lambda value: calls.append(value) or value)
    assert calls == [("soldiers", "police"), ("police", "soldiers"), (), None] and list(mapped.index) == [7, 3, 5, 1, 2]
    claims = frame(*(claim(id=f"c{n}", population=tags, line=n + 1) for n, tags in enumerate(populations)))
    vf = validation_frame(claims)
    assert vf["population"].tolist()[:3] == ["police,soldiers"] * 3 and vf["population"].dtype == "str"
    assert vf["population"].isna().tolist() == [False, False, False, True, True]


def test_object_dtype_claims_validate_like_pandas_3_str_claims(project):
    claims = good_claims()
    as_object = claims.astype({c: object for c in ("id", "source", "topic", "text", "as_of")})
    assert isinstance(claims["id"].dtype, pd.StringDtype)
    assert validate(as_object, project, today=TODAY).to_dict() == \
        validate(claims, project, today=TODAY).to_dict()


def test_type_list_checks_on_pandas_3_str_columns_pass(project):
    write_suite(project.root, "claims", [
        {"type": "expect_column_values_to_be_in_type_list", "kwargs": {"column": "id", "type_list": ["str"]}},
        {"type": "expect_column_values_to_be_of_type", "kwargs": {"column": "source", "type_": "str"}}])
    assert validate(good_claims(), project, today=TODAY).success


def test_date_bounds_written_as_iso_dates_compare_with_datetime_columns(project):
    write_suite(project.root, TOPIC, [
        {"type": "expect_column_values_to_be_between",
         "kwargs": {"column": "as_of_date", "min_value": "2019-02-01", "max_value": "2019-03-31"}}])
    claims = frame(claim(), claim(id="late", as_of="2019-05-01", line=9))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.column == "as_of" and outcome.sample == ("2019-05-01",)


def test_validate_prints_nothing_on_stdout_or_stderr(project, capfd, caplog):
    write_suite(project.root, TOPIC, [{"type": "expect_column_values_to_not_be_null",
                                       "kwargs": {"column": "criterion"}}])
    claims = frame(claim(source="nobody"), claim(id="x", criterion=None, line=9))
    validation = validate(claims, project, today=TODAY)
    assert not validation.success
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert not [r for r in caplog.records if r.name.startswith("great_expectations")]


def test_first_validate_in_a_fresh_process_prints_nothing(tmp_path):
    import subprocess
    import sys

    script = (
        "import datetime, sys\n"
        f"sys.path.insert(0, {str(REPO)!r}); sys.path.insert(0, {str(Path(__file__).parent)!r}); "
        f"sys.path.insert(0, {str(Path(__file__).parents[1])!r})\n"
        "from test_expect import good_claims, claim, frame\n"
        "from reconcile.expect.validate import validate\n"
        "from reconcile.model.records import Project\n"
        f"v = validate(frame(claim(source='nobody')), Project(root={str(tmp_path)!r}),"
        f" suite_paths=[{str(CLAIMS_JSON)!r}], today=datetime.date(2024, 1, 1))\n"
        "assert not v.success\n"
    )
    work = tmp_path / "cwd"
    work.mkdir()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=work,
                          env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "" and done.stderr == ""
    assert list(work.iterdir()) == []                    # no gx/ folder or other droppings
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd"]


def test_importing_expect_does_not_import_great_expectations():
    import subprocess
    import sys

    script = (f"import sys; sys.path.insert(0, {str(REPO)!r})\n"
              "import reconcile.expect.validate\n"
              "assert 'great_expectations' not in sys.modules, 'imported eagerly'\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


# --- suggest_suite ----------------------------------------------------------------------------

def test_suggest_suite_returns_a_loadable_suite_the_claims_pass(project):
    claims = good_claims()
    draft = suggest_suite(claims, TOPIC)
    assert draft["name"] == TOPIC and draft["topic"] == TOPIC
    path = Path(project.root) / "expectations" / f"{TOPIC}.json"
    path.write_text(json.dumps(draft, indent=2), "utf-8")
    suite = load_suite(path)
    types = {(s.type, s.column) for s in suite.expectations}
    assert ("expect_column_values_to_be_between", "lower") in types
    assert ("expect_column_values_to_be_in_set", "criterion") in types
    assert ("expect_column_values_to_be_between", "as_of") in types
    validation = validate(claims, project, today=TODAY)
    assert validation.success, [o.to_dict() for o in validation.outcomes if not o.success]


def test_suggested_ranges_catch_a_new_outlier(project):
    draft = suggest_suite(good_claims(), TOPIC)
    (Path(project.root) / "expectations" / f"{TOPIC}.json").write_text(json.dumps(draft), "utf-8")
    claims = pd.concat([good_claims(), frame(claim(id="new", lower=140000.0, upper=160000.0,
                                                   qualifier="range", line=99))],
                       ignore_index=True)
    validation = validate(claims, project, today=TODAY)
    bad = [o for o in validation.outcomes if not o.success and o.suite == f"expectations/{TOPIC}.json"]
    assert {(o.expectation, o.column) for o in bad} == {
        ("expect_column_values_to_be_between", "lower"),
        ("expect_column_values_to_be_between", "upper")}
    assert all(o.failing == ("sources/migracion-colombia.yaml:99 (new)",) for o in bad)


def test_suggested_bounds_are_plain_numbers_as_in_json_reports():
    """The draft writes numbers as model.plain_number does: int when integral, null (no bound)
    for an infinite one, so the suite is valid JSON."""
    from reconcile.model.numbers import plain_number

    claims = frame(claim(lower=415.0, upper=415.5), claim(id="mc-2", lower=-np.inf, upper=np.inf, line=6))
    between = {e["kwargs"]["column"]: e["kwargs"] for e in suggest_suite(claims, TOPIC)["expectations"]
               if e["type"] == "expect_column_values_to_be_between"}
    assert (between["lower"]["min_value"], between["lower"]["max_value"]) == (None, 415)
    assert type(between["lower"]["max_value"]) is int and between["upper"]["min_value"] == 415.5
    assert between["upper"]["max_value"] is None is plain_number(np.inf)
    json.dumps(between, allow_nan=False)


def test_suggested_slug_regex_is_the_slug_rule_of_model_names():
    from reconcile.model.names import is_slug

    draft = suggest_suite(good_claims(), TOPIC)
    regex = next(e["kwargs"]["regex"] for e in draft["expectations"]
                 if e["type"] == "expect_column_values_to_match_regex" and e["kwargs"]["column"] == "criterion")
    for text in ("crossed-into-colombia", "a1", "Crossed", "a--b", "-a", "a-", "a b", ""):
        assert bool(re.search(regex, text)) is is_slug(text), text


def test_suggest_suite_for_an_unknown_topic_raises(project):
    with pytest.raises(ExpectationError, match="no claims of topic 'nope'"):
        suggest_suite(good_claims(), "nope")


# --- Data Docs -------------------------------------------------------------------------------

def test_build_docs_writes_offline_pages_with_no_network_references(project, tmp_path, capfd):
    from reconcile.expect.docs import build_docs

    claims = frame(claim(source="nobody"), claim(id="big", lower=9e9, upper=9e9, line=9))
    index = build_docs(claims, project, tmp_path / "docs", today=TODAY)
    assert index == tmp_path / "docs" / "index.html"
    pages = sorted(p.name for p in index.parent.glob("*.html"))
    assert pages == ["expectations-claims.json.html", "index.html",
                     "sources-_topics.yaml.html"]
    text = index.read_text("utf-8")
    assert "sources/migracion-colombia.yaml:5 (mc-1)" in text and "FAIL" in text
    for page in index.parent.glob("*.html"):
        content = page.read_text("utf-8")
        assert "<script" not in content.lower()
        remote = re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|@import""",
                            content, re.I)
        assert not remote, (page.name, remote[:3])
    assert "nobody" in (index.parent / "expectations-claims.json.html").read_text("utf-8")
    out, err = capfd.readouterr()
    assert out == "" and err == ""


# --- the repository's own suites ---------------------------------------------------------------

@pytest.mark.parametrize("path", sorted((REPO / "expectations").glob("*.json")), ids=lambda p: p.name)
def test_every_suite_in_the_repository_loads(path):
    suite = load_suite(path)
    assert suite.expectations and all(spec.description for spec in suite.expectations)


def test_the_example_topic_suite_flags_a_place_outside_colombia_and_venezuela(project):
    shutil.copy(REPO / "expectations" / f"{TOPIC}.json", Path(project.root) / "expectations")
    claims = frame(claim(), claim(id="lima", place="PE", line=30))
    outcome = only_failure(validate(claims, project, today=TODAY))
    assert outcome.suite == f"expectations/{TOPIC}.json" and outcome.column == "place"
    assert outcome.failing == ("sources/migracion-colombia.yaml:30 (lima)",)


def test_build_docs_into_a_file_path_raises_an_output_error(project, tmp_path):
    from reconcile.errors import OutputError
    from reconcile.expect.docs import build_docs

    blocker = tmp_path / "taken"
    blocker.write_text("not a folder", "utf-8")
    with pytest.raises(OutputError, match="taken"):
        build_docs(good_claims(), project, blocker, today=TODAY)


def test_one_quiet_offline_ephemeral_context_serves_the_whole_process(project):
    from reconcile.expect import gx as expect_gx

    validate(good_claims(), project, today=TODAY)
    first = expect_gx.context()
    validate(good_claims(), project, today=TODAY)
    assert expect_gx.context() is first
    ctx = expect_gx.data_context()
    assert type(ctx).__name__ == "EphemeralDataContext"
    assert ctx.variables.analytics_enabled is False
    bars = ctx.variables.progress_bars
    assert (bars.globally, bars.metric_calculations) == (False, False)


def test_a_suite_in_expectations_that_links_outside_the_project_is_refused(make_project, tmp_path):
    """SPEC §3: every file the project reads is a regular file inside the root (suites too)."""
    from click.testing import CliRunner

    from reconcile.cli.main import main

    maker = make_project()
    maker.source("agency", {"topic": "defections", "value": "500"})
    outside = tmp_path / "outside.json"
    outside.write_text('{"expectations": [], "secret": "TOKEN=abc"}', encoding="utf-8")
    (maker.root / "expectations").mkdir()
    (maker.root / "expectations" / "claims.json").symlink_to(outside)
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 2
    assert "claims.json" in result.stderr and "TOKEN" not in result.stderr and "Traceback" not in result.stderr


def test_a_suite_named_on_the_command_line_is_read_as_given(make_project, tmp_path):
    from click.testing import CliRunner

    from reconcile.cli.main import main

    maker = make_project()
    maker.source("agency", {"topic": "defections", "value": "500"})
    (tmp_path / "elsewhere").mkdir()
    suite = tmp_path / "elsewhere" / "claims.json"
    suite.write_text(json.dumps({"expectations": [{"type": "expect_column_values_to_not_be_null",
                                                   "kwargs": {"column": "id"}}]}), encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(maker.root), "--suite", str(suite)])
    assert result.exit_code == 0, result.output
