"""Session 42: text copied from a terminal keeps its colour codes ("ESC[31m ... ESC[0m"); the "0m" of one
became a proposed claim "0m" (read as 0 metres), and quotes held the escape bytes (N5's report, D8)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose

ESC = "\x1b"


@pytest.mark.parametrize("sequence, closing", [
    (f"{ESC}[31m", f"{ESC}[0m"),                    # colour on, colour off
    (f"{ESC}[1;31m", f"{ESC}[m"),                    # bold red, reset written short
    (f"{ESC}[38;5;196m", f"{ESC}[39m"),              # 256 colours
    (f"{ESC}[2K", f"{ESC}[10;20H"),                  # erase line, cursor move: other CSI sequences
    ("\x9b31m", "\x9b0m"),                          # the one-character CSI
    (f"{ESC}]0;title\x07", f"{ESC}(B"),              # an OSC (window title), a character set
])
def test_terminal_escape_sequences_are_no_claims_and_no_quote_holds_them(sequence, closing):
    raw = f"More than 500 soldiers {sequence}crossed{closing} into Colombia, the agency said.\n"
    proposals = propose(parse_article(raw, "esc.txt"))
    assert [p.value for p in proposals] == ["More than 500"]
    assert ESC not in proposals[0].quote and "\x9b" not in proposals[0].quote
    assert "soldiers crossed into Colombia" in proposals[0].quote


def test_the_article_text_keeps_its_lines_without_escapes():
    raw = f"title: Storm\n\nFloods killed {ESC}[1m4{ESC}[0m people.\n\nThe river rose 2 m.\n"
    article = parse_article(raw, "a.txt")
    assert article.text == "Floods killed 4 people.\n\nThe river rose 2 m."
