"""extract on 100 KB of capitalised words (issue 11): the 'NAME ... said' patterns must not
backtrack (it took 62-90 s). Not a timed assertion: the command runs under a generous timeout
(a hang or a catastrophic backtrack fails the test and says so), whatever the machine."""
from __future__ import annotations

import os
import random
import subprocess
import sys

import pytest

from conftest import REPO

TIMEOUT = 120  # seconds: a linear pass over 100 KB takes well under one


def _capitalised_words(size: int) -> str:
    rng = random.Random(11)
    words = ["Ministry", "Defence", "Colombia", "Migration", "General", "Padrino", "López", "Said",
             "Told", "According", "Reuters", "The", "Of", "Venezuela", "National", "Guard"]
    out, total = [], 0
    while total < size:
        word = rng.choice(words)
        out.append(word)
        total += len(word) + 1
    return " ".join(out) + " said 500 soldiers defected.\n"


def test_extract_on_100_kb_of_capitalised_words_ends(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(_capitalised_words(100_000), encoding="utf-8")
    try:
        done = subprocess.run([sys.executable, "-m", "reconcile", "extract", str(article),
                               "--output", str(tmp_path / "out")], capture_output=True, text=True,
                              timeout=TIMEOUT, env={**os.environ, "PYTHONPATH": str(REPO)}, cwd=tmp_path)
    except subprocess.TimeoutExpired:
        pytest.fail(f"reconcile extract did not end within {TIMEOUT} s on 100 KB of capitalised words: "
                    "the attribution patterns backtrack (issue 11)")
    assert done.returncode in (0, 2) and "Traceback" not in done.stderr, done.stderr[-2000:]
