"""Project files as a new user wrote them (SPEC §3, session 36): a misnamed _topics file, and a
"did you mean" for a misspelt topic, place or part_of."""
from __future__ import annotations

import pytest
from click.testing import CliRunner
from conftest import TOPIC, claim

from reconcile.cli.main import main


def _error(maker) -> str:
    result = CliRunner().invoke(main, ["report", str(maker.root)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    return result.output


@pytest.mark.parametrize("name", ["_topics.yml", "_Topics.yaml", "_topic.yaml", "_topcs.yaml"])
def test_a_misnamed_topics_file_is_an_error_not_a_project_without_topics(make_project, name):
    """`_topics.yml` was silently ignored (source files may end .yml), so the topic's bounds and
    cumulative count did not apply and the report passed."""
    maker = make_project({"id": TOPIC, "title": "T", "unit": "people", "cumulative": True, "bounds": [0, 10]})
    maker.source("a", claim(id="c1", value="500"))
    (maker.root / "sources" / "_topics.yaml").rename(maker.root / "sources" / name)
    output = _error(maker)
    assert f"sources/{name}:1: {name} is not read: reconcile reads _topics.yaml" in output
    assert "rename it to sources/_topics.yaml" in output


def test_other_underscore_files_are_still_left_alone(make_project):
    maker = make_project()
    maker.source("a", claim(id="c1", value="500"))
    for name in ("_notes.yaml", "_topics.old.yaml"):
        (maker.root / "sources" / name).write_text("x: 1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(maker.root), "--fail-on", "never"])
    assert result.exit_code == 0, result.output


def test_a_misspelt_topic_gets_a_did_you_mean_and_not_every_topic(make_project):
    maker = make_project({"id": "venezuelan-military-defections-2019", "title": "T", "unit": "people"})
    maker.topics({"id": "venezuelan-military-defections-2019", "title": "T", "unit": "people"},
                 *({"id": f"topic-{n:04d}", "title": "T"} for n in range(3000)))
    maker.source("a", claim(id="c1", value="500", topic="venezuelan-military-defection-2019"))
    output = _error(maker)
    assert 'did you mean "venezuelan-military-defections-2019"?' in output
    assert "and 2993 more" in output and len(output) < 1000


def test_a_misspelt_part_of_gets_a_did_you_mean(make_project):
    maker = make_project()
    maker.source("a", claim(id="total-2019", value="500"), claim(id="p1", value="400", part_of="total-2109"))
    assert 'part_of "total-2109" names no claim; did you mean "total-2019"?' in _error(maker)


@pytest.mark.parametrize("written, meant", [("Orinoqia", "CO-ORI (Orinoquía"), ("Norte de Santandr", "CO-NSA"),
                                            ("Colmbia", "CO (Colombia")])
def test_a_misspelt_place_gets_a_did_you_mean(make_project, written, meant):
    maker = make_project()
    maker.places({"id": "CO-ORI", "name": "Orinoquía", "parent": "CO"})
    maker.source("a", claim(id="c1", value="500", place=written))
    assert f'unknown place "{written}"; did you mean {meant}' in _error(maker)


def test_a_places_parent_may_be_written_as_a_declared_places_name_or_a_lowercase_code(make_project):
    """"parent: Orinoquía" (declared) was "not a known place", and "parent: co" was refused."""
    maker = make_project()
    maker.places({"id": "CO-ORI", "name": "Orinoquía", "parent": "co"},
                 {"id": "CO-ORI2", "name": "Meta sur", "parent": "Orinoquía"})
    maker.source("a", claim(id="a1", value="5", place="Meta sur"))
    maker.source("b", claim(id="b1", value="3", place="CO"))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate"])
    assert result.exit_code == 1, result.output
    assert "order-conflict" in result.output      # Meta sur is within CO, through Orinoquía


@pytest.mark.parametrize("entry, message", [
    ({"id": "CO-ORI", "name": ["Orinoquía"], "parent": "CO"}, 'field "name" must be text, not a list'),
    ({"id": "CO-ORI", "name": "Orinoquía", "parent": ["CO"]}, 'field "parent" must be text, not a list'),
    ({"id": "CO-ORI", "name": "Orinoquía", "parent": "Colmbia"}, "did you mean CO (Colombia, ISO 3166)?"),
])
def test_a_places_wrong_field_is_named_at_its_line(make_project, entry, message):
    maker = make_project()
    maker.places(entry)
    maker.source("a", claim(id="a1", value="5", place="CO"))
    assert message in _error(maker)


@pytest.mark.parametrize("country, message", [
    ("XX", 'country "XX" is no ISO 3166 country'), ("Colmbia", "did you mean CO?"), ("5", "is no ISO 3166 country"),
    ("CO-NSA", "is no ISO 3166 country"),
])
def test_a_sources_country_must_be_a_country(make_project, country, message):
    maker = make_project()
    maker.source("a", claim(id="a1", value="5"), country=country)
    assert message in _error(maker)


@pytest.mark.parametrize("country", ["Colombia", "co", "CO"])
def test_a_sources_country_may_be_its_name_or_code_and_becomes_the_code(make_project, country):
    maker = make_project()
    maker.source("a", claim(id="a1", value="5"), country=country)
    result = CliRunner().invoke(main, ["sources", str(maker.root), "--json"])
    assert result.exit_code == 0, result.output
    assert '"country": "CO"' in result.output


def test_aliases_written_as_a_quoted_list_are_each_an_alias(make_project):
    maker = make_project()
    maker.write("sources/b.yaml", "source: {id: b, name: B, aliases: '[Bee, Bea]'}\n")
    maker.source("a", claim(id="a1", value="5", via="Bee"), claim(id="a2", value="5", place="CO", via="Bea"))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--fail-on", "never"])
    assert result.exit_code == 0, result.output


def test_a_value_glued_to_letters_in_a_source_file_says_why(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="over500"))
    assert "('over500': a number glued to letters is a name or a code, not a quantity): 'over500'" in _error(maker)


def test_a_number_cut_at_its_comma_in_a_flow_mapping_says_to_quote_it(make_project):
    maker = make_project()
    maker.write("sources/a.yaml",
                f"source: {{id: a, name: A}}\nclaims:\n  - {{id: a1, topic: {TOPIC}, value: 12,500}}\n")
    assert '"12,500" was cut in two; quote it (value: "12,500")' in _error(maker)


@pytest.mark.parametrize("field, value, message", [
    ("bounds", [True, 10], '"bounds" must hold numbers'), ("bounds", [float("nan"), 10], '"bounds" must hold numbers'),
    ("date_tolerance_days", True, '"date_tolerance_days" must be a whole number'),
])
def test_a_topics_numbers_are_not_true_or_nan(make_project, field, value, message):
    maker = make_project({"id": TOPIC, "title": "T", "unit": "people", field: value})
    maker.source("a", claim(id="a1", value="5"))
    assert message in _error(maker)


@pytest.mark.parametrize("days, row", [([0, -10**6], 2), ([2**31 - 1], 1)])
def test_a_parquet_date_python_cannot_hold_is_the_rows_error(make_project, days, row):
    """A date32 before year 1 or after 9999 gave OverflowError's traceback and exit 1."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    maker = make_project()
    pq.write_table(pa.table({"topic": [TOPIC] * len(days), "value": ["5"] * len(days),
                             "as_of": pa.array(days, pa.date32())}), maker.root / "sources" / "t.parquet")
    maker.write("sources/ex.yaml", "source: {id: ex, name: Ex}\nclaims: t.parquet\n")
    assert f'sources/t.parquet:{row}: "as_of" holds a date outside the years 1 to 9999' in _error(maker)


def test_a_binary_yaml_tag_is_refused(make_project):
    """README Security: YAML is read safely, no tags. !!binary gave the value "b'more than 500'"."""
    maker = make_project()
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims:\n  - id: a1\n    topic: {TOPIC}\n"
                                  "    value: !!binary bW9yZSB0aGFuIDUwMA==\n")
    assert "unsupported YAML tag tag:yaml.org,2002:binary" in _error(maker)
