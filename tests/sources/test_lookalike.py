"""Look-alike ids (issue 11 item 13): text that prints like another id is refused where it is
written, naming the character; a slug never ends in a line break."""
from __future__ import annotations

import pytest

from conftest import TOPIC
from readers import error_of, load
from reconcile.model.names import is_slug

ZWSP = "\u200b"


def test_a_claim_id_with_a_zero_width_space_is_refused_naming_the_character(make_project):
    maker = make_project()
    maker.source("a", {"id": "example-total", "topic": TOPIC, "value": 5},
                 {"id": "example-total" + ZWSP, "topic": TOPIC, "value": 6})
    error = error_of(maker)
    assert (error.file, error.field) == ("sources/a.yaml", "id")
    assert "U+200B ZERO WIDTH SPACE" in error.message and ZWSP not in str(error)


@pytest.mark.parametrize("field, value", [("topic", TOPIC + "\u2060"), ("part_of", "ｔotal"),
                                          ("via", "b\u200d"), ("id", "cafe\u0301")])
def test_look_alike_ids_and_names_in_a_yaml_claim_are_refused(make_project, field, value):
    maker = make_project()
    maker.source("b")
    maker.source("a", {"id": "x", "topic": TOPIC, "value": 5, field: value})
    error = error_of(maker)
    assert (error.file, error.field) == ("sources/a.yaml", field) and "U+" in error.message


def test_a_source_name_with_an_invisible_character_is_refused(make_project):
    maker = make_project()
    maker.source("a", name="Ministry\u200b of Defence")
    assert "U+200B" in error_of(maker).message


@pytest.mark.parametrize("column, value", [("id", "c1" + ZWSP), ("source", "a" + "\ufeff"), ("topic", "ｄefections")])
def test_look_alike_ids_in_a_table_are_refused_at_their_line(make_project, column, value):
    maker = make_project()
    maker.source("a")
    row = {"source": "a", "id": "c2", "topic": TOPIC, "value": "5"}
    row[column] = value
    maker.write("sources/claims.csv", "source,id,topic,value\na,c0,defections,4\n" + ",".join(row.values()) + "\n")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/claims.csv", 3, column) and "U+" in error.message


def test_accented_names_are_not_look_alikes(make_project):
    maker = make_project()
    maker.source("migracion-colombia", name="Migración Colombia")
    maker.write("sources/claims.csv", "source,id,topic,value\nMigracio\u0301n Colombia,c1,defections,5\n")
    assert list(load(maker).frame["source"]) == ["migracion-colombia"]


@pytest.mark.parametrize("text", ["abc\n", "abc\r\n", "\nabc", "ab c", "Abc", "abc" + ZWSP])
def test_a_slug_is_the_whole_text(text):
    assert not is_slug(text)
    assert is_slug("abc-1")


def test_a_topic_id_ending_in_a_line_break_is_refused(make_project):
    maker = make_project({"id": "defections\n", "title": "D"})
    maker.source("a")
    assert "slug" in error_of(maker).message


def test_the_message_quotes_accents_as_written_and_escapes_only_what_does_not_print_as_itself(make_project):
    maker = make_project()
    maker.source("a", name="Migración\u200bColombia")
    message = error_of(maker).message
    assert 'name "Migración\\u200bColombia"' in message, message
