"""A weekday of a day to come: "The summit on Thursday will bring together 40 leaders", "The strike planned for
Friday is expected to draw 50,000", "The referendum is set for Sunday, March 17", "La huelga convocada para el viernes
reunirá a 50.000". Such a weekday is the next day of its name, not the last one before the article's day: news names
a weekday gone by its bare name ("killed on Thursday"), and one to come by the verb of its clause.

Only the weekday's own clause is read, and a weekday an event of the past is told of ("killed on Thursday", "los
muertos del viernes serán enterrados") is never read as one to come, whatever the rest of the sentence says.
"""
from __future__ import annotations

import re

__all__ = ["to_come"]

# a word that opens another clause, which the weekday's ends before: "said on Monday that the summit will ..."
_CLAUSE_WORD = r"(?:that|which|who|and|but|when|where|while|que|cual|quien|quienes|y|pero|cuando|donde|mientras)"
# what sets a day to come, before its weekday in its clause: "will be held on", "is set for", "planned for", "next",
# "the coming", "convocada para el", "prevista para el", "el próximo", "se celebrará el"
_SET_BEFORE = re.compile(
    r"(?:\b(?:will|shall|(?:set|scheduled|planned|slated|due|called|convened|expected)\s+(?:for|on)|next|coming|"
    r"upcoming|(?:convocad|previst|programad|fijad|anunciad|planead)[oa]s?\s+para|pr[oó]xim[oa])\b"
    r"|\b[a-záéíóúñ]{2,}(?:rá|rán|remos)\b)"
    rf"(?:(?!\b{_CLAUSE_WORD}\b)[^,;:.()\"“”«»]){{0,40}}$", re.I)
# the verb of a clause of the future, after its weekday: "will bring", "is expected to draw", "could reach", "reunirá",
# "va a reunir"; not "could have"
_FUTURE_AFTER = re.compile(
    rf"^(?:(?!\b{_CLAUSE_WORD}\b)[^,;:.()\"“”«»]){{0,60}}?"
    r"(?:\b(?:will|shall|(?:is|are)\s+(?:expected|due|set|scheduled|slated|going)\s+to|"
    r"(?:could|would|might|(?-i:may))(?!\s+(?:have|not\s+have)\b)|van?\s+a)\b|"
    r"\b[a-záéíóúñ]{2,}(?:rá|rán|remos)\b)", re.I)
# what tells the weekday as a day gone before it: a verb of the past right before ("killed on Thursday", "met on
# Monday", "murieron el viernes"), or the Spanish genitive of a noun ("los muertos del viernes") and the English one
# ("Thursday's attack", "the victims of Friday": R6 2), which name an event by its day and so leave its tense to the
# clause's noun
_PAST_BEFORE = re.compile(r"(?:\b(?:[a-z]{3,}ed|was|were|had|said|told|met|hit|struck|held|fell|began|broke\s+out|died|"
                          r"[a-záéíóúñ]{2,}(?:ó|aron|ieron)|fue|fueron)\s+(?:(?:late|early|on|el)\s+)*|"
                          r"\b(?:del|of)\s+)$", re.I)
# a passive of the future, whose participle is no past: "will be held on Thursday", "is to be buried on Friday"
_TO_BE_DONE = re.compile(r"\b(?:will|shall|to)\s+be\s+[a-z]+\s+(?:on\s+)?$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
# the participles of a plan, which end in -ed as past verbs do: "planned for Friday", "scheduled for Monday"
_PLAN_PARTICIPLE = re.compile(r"\b(?:scheduled|planned|slated|called|convened|expected)\s+(?:for|on)\s+$", re.I)


def to_come(text: str, start: int, end: int) -> bool:
    """Whether the weekday ``text[start:end]`` (its name, without "on" or "el") is told as a day to come: a word
    that sets it as one before it in its clause ("will be held on", "is set for", "convocada para el"), or a verb of
    the future after it in its clause ("The summit on Thursday will bring"); never one a verb of the past stands
    right before ("killed on Thursday"), nor one named by a genitive ("los muertos del viernes", "Friday's")."""
    head = text[max(0, start - 60):start]
    if _PLAN_PARTICIPLE.search(head) or _TO_BE_DONE.search(head):
        return True
    if _PAST_BEFORE.search(text, max(0, start - 40), start) or _POSSESSIVE.match(text, end):
        return False
    return bool(_SET_BEFORE.search(head) or _FUTURE_AFTER.search(text[end:end + 80]))
