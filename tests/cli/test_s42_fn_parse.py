"""``reconcile parse`` in its own process: JSON whatever stdout's encoding (N8 D3), a stdin line that is not
UTF-8 (D4), the message of a value with a control character (D5)."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def run_parse(tmp_path, *args, stdin=b"", encoding="utf-8"):
    return subprocess.run([sys.executable, "-m", "reconcile", "parse", *args], input=stdin, capture_output=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO), "PYTHONIOENCODING": encoding})


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_parse_json_is_json_whatever_stdouts_encoding(tmp_path, encoding):
    result = run_parse(tmp_path, "--json", "más de 5", "500 😀", "ñ😀", encoding=encoding)
    lines = [json.loads(line) for line in result.stdout.decode(encoding).splitlines()]
    assert [line["text"] for line in lines] == ["más de 5", "500 😀", "ñ😀"]
    assert (lines[0]["lower"], lines[1]["lower"]) == (5, 500)
    assert "no quantity in stated value: 'ñ😀'" in lines[2]["error"]
    assert result.returncode == 2


def test_a_stdin_line_that_is_not_utf8_gets_its_error_line_and_the_next_lines_are_parsed():
    from click.testing import CliRunner

    from reconcile.cli.main import main

    result = CliRunner().invoke(main, ["parse", "--json"], input=b"500\nabout 5\xff\n600\n")
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert lines[0]["lower"] == 500 and lines[2]["lower"] == 600
    assert lines[1] == {"text": "about 5\\xff", "error": lines[1]["error"]}
    assert lines[1]["error"].startswith("byte 0xFF at column 8 is not UTF-8 text; convert the text to UTF-8 first")
    assert "Error: <stdin>:2: byte 0xFF" in result.stderr and "1 value(s) could not be parsed" in result.stderr
    assert result.exit_code == 2
    text = CliRunner().invoke(main, ["parse"], input=b"500\nabout 5\xff\n600\n")
    assert text.stdout.splitlines()[1].startswith("about 5\\xff\terror: byte 0xFF at column 8")
    assert text.stdout.splitlines()[2] == "600\t600\texact" and text.exit_code == 2


def test_a_utf16_stdin_is_told_to_convert_from_utf16():
    from click.testing import CliRunner

    from reconcile.cli.main import main

    result = CliRunner().invoke(main, ["parse"], input="500\n".encode("utf-16"))
    assert "iconv -f utf-16 -t utf-8" in result.stderr and result.exit_code == 2


@pytest.mark.parametrize("value, shown", [("banana\x01", "'banana\\x01'"), ("5\x0100", "'5\\x0100'")])
def test_the_message_of_a_value_with_a_control_character_keeps_its_start(value, shown):
    from click.testing import CliRunner

    from reconcile.cli.main import main

    result = CliRunner().invoke(main, ["parse", value])
    assert f"Error: argument 1: a control character in the stated value: {shown};" in result.stderr
    stdin = CliRunner().invoke(main, ["parse"], input=value + "\n")
    assert f"Error: <stdin>:1: a control character in the stated value: {shown};" in stdin.stderr
