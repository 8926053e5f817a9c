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
