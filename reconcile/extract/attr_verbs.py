"""Whether a speech verb the pattern found is the verb of a claimant: not a noun after an article ("la cifra de
asistentes", "the estimates"), not a plural present that is a noun ("the state of Bihar", "a report"), not a
passive with no agent ("was reported to have"), and the agent of a passive revision when there is one ("the toll
was later revised by the government to 220": the government). ``attribution`` reads the subject of the verbs that
pass.
"""
from __future__ import annotations

import re

from reconcile.extract.reading import ADVERB, read_forwards
from reconcile.extract.speakers import (ARTICLES, COLLECTIVE, ROLES, SPEAKING, Attribution, can_state, tokens,
                                        usable)
from reconcile.quantities.lexicon import fold_word

__all__ = ["after_article", "is_passive", "passive_agent", "plural_noun"]

# "was reported to have", "fue informado": a passive verb without "by" names no claimant
_PASSIVE_BEFORE = frozenset("was were is are be been being fue fueron es son sido".split())
# "the funds requested had been received": a participle after its noun, not the verb of a claimant
_AFTER_PARTICIPLE = frozenset("had has have was were is are will would could may might".split())


# verbs in the present plural that are also nouns ("the state of Bihar", "a report"): a verb
# only after a plural subject, never after an article or a determiner, nor before "of"
_PLURAL_PRESENT = frozenset("state report announce confirm".split())
_NOT_SUBJECT_END = frozenset("the a an this that its their his her our of in on by to for with new same whole "
                             "final latest first".split())


def after_article(sentence: str, match: re.Match) -> bool:
    """"la cifra de asistentes", "the estimates": a noun, not a verb."""
    if match.group().endswith(("ó", "aron", "ieron")):
        return False                                   # "la rebajó", "lo cifraron": a pronoun, then the verb
    before = tokens(sentence, max(0, match.start() - 12), match.start())
    if match.group() in _PLURAL_PRESENT:
        after = tokens(sentence, match.end(), min(len(sentence), match.end() + 6))
        return not before or fold_word(before[-1][0]) in _NOT_SUBJECT_END or (
            bool(after) and fold_word(after[0][0]) in ("of", "on", "by", "from", "for", "was", "is", "has"))
    if before and before[-1][0].isupper() and len(before[-1][0]) > 1:
        return False                                   # "The UN said": an acronym, not the article "un"
    return bool(before) and fold_word(before[-1][0]) in ARTICLES | _POSSESSIVE_WORDS


# "his estimate", "sus cifras": a possessive before a noun that is also a verb
_POSSESSIVE_WORDS = frozenset("su sus its their this esta his her our".split())


# "reports", "claims", "states" are plural nouns before these: "national reports cited in the
# table", "claims of 300 dead", "reports say"
_NOUN_NEXT = frozenset("of from in on about by were are have had say said says suggest suggested indicate "
                       "indicated show showed put circulated emerged".split())
# a name alone after a comma, as the subject of a tag: ", CNN reports.", ", the Associated Press reports."
_NAME_TAGGED = re.compile(r",\s+(?:the\s+)?(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,4}\s+$")
_NOUN_OR_VERB = frozenset("reports claims states comments quotes estimates".split())
_AGENT_AFTER = re.compile(r"\s+(?:(?:to|at|a|en|hasta)\s+(?:about\s+|some\s+|unos\s+|unas\s+)?[\d][\d.,]*"
                          r"(?:\s+(?:million|millones|thousand|mil))?\s+)?(?:by|por)\s+", re.I)
_BETWEEN_AUX = frozenset("later initially first then also officially subsequently eventually since "
                         "luego despues inicialmente posteriormente tambien oficialmente".split())


