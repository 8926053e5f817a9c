"""Who speaks a quote that runs over several sentences.

'"We have 45 dead. Another 120 are injured," Interior Minister Juan Perez said.' The speaker is
named after the quote closes, in a later sentence than the figure: the figure of the quote's
first sentence is the speaker's too. '«Tenemos 45 muertos. Hay otros 120 heridos», afirmó el
ministro.' A quote that closes with no speaker after it names no one.
"""
from __future__ import annotations

from reconcile.extract.attribution import attributions
from reconcile.extract.speakers import ARTICLES, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["quote_speaker"]

# (opening, closing) marks; a straight double quote opens and closes
_PAIRS = (("“", "”"), ("«", "»"))
_FURTHEST = 4          # sentences a quote may run over after the one that opens it


def _unclosed(text: str) -> str | None:
    """The closing mark a sentence leaves open, or None."""
    if text.count('"') % 2 == 1:
        return '"'
    for opening, closing in _PAIRS:
        if text.count(opening) > text.count(closing):
            return closing
    return None


def quote_speaker(texts: list[str], index: int) -> str | None:
    """The speaker named right after the quote that sentence ``index`` opens and a later
    sentence closes; None when the sentence opens no quote, or no speaker follows its close."""
    closing = _unclosed(texts[index])
    if closing is None:
        return None
    for k in range(index + 1, min(len(texts), index + 1 + _FURTHEST)):
        text = texts[k]
        at = text.find(closing)
        if at < 0:
            if any(mark in text for mark in ('"', "“", "”", "«", "»")):
                return None                            # another quote: the reading is lost
            continue
        after = [a for a in attributions(text) if a.start > at and usable(a)]
        if not after:
            return None
        # the verb right after the close: '..., Interior Minister Juan Perez said.', '», afirmó el ministro.'
        first = min(after, key=lambda a: a.start)
        if any(fold_word(w) not in ARTICLES for w in text[at + 1:first.start].replace(",", " ").strip(" —–").split()):
            return None                                # words between the close and the speaker
        return first.who or None
    return None
