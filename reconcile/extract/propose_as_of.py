"""The day a figure counts to (its ``as_of``), from the days its sentence and paragraph name.

A sentence's own day or period first ("On 12 May", "in 2010"); else a day named before in the
paragraph, of a count told after it ("The search ended on 13 May 2013. 40 bodies were found"),
of a report the sentence before dated ("On 2 May the ministry issued a report. It lists 300
dead"), or told in the past tense; else the article's day, or its year for an event of weeks or
a toll tallied after the day (``undated``). A count up to now ("now stands at", "asciende a") is
never of a day named before. ``Days`` holds the days named so far, sentence by sentence.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from reconcile.extract.date_earlier import earlier_figure, earlier_today
from reconcile.extract.date_infobox import InfoboxDays, infobox_days
from reconcile.extract.date_report import counts_in_present, counts_to_now, dates_a_report, toll_as_it_stands
from reconcile.extract.date_clauses import event_clauses, when_day, without
from reconcile.extract.date_lists import closing_year, listed_month
from reconcile.extract.dates import (MONTH_WORDS, as_of_line, before_another_events_name, dates_in, dates_line_span,
                                     dates_with_year, day_near, ends_a_span, later_day, long_before, month_in_it,
                                     named_before_its_verb, names_days, names_the_event, other_event_date, own_day,
                                     earlier_day, earlier_figures_days,
                                     own_period, relative_date, said_on, stated_day, told_by_someone, weekday_of,
                                     weekday_period, wire_day)
from reconcile.extract.event_kind import (_LONG_EVENT, _SHORT_EVENT, _STOCK_BEFORE, _SUDDEN, is_drawn_out, is_stock,
                                          undated)
from reconcile.extract.proposal import Line, Story
from reconcile.extract.place_dateline import dateline_end
from reconcile.extract.scene import prose_of
from reconcile.quantities.running import Found, Sentence

__all__ = ["Days"]

# a sentence that tells a toll: what it says was destroyed is part of the tally ("Dejó 595 muertos,
# 2291 heridos, 76 000 viviendas totalmente destruidas"), known by the year like the toll
_TOLL_WORDS = re.compile(r"\b(?:muert[oa]s|muertes|fallecid[oa]s|herid[oa]s|v[ií]ctimas|dead|deaths|killed|"
                         r"injured|injuries|casualties|fatalities)\b", re.I)
# a day named with its month: "5 May", "May 5", "5 de mayo"
_DAY_NAMED = re.compile(rf"\b\d{{1,2}}\s+(?:de\s+)?(?:{MONTH_WORDS})\b|\b(?:{MONTH_WORDS})\s+\d{{1,2}}\b", re.I)
# a day something lasts until, as a deadline: "until 5 May", "until May 5", "hasta el 5 de mayo"
_UNTIL_A_DAY = re.compile(rf"\b(?:until|till|hasta(?:\s+el)?)\s+(?:{_DAY_NAMED.pattern})", re.I)
# the day a span began, which what the next sentences tell is no more of: "a movement dating back to March 7", "since 7
# March", "desde el 7 de marzo"
_SINCE_A_DAY = re.compile(rf"\b(?:since|dating\s+back\s+to|desde(?:\s+el)?)\s+(?:{_DAY_NAMED.pattern})"
                          r"(?:,?\s+(?:de\s+)?\d{4})?", re.I)
# what happened on the day something lasted until: "until 5 May, when fighting broke out", "día en que"
_WHEN_AFTER = re.compile(r"(?:,?\s+(?:de\s+)?\d{4})?,?\s+(?:when|cuando|en\s+que|the\s+(?:day|date)|on\s+which|"
                         r"d[ií]a\s+en\s+(?:el\s+)?que|fecha\s+en\s+(?:la\s+)?que)\b", re.I)
# a sentence that counts up to the day the one before named: "By then", "Para entonces"
_BY_THEN = re.compile(r"\s*(?:By\s+(?:then|that\s+(?:time|day|date|point)|this\s+(?:time|date))|"
                      r"Para\s+(?:entonces|ese\s+(?:entonces|momento|d[ií]a)|esa\s+fecha)|Hasta\s+(?:entonces|esa\s+fecha)|"
                      r"A\s+esa\s+fecha|"
                      # the period the sentence before counted over, to its end: "En ese mismo periodo, los heridos
                      # han sido 2.400", "Over the same period, 2,400 were injured"
                      r"(?:In|Over|During)\s+(?:the|that)\s+(?:same\s+)?(?:period|time(?:\s+span|frame)?|span)|"
                      r"(?:En|Durante)\s+(?:el|ese|este)\s+(?:mismo\s+)?(?:per[ií]odo|lapso|plazo)|"
                      # (not "At that time": an era, "only 11 percent had the vote")
                      r"En\s+el\s+mismo\s+tiempo)\b", re.I)
# a sentence that opens with the total the one before gave: "This total included 934", "Of these, 12 were children",
# "Esta cifra incluye", "De ellos, 12 eran niños"
_THIS_TOTAL = re.compile(r"\s*(?:(?:This|That|The\s+same)\s+(?:total|figure|number|count|toll|tally)|"
                         r"Of\s+(?:these|those|them)|Among\s+(?:these|those|them)|(?:Esta|Esa|Dicha)\s+cifra|"
                         r"(?:Este|Ese|Dicho)\s+(?:total|n[uú]mero|balance|saldo|recuento)|"
                         r"De\s+(?:ellos|ellas|estos|estas|esos|esas))\b", re.I)
# a span of years, of an event or of a count: "(1960-1996)", "(1981–83)", "entre 1981 y 1983", "from 1981 to 1983"
_YEARS_SPAN = re.compile(r"(?:\(|\b(?:entre|de|desde|from|between)\s+)"
                         r"(?P<from>1[5-9]\d\d|20\d\d)\s*(?:[-–—]|\s+(?:y|a|al|hasta|and|to|until)\s+)"
                         r"(?P<to>1[5-9]\d\d|20\d\d|\d\d)\b", re.I)
# a person's name, two capitalised words, right before a bracket
_TWO_NAMES_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+\s+[A-ZÁÉÍÓÚÑ][\w'’-]+\s*$")
# an event that lasts years, named before its span in brackets: "la guerra civil de Guatemala (1960-1996)"
_SPAN_OF_EVENT = re.compile(r"\b(?:guerras?|wars?|conflict[oa]?s?|dictadura|dictatorship|r[eé]gimen|regime|genocidio|"
                            r"genocide|represi[oó]n|repression|crisis|violencia|violence|insurgencia|insurgency|"
                            r"epidemias?|epidemics?|pandemias?|pandemics?|hambrunas?|famines?|sequ[ií]as?|droughts?|"
                            r"ocupaci[oó]n|occupation|terror|troubles|revoluci[oó]n|revolution|campa[ñn]as?|campaigns?)\b"
                            r"[^()]{0,40}$", re.I)
# a span of more years is a life or an era, no count's ("el general Ríos Montt (1926-2018) dijo que ...")
_LONGEST_SPAN = 40


def _span_of(body: str, span: re.Match, item: Found) -> bool:
    """Whether a span of years near a figure is the figure's: in brackets after an event's noun ("La guerra civil
    (1960-1996) dejó 200 000 muertos") or after the figure's own words ("1,771 Ixil asesinado (1981-1983)"); in words,
    right before the figure ("Between 1981 and 1983, 1,771 were killed") or closing its clause ("1,771 were killed
    between 1981 and 1983."). Not a term of office ("Álvaro Uribe (2002-2010)"), a building's years ("built between
    1998 and 2003, released a wave of mud that killed 40"), nor another figure ("entre 1800 y 1830 viviendas")."""
    own_words = 0 <= span.start() - item.end <= 30 and not re.search(r"[,;.]", body[item.end:span.start()])
    if span.group().startswith("("):
        named = _TWO_NAMES_BEFORE.search(body, max(0, span.start() - 60), span.start())
        if named is not None and not _SPAN_OF_EVENT.search(named.group()):
            return False                  # "el expresidente Evo Morales (2006-2019)": a term of office
        return own_words or _SPAN_OF_EVENT.search(body, max(0, span.start() - 50), span.start()) is not None
    right_before = re.fullmatch(r"[\s,]*", body[span.end():item.start]) is not None
    closing = own_words and re.match(r"\s*(?:[.;]|$)", body[span.end():]) is not None
    return right_before or closing


# a sentence that sets the event against another, with that one's day after the words that name it ("surpassed only
# by an accident in Chile on 2 May 1930", "superado solo por el de 1930"), or as the subject the sentence opens with
# ("Only the Benxihu accident ... on 26 April 1942 was deadlier"); not "A stampede on 3 March was the deadliest since
# 2005", nor "A crush, the worst since 2013, happened ... on 12 March" (a comparison "since" a year names no other
# event's day)
_OTHER_EVENT_AFTER = re.compile(r"\b(?:surpassed|exceeded|outstripped|eclipsed|second\s+only\s+to|"
                                r"superad[oa]\s+(?:s[oó]lo\s+|[uú]nicamente\s+)?por)\b", re.I)
# a bracket of its own figures and their day: "5,800 according to the prefecture (7,800 and 20,000 on Saturday)"
_BRACKET = re.compile(r"\([^()]*\)")
# a clause of "with" that gives figures of its own and their day: ", with one person still missing as of August 2,
# 2019," (up to the next comma that ends no date, or the sentence's end)
_WITH_CLAUSE = re.compile(r",\s+(?:with|con)\s+(?:[^,;()]|,(?=\s*(?:de\s+)?\d{4}\b)|\.(?=\d))*")
_ONLY_OTHER_WAS = re.compile(r"\s*(?:Only|Solo|Sólo|Únicamente)\b.*\b(?:was|were|fue|fueron)\s+(?:deadlier|worse|"
                             r"m[aá]s\s+mort[ií]fer[oa]s?|peor(?:es)?)\b", re.I)


_WEEKDAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|"
                      r"jueves|viernes|s[aá]bado|domingo)\b", re.I)


def _dates_another_event(body: str) -> bool:
    """Whether the day a sentence names is another event's, set against this one ("eclipsed Friday's
    inauguration")."""
    after = _OTHER_EVENT_AFTER.search(body)
    return after is not None and (_DAY_NAMED.search(body, after.end()) is not None or (
        _WEEKDAY.search(body, after.end()) is not None and _WEEKDAY.search(body, 0, after.start()) is None)) or \
        _ONLY_OTHER_WAS.match(body) is not None and _DAY_NAMED.search(body) is not None


# an event of one day, or its toll, in the sentence that names its day: "collided on Saturday", "a stampede
# on Sunday", "murieron ... en la madrugada del domingo", "en el momento del colapso ... del viernes"; not
# a count of a day ("Only 37 aid trucks entered on Friday", "El viernes entraron 37 camiones")
_ONE_DAY = re.compile(r"\b(?:collided|collisions?|crash(?:ed)?|sank|capsized|overturned|exploded|collapsed|"
                      r"opened\s+fire|crushed|died|killed|wounded|ataques?|tiroteo|choc[oó]|choque|colisi[oó]n|se\s+hundi[oó]|"
                      r"naufragio|naufrag[oó]|volc[oó]|zozobr[oó]|explot[oó]|colapso|desplom\w*|derrumb\w*|murieron|"
                      r"muri[oó]|"
                      # a march of a day: "Hundreds of thousands marched in Washington on Saturday", "se manifestaron"
                      r"marched|rallied|protested|demonstrated|marcharon|se\s+manifestaron|protestaron)\b", re.I)
# a toll or damage, tallied over an event of weeks: known by the year
# a month, then what lasted days in it: "the July 1995 killing of", "the March 2030 massacres", "los disturbios de
# julio de 1909" is read by ``month_in_it``
_DAYS_LONG_AFTER_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                                    r"November|December)\s+\d{4}\s+(?:killings?|massacres?|expulsions?|purges?)\b")
# a count running up to the day it is told, in the present perfect: "has infected 9,000, killing 11", "han muerto 40"
_RUNNING = re.compile(r"\b(?:has|have|ha|han)\s+(?:now\s+|so\s+far\s+|ya\s+)?(?:infected|sickened|killed|claimed|"
                      r"risen|climbed|reached|affected|infectado|contagiado|afectado|muerto|fallecido|cobrado|subido|"
                      r"ascendido|aumentado|dejado)\b", re.I)
