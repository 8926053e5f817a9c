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
