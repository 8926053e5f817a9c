"""extract on 100 KB of capitalised words (issue 11): the 'NAME ... said' patterns must not
backtrack (it took 62-90 s). Not a timed assertion: the command runs under a generous timeout
(a hang or a catastrophic backtrack fails the test and says so), whatever the machine."""
from __future__ import annotations

import importlib
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


# ---------------------------------------------------------------- a table pasted as one sentence
# What is read per figure (its counted noun, its verb, its clause) looks at the whole sentence:
# a sentence of N figures cost N times its length, quadratic (1,000 figures took 1.3 s, 2,000
# took 5.8 s; 100 KB would take minutes). A run longer than ``LONGEST`` is read in pieces, so
# the work per figure is bounded and the whole is linear. The tests check that structure, not a time.

def _figures(count: int) -> str:
    return " ".join(str(k * 37 % 9000 + 11) for k in range(count)) + " people died."


def test_a_long_run_of_figures_comes_in_bounded_pieces_that_cover_it():
    from reconcile.quantities.running import LONGEST, sentences

    text = "Heading.\n" + _figures(20_000) + " Then 25 000 más."      # about 100 KB
    found = sentences(text)
    assert max(len(s.text) for s in found) <= LONGEST
    assert all(text[s.start:s.start + len(s.text)] == s.text for s in found)
    # nothing is lost or read twice: the pieces hold every figure once, in order
    assert " ".join(s.text for s in found).split() == text.split()


def test_a_piece_is_not_cut_inside_a_number_grouped_by_spaces():
    from reconcile.quantities.running import LONGEST, sentences

    text = " ".join(["murieron 25 000"] * (LONGEST // 5)) + "."
    for s in sentences(text, "es"):
        assert not s.text.startswith("000"), s.text[:40]


def test_the_work_per_figure_of_a_long_sentence_is_bounded(monkeypatch):
    # every figure's criterion reads its sentence: none is given more than LONGEST characters,
    # however long the run (before, each of the 2,000 figures here read all 9,700 characters)
    from reconcile.extract import parse_article, propose
    from reconcile.quantities.running import LONGEST

    propose_module = importlib.import_module("reconcile.extract.propose")
    seen: list[int] = []
    criterion = propose_module.criterion

    def counting(sentence, *args, **kwargs):
        seen.append(len(sentence))
        return criterion(sentence, *args, **kwargs)

    monkeypatch.setattr(propose_module, "criterion", counting)
    proposals = propose(parse_article(_figures(2_000) + "\n", "table.txt"), "en")
    assert len(seen) == len(proposals) > 1_000
    assert max(seen) <= LONGEST
