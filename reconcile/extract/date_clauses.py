"""The clauses of a sentence whose day is not its figures': a clause about the event, and a clause of "when".

A sentence may name a day only to say when its event happened: "deaths from a strong earthquake that hit
Lombok on Sunday has risen to 259", "398 cases have surfaced in Guinea, where the outbreak began in January",
"el número de víctimas del terremoto del pasado 19 de septiembre subió a 331". The day dates the quake or the
outbreak's start, not a toll counted up to the day it was told (``event_clauses``). So does a day of an earlier
clause the figure's own goes on from with "since" or "now": "The quake struck on August 5 and the toll has since
risen to 259", "El sismo sacudió Lombok el 5 de agosto y desde entonces el balance ha subido a 259" (259: the
day the article tells it).

And a day may be the day of a figure told in a clause of "when" after it, though the sentence names it as the
start of a change: "a 60-percent hike since the WHO's last figure on June 4, when it said 208 people had
died" (``when_day``).
"""
from __future__ import annotations

import re

from reconcile.extract.date_report import clause_span, counts_to_now, figures_clause
from reconcile.extract.dates import MONTH_WORDS, dates_in

__all__ = ["event_clauses", "when_day", "without"]

# a relative clause that tells the event happened, or began: "that hit", "which struck", "where the outbreak
# began", "que azotó", "donde comenzó el brote" (a few words before the verb at most)
_EVENT_VERB = (r"(?:struck|hit|began|begun|started|broke\s+out|erupted|occurred|happened|made\s+landfall|collapsed|"
               r"crashed|sank|capsized|exploded|swept|ravaged|rocked|shook|"
               r"azot[oó]|sacudi[oó]|golpe[oó]|comenz[oó]|empez[oó]|inici[oó]|estall[oó]|ocurri[oó]|sucedi[oó]|"
               r"se\s+produjo|toc[oó]\s+tierra|se\s+derrumb[oó]|se\s+desplom[oó]|naufrag[oó]|explot[oó]|"
               r"arras[oó]|azotaron|comenzaron|empezaron|estallaron|ocurrieron|"
               # the event's passing named by a noun: "following Hurricane Ian's devastation last week", "tras el paso
               # del huracán el martes"
               r"devastation|landfall|passage|onslaught|rampage|paso|impacto)")
# (or a clause of when it happened: "have been reported dead after an earthquake hit Afghanistan on Saturday", "after
# a 6.3-magnitude earthquake struck", "después de que un sismo sacudió el norte el martes")
_RELATIVE_EVENT = re.compile(rf"\b(?:that|which|where|que|donde|en\s+(?:el|la)\s+que|after|following|tras|"
                             rf"despu[eé]s\s+de\s+que)\s+(?:[\w.'’-]+\s+){{0,6}}?"
                             rf"{_EVENT_VERB}\b[^,;:.\d]{{0,80}}", re.I)
# an event named by its day: "del terremoto del pasado 19 de septiembre", "the earthquake of 5 August", "Sunday's
# quake"
_EVENT_NOUN = (r"(?:earthquake|quake|tremor|storm|hurricane|typhoon|cyclone|flood|landslide|eruption|explosion|"
               r"blast|fire|attack|crash|collapse|terremoto|sismo|temblor|tormenta|hurac[aá]n|tif[oó]n|cicl[oó]n|"
               r"inundaci[oó]n|deslizamiento|alud|erupci[oó]n|explosi[oó]n|incendio|ataque|atentado|accidente|"
               r"derrumbe)")
_NAMED_BY_DAY = re.compile(rf"\b{_EVENT_NOUN}\s+(?:del?|of)\s+(?:(?:el|the)\s+)?(?:pasado\s+|last\s+)?"
                           rf"(?:\d{{1,2}}\s+(?:de\s+)?(?:{MONTH_WORDS})|(?:{MONTH_WORDS})\s+\d{{1,2}}|"
                           r"lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|monday|tuesday|wednesday|"
                           r"thursday|friday|saturday|sunday)\b"
                           # the weekday's possessive before the event: "Sunday's quake", "last Saturday's powerful
                           # earthquake"
                           rf"|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)['’]s\s+"
                           rf"(?:[^\W\d_]+[\s-]+){{0,2}}?{_EVENT_NOUN}\b", re.I)
# a toll that has grown up to the day it is told: "rose to", "subió a", "se elevó a", "climbed to"
_RISEN = re.compile(r"\b(?:rose|climbed|jumped|increased|grew|reached|sub(?:i[oó]|e)|aument[oó]|ascendi[oó]|"
                    r"se\s+elev[oó]|lleg[oó]|alcanz[oó]|creci[oó])\b", re.I)
# a clause that began a span: "where the outbreak began in January" (its day is when the count began)
_BEGAN = re.compile(r"\b(?:began|begun|started|broke\s+out|comenz[oó]|empez[oó]|inici[oó]|estall[oó]|"
                    r"comenzaron|empezaron|estallaron)\b", re.I)