def _runs_to_now(body: str, item: Found) -> bool:
    """Whether the figure is of a count running up to now in the present perfect: its verb before it, with no other
    clause between ("has infected more than 9,000 people, killing 11"; not "has infected 9,000 since October, and
    40 died in the first week")."""
    running = None
    for match in _RUNNING.finditer(body, 0, item.start):
        running = match
    return running is not None and item.start - running.end() <= 80 and \
        not _NEW_CLAUSE.search(body, running.end(), item.start)


_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|y|pero|mientras)\b|;", re.I)
_TALLIED = re.compile(r"(?:dead|injured|missing|affected|displaced|homeless|evacuated|destroyed|damaged|flooded|"
                      r"lost|killed|moved|relocated|rescued)(?:-|$)")
# a day of remembrance, no day of the event remembered: "Italia recordó este martes a las víctimas",
# "Velmora commemorated on Tuesday the victims", "rindió homenaje el domingo a los 368 muertos"
_REMEMBRANCE = re.compile(r"\b(?:record[oó]|recordaron|conmemor(?:[oó]|aron)|homenaje[oó]|homenajearon|"
                          r"rindi[oó]\s+homenaje|rindieron\s+homenaje|remembered|commemorated|"
                          r"paid\s+tribute|pays\s+tribute|mourned|marked\s+the\s+\w+\s+anniversary)\b", re.I)
# a day a sentence names, whatever it dates: "on 25 August", "el 25 de agosto", "August 25"
_A_DAY_NAMED = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?:{MONTH_WORDS})\b|"
                          rf"\b(?:{MONTH_WORDS})\.?\s+\d{{1,2}}\b", re.I)
# an infobox's heading of a day ("16 August:", "16 de agosto de 2020:"), and the lines under it that give
# a figure by a label ("Minsk: ~5,000–65,000", "Grodno: 10.000"): the day's
_HEADING_DAY = re.compile(r"\s*(?:\d{1,2}\s+(?:de\s+)?[^\W\d_]+|[^\W\d_]+\s+\d{1,2})(?:,?\s+(?:de\s+)?\d{4})?\s*:\s*$")
_LABEL_LINE = re.compile(r"\s*[^\W\d_][^:.;\n]{0,40}:\s*\S(?:[^.;\n]|\.(?=\d)){0,60}$")
# an area burned or flooded: in an account of an event of weeks, tallied over them ("Burned area: 300,000
# hectares", "the fires burned 300,000 hectares"), known by the year like its toll; news tells it on its day
_AREAS = frozenset({"ha", "acre", "km2", "mi2", "m2", "ft2"})
# an infobox's line of a storm's pressure, a measure of the event at its peak, whose unit the figure may not
# carry ("Minimum pressure: 971 mbar", "Presión mínima: 971 mbar (hPa; 28,67 inHg)"): the event's day
_PRESSURE_LINE = re.compile(r"\s*(?:(?:lowest|minimum|min\.?|central)\s+(?:central\s+)?pressure|"
                            r"presi[oó]n\s+(?:(?:central|atmosf[eé]rica)\s+)?m[ií]nima)\s*:", re.I)
# what comes after the event, whose measures are not the event's: "aftershocks", "réplicas", "since the quake"
_AFTER_THE_EVENT = re.compile(r"\b(?:aftershocks?|r[eé]plicas?|since|desde)\b", re.I)
# the criteria of a toll: tallied over the days after an event
_TOLL = re.compile(r"(?:dead|injured|missing|affected|displaced|homeless|evacuated)(?:-|$)")
# a toll of what has already happened, of no day to come (unlike the evacuated or the affected a plan foresees)
_DONE_TOLL = re.compile(r"(?:dead|injured|missing)(?:-|$)")