def passive_agent(sentence: str, match: re.Match) -> Attribution | None:
    """The agent of a passive report: "the figure was later raised to 25,000 by the government",
    "fue elevada a 300 por el ministerio" -> the government, the ministry."""
    if not fold_word(match.group()).endswith(("ed", "ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")) and \
            fold_word(match.group()) != "put":         # "the toll was put at 1,200 by the Red Cross"
        return None
    before = tokens(sentence, max(0, match.start() - 40), match.start())
    while before and (fold_word(before[-1][0]) in _BETWEEN_AUX or ADVERB.search(fold_word(before[-1][0]))):
        before = before[:-1]
    if not before or fold_word(before[-1][0]) not in _PASSIVE_BEFORE:
        return None
    by = _AGENT_AFTER.match(sentence, match.end())
    if by is None:
        return None
    found = read_forwards(sentence, by.end())
    if not usable(found) or not can_state(found.who, match.group()):
        return None                                    # "recorded by seismographs": no one states it
    return Attribution(found.who, match.start(), found.end, False)


# a participle right after the noun it counts: "with over 1,200 cases of Hepatitis E reported", "40 deaths confirmed
# by the ministry" (N6 D8): the figure, its noun and what the noun is of, then the verb; the name there is no subject
_COUNTED_BEFORE = re.compile(r"\d[\d.,]*(?:\s+(?:hundred|thousand|million|billion))?\s+(?P<noun>(?-i:[a-z]+))"
                             r"(?:\s+of(?:\s+(?:the\s+)?[^\W\d_]+){1,4})?\s+$")


def _after_its_count(sentence: str, match: re.Match) -> bool:
    """Whether an English participle follows the count it tells of: "1,200 cases of Hepatitis E reported" (not a
    count of those who speak: "the 5,000 police counted": the police did)."""
    counted = _COUNTED_BEFORE.search(sentence, max(0, match.start() - 80), match.start()) \
        if fold_word(match.group()).endswith("ed") else None
    return counted is not None and fold_word(counted.group("noun")) not in SPEAKING | ROLES | COLLECTIVE


def plural_noun(sentence: str, match: re.Match) -> bool:
    """"the individual national reports cited below": a plural noun, not a verb in the present."""
    if fold_word(match.group()) not in _NOUN_OR_VERB:
        return False
    after = tokens(sentence, match.end(), min(len(sentence), match.end() + 30))
    if not after or not after[0][0][:1].isalpha():
        # "reports 300 dead", "states: 40 died" are verbs; "the claims." ends a noun phrase, but "..., CNN reports."
        # is a name's tag after its figures
        return not after or not (after[0][0][:1].isdigit() or after[0][0] in (",", ":", "\"", "“")
                                 or _NAME_TAGGED.search(sentence, 0, match.start()) is not None)
    word = fold_word(after[0][0])
    return word in _NOUN_NEXT or word.endswith("ed") and after[0][0].islower()


_PASSIVE_ADVERBS = frozenset("first later also officially initially previously originally subsequently "
                             "widely reportedly then".split())


def is_passive(sentence: str, match: re.Match) -> bool:
    """"was reported to have", "the funds requested had been": the verb has no subject that
    speaks (a passive without "by", or a participle after its noun)."""
    before = tokens(sentence, max(0, match.start() - 30), match.start())
    after = tokens(sentence, match.end(), min(len(sentence), match.end() + 30))
    word_before = fold_word(before[-1][0]) if before else ""
    if word_before in _PASSIVE_ADVERBS and len(before) > 1:
        word_before = fold_word(before[-2][0])         # "was first reported", "were later confirmed"
    if word_before == "se":                            # "se registró", "se informó": no one speaks
        return not (after and fold_word(after[0][0]) == "por")
    if word_before in _PASSIVE_BEFORE and fold_word(match.group()).endswith(("ed", "ado", "ada", "ados", "adas",
                                                                        "ido", "ida", "idos", "idas")):
        return not (after and fold_word(after[0][0]) in ("by", "por"))
    if _after_its_count(sentence, match):
        return not (after and fold_word(after[0][0]) in ("by", "por"))
    return bool(after) and fold_word(after[0][0]) in _AFTER_PARTICIPLE and fold_word(match.group()).endswith("ed")
