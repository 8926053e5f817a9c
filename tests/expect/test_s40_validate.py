"""validate and parse as a claims repository's CI uses them (session 40): failures of one number
(a column's max, sum, count) name what broke them, --changed-since checks that compare claims see
every claim, a project without claims validates, and parse keeps one line per value."""
from __future__ import annotations

import json

from click.testing import CliRunner

from reconcile.cli.main import main


def test_parse_text_mode_keeps_a_line_per_value_and_names_the_stdin_line():
    result = CliRunner().invoke(main, ["parse"], input="x\n7\n")
    assert result.exit_code == 2
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[1] == "7\t7\texact"
    assert lines[0].startswith("x\terror: no quantity in stated value")
    assert "Error: <stdin>:1: no quantity in stated value: 'x'" in result.stderr


def test_parse_json_names_the_stdin_line_and_blank_lines_count():
    result = CliRunner().invoke(main, ["parse", "--json"], input="7\n\nx\n")
    assert result.exit_code == 2
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows[0]["lower"] == 7 and set(rows[1]) == {"text", "error"}
    assert "Error: <stdin>:3: " in result.stderr


def test_parse_arguments_name_the_argument_that_failed():
    result = CliRunner().invoke(main, ["parse", "5", "many"])
    assert result.exit_code == 2 and result.stdout.splitlines()[1].startswith("many\terror: ")
    assert "Error: argument 2: " in result.stderr