# a membership, a stock as a population is: "The club has 2,000 members", "el sindicato cuenta con 2.000
# afiliados", "agrupa a 2.000 socios"; not the members a toll counts ("12 members of a family were killed")
_HAS_BEFORE = re.compile(r"\b(?:has|have|had|counts|boasts|tiene|ten[ií]a|cuenta\s+con|contaba\s+con|agrupa|"
                         r"agrupaba|re[uú]ne)\s+(?:a\s+)?(?:(?:about|around|some|more\s+than|over|nearly|unos|unas|"
                         r"cerca\s+de|m[aá]s\s+de)\s+)?$", re.I)
_MEMBERS = frozenset("members membership miembros socios afiliados integrantes".split())


# a verb of what people did on a day, right before the figure: "paró algo más del 16% de la población", "voted 52% of
# the electorate": the part of a population that did it, no stock
_DID_BEFORE = re.compile(r"\b(?:par[oó]|pararon|secund[oó]|secundaron|sigui[oó]|siguieron|vot[oó]|votaron|"
                         r"particip[oó]|participaron|struck|walked\s+out|voted|took\s+part|turned\s+out)\b"
                         r"(?:\s+[^\W\d_]+){0,3}?\s+$", re.I)


def _is_stock(body: str, item: Found, crit: str | None) -> bool:
    """Whether ``item`` counts a stock, known by the year: the people who live in a place ("the
    town, home to 8,000 residents", "el pueblo, de 8.000 habitantes"), a staff ("employing 300",
    "empleaba a unos 300"), a membership ("has 2,000 members", "cuenta con 2.000 afiliados"); not the share of
    a population that did something on a day ("paró el 16% de la población")."""
    if _DID_BEFORE.search(body, max(0, item.start - 40), item.start):
        return False
    if (_TOLL.match(crit or "") or _PREDICATE_AFTER.match(body, item.end) and
            not _WHERE_BEFORE.search(body, max(0, item.start - 30), item.start)) and \
            (item.counted or "").lower() not in _MEMBERS and \
            not _STOCK_BEFORE.search(body, 0, item.start) and (
                # "Of the 700 residents evacuated on Sunday": those the event moved, not a town's people
                _STOCK_OWNER.search(body, max(0, item.start - 40), item.start) is None
                or _PARTICIPLE_AFTER.match(body, item.end) is not None):
        return False       # "sent some 25,000 residents back to evacuation centres": people the event moved (not
        #                    "the factory, which employed 300 workers, was destroyed", nor a town's residents)
    return crit == "population" or is_stock(body, item.start, item.end) or (
        (item.counted or "").lower() in _MEMBERS and _HAS_BEFORE.search(body, 0, item.start) is not None)


# the place a stock of residents is of, or what has it, before the figure: "most of Lahaina's 12,000 residents",
# "Derna, which had some 100,000 residents", "home to 8,000", "fallecieron 144 de los 532 habitantes"
_STOCK_OWNER = re.compile(r"(?:['’]s|\bof|\bhad|\bhas|\bhave|\bwith|\bhome\s+to|\bde|\bcon|\bten[ií]a|\btiene)\s+"
                          r"(?:(?:some|about|around|nearly|almost|its|their|the|unos|unas|sus|los|las|casi|"
                          r"cerca\s+de)\s+)*$", re.I)


# the figure's noun, then the verb of a state or an event it is the subject of: "829,921 Florida residents were still
# without power", "2,500 residents remained without power", "400 vecinos quedaron atrapados" (those the event left so,
# not a town's people: "a town home to 12,000 residents"); the first of two figures that share the verb too ("829,921
# Florida residents and 9,469 Virginia residents were still without power")
_PREDICATE_AFTER = re.compile(r"(?:\s+[^\W\d_]+){1,2}?(?:\s+(?:and|y|e)\s+\d[\d.,]*(?:\s+[^\W\d_]+){1,2}?)?\s+"
                              r"(?:were|are|remained|remain|stayed|had\s+been|have\s+been|"
                              r"quedaron|quedan|permanecen|permanec[ií]an|permanecieron|siguen|segu[ií]an|estaban|"
                              r"est[aá]n|fueron)\b"
                              # (not a stock's own state: "where 5,600 residents are registered", "viven")
                              r"(?!\s+(?:registered|living|based|housed|listed|empadronad[oa]s|censad[oa]s|"
                              r"inscrit[oa]s|registrad[oa]s)\b)", re.I)
# a relative clause of a place before the figure: "Fort Myers Beach, where 5,600 residents": the place's stock
_WHERE_BEFORE = re.compile(r"\b(?:where|donde|en\s+(?:el|la)\s+que)\s+(?:(?:some|about|around|nearly|unos|unas|"
                           r"cerca\s+de)\s+)?$", re.I)
# the noun of a stock, then a participle of what befell it: "residents evacuated", "habitantes evacuados"
_PARTICIPLE_AFTER = re.compile(r"\s+[^\W\d_]+\s+(?:[a-z]+ed|[a-záéíóú]+(?:ad|id)[oa]s)\b", re.I)


# what a figure is set against: "frente a los 10.746 del año anterior", "against 10,746 last year", "compared
# with", "un 15 % menos que en 2018"
_COMPARED = re.compile(r"\b(?:frente\s+a|against|compared\s+(?:with|to)|en\s+comparaci[oó]n\s+con|"
                       # "on evacuation orders, down from 30,000 Sunday" (not "lava flowed down from the volcano")
                       r"(?<=,\s)(?:down|up)\s+from(?=\s+(?:the\s+)?(?:about\s+|some\s+|nearly\s+)?\d)|"
                       # "fewer than the 5,000 police counted last year": a figure set against another, no bound
                       r"(?:more|fewer|less|higher|lower)\s+than(?=\s+the\s+\d)|"
                       r"(?:menos|m[aá]s)\s+que|respecto\s+al?|"
                       # (not the bound of the next figure: "... killed and more than 300 injured Saturday")
                       r"(?<!\bmore\s)(?<!\bless\s)(?<!\bfewer\s)than|versus|vs\.?)\b", re.I)


# a figure set against another one: "frente a las 196", "against 10,746" (not "a march against the bill")
# (or a record it beats: "higher than the previous record of $2 billion in the April 10, 2001 hail storm", "más que el
# récord anterior de 2.000 millones")
_COMPARED_FIGURE = re.compile(_COMPARED.pattern + r"\s+(?:(?:the|los|las|el|la)\s+)?(?:(?:(?:previous|prior|former|"
                              r"earlier|old)\s+)?(?:record|high|peak|r[eé]cord|m[aá]ximo)(?:\s+(?:anterior|previo))?"
                              r"\s+(?:of|de)\s+)?(?:US)?[$€£]?\s?\d", re.I)


def _without_compared(text: str) -> str:
    """``text`` with the clauses that tell of a figure it is set against blanked: "..., up from the 30 the ministry
    reported on Tuesday", "from 21 a day earlier"."""
    spans = [(m.start(), end.start() if (end := _CLAUSE_END.search(text, m.end())) else len(text))
             for m in _COMPARED_FIGURE.finditer(text)]
    return without(text, spans + earlier_figures_days(text, -1))


_CLAUSE_END = re.compile(r"[,;]|\.(?!\d)")


def _event_day(story: Story, date: str | None) -> str | None:
    """The day of the event a news report opens with, when its first sentences name it relative to
    the article's day, before it ("A tanker collided off Fujairah on Saturday", "al desplomarse el
    techo ... a las 20.40 horas del viernes"); not a day of saying ("..., police said on Sunday").
    ``date``: the day relative days count from (``Days.reference``)."""
    for sentence in story.sentences[:3]:
        # (not the day of a figure the sentence sets its own against: "40 died, up from the 30 the ministry reported
        # on Tuesday", "from 21 a day earlier")
        text = _without_compared(sentence.text)
        day = relative_date(text, date, counted=True)
        # (a day to come named too is no day of the event: "was held on Saturday ..., with the next to be held on
        # March 13")
        named = dates_in(text, date)
        if day and date and day < date and (named == day or named is not None and named > date) \
                and not said_on(sentence.text) and not _ALREADY.search(sentence.text) \
                and not _REMEMBRANCE.search(sentence.text) \
                and (_ONE_DAY.search(sentence.text) or _TOLL_WORDS.search(sentence.text) or
                     _SHORT_EVENT.search(sentence.text) or _BEGAN.search(sentence.text)
                     or _HAPPENED.search(sentence.text) or _MISHAP.search(sentence.text)):
            # (or what happened that day: "The crush took place at the fairground around 9 pm on Monday",
            # "The attackers stormed Dangulbi village late Saturday")
            return day
    return None


