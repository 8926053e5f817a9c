"""What befell a count, read from its own verb and its own adjective rather than from the noun it
counts: the verb after a part of a group ("3 of the injured died", "tres de los heridos murieron":
dead, not injured) or after a noun that names a criterion itself ("12 protesters died", "12
manifestantes murieron": dead, not protested); and how badly the injured are hurt ("ten suffered
serious injuries", "ocho de los heridos están graves": injured-seriously; "500 slight", "40
heridos leves": injured-slightly), as the GUIDE writes a qualifier after a hyphen."""
from __future__ import annotations

import re
from collections.abc import Callable

from reconcile.quantities.lexicon import fold_word

__all__ = ["is_severity", "verb_after_count", "with_severity"]

# a part of a group said before it: "3 of the injured", "tres de los heridos", "8 of them"
_PART_OF = re.compile(r"\s+(?:of|de)\s+(?:the|those|these|them|los|las|ellos|ellas|estos|estas)\b"
                      r"(?:\s+(?!(?:later|then|also|still|luego|despu[eé]s|tambi[eé]n|a[uú]n)\b)[^\W\d_]+)?", re.I)
# words between a count and its verb that say when, not what: "3 of the injured later died"
_WHEN = frozenset("later then also still subsequently eventually afterwards since all both reportedly "
                  "luego despues tambien aun todavia posteriormente finalmente todos todas ambos".split())
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _is_finite(word: str, lang: str) -> bool:
    """A verb that states what befell its subject, in the past: "died", "drowned", "murieron",
    "falleció"; not a participle used as an adjective in Spanish ("muertos")."""
    low = fold_word(word)
    if not word.islower() or len(low) < 4:
        return False
    if lang == "es":
        return low.endswith(("ron", "ó", "io")) and not low.endswith(("ario", "orio"))
    return low.endswith("ed") or low in ("fled", "drowned", "died")


def verb_after_count(sentence: str, end: int, counted: str | None, lang: str,
                     word_criterion: Callable[[str], str | None]) -> str | None:
    """The criterion of the verb right after a count's noun, or after the group a count is a part
    of, when that verb names one: "3 of the injured died" (dead), "12 protesters died" (dead),
    "doce manifestantes murieron" (dead). None when the noun is not followed by such a verb."""
    part = _PART_OF.match(sentence, end)
    at = part.end() if part else end
    if part is None:
        if not counted:
            return None
        first = _WORD.match(sentence, at + len(sentence[at:]) - len(sentence[at:].lstrip()))
        if first is None or fold_word(first.group()) != fold_word(counted):
            return None
        at = first.end()                  # "12 protesters died": after the noun
    for match in _WORD.finditer(sentence, at, min(len(sentence), at + 40)):
        if sentence[at:match.start()].strip():
            return None                   # a comma or a figure first: another clause
        word = match.group()
        if fold_word(word) in _WHEN:
            at = match.end()
            continue
        return word_criterion(word) if _is_finite(word, lang) else None
    return None


# how badly: "serious injuries", "in serious condition", "heridos graves", "en estado grave",
# "de gravedad", "critically injured"; "slight", "minor injuries", "heridos leves". Only of the
# injured: "14 suffered serious burns" says how they were burned, not that they were injured
_SERIOUS = r"(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|life-threatening|grave(?:s|mente)?|de\s+gravedad|" \
           r"cr[ií]tic[oa]s?)"
_SLIGHT = r"(?:slight(?:ly)?|minor|light|leve(?:s|mente)?)"


def _how_badly(words: str) -> re.Pattern:
    """The figure's own adjective ("10 serious", "3 graves"), or one of injuries or a state."""
    return re.compile(rf"^\s*{words}\b|\b{words}\s+(?:injur|wound|condition|lesion|herid)|"
                      rf"\b(?:injur\w*|wounded|hurt|herid\w*|lesionad\w*|estado|condition|est[aá]n|encuentran?|"
                      rf"is|are|remains?|remained|permanecen?)\s+(?:in\s+)?{words}\b", re.I)


_SERIOUS_HERE, _SLIGHT_HERE = _how_badly(_SERIOUS), _how_badly(_SLIGHT)


def is_severity(word: str) -> bool:
    """A word of how badly, read as a counted noun: "10 graves, 500 leves" counts people."""
    return bool(re.fullmatch(_SERIOUS, word, re.I) or re.fullmatch(_SLIGHT, word, re.I))


_CLAUSE_END = re.compile(r"[,;.:()]|\b(?:and|y|while|mientras|but|pero)\b", re.I)


def with_severity(slug: str | None, sentence: str, start: int, end: int) -> str | None:
    """``slug`` with how badly its injured are hurt, as the figure's own clause says after it:
    "10 serious, 500 slight", "ten suffered serious injuries", "Ocho de los heridos están
    graves", "21 se encuentran en estado grave", "40 heridos leves"."""
    if slug != "injured":
        return slug
    stop = _CLAUSE_END.search(sentence, end, min(len(sentence), end + 50))
    clause = sentence[end:stop.start() if stop else min(len(sentence), end + 50)]
    if _SERIOUS_HERE.search(clause):
        return "injured-seriously"
    if _SLIGHT_HERE.search(clause):
        return "injured-slightly"
    return slug