def event_clauses(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``body`` that name a day only to tell when its event happened, for the figure at [start,
    end): a relative clause of the event's verb ("that hit Lombok on Sunday", "where the outbreak began in
    January") or an event named by its day ("del terremoto del pasado 19 de septiembre"), outside the figure.
    Only for a figure counted up to the day it was told ("has risen to", "subió a"), or of a clause that tells
    when a span began ("where ... began in January"): a toll of a one-day event stays of its day ("a fire that
    broke out on Sunday killed 12")."""
    running = counts_to_now(body, start, end) or _RISEN.search(figures_clause(body, start, end)) is not None
    # (a clause ends before the figure: "that hit Lombok has killed twelve people on Sunday" keeps its day)
    spans = [(m.start(), min(m.end(), start) if m.start() < start else m.end())
             for m in _RELATIVE_EVENT.finditer(body) if running or _BEGAN.search(m.group())]
    if running:
        spans += [m.span() for m in _NAMED_BY_DAY.finditer(body) if not m.start() <= start < m.end()]
    return spans + _since_then(body, start, end)


# a count that goes on from a day named before, up to the day it is told: "has since risen", "now stands at",
# "so far", "desde entonces", "hasta ahora", "ya asciende" (not "ya que": because)
_SINCE = re.compile(r"\b(?:since|now|so\s+far|to\s+date|hasta\s+(?:ahora|la\s+fecha|el\s+momento)|desde\s+entonces|"
                    r"ya(?!\s+que\b))\b", re.I)


def _since_then(body: str, start: int, end: int) -> list[tuple[int, int]]:
    """The clauses before the figure's own at [start, end), when its own counts on from them up to now ("The quake
    struck on August 5 and the toll has since risen to 259"): their day is where the count began, not its day."""
    begin, stop = clause_span(body, start, end)
    if not begin:
        # a clause that opens with its figure, which ``clause_span`` leaves in the list before it: ", and 259
        # deaths have now been confirmed"
        begin = max((m.end() for m in _COORDINATED.finditer(body, 0, start)), default=0)
    return [(0, begin)] if begin and _SINCE.search(body, begin, stop) else []


# a comma and a coordinator, or a semicolon: where a clause of its own may begin before its figure
_COORDINATED = re.compile(r"\s*(?:;|,\s*(?:and|y|e)\b)\s*", re.I)


def without(body: str, spans: list[tuple[int, int]]) -> str:
    """``body`` with ``spans`` blanked, each character a space (offsets kept)."""
    for a, b in spans:
        body = body[:a] + " " * (b - a) + body[b:]
    return body


# a day, then a clause of "when" that tells what was so on it: "on June 4, when it said", "el 4 de junio, cuando";
# or a year, or a month of a year ("since 2013, when a quake hit Bohol, killing more than 200"); the clause runs
# up to the figure, not past a clause of its own ("desde el 18 de abril, cuando estallaron las protestas, aunque
# otras organizaciones citan más de 400": the start of the count, no day of the 400)
_DAY_THEN_WHEN = re.compile(rf"(?:\b\d{{1,2}}\s+(?:de\s+)?(?:{MONTH_WORDS})\b|\b(?:{MONTH_WORDS})\.?\s+\d{{1,2}}\b|"
                            rf"\b(?:(?:{MONTH_WORDS})\s+(?:de\s+|of\s+)?)?(?:1[89]|20)\d\d\b)"
                            rf"(?:,?\s+(?:de\s+)?\d{{4}})?,?\s+(?:when|cuando|en\s+que|the\s+day)\b"
                            # (a comma only before a participle that goes on with it: "..., killing more than 200"; not
                            # "Since 2012, when the fighting began, more than 7,000 people have been killed")
                            r"(?:[^;.,]|(?<=\d)[.,](?=\d)|,(?=\s*[^\W\d_]+(?:ing|ando|iendo)\b))*$", re.I)
# a present perfect: a count up to now, which no day of "when" dates ("since 2012, when more than 7,000 have died")
_PERFECT = re.compile(r"\b(?:has|have|ha|han)\s+(?!to\b|que\b|de\b)", re.I)


def when_day(body: str, start: int, article_date: str | None) -> str | None:
    """The day a figure at ``start`` is of when it is told in a clause of "when" right after that day ("since
    the WHO's last figure on June 4, when it said 208 people had died": June 4), else None."""
    match = _DAY_THEN_WHEN.search(body, 0, start)
    if match is None or _PERFECT.search(re.split(r"[;.](?!\d)", body[match.start():])[0]):
        return None
    day = re.match(r"[^,]*?(?=,?\s+(?:when|cuando|en\s+que|the\s+day)\b)", match.group())
    # (a year alone is read as one the sentence puts its events in: "since 2013" as "in 2013")
    return dates_in(f"in {day.group()}", article_date) if day is not None else None