# a toll by its noun, which tells an event too ("The death toll of the 1976 quake ...")
_DEATH_TOLL = re.compile(r"\bdeath\s+toll\b", re.I)


def _looks_back(prose: list[Sentence], date: str | None) -> str | None:
    """The date of the event the opening tells, when it ends a year or more before the article's date ("El 4 de
    febrero de 1976 un sismo sacudió Guatemala", "The 1976 earthquake killed 23,000" in an article of 2022): the
    article looks back at it, and what it tells of it with no date of its own is of that event (GUIDE.md's as_of:
    the event's day, or its year for a toll tallied over weeks), not of the article's day."""
    if not prose or not date:
        return None
    text = prose[0].text
    when = dates_in(text, date)
    if when is None or not long_before(when, date) or not named_before_its_verb(text, when):
        return None
    told = (_ONE_DAY, _SHORT_EVENT, _SUDDEN, _LONG_EVENT, _HAPPENED, _MISHAP, _TOLL_WORDS, _DEATH_TOLL)
    return when if any(words.search(text) for words in told) else None


def _after_its_day(story: Story, date: str | None) -> bool:
    """Whether the opening names the day of its event by the weekday of ``date`` ("where the ferry
    capsized late Friday" of a Friday, "Thursday's general strike" of a Thursday), not as the day
    it was told ("..., police said on Friday"): ``date`` is then the event's day whatever day the
    story was written, and a toll it dates by another weekday is of a day after it (``Days.read``)."""
    if not date:
        return False
    for sentence in story.sentences[:3]:
        text = sentence.text
        for start, end in weekday_of(text, date):
            if _SAID_BEFORE.search(text, max(0, start - 20), start):
                continue
            before = max(0, start - 40)
            # (a toll's day, not the day it was reported: "Seven more deaths were reported in Florida on Sunday")
            toll = _TOLL_WORDS.search(text, before, start)
            if toll is not None and _SAID_BEFORE.search(text, toll.end(), start):
                toll = None
            if _ONE_DAY.search(text, before, start) or _SHORT_EVENT.search(text, before, start) \
                    or toll is not None or _BEGAN.search(text, before, start) \
                    or (_POSSESSIVE.match(text, end) and _SHORT_EVENT.search(text, end, end + 40)):
                return True
    return False


_SAID_BEFORE = re.compile(r"\b(?:said|told|announced|reported|dijo|inform[oó]|anunci[oó]|report[oó])\b[^.;]*$", re.I)
_POSSESSIVE = re.compile(r"['’]s\b")
# the event's start, or an attack: "El motín comenzó el pasado martes", "riots broke out on Saturday",
# "Hombres armados irrumpieron el sábado por la noche"
_BEGAN = re.compile(r"\b(?:began|started|broke\s+out|erupted|attacked|stormed|raided|comenz[oó]|empez[oó]|estall[oó]|"
                    r"se\s+inici[oó]|atacaron|irrumpieron|asaltaron)\b", re.I)


# an event before the article's, told as such: "Austria already saw more than 100,000 people rally on Friday", "ya
# el viernes marcharon"
_ALREADY = re.compile(r"\b(?:already|earlier|previously|ya|anteriormente|previamente)\b", re.I)
# a mishap of one day, by its verb or its noun: "The bus careered into a ravine just before midnight on Monday", "were
# caught in Tuesday morning's snowslide", "el tren descarriló el lunes"
_MISHAP = re.compile(r"\b(?:careered|plunged|plummeted|derailed|slammed|swerved|skidded|veered|avalanche|snowslide|"
                     r"landslide|mudslide|cave-in|rockfall|descarril[oó]|se\s+despist[oó]|cay[oó]\s+a\s+un\s+"
                     r"(?:barranco|abismo|precipicio|río)|avalancha|alud|deslave|deslizamiento)\b", re.I)
# what happened, told by its verb: "took place", "occurred", "tuvo lugar", "ocurrió", "se produjo"
_HAPPENED = re.compile(r"\b(?:took\s+place|occurred|happened|struck|tuvo\s+lugar|ocurri[oó]|sucedi[oó]|"
                       r"se\s+produjo|se\s+registr[oó])\b", re.I)


# a sentence that tells what is to come: "will join", "is due to", "se sumarán", "habrá", "está previsto que"
_PLANNED = re.compile(r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected|planned|going)\s+to|"
                      # "The referendum is set for Sunday, March 17", "la huelga convocada para el 15 de marzo"
                      r"(?:set|scheduled|planned|slated|due)\s+for|(?:convocad|programad|fijad)[oa]s?\s+para|"
                      r"[a-záéíóúñ]{2,}(?:rá|rán|remos)|est[aá]n?\s+previst[oa]s?)\b", re.I)
# a sentence that foresees what may come, in the future or the conditional: "Turnout could reach 60 percent", "will
# draw", "podría superar"
_FORESEES = re.compile(_PLANNED.pattern + r"|\b(?:could|would|might|may|podr[ií]an?)\b(?!\s+(?:not\s+)?have\b)",
                       re.I)


# what a story tells of an event after it besides its dead and injured (``_TOLL_WORDS``): the toll, the bodies
# found, the missing, the rescued, the arrested
_AFTERMATH = re.compile(r"\b(?:toll|died|murieron|muri[oó]|bodies|missing|wounded|rescued|survivors|recovered|"
                        r"arrested|detained|balance|saldo|cifra|cad[aá]veres|cuerpos|desaparecid[oa]s|rescatad[oa]s|"
                        r"sobrevivientes|detenid[oa]s)\b", re.I)


def _runs_onward(story: Story) -> bool:
    """Whether the article is an account that goes on past its date, the day its event began: its
    title names that year ("2019 dengue epidemic", "Protestas de 2021"), or its opening writes that
    day in full ("A national epidemic was declared on 6 August 2019"). Its days without a year are of
    that year, months later too; news, which tells what happened, dates a far day in the year before."""
    date = story.article.date
    if not date:
        return False
    if re.search(rf"(?<!\d){date[:4]}(?!\d)", story.article.title or ""):
        return True
    return bool(story.sentences) and dates_with_year(story.sentences[0].text, date)


_NEWS_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+night|tonight|"
                       r"yesterday|lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|anoche|ayer|"
                       r"la\s+noche\s+del?)\b", re.I)


def _tabled(story: Story, prose: set[int]) -> dict[int, str]:
    """The rows of a table that a line under them dates ("DRC 3,231/118/519 2,211", "Uganda 4/0/0 4",
    then "As of 16 December 2019"): each row's number and that day. The rows are the lines of figures
    right above it, up to one without a figure (the table's head), a sentence, or a line of a day of its own."""
    tabled: dict[int, str] = {}
    date = story.article.date
    for number, sentence in enumerate(story.sentences):
        day = as_of_line(sentence.text, date) if sentence.start not in prose else None
        after = story.sentences[number + 1] if number + 1 < len(story.sentences) else None
        if day and after is not None and after.start not in prose and any(ch.isdigit() for ch in after.text) \
                and dates_in(after.text, date) is None:
            continue          # "As of 3 May" then rows: the line heads the table below it, not the one above
        row = number - 1
        while day and row >= 0 and story.sentences[row].start not in prose and row not in tabled:
            text = story.sentences[row].text
            if not any(ch.isdigit() for ch in text) or dates_in(text, date) is not None:
                break
            tabled[row] = day
            row -= 1
    return tabled


