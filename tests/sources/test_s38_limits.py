"""YAML errors a new user met (session 38): a value above the cell limit names its field, and a
character YAML refuses is hinted with its own escape."""
from __future__ import annotations

import pytest

from conftest import TOPIC
from readers import error_of
from reconcile.errors import InputError
from reconcile.sources.yamlfile import parse_yaml

LONG = "x" * 2_000   # above a 1 KB limit


@pytest.mark.parametrize(("claim", "identity", "what", "field"), [
    ({"value": 5, "quote": LONG}, {}, 'the "quote" value', "quote"),
    ({"value": 5, "note": LONG}, {}, 'the "note" value', "note"),
    ({"value": LONG}, {}, 'the "value" value', "value"),
    ({"value": 5, "population": ["soldiers", LONG]}, {}, 'an item of "population"', "population"),
    ({"value": 5}, {"name": LONG}, 'the "name" value', "name"),
    ({"value": 5}, {"aliases": [LONG]}, 'an item of "aliases"', "aliases"),
])
def test_a_yaml_value_above_the_cell_limit_names_its_field(make_project, monkeypatch, claim, identity, what, field):
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "1")
    maker = make_project()
    maker.source("a", {"topic": TOPIC, **claim}, **identity)
    error = error_of(maker)
    assert error.message.startswith(f"{what} is 2.0 KB, above the 1.0 KB limit"), error.message
    assert error.file == "sources/a.yaml" and error.field == field and "RECONCILE_MAX_CELL_KB" in error.hint


def test_a_yaml_key_above_the_cell_limit_is_called_a_key(make_project, monkeypatch):
    monkeypatch.setenv("RECONCILE_MAX_CELL_KB", "1")
    maker = make_project()
    # (an explicit key, "? ...": YAML takes a plain key of at most 1,024 characters)
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims:\n  - topic: {TOPIC}\n    ? {LONG}\n    : 5\n")
    assert error_of(maker).message.startswith("a key is 2.0 KB")


@pytest.mark.parametrize(("char", "escape"), [("\x01", "\\x01"), ("\x0b", "\\x0b"), ("\x1b", "\\x1b"),
                                              ("\x7f", "\\x7f"), ("\x9f", "\\x9f"), ("\ufffe", "\\ufffe")])
def test_a_character_yaml_refuses_is_hinted_with_its_own_escape(char, escape):
    with pytest.raises(InputError) as caught:
        parse_yaml(f"source:\n  name: A{char}\n", "sources/a.yaml")
    assert caught.value.line == 2 and f'"{escape}"' in caught.value.hint, caught.value.hint
    assert ("(a control character)" in caught.value.message) == (char != "\ufffe")   # U+FFFE is a noncharacter
    # the escape the hint names, written as it says, is that character
    assert parse_yaml(f'name: "A{escape}"\n', "sources/a.yaml") == {"name": f"A{char}"}


def test_a_csv_table_with_a_bare_carriage_return_and_a_nul_is_an_error_not_a_traceback(make_project):
    """b"\\r\\x00" (found by tests/test_fuzz.py): the header's reader raised csv.Error out of the fast path."""
    maker = make_project()
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: t.csv\n")
    (maker.root / "sources" / "t.csv").write_bytes(b"\r\x00")
    error = error_of(maker)
    assert error.file == "sources/t.csv" and error.line is not None


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_a_utf16_file_without_its_mark_is_named_as_such(make_project, encoding):
    """It had been 'the character U+0000 is not allowed ... write it as an escape'."""
    maker = make_project()
    (maker.root / "sources" / "b.yaml").write_bytes("source: {id: b, name: B}\n".encode(encoding))
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/b.yaml", 1) and "UTF-16" in error.message and "UTF-8" in error.hint