# the figure's own verb of a state that lasts: "5.000 personas permanezcan desalojadas", "40 people remain missing"
_STATE_AFTER = re.compile(r"(?:\s+(?!(?:y|e|and|o|or|pero|but)\b)[^\W\d_]+){0,2}?\s+"
                          r"(?:remain|remains|stay|stays|are\s+still|sigue|siguen|permanece|permanecen|permanezca|"
                          r"permanezcan|contin[uú]a|contin[uú]an|sigan|quedan)\b", re.I)



# words that set a toll against another event's: "la cifra más alta desde el terremoto de 1985", "más que en la riada
# de 1957", "twice as many as in the disaster of 2010", "against 40 in the shipwreck of 2019"
_SET_AGAINST = re.compile(r"\b(?:desde|since|m[aá]s\s+que|more\s+than|frente\s+a|against|than|que\s+en|doble|twice|"
                          r"peor|worst|highest|deadliest|m[aá]s\s+alt[oa]|mortal|record|r[eé]cord|compared|comparad\w*|"
                          r"up\s+from|down\s+from)\b", re.I)
_THIS_YEAR = re.compile(r"\b(?:this\s+year|este\s+a[nñ]o|en\s+lo\s+que\s+va\s+del?\s+a[nñ]o)\b", re.I)
# the year long past an event the toll is of is put in, right after its name: "en la matanza de El Zapotal, en
# 1982", "in the massacre in 1981" (not "frente a 25 en 2018", "the worst since a storm in 1998", "fundado en 2014")
_EVENT_IN_YEAR = re.compile(
    r"\b(?:la\s+|el\s+|the\s+|a\s+|una?\s+)(?:masacre|matanza|massacre|terremoto|sismo|earthquake|quake|naufragio|"
    r"shipwreck|sinking|atentado|bombing|bombardeo|ataque|attack|incendio|fire|explosi[oó]n|explosion|riada|flood|"
    r"inundaci[oó]n|tragedia|tragedy|disaster|desastre|genocidio|genocide)"
    r"(?:\s+(?:de|of)\s+(?:(?:el|la|los|las)\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]*(?:\s+(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_]*){0,3})?"
    r",?\s+(?:en|in|de|of)\s+(1[89]\d\d|20\d\d)\b(?!\s*(?:[-–]|y\b|and\b|to\b|a\b))", re.I)

# a day named back to by a demonstrative, with no year after it: "Ese 5 de agosto", "aquel fatídico 5 de agosto", "On
# that August 5", "that same 5 August" (not "este 5 de agosto", "this August 5": the article's own)
_THAT_DAY = re.compile(rf"\b(?:ese|aquel|that)\s+(?:[^\W\d_]+\s+)?(?:d[ií]a\s+|day,?\s+)?"
                       rf"(?P<day>\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?:{MONTH_WORDS})\b|"
                       rf"(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b)"
                       rf"(?!,?\s+(?:de\s+|del\s+|of\s+)?\d{{4}})", re.I)


@dataclass
class Days:
    """The days the article has named so far, as its sentences are read."""
    last: str | None                      # what "the following day" counts from
    # the day "the following day", "el día 30" of the sentence being read count from (``last`` before it)
    before: str | None = None
    paragraph: str | None = None          # the last day the paragraph named
    # "on Saturday" in an article of Monday: the day of what the paragraph then tells in a past tense
    paragraph_past: str | None = None
    # a day to come the paragraph named as a plan ("The referendum is set for Sunday, March 17"): the day of what
    # its next sentences foresee ("Turnout could reach 60 percent"), not of what they tell
    plan: str | None = None
    opening: str | None = None            # the day the first sentence names: the event's, of its measures
    report: str | None = None             # the day of a report the sentence before told of ("issued a report")
    onward: bool = False                  # the article goes on past its date (``_runs_onward``)
    span: str | None = None               # the month or year of the event's days (``Story.span``, an infobox's line)
    heading: str | None = None            # the day of an infobox's heading line ("16 August:"), of the lines under it
    # an infobox's dates one a line, each with its place ("18 de agosto de 2017 1:15 (Cambrils)"): a place's one day
    infobox: InfoboxDays = field(default_factory=InfoboxDays)
    previous: str | None = None           # the date the sentence before gave, which "By then" counts up to
    # an event of weeks (``Story.long_event``), or one carried out over days whose days the opening does not
    # name (riots, an expulsion: ``is_drawn_out``): its undated counts are known by the year
    long: bool = False
    tabled: dict[int, str] = field(default_factory=dict)   # a table's rows, by number: the day under them
    account: bool = False                 # an encyclopedia's account, not the news (``_runs_onward`` at its opening)
    # the day "yesterday" and "on Tuesday" count from: the article's, or the later day a wire's dateline
    # says it filed the report ("ISLAMABAD, 23 jun (EFE)" of a sinking on 14 June: ``wire_day``)
    reference: str | None = None
    # the day a sentence was told "today" when its counts are of a day it names before ("A tornado that struck on
    # Sunday killed 3, officials said today"): a count it tells in the present is of that "today"
    told_today: str | None = None
    # the opening names the event by the weekday of the reference day ("capsized late Friday" of a
    # Friday): a toll's other weekdays then lie after it (``_after_its_day``)
    later: bool = False
    ahead: str | None = None              # the latest day such a toll was of
    # the article's date when it gives only a month or a year ("date: 1983"; the article's own date is then
    # None): the year of the days the text names without one ("On 14 March"), though no weekday's day
    period: str | None = None
    # the date of the event the opening tells, a year or more before the article's (``_looks_back``)
    past: str | None = None
    # the year of the last date a sentence named, which a day named back to without its year is of ("El incendio
    # ocurrió en 2019. Ese 5 de agosto murieron 312": ``_that_day``)
    year_named: str | None = None
    # the stated_on of the figures told as earlier ones (``_earlier``), by their sentence's number and their start
    _told_before: dict[tuple[int, int], str] = field(default_factory=dict)

    @property
    def dating(self) -> str | None:
        """What the days a sentence names are read against: the reference day, else the month or year."""
        return self.reference or self.period

    def read(self, story: Story, line: Line) -> None:
        """The day ``line`` names (``line.date``) and the day it was stated (``line.stated``)."""
        text, date, body = story.article.text, story.article.date, line.body
        if line.number == 0:
            self.reference = wire_day(text, date) or date
        ref = self.reference
        if line.number and "\n\n" in text[story.sentences[line.number - 1].start:line.sentence.start]:
            self.paragraph = self.paragraph_past = self.report = self.plan = None     # a new paragraph
        if line.number == 0:
            self.later = _after_its_day(story, ref)
            # an opening that names the event by the reference day's weekday: the event is of that day
            self.event = None if self.later else _event_day(story, ref)
            self.onward = self.account = _runs_onward(story)
            # the days of the event as the opening names them, or an infobox's line of its dates
            self.infobox = infobox_days(text, date)
            self.span = story.span or next((span for sentence in story.sentences
                                            if (span := dates_line_span(sentence.text, date))), None) \
                or self.infobox.span
            prose = prose_of(story.article.text, story.sentences)
            # not news of a night's riots: an opening that names a weekday or a night tells of its day
            # ("Riots broke out in Tottenham on Saturday night", "los disturbios de la noche del sábado")
            self.long = story.long_event or (not self.span and not _NEWS_DAY.search(
                " ".join(s.text for s in prose[:2])) and is_drawn_out(story.article.title or "", prose))
            self.tabled = _tabled(story, {s.start for s in prose})
            self.past = _looks_back(prose, date)
        # an account that has told of a day after its date goes on past it ("On 14 August ... On 15 November")
        # (not a toll's day after the event in a story written days later: ``later``)
        self.onward = self.onward or bool(self.last and date and self.last > max(date, self.ahead or ""))
        self.before = self.last
        day = dates_in(body, self.dating, self.onward) or later_day(body, self.last)
        if day is None and self.previous and (_BY_THEN.match(body) or _THIS_TOTAL.match(body)):
            day = self.previous               # "searched the rubble until 12 March. By then they had recovered 120"
            # (or a part of the total it gave: "As of July 2013, more than 5,700 people were presumed dead. This
            # total included 934 local residents": July 2013)
        day = self._that_day(body, day)
        self.year_named = day[:4] if day else self.year_named
        self.previous = day
        # a day after the reference day that the sentence tells as what is to come ("A partir del día 21 de noviembre,
        # se sumarán 5.000 médicos"): a plan, which dates its own figures but neither what the paragraph then tells
        # nor the article as one that goes on past its date
        planned = bool(day and ref and day > ref and _PLANNED.search(body))
        if planned and day and len(day) == 10:
            self.plan = day
        if _HEADING_DAY.fullmatch(body) and day and len(day) == 10:
            self.heading = day                # "16 August:": the day of the lines under it
        elif day is None and self.heading and _LABEL_LINE.fullmatch(body):
            day = self.heading                # "Minsk: ~5,000–65,000" under "16 August:"
        else:
            self.heading = None
        relative = relative_date(body, ref)  # "yesterday", "el martes": a day counted from the article's
        ahead = None
        if self.later and relative and ref and relative < ref and (_TOLL_WORDS.search(body) or _AFTERMATH.search(body)):
            # "The toll rose Monday to 77" of a ferry that "capsized late Friday", the article's day: no
            # toll of the event is of a day before it, so the story was written days later, the Monday after
            ahead = relative_date(body, ref, forward=True)
            if ahead and ahead > ref:
                period = weekday_period(body, ref)
                if day == relative:
                    day = ahead
                elif period and day == period:
                    day = weekday_period(body, ref, forward=True) or day   # "between Saturday and Monday": after it
                relative = ahead
                self.ahead = max(self.ahead or "", ahead)
        # "..., the minister said on Saturday": the day it was told, not of its counts (but of a
        # measure the sentence tells of the event: "crossed the island with winds of 185 km/h")
        self.said = bool(relative and day == relative and (relative == ref or relative == ahead) and said_on(body))
        self.told_today = relative if relative and day and day != relative and day == relative_date(
            body, ref, counted=True) else None
        # the end of a span the sentence bounds ("lasted 50 days, from 3 June to 22 July") dates its
        # own counts, not what the next sentences tell of the span ("On the first day, 80,000 marched")
        # (nor the day of what a figure is compared with: "142 detenciones, frente a las 196 de la huelga del 29 de
        # marzo" dates no later sentence's count)
        compared = _COMPARED_FIGURE.search(body)
        # (nor a deadline, in a sentence of no figure: "Police had banned all marches until 5 May" dates nothing
        # the next sentences count)
        until = _UNTIL_A_DAY.search(body) if not line.found else None
        # (not "It lasted until 5 May, when heavy fighting broke out": the day of what followed)
        deadline = until is not None and not _WHEN_AFTER.match(body, until.end())
        # (nor the day of another event the sentence sets this one against: "It was surpassed only by an accident
        # in Chile on 2 May 1930, which killed 355 miners")
        deadline = deadline or _dates_another_event(body)
        # (nor the day a span began, when the sentence names no other: "the longest since a movement dating back to
        # March 7. The police counted 119,000" of the day before)
        deadline = deadline or any(dates_in(without(body, [m.span()]), self.dating, self.onward) is None
                                   for m in _SINCE_A_DAY.finditer(body))
        # (nor the day of a bracket's own figures: "they were 5,800 (7,800 and 20,000 on Saturday)")
        brackets = self._dated_brackets(line)
        deadline = deadline or bool(brackets) and dates_in(without(body, brackets), self.dating, self.onward) is None
        # (nor the day of a figure told as days before the sentence's: "rose to 27 from 21 the day before")
        earlier = earlier_figures_days(body, -1)
        deadline = deadline or bool(earlier) and dates_in(without(body, earlier), self.dating, self.onward) is None \
            and later_day(without(body, earlier), self.last) is None
        carried = bool(day and len(day) == 10 and not deadline and not planned
                       and not ends_a_span(body, date or self.period, self.onward)
                       and not (relative and _REMEMBRANCE.search(body))
                       and not (compared is not None and dates_in(body[:compared.start()], self.dating,
                                                                  self.onward) is None))
        if carried and day and date and day < date:
            self.paragraph_past = day
            if line.number == 0:
                self.opening = day
        if day and len(day) == 10 and not planned:
            self.last = day                   # what "the following day" counts from
        if carried and not relative:
            self.paragraph = day              # "The search for the dead ended on 13 May 2013"
        # an infobox's day of a place dates a sentence of that place that names no day of its own, not one told on
        # another day ("Hospitals in Barcelona said on 25 August that 50 remained in hospital", R4 2)
        line.date = day or self.tabled.get(line.number) or (
            self.infobox.day_of(body) if self.infobox.places and _A_DAY_NAMED.search(body) is None else None)
        # the day a verb of speech stands beside is when it was told ("crossed on Tuesday, ... said on Thursday");
        # a day of what it tells is not ("Police said 40 people were arrested on Monday": told on the article's
        # day, or on the later day of a story written after it, ``ahead``)
        line.stated = stated_day(body, ref, forward=bool(ahead)) or (ahead if ahead and relative == ahead else ref)

    def _that_day(self, body: str, day: str | None) -> str | None:
        """A day the sentence names back to by a demonstrative, with no year ("Ese 5 de agosto murieron 312", "On
        that August 5, 312 died"): of the year the text named before ("El incendio ocurrió en 2019"), not the
        reference day's, when that year is earlier, or when the article has no date; ``day`` otherwise."""
        that = _THAT_DAY.search(body)
        if that is None or not self.year_named or (day is None) != (self.dating is None):
            return day
        if day is not None and (len(day) != 10 or self.year_named >= min(day[:4], str(self.dating)[:4])):
            return day
        named = dates_in(that.group("day"), self.year_named, True)
        return named if named and (day is None or named[5:] == day[5:]) else day

    def after(self, line: Line) -> None:
        """After a sentence: "On 2 May the ministry issued a report.": its day, for the next
        sentences that go on telling it ("It lists 300 dead. It also lists 40 missing.")."""
        if line.date and len(line.date) == 10 and dates_a_report(line.body):
            self.report = line.date
        elif line.date or not line.goes_on_report:
            self.report = None

    def as_of(self, story: Story, line: Line, item: Found, crit: str | None, measure: bool,
              checks: list[str]) -> str | None:
        """The as_of of ``item``, each guess noted in ``checks``."""
        date, body = story.article.date, line.body
        # "el Gran huracán de 1780, que mató al menos a 22.000": the year of that other event
        # a count up to now is of the day it was told ("Yemen has recorded 100,000 cases since October,
        # the WHO said on Thursday"); a count of the event is not ("Melissa killed five, Holness said on Saturday")
        told = self.said and not measure and not counts_to_now(body, item.start, item.end)
        own_date = line.date if measure else self._outside_the_events_clauses(line, item)
        if own_date and own_date == self.plan and self.reference and own_date > self.reference and not measure and \
                _DONE_TOLL.match(crit or ""):
            own_date = None   # "Police will probe the deaths of 12 miners on Friday": the day of what is to be done,
            # not of the deaths, which no day to come counts
        other = other_event_date(body, item.start, date)
        as_of = other or when_day(body, item.start, date or self.period) or (None if told else own_date)
        if as_of is None and not measure:
            # "frente a los 21 del día anterior" in a sentence that names no day: the day before the article's
            as_of = earlier_day(body, item.end, date or self.period, self.onward)
        if not measure and crit in ("dead", "injured", "missing") and (
                as_of is None and told or as_of is not None and as_of == own_date == line.stated):
            # "El Gobierno cifró hoy en 312 el número de campesinos asesinados en la matanza de El Zapotal, en
            # 1982": told today, a toll of an event the sentence puts in a year long past
            past = _EVENT_IN_YEAR.search(body, item.end)
            if past is not None and date and past.group(1) < date[:4] and not _SET_AGAINST.search(
                    body, item.end, past.start()) and not _THIS_YEAR.search(body):
                as_of = past.group(1)
        if as_of and as_of == own_date and self.told_today and not measure and \
                _STATE_AFTER.match(body, item.end):
            # "... en más de 1.900 viviendas, lo que obliga a que casi 5.000 personas permanezcan desalojadas,
            # anunciaron hoy": the state of things when it was told, not the day of the event the sentence names
            as_of = self.told_today
        if as_of and as_of == own_date and len(as_of) == 4 and date and date.startswith(as_of) and \
                names_the_event(body, as_of):
            as_of = None       # "En la elección presidencial de 2006 participaron ocho partidos": undated, of the event
        if as_of and as_of == own_date and len(as_of) == 7 and before_another_events_name(body, as_of[:4], item.start):
            as_of = None       # "La masacre dejó 50 muertos ... después de la masacre de octubre de 2021": not October
        if as_of and not measure:
            # "The toll rose to 45 on Tuesday from 30 on Monday": each figure of the day written after it
            own = own_day(body, item.start, item.end, date or self.period, self.onward)
            if own and self.later and self.reference and own < self.reference:
                own = None    # no toll of the event is of a day before it (``later``: the story was written after)
            # a list's item names its own year or month beside it, which beats a period its clause shares with
            # others ("con 4.354 manifestaciones; las 3.082 de 2015, las 2.784 de 2016": 2.784 of 2016)
            period = own_period(body, item.start, item.end, date or self.period)
            as_of = (period if period and not (own and len(own) == 10) else own) or as_of
        if not measure:
            # "septiembre, con 48 mil 204", "the 38,099 for March": the month beside a list's figure; "a year that
            # closed with a total of 248,284": the year named before it
            as_of = listed_month(body, item.start, item.end, date or self.period) or \
                closing_year(body, item.number_start) or as_of
        compared = _COMPARED.search(body, item.end) if as_of and as_of == own_date and not measure else None
        against = None
        if compared is not None and dates_in(body[:compared.start()], self.dating, self.onward) is None:
            # "8.834 personas, frente a los 10.746 del año anterior", "8,834, against 10,746 last year": the day
            # of what the figure is set against, not the figure's own (nor the paragraph's, which that day set)
            as_of, against = None, own_date
        if as_of and measure and names_days(body, date or self.period):
            # a measure is of a moment: of the day beside it, not what several days share, nor the
            # sentence's first day ("followed by two aftershocks: one on 20 September of magnitude 7.5")
            as_of = day_near(body, item.start, item.end, date or self.period) or as_of
        # a count of the people who live in a place ("nearly 70,000 people live in X"): a stock
        if as_of and len(as_of) == 10 and _is_stock(body, item, crit):
            as_of = as_of[:4]                 # "On 12 March, ... Spain's 40 million population": by the year
        elif as_of and as_of == date and (self.long or story.tallied) and not measure and \
                _TOLL.match(crit or "") and dates_with_year(body[dateline_end(body) or 0:], as_of):
            # "made landfall on 2 May 2008, ..., causing at least 138,373 fatalities": the event's day
            # in full dates the event; its toll, tallied over the days after, is known by the year
            as_of = as_of[:4]
        if as_of and date and len(as_of) == 7 and date.startswith(as_of) and not names_days(
                body, date) and not month_in_it(body) and not _DAYS_LONG_AFTER_MONTH.search(body) and \
                as_of != weekday_period(body, self.reference):
            as_of = date                      # "the April 2015 earthquake" in an article of 25 April 2015
            # (not "the July 1995 killing of 8,000": killings of several days, named by their month; nor days
            # named by their weekdays, "between Thursday and Saturday", "over the weekend")
        elif as_of and date and len(as_of) == 4 and date.startswith(as_of) and (
                measure or crit == "magnitude") and not self.long:
            as_of = date                      # "magnitude 7.8, the largest of the year 2016": the event's day
        if as_of is not None and as_of == other:
            # "the highest since the 2010 floods, when more than 1,700 people died": a count of that event, given
            # for comparison, which is no count of the article's own
            checks.append(f"as_of ({other}: a count of another event the sentence names; give it that event's "
                          "topic, or drop it)")
        if as_of is None:
            as_of = self._undated(story, line, item, crit, measure, checks, against)
        return as_of if measure else self._earlier(line, item, crit, as_of, checks)

    def _earlier(self, line: Line, item: Found, crit: str | None, as_of: str | None, checks: list[str]) -> str | None:
        """The as_of of a figure the sentence tells as an earlier one ("up from 1,870", "earlier said 1,870 were
        killed", "la última cifra anterior, de 95"), told on the day the article tells the newer one and given no
        earlier day of its own: none, where the reviewer writes the day it was counted; and its ``stated_on`` the
        day before (``stated_on``), so that the report reads the newer figure of its claimant as a revision, not a
        conflict (SPEC §5: a later statement that replaces a figure)."""
        today, body = self.reference, line.body
        if today is None or len(today) != 10 or line.stated != today:
            return as_of      # (an article dated by its month or year alone, or a statement of a day named)
        earlier = earlier_figure(body, item.start, item.end, crit)
        if earlier is None:
            return as_of
        words, where = earlier
        if earlier_day(body, item.end, today, self.onward) or dates_in(body[where:], today, self.onward) or \
                earlier_today(body, where) or \
                as_of is not None and as_of != line.date and not today.startswith(as_of):
            # a day of its own ("frente a los 21 del día anterior", "up from 30 on Monday"), or of the event, named
            # before ("Mr Delmar earlier said 1,320 houses were destroyed" of a quake on Saturday): not the newer's
            return as_of
        before = (dt.date.fromisoformat(today) - dt.timedelta(days=1)).isoformat()
        self._told_before[(line.number, item.start)] = before
        checks[:] = [check for check in checks if not check.startswith("as_of")]
        checks.append(f"as_of (none: an earlier figure ({words!r}) the text gives no day; write the day it was "
                      f"counted, not the article's)")
        checks.append(f"stated_on ({before}, the day before the article's: an earlier statement, so the report reads "
                      "the newer figure as its revision, not a conflict; write the day it was stated if you know it)")
        return None

    def stated_on(self, line: Line, item: Found) -> str | None:
        """The day ``item`` was stated: the sentence's (``line.stated``), or the day before the article's for an
        earlier figure told on it (``_earlier``)."""
        return self._told_before.get((line.number, item.start), line.stated)

    def _outside_the_events_clauses(self, line: Line, item: Found) -> str | None:
        """The sentence's day, unless it names it only in a clause that tells when the event happened ("an
        earthquake that hit Lombok on Sunday has risen to 259"): then the day the rest of the sentence names, or
        none (``event_clauses``)."""
        body = line.body
        earlier = earlier_figures_days(body, item.start) if line.date else []
        if earlier and not dates_in(body, self.dating, self.onward) and \
                not later_day(without(body, earlier), line.date):
            return None       # "rose to 27 from 21 the day before": the day before is the 21's, the 27 names none
        clauses = event_clauses(body, item.start, item.end) + earlier if line.date else []
        against = _OTHER_EVENT_AFTER.search(body, item.end) if line.date else None
        if against is not None:
            # "600,000 people had used the Metro, ridership that eclipsed Friday's inauguration": that day is the
            # other event's, set against the figure
            clauses.append((against.start(), len(body)))
        clauses += [span for span in self._dated_brackets(line) if not span[0] <= item.start < span[1]]
        if clauses and line.date and dates_in(body, self.dating, self.onward) is None and \
                line.date == later_day(body, self.before):
            # "se contabilizaron 6 muertes (cifra que aumentó a siete el día 30)": the day the bracket counts on
            # from the one named before is the bracket's figure's, not the 6's
            return later_day(without(body, clauses), self.before)
        if not clauses or line.date != dates_in(body, self.dating, self.onward):
            return line.date
        return dates_in(without(body, clauses), self.dating, self.onward)

    def _dated_brackets(self, line: Line) -> list[tuple[int, int]]:
        """The brackets of ``line`` that give figures of their own and a day ("(7,800 and 20,000 on Saturday)"), and
        its clauses of "with" that do (", with one person still missing as of August 2, 2019,"): that day is theirs,
        not the day of the sentence's figures outside them."""
        asides = [*_BRACKET.finditer(line.body), *(m for m in _WITH_CLAUSE.finditer(line.body) if self._later(m))]
        return [m.span() for m in asides
                if any(m.start() < item.start < m.end() for item in line.found)
                and (dates_in(m.group(), self.dating, self.onward) or later_day(m.group(), self.before))]

    def _later(self, clause: re.Match) -> bool:
        """Whether a clause of "with" names a day after the article's, a later update of its own figure told in an
        account ("85 civilian fatalities, with one person still missing as of August 2, 2019" of a fire in 2018);
        a day on or before it dates the whole sentence ("Italy reported 3,000 deaths, with 200 in the last 24 hours
        as of March 15, 2020"; R6 4)."""
        day = dates_in(clause.group(), self.dating, self.onward)
        return bool(day and self.dating and day[:len(self.dating)] > self.dating[:len(day)])

    def _undated(self, story: Story, line: Line, item: Found, crit: str | None, measure: bool,
                 checks: list[str], against: str | None = None) -> str | None:
        """The as_of of a figure its sentence does not date: a day named before, or the article's
        (``against``: the day of what the figure is compared with, no day of the figure's)."""
        date, body, long_event, tallied = story.article.date, line.body, self.long, story.tallied
        of = "the article's date"
        if self.past and (line.past_tense or measure or _TOLL.match(crit or "") and not (
                counts_in_present(body, item.start, item.end) or counts_to_now(body, item.start, item.end))):
            # "El 4 de febrero de 1976 un sismo sacudió Guatemala. [...] Murieron unas 23.000 personas." in an
            # article of 2022: the event's count, dated as an article dated by that event dates it (a toll of an
            # earthquake by its year, of a fire by its day); what it tells in the present is of the article's day
            date, of = self.past, "the date the opening gives the event the article looks back at"
            tallied = tallied or story.growing_toll
        span = next((m for m in _YEARS_SPAN.finditer(body, max(0, item.start - 80), min(len(body), item.end + 80))
                     if not (m.start() < item.end and item.start < m.end()) and _span_of(body, m, item)), None)
        years = (int(span.group("from")), int(span.group("from")[:4 - len(span.group("to"))] + span.group("to"))) \
            if span is not None else (0, 0)
        if span is not None and not measure and 0 < years[1] - years[0] <= _LONGEST_SPAN:
            # "La guerra civil (1960-1996) dejó 200 000 muertos", "Between 1981 and 1983, 1,771 were killed": a
            # figure of a span of years the format cannot write (GUIDE § as_of), not the article's day
            checks.append("as_of (a figure of the years " + span.group("from") + " to " + span.group("to") +
                          ": no date the format can write)")
            return None
        # "The count now stands at 1,100", "La cifra asciende a 1.100": up to now, not a day named
        # before; a "now" of another clause is not the figure's ("..., and the army now patrols")
        to_now = counts_to_now(body, item.start, item.end)
        # a count of the people who live in a place, or of a staff ("the town, home to 8,000
        # residents", "el pueblo, de 8.000 habitantes", "which employed 300 workers"): a stock, known
        # by the year, which no day carried from before dates
        carried = not _is_stock(body, item, crit)
        if long_event and date and carried and not (self.account or self.past or measure) and \
                _TOLL.match(crit or "") and toll_as_it_stands(body, item.start, item.end):
            # news of an event of weeks ("Malta's death toll rises to 2,100 due to Cyclone Orla"): a toll named as it
            # stands the day it is told ("the death toll was 870", "la cifra de muertos asciende a 40"), with no
            # "since", is of that day, not of the event's year
            checks.append("as_of (from the article's date: a toll as it stood the day it was told)")
            return date
        as_of = None
        # (news tells no past count of a day after its own: "La huelga empieza el 21 de noviembre. La manifestación
        # fue muy numerosa, con 200.000": not of the 21st; an account that goes on past its date does)
        ahead = bool(self.paragraph and self.reference and self.paragraph > self.reference and line.past_tense
                     and not self.account)
        if carried and self.paragraph and self.paragraph != date and self.paragraph != against and not (
                ahead or long_event or tallied or measure or to_now or counts_in_present(body, item.start, item.end)):
            # the sentence's own present beats the day carried from before ("On 6 May rescuers found 12
            # bodies. Police said 40 people remain missing": the 40 are of the article's day)
            as_of = self.paragraph
            checks.append("as_of (the day named before in the paragraph)")
        elif carried and self.report and not to_now and line.goes_on_report:
            as_of = self.report               # "El 31 de marzo, el Indeci publicó un reporte. Este muestra 101"
            checks.append("as_of (the day of the report the sentence before dated)")
        elif carried and self.plan and not to_now and not line.past_tense and _FORESEES.search(body, 0, item.start):
            # "The referendum is set for Sunday, March 17. Turnout could reach 60 percent": the planned day's; not
            # a figure the foreseeing verb comes after ("the toll of 40 could rise": today's toll, R6 3)
            as_of = self.plan
            checks.append("as_of (the day to come the paragraph names, of what the sentence foresees)")
        if as_of is None and carried and not long_event and not to_now and (line.past_tense or crit == "protested" or (
                measure and not _AFTER_THE_EVENT.search(body))):
            # (a crowd count is of the day of its march, whatever the tense of its claim: "Organizers in New York
            # claimed a crowd of half a million", "Los organizadores cifran la asistencia en 200.000")
            # "Twenty two died on Saturday. Amongst the fatalities were twelve staff": that day; a
            # measure of the event, in whatever tense ("The earthquake occurred at a depth of 14 km", "El
            # sismo tuvo una magnitud de 6,8", "The quake has a magnitude of 6.8"): the opening's day
            past_day = self.opening if measure else None if tallied or (
                story.growing_toll and _TOLL.match(crit or "")) else self.paragraph_past or self.event
            if past_day:
                as_of = past_day
                checks.append("as_of (the day named before, told in the past tense)")
        if as_of is None and date and long_event and carried and not measure and not to_now and (
                not _TALLIED.match(crit or "") and not _TOLL_WORDS.search(body)
                or _runs_to_now(body, item)) and \
                told_by_someone(body):
            # (and a running count a speaker gives in the present perfect, its toll too: "The outbreak has
            # infected more than 9,000 people, killing 11, officials said Thursday": both of that day)
            # in an event of weeks, what a speaker reports of the state of things that is no toll ("350,000
            # customers lost power, the company said", "8.300 personas permanecen en albergues, indicó el
            # portavoz", "460 firefighters were battling the blaze, officials said"): of the day it was told
            as_of = date
            checks.append("as_of (from the article's date: a state of things a speaker reports, no toll)")
        if as_of is None and date:
            # an undated count: the article's day, or its year when the article is about
            # an event of weeks or months (a flood, a war: its counts are known by the year)
            # a measure of the event is of its day ("181 mm cayeron entre las 18 y las 21"; a storm's
            # "Minimum pressure: 971 mbar", "Highest winds: 90 km/h": GUIDE.md's speed; dev's Haiyan
            # annotates its winds by the year, against the GUIDE), but the area an account's wildfire
            # burned is of the weeks it lasted, and of a fire of days the opening names, of their month
            # ("desde el sábado 16 hasta el miércoles 20 de julio ... Ardieron 10.352 hectáreas": July)
            of_event = (measure or crit == "magnitude" or _PRESSURE_LINE.match(body) is not None) and not (
                (long_event or self.span) and item.unit in _AREAS and self.account)
            destroyed = bool(crit and crit.startswith("destroyed") and not _TOLL_WORDS.search(body))
            as_of, why = undated(date, long_event, tallied, body, of_event, not carried, self.span, destroyed, to_now,
                                 of)
            checks.append(f"as_of ({why})")
        elif as_of is None:
            checks.append("as_of")
        return as_of
