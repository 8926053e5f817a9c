"""The date of a count: the days a sentence names, a relative day ("el martes", "yesterday")
resolved against the article's date, and the date of a count its sentence does not date."""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from reconcile.extract.date_ahead import to_come
from reconcile.quantities.lexicon import fold_word

__all__ = ["MONTH_WORDS", "dates_in", "ends_a_span", "dates_line_span", "as_of_line", "relative_date", "names_days",
           "later_day",
           "event_month", "other_event_date", "dates_with_year", "day_near", "month_in_it", "own_day", "said_on",
           "earlier_day", "earlier_figures_days",
           "long_before", "named_before_its_verb", "stated_day", "weekday_period",
           "told_by_someone", "weekday_of"]

# --- dates ----------------------------------------------------------------------------------
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november|december|"
           "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
           # abbreviations ("Jan. 12, 2010", "5 sept. 2010"; not "mar", "ago": words of their own)
           "jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec|ene|abr|dic")
#: the months, English and Spanish, whole and abbreviated, as a regex alternation
MONTH_WORDS = _MONTHS
# (an ordinal day: "the 29th of October 2022", "October 29th, 2022")
_FULL_DATE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?({_MONTHS})\.?,?\s+"
                        rf"(?:de\s+|del\s+)?(\d{{4}})\b"
                        rf"|\b({_MONTHS})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b({_MONTHS})\.?\s+(?:de\s+|of\s+)?(\d{{4}})\b", re.I)
# a month and a year of two digits: "la revolución de octubre del 34", "el terremoto de septiembre del 85"
_MONTH_SHORT_YEAR = re.compile(rf"\b({_MONTHS})\s+del\s+(\d{{2}})\b(?![.,]?\d|\s*(?:%|por\s+ciento))", re.I)
# what follows a number that makes it a figure, not a day: "for May 28%" is 28 per cent in May, "May 9.7%" too
_A_SHARE_AFTER = r"[.,]\d|\s*(?:%|per\s*cent|percent|por\s*ciento|pct\b)"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?({_MONTHS})\b"
                        rf"|\b({_MONTHS})\.?\s+(\d{{1,2}})(?:(?:st|nd|rd|th)\b|\b(?!,?\s*\d|{_A_SHARE_AFTER}))",
                        re.I)
# a month named alone, in the article's year: "a finales de octubre", "in late October", "durante marzo"
_MONTH_ALONE = re.compile(rf"\b(?:(?:a|en)\s+(?:principios|mediados|finales|fines)\s+de|durante|during|"
                          rf"(?:in\s+)?(?:early|mid|late)|(?:at\s+)?the\s+(?:end|beginning|middle)\s+of|"
                          rf"by\s+the\s+end\s+of)(?:\s+|-)({_MONTHS})\b(?!\.?\s*(?:de\s+|of\s+)?\d)", re.I)
# "since" right before such a month: where a count up to now began ("killed 1,061 since mid-June", "since the end of
# June"), not the month the count is of
_SINCE_PART = re.compile(r"\b(?:since|desde)\s+$", re.I)


# a month of the year before the article's: "in September last year", "Last year in September", "septiembre del año
# pasado"; and the last such month before the article's ("last September", "el pasado septiembre")
_MONTH_LAST_YEAR = re.compile(rf"\b(?:({_MONTHS})\s+(?:of\s+)?last\s+year|last\s+year,?\s+in\s+({_MONTHS})|"
                              rf"({_MONTHS})\s+(?:del|de)\s+(?:a[nñ]o\s+pasado|pasado\s+a[nñ]o)|"
                              rf"(?:last|(?:el\s+)?pasado)\s+({_MONTHS}))\b(?!\.?\s*(?:de\s+|of\s+)?\d)", re.I)


_ENGLISH_MONTHS = frozenset("january february march april may june july august september october november "
                            "december".split())


def _month_written(match: re.Match[str]) -> bool:
    """Whether a match's month is written as one: an English month by its capital ("at last may reach 500",
    "the last march drew 500": a verb and a noun); a Spanish one in any case ("el pasado septiembre")."""
    word = next(g for g in match.groups() if g)
    return fold_word(word) not in _ENGLISH_MONTHS or word[:1].isupper()


def _month_last_year(text: str, article_date: str) -> str | None:
    """The month a sentence names as last year's ("in September last year": the article's year before) or as the
    last one ("last September": the latest September before the article's month), not one a count runs since
    ("since September last year"); None otherwise."""
    match = next((m for m in _MONTH_LAST_YEAR.finditer(text)
                  if not _SINCE.search(text, max(0, m.start() - 8), m.start()) and _month_written(m)), None)
    if match is None or len(article_date) < 7:
        return None
    year, month = int(article_date[:4]), _MONTH_NUMBER[fold_word(next(g for g in match.groups() if g))]
    if match.group(4) is None or month >= int(article_date[5:7]):
        year -= 1
    return f"{year}-{month:02d}"


def _month_alone(text: str) -> re.Match[str] | None:
    """The first month named alone as a time within the sentence ("in late October", "a finales de octubre"), not
    one a count runs since ("since mid-June"), nor one that names an event as its adjective ("part of a larger
    late-May tornado outbreak", "the mid-June floods": as "the April 2015 earthquake" does)."""
    return next((m for m in _MONTH_ALONE.finditer(text) if not _SINCE_PART.search(text, max(0, m.start() - 8),
                                                                                     m.start())
                 and not (_DETERMINER_BEFORE.search(text, max(0, m.start() - 30), m.start())
                          and m.group()[-len(m.group(1)) - 1] == "-")), None)


# an article or a possessive, and at most one adjective, before a month written as an adjective ("a larger late-May")
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|their|this|that)\s+(?:[^\W\d_]+\s+)?$", re.I)


# a month named with "in" alone: "In March, Oaxaca reported 40 deaths", "En marzo murieron 40"; an
# English month by its capital ("in may" is no month), not one of a comparison ("more than in March")
_IN_MONTH = re.compile(r"\b(?:in|en)\s+([^\W\d_]+)\b(?!\.?\s*(?:de\s+|of\s+)?\d)", re.I)
# (a year before 1900 too, "signatures in 1817", unless a count's noun follows it: "in 1500 homes")
_YEAR = re.compile(r"\b(?:in|by|of|(?:en|para|hasta|durante)(?:\s+el)?|de|del|año)\s+((?:1[5-9]|20)\d{2})\b(?![.,]\d)|"
                   r"\(((?:1[5-9]|20)\d{2})\)", re.I)
# a part of a year that opens the sentence and so dates all of it: "In late 1994,", "By mid-2015", "A finales de 2020,"
# (not a comparison's inside it: "8.2% in September, up from 5% in early 2021")
_PART_OF_YEAR = re.compile(r"\s*(?:(?:in|by)\s+(?:late|early|mid)[\s-]+|(?:a|hacia|para)\s+(?:finales|principios|"
                           r"mediados|comienzos|fines)\s+(?:de|del)\s+)((?:1[5-9]|20)\d{2})\b(?![.,]\d)", re.I)
# days before one month: "15 and 16 February", "el 3 y el 4 de octubre", "desde el sábado 16 hasta el miércoles 20
# de julio" (the first day)
_WEEKDAY_NAME = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|"
                 r"viernes|s[aá]bado|domingo)")
_DAY_LIST = re.compile(rf"(?:(?<=\bdesde\s)|(?<=\bdesde\sel\s)|(?<=\bfrom\s))(?:{_WEEKDAY_NAME},?\s+)?"
                       rf"(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:hasta|until|through|to|al|a|-|–)\s*(?:el\s+)?"
                       rf"(?:{_WEEKDAY_NAME},?\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+)?({_MONTHS})\b|"
                       rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:,|and|y|e|to|al|-|–)\s*(?:el\s+)?"
                       rf"\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+)?({_MONTHS})\b", re.I)
# what a count goes on with, its noun or its verb, where a span's last day goes on with a word that frames it: "on
# August 5 and 12 people died", "August 5 and 12 houses burned", "August 5 and 12 were killed" (a day, then a
# count), not "August 5 and 12, floods hit", "July 11 to 13 in Lima", "August 5 and 12 respectively"
_COUNT_NEXT = (r"\s+(?!(?:in|on|at|of|for|from|to|by|with|within|during|after|before|between|until|till|since|when|"
               r"while|as|and|or|but|than|this|last|next|that|the|a|an|both|each|where|whereas|which|who|they|we|he|"
               r"she|it|there|alone|too|also|again|de|del|en|y|e|o|el|la|los|las|que|cuando|mientras)\b|"
               r"[^\W\d_]+ly\b)(?-i:[a-záéíóúñ])")
# days of one month written month first: "October 8–10, 1871", "July 11 to 13" (not a day then a count)
_MONTH_DAY_LIST = re.compile(rf"\b({_MONTHS})\b\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\s*(?:–|-|to|through|and)\s*"
                             rf"(\d{{1,2}})(?:st|nd|rd|th)?\b(?!\s*(?:{_MONTHS})|{_COUNT_NEXT})(?:,?\s+(\d{{4}}))?",
                             re.I)
# an event the opening says lasted a month or two by the word: "en el mes de octubre de 1934", "durante los meses
# de mayo y junio de 1968", "during the months of May and June 1968"
_DURING_MONTHS = re.compile(rf"\b(?:ocurrid[oa]s?|ocurri[oó]|ocurrieron|tuvo\s+lugar|tuvieron\s+lugar|se\s+produjo|"
                            # only after the event's verb: "ocurrido en Asturias en el mes de octubre", not "the driest
                            # day in the month of October", "a road closed for repairs during the months of May"
                            rf"se\s+produjeron|se\s+llev[oó]\s+a\s+cabo|se\s+llevaron\s+a\s+cabo|se\s+desarroll[oó]|"
                            rf"occurred|took\s+place|happened|(?:was|were)\s+held|lasted|dur[oó]|duraron)"
                            rf"(?:\s+[^\s.;]+){{0,4}}?\s+(?:en|in|durante|during|throughout|a\s+lo\s+largo\s+de)"
                            rf"\s+(?:el\s+|los\s+|the\s+)?"
                            rf"(?:mes|meses|month|months)\s+(?:de|of)\s+({_MONTHS})\b(?:\s+(?:y|and|a|to|e)\s+(?:de\s+)?"
                            rf"({_MONTHS})\b)?(?:,?\s+(?:de\s+|of\s+)?(\d{{4}}))?", re.I)
# two months that bound the event, named without days, or the months it ran through: "ejecutados entre abril y mayo
# de 1940", "between April and May 1940", "de abril a mayo de 1940", "during August, September, and October 2007"
# (its counts, undated, are of its year)
_BETWEEN_MONTHS = re.compile(rf"\b(?:entre|between|from|de|desde|during|durante|in|en|throughout)\s+({_MONTHS})"
                             # the months between, listed: "during July, August and September 2009"
                             rf"(?:\s*,\s*(?:{_MONTHS}))*\s*,?\s+(?:y|and|a|to|hasta|until)\s+"
                             rf"(?:de\s+)?({_MONTHS})\b(?:,?\s+(?:de\s+|of\s+)?(\d{{4}}))?", re.I)
# the verb of the event itself, before the months it ran through: "took place during", "ejecutados entre",
# "perpetrados por ... entre" (not "a festival held from March to April", "the rainy season, which runs from March")
_CARRIED_OUT = re.compile(r"\b(?:took\s+place|tuvieron?\s+lugar|ocurri\w*|occurred|happened|se\s+produj\w+|"
                          r"perpetrad\w+|perpetrated|ejecutad\w+|executed|carried\s+out|llevad\w+\s+a\s+cabo|"
                          r"se\s+desarroll\w+|lasted|dur[oó]|duraron|killed|murdered|asesinad\w+|massacred|"
                          r"masacrad\w+)\b", re.I)
# what else runs through months, between the event's verb and them: "a festival held from March to April"
_OTHER_SPAN = re.compile(r"\b(?:held|holds|runs|run|celebra\w*|season|temporada|festival|feria|fair)\b", re.I)
_DECADE = re.compile(r"\b(?:d[eé]cada|decade)\s+(?:de\s+|of\s+)?(?:los\s+|the\s+)?$|\bd[eé]cada\s+de\s*$", re.I)
# "más de", "menos de", "cerca de", "alrededor de", "more than ... of": a bound of a count before "de 2000"
_COUNT_BOUND = re.compile(r"\b(?:m[aá]s|menos|cerca|alrededor|encima|arriba)\s+de\s+$", re.I)
_SINCE = re.compile(r"\b(?:since|desde|than|que)\b", re.I)
# before a year that is no date of the count: "since 1979", "desde 1979", "more than in 1979", "más que en 1979"
# (not the "que" of a clause: "Sirva decir que la población en 1800 era de 11,5 millones": 1800)
_SINCE_YEAR = re.compile(r"\b(?:since|desde|than|doble|triple|mitad|duplica|duplic[oó]|triplica|triplic[oó]|supera|"
                         r"super[oó]|twice|double|triple|half)\b|\b(?:m[aá]s|menos|mayor(?:es)?|menor(?:es)?|"
                         r"mejor(?:es)?|peor(?:es)?|igual|mism[oa]s?|tant[oa]s?)\b[^.;]{0,40}?\bque\b", re.I)
# what a count, not a year, is followed by: its counted noun, a plural in lower case, or the state of what it
# counts ("un aproximado de 2000 heridos", "a crowd of 2000 protesters", "a toll of 2000 injured."); not a
# word that goes on after a year ("las lluvias de 2010 más intensas", "the floods of 2010 was", "of 2010
# thousands died", "the riots of 2011 injured 200": a verb, with its object after it)
_COUNTED_AFTER = re.compile(r"\s+(?!(?:m[aá]s|menos|tras|pues|despu[eé]s|antes|entonces|mientras|adem[aá]s|es|was|"
                            r"has|is|as|its|his|this|thus|los|las|les|sus|nos|dos|tres|seis|whereas|always|"
                            r"afterwards|hers|ours|theirs|tens|dozens|hundreds|thousands|millions|decenas|"
                            r"cientos|miles|millones)\b)"
                            r"(?:(?:[a-záéíóúñ]+s|injured|wounded|killed|missing|displaced|evacuated|affected)\b"
                            # not a verb and its object: "the census of 2010 counts 300,000", "the law of 2015
                            # requires 200", "the riots of 2011 killed five", "the floods of 2010 displaced millions"
                            r"(?!\s+(?:\d|(?:the|a|an|some|about|around|over|more|at|nearly|almost|many|several|"
                            r"dozens|hundreds|thousands|millions|one|two|three|four|five|six|seven|eight|nine|ten|"
                            r"its|their|el|la|los|las|un|una|unos|unas|al|a)\b))|people|gente|dead|homeless)\b")
# a year that ends a record: "the costliest on record, before that record was broken by Amphan in 2020"
_RECORD_BROKEN = re.compile(r"\b(?:record|r[eé]cord|surpassed|overtaken|superad[oa]|batid[oa])\b[^.;]{0,50}$", re.I)
# "since last Thursday", "desde el pasado 5 de agosto": when a count began, not the day it is of
_SINCE_DAY = re.compile(r"\b(?:since|desde)\s+(?:el\s+|la\s+)?(?:pasado\s+|last\s+|this\s+)?$", re.I)
# the day a span counted up to now began: "since the protests began on June 18", "desde que comenzaron las
# protestas el 18 de junio", "since fighting broke out on Monday": a start, not the day of the count
_SINCE_BEGAN = re.compile(r"\b(?:since|desde\s+que)\s+[^,;.\d]{0,40}?\b(?:began|begun|started|broke\s+out|erupted|"
                          r"comenz(?:[oó]|aron)|empez(?:[oó]|aron)|inici(?:[oó]|aron)|estall(?:[oó]|aron))\s+"
                          r"(?:[^,;.\d]{0,30}?\s)?(?:on\s+|el\s+|in\s+|en\s+)?$", re.I)


# the day a span began, named by its first event: "since the first confirmed death on 9 January", "desde el
# comienzo de la invasión de Rusia el pasado 24 de febrero", "since the start of the war on 24 February"
_SINCE_FIRST = re.compile(r"\b(?:since|desde)\s+(?:the\s+|el\s+|la\s+)?(?:first|start|beginning|outbreak|onset|"
                          r"primer[oa]?|comienzo|inicio|principio|estallido)\b[^,;.\d]{0,50}?\s"
                          r"(?:on\s+|el\s+|in\s+|en\s+)?(?:(?:pasado|last)\s+)?$", re.I)


_DAY_NUMBER_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?$")


def _day_before(text: str, at: int) -> int:
    """Where the day of a month named at ``at`` starts ("25 August": at 25), else ``at``."""
    day = _DAY_NUMBER_BEFORE.search(text, max(0, at - 12), at)
    return day.start() if day else at


# a clause after "since" that ends on the day: "since the virus was first reported in the country on September
# 20", "desde que se detectó el brote en la provincia el 26 de enero", "since it struck last Friday": when the count
# began
_SINCE_CLAUSE = re.compile(r"\b(?:since|desde\s+que)\s+[^,;.\d]{0,100}?\s"
                           r"(?:(?:on|el|in|en)\s+(?:(?:pasado|last)\s+)?|(?:pasado|last)\s+)$", re.I)


# the words a weekday's match opens with ("on Friday", "el pasado viernes", "last Friday"): the clause before the day
# ends with them
_DAY_LEAD = re.compile(r"(?:(?:on|el)\s+)?(?:(?:pasado|last)\s+)?", re.I)


def _a_start(text: str, at: int) -> bool:
    """Whether the day at ``at`` is the start of a span counted since it ("trapped since 5 August",
    "desde el domingo", "since the protests began on June 18", "since the storm hit on Friday")."""
    lead = _DAY_LEAD.match(text, at)          # a weekday's match takes its "on", "el pasado" with it
    end = lead.end() if lead else at
    return bool(_SINCE_DAY.search(text, max(0, at - 16), at) or _SINCE_BEGAN.search(text, max(0, at - 90), end)
                or _SINCE_FIRST.search(text, max(0, at - 90), end)
                or _SINCE_CLAUSE.search(text, max(0, at - 130), end))
# the same moment in another time zone: its date is not another day of the count
_OTHER_ZONE = re.compile(r"\([^()]{0,40}\b(?:UTC|GMT)\b[^()]{0,40}\)")
# the day of a wire's dateline: "LIMA, March 3 (Reuters) -", "SANTIAGO, 20 nov (EFE).-",
# "Quito, 3 de marzo de 2021 (AFP) —": a place, a comma, the day, the agency, a dash
# a wire's dateline writes every month short, "mar" and "ago" too ("Caracas, 14 mar (EFE).-")
_WIRE_MONTHS = _MONTHS + "|mar|ago"
# (an ordinal day too: "PESHAWAR, Jun 9th, 2024 (APP) -")
_WIRE_DAY = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+)?(?:{_WIRE_MONTHS})|"
             rf"(?:{_WIRE_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\.?(?:,?\s+(?:de\s+)?\d{{4}})?")
_WIRE_DATE = re.compile(rf"\s*[^\W\d_][^,\n]{{0,40}},\s*"
                        rf"({_WIRE_DAY})"
                        rf"\s*(?:\([^()\n]{{1,30}}\))?\s*(?:\.?\s*[-—–]+|:)\s", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_WEEKDAY = re.compile(r"\b(?:on\s+|el\s+|este\s+|last\s+|el pasado\s+)?(monday|tuesday|wednesday|thursday|friday|"
                      r"saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo)\b",
                      re.I)
_RELATIVE = re.compile(r"\b(yesterday|today|ayer|hoy|anteayer|anoche|last night|tonight|this morning|"
                       r"this afternoon|this evening|esta (?:mañana|madrugada|tarde|noche))\b", re.I)
_AGO = re.compile(r"\b(a|one|two|three|four|five|\d)\s+days?\s+ago\b|"
                  r"\bhace\s+(un|uno|dos|tres|cuatro|cinco|\d)\s+d[ií]as?\b", re.I)
# weeks before the article's, only where the phrase opens the sentence and so dates all of it: "A week ago, police
# counted 515,988", "Hace apenas una semana, la Policía contó"; not inside a clause of another figure ("rose to 300
# this week, up from a week ago", "which a week ago stood at 40, has risen to 120": R2)
_WEEKS_AGO_OPENING = re.compile(r"\s*(?:(?:just|only|barely)\s+)?(?P<count>a|one|two|three|\d)\s+weeks?\s+ago\b|"
                                r"\s*hace\s+(?:(?:apenas|solo|s[oó]lo|justo|exactamente)\s+)?"
                                r"(?P<cuenta>un|una|dos|tres|\d)\s+semanas?\b", re.I)
# "last month", "el mes pasado", "last year", "del año pasado": the article's month or year before
# a span's start up to now: "since November last year", "desde noviembre del año pasado"
_SINCE_MONTH = re.compile(rf"\b(?:since|desde)\s+(?:{_MONTHS})\s+(?:of\s+|de\s+|del\s+)?$", re.I)
# a period set against this one: "in the first four months of this year, ... six times the number ... during the same
# period last year", "el mismo periodo del año pasado" (what the sentence counts is of this year)
_SAME_PERIOD = re.compile(r"\b(?:same|mismo)\s+(?:period|time|months?|weeks?|periodo|per[ií]odo|lapso|mes|tramo)\s+"
                          r"(?:of\s+|del\s+|de\s+)?$", re.I)
_LAST_PERIOD = re.compile(r"\blast\s+(month|year)\b|\b(?:el|del)\s+(mes|año|ano)\s+(?:pasado|anterior)\b", re.I)
# "this year", "so far this month", "en lo que va del año", "este mes": the article's year or month
_THIS_PERIOD = re.compile(r"\bthis\s+(month|year)\b|"
                          r"\b(?:en\s+lo\s+que\s+va\s+(?:del?|de\s+este)|este)\s+(mes|año|ano)\b", re.I)
# a rank within the period, of the event, not a count of it: "the 5th crash this year", "the highest
# number on a single day this year", "el peor accidente en lo que va del año", "la 3.ª marcha este año"
# (not a span that opens the period: "in the first four months of this year", "the first half of this year")
_RANKED = re.compile(r"(?:\b\d+\s*(?:st|nd|rd|th)\b|\b\d+\s*\.?\s*[ºª°]|"
                     r"\bfirst\b(?!\s+(?:[a-z]+\s+)?(?:months?|weeks?|days?|half|quarter)\b)|\b(?:second|third|highest|largest|"
                     r"biggest|worst|deadliest|primer[oa]?|segund[oa]|tercer[oa]?|mayor|peor|r[eé]cord)\b)[^,;.]{0,40}$",
                     re.I)
_DAYS_BACK = {"yesterday": 1, "ayer": 1, "anoche": 1, "last night": 1, "anteayer": 2}
_WEEKDAY_INDEX = {name: k for k, names in enumerate(
    ["monday lunes", "tuesday martes", "wednesday miercoles", "thursday jueves", "friday viernes",
     "saturday sabado", "sunday domingo"]) for name in names.split()}
_FULL_MONTHS = ["january enero", "february febrero", "march marzo", "april abril", "may mayo", "june junio",
                "july julio", "august agosto", "september septiembre setiembre", "october octubre",
                "november noviembre", "december diciembre"]
_MONTH_NUMBER = {}
for _k, _names in enumerate(_FULL_MONTHS, start=1):
    _names += " " + ["jan ene", "feb", "", "apr abr", "", "jun", "jul", "aug", "sep sept", "oct", "nov",
                     "dec dic"][_k - 1]
    for _name in _names.split():
        _MONTH_NUMBER[_name] = _k


#: how long after ``date:`` a wire's dateline may be and still be read as the day it filed the report
_WIRE_LATER_DAYS = 62
# a dateline's place with no comma before its day, when an agency in brackets follows the day:
# "Rabat 10 de septiembre de 2023 (Saba):"
_WIRE_DATE_NO_COMMA = re.compile(rf"\s*[^\W\d_][^,\n\d]{{0,40}}?\s+"
                                 rf"(\d{{1,2}}\s+(?:de\s+)?(?:{_WIRE_MONTHS})\.?(?:,?\s+(?:de\s+)?\d{{4}})?)"
                                 rf"\s*\([^()\n]{{1,30}}\)\s*(?:\.?\s*[-—–]+|:)\s", re.I)


# a wire's agency and outlet in brackets, the day closing them: "(APP - UrduPoint / Pakistan Point News - 9th Jun,
# 2024)", "(EFE - 12 de marzo de 2024)"
_WIRE_BRACKET = re.compile(rf"\s*\(\s*[^\W\d_][^()\n]{{0,80}}?\s[-—–]+\s*({_WIRE_DAY})\s*\)", re.I)


def _wire_dateline(text: str) -> re.Match[str] | None:
    """A wire's dated dateline at the start of ``text``; its group 1 is the day."""
    return _WIRE_DATE.match(text) or _WIRE_DATE_NO_COMMA.match(text) or _WIRE_BRACKET.match(text)


_SHORT_SPANISH_MONTHS = {"mar": "marzo", "ago": "agosto"}
_SHORT_SPANISH = re.compile(r"\b(?:mar|ago)\b", re.I)


def wire_day(text: str, article_date: str | None) -> str | None:
    """The day a wire's dateline says the report was filed ("LIMA, May 5 (Reuters) -", "Rabat 10
    de septiembre de 2023 (Saba):"), when it is ``article_date`` or up to two months after it: the
    day the text's "yesterday" and "on Tuesday" count from, where ``date:`` is the event's day
    (GUIDE.md) and the report came days later. None when the text opens with no dated dateline."""
    if not article_date or len(article_date) != 10:
        return None
    match = _wire_dateline(text)
    if match is None:
        return None
    # "mar" and "ago" are months only here: the rest of a sentence reads them as words
    days = _days_in(_SHORT_SPANISH.sub(lambda m: _SHORT_SPANISH_MONTHS[m.group().lower()], match.group(1)),
                    article_date[:4])
    if not days:
        return None
    day = days[0]
    event = dt.date.fromisoformat(article_date)
    filed = dt.date.fromisoformat(day)
    if filed < event and not re.search(r"\d{4}", match.group(1)):
        filed = filed.replace(year=filed.year + 1)      # "JAKARTA, Jan 2 (Reuters)" of an event of 30 December
    return filed.isoformat() if 0 <= (filed - event).days <= _WIRE_LATER_DAYS else None


def relative_date(text: str, article_date: str | None, forward: bool = False, counted: bool = False) -> str | None:
    """"on Thursday", "el martes", "yesterday", "ayer": the day, resolved against the article's
    date (the latest such weekday on or before it; ``forward``: a weekday on or after it, in a
    story written after the day of its date: ``Days.later``). ``counted``: the day the sentence's
    counts are of, not the day it was told ("A tornado that struck on Sunday killed 3, officials said
    today": Sunday; today is when it was told)."""
    if not article_date or len(article_date) != 10:
        return None               # (a month or a year alone: no day to count a weekday or "yesterday" from)
    base = dt.date.fromisoformat(article_date)
    match = _RELATIVE.search(text)
    if match:
        word = fold_word(match.group(1))
        days = _DAYS_BACK.get(" ".join(word.split()), 0)         # "hoy", "esta mañana", "tonight": 0
        event_day = _event_weekday(text, match) if counted and days == 0 and _told_today(text, match) else None
        if event_day is None:
            return (base - dt.timedelta(days=days)).isoformat()
        # "A tornado that struck on Sunday killed 3, officials said today": Sunday, not the day it was told
        return _weekday_near(base, event_day, forward)
    ago = _AGO.search(text)
    if ago:
        count = ago.group(1) or ago.group(2)
        back = int(count) if count.isdigit() else _NUMBER_WORDS[fold_word(count)]
        return (base - dt.timedelta(days=back)).isoformat()      # "two days ago", "hace dos días"
    weeks = _WEEKS_AGO_OPENING.match(text)
    if weeks:   # "Hace apenas una semana, la Policía contó 515.988": the sentence's day, that many weeks before
        count = weeks.group("count") or weeks.group("cuenta")
        back = int(count) if count.isdigit() else _NUMBER_WORDS[fold_word(count)]
        return (base - dt.timedelta(weeks=back)).isoformat()
    weekday = _weekday_named(text)
    return None if weekday is None else _weekday_day(text, weekday, base, forward)


# a weekday gone, by the words its match opens with: "last Friday", "el pasado viernes"
_GONE_LEAD = re.compile(r"(?:last|el\s+pasado)\s", re.I)


def _weekday_day(text: str, match: re.Match[str], base: dt.date, forward: bool = False) -> str:
    """The day of the weekday ``match`` names: the latest on or before ``base``, or the earliest on or after it when
    ``forward`` or when its clause tells it as a day to come ("The summit on Thursday will bring together 40
    leaders", "La huelga convocada para el viernes reunirá a 50.000": ``to_come``)."""
    ahead = forward or (_GONE_LEAD.match(match.group()) is None and to_come(text, match.start(1), match.end(1)))
    return _weekday_near(base, match.group(1), ahead)


_WEEKDAY_NAMES = (r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|miercoles|"
                  r"jueves|viernes|s[aá]bado|domingo")
# two weekdays that bound a span: "between Thursday and Saturday", "from Thursday to Saturday", "Thursday through
# Saturday", "entre el jueves y el sábado", "del jueves al sábado", "desde el jueves hasta el sábado"
_WEEKDAY_SPAN = re.compile(rf"\b(?:(?:between|from|entre|desde)\s+(?:el\s+)?(?P<first>{_WEEKDAY_NAMES})\s+"
                           rf"(?:and|to|through|until|till|y|a|al|hasta)\s+(?:el\s+)?|"
                           rf"del\s+(?P<from>{_WEEKDAY_NAMES})\s+al\s+|(?P<start>{_WEEKDAY_NAMES})\s+through\s+)"
                           rf"(?P<last>{_WEEKDAY_NAMES})\b", re.I)
# the weekend gone: "over the weekend", "at the weekend", "last weekend", "durante el fin de semana", "el fin de
# semana pasado"; not one to come ("for the weekend", "para el fin de semana", "el próximo fin de semana")
_WEEKEND = re.compile(r"\b(?:(?:over|during|at|on|throughout)\s+the\s+(?:past\s+)?|last\s+|(?:this|the)\s+past\s+)"
                      r"weekend\b|(?<!\bpara\s)(?<!\bhasta\s)\b(?:durante\s+|en\s+)?el\s+(?:pasado\s+)?"
                      r"fin\s+de\s+semana(?:\s+pasado)?\b(?!\s+(?:pr[oó]ximo|que\s+viene|entrante)\b)", re.I)
# a weekend before the article's own ("last weekend" of a Sunday is the one before)
_GONE = re.compile(r"\b(?:last|past|pasado)\b", re.I)
# the week before the article's: "last week", "la semana pasada", "la pasada semana"
_LAST_WEEK = re.compile(r"\blast\s+week\b|\bla\s+(?:semana\s+pasada|pasada\s+semana)\b", re.I)
# one weekday of the week before: "el viernes de la semana pasada", "on Friday last week", "last week on Friday"
_DAY_OF_LAST_WEEK = re.compile(rf"\b({_WEEKDAY_NAME})\s+(?:of\s+|de\s+)?(?:{_LAST_WEEK.pattern})|"
                               rf"(?:{_LAST_WEEK.pattern}),?\s+(?:on\s+|el\s+)?({_WEEKDAY_NAME})\b", re.I)


def weekday_period(text: str, article_date: str | None, forward: bool = False) -> str | None:
    """The as_of of a count over days a sentence names by their weekdays ("killed 58 between Thursday and
    Saturday", "entre el jueves y el sábado"), as a weekend ("over the weekend", "durante el fin de semana") or as
    the week before ("last week", "la semana pasada"), read against the article's day (``forward``: the days on or
    after it, in a story written after the day of its date): as GUIDE.md dates an event named by its days, their
    month, or their last day when they are of two months; never a day after the period, nor after the article's
    day. None when the sentence names no such period, or a count since it ("since last week")."""
    if not article_date or len(article_date) != 10:
        return None
    base = dt.date.fromisoformat(article_date)
    span = _WEEKDAY_SPAN.search(text)
    if span is not None and not _a_start(text, span.start()):
        first_name = span.group("first") or span.group("from") or span.group("start")
        back = (_WEEKDAY_INDEX[fold_word(span.group("last"))] - _WEEKDAY_INDEX[fold_word(first_name)]) % 7
        if back:
            if forward:
                first = dt.date.fromisoformat(_weekday_near(base, first_name, True))
                return _period_as_of(first, first + dt.timedelta(days=back), first + dt.timedelta(days=back))
            last = dt.date.fromisoformat(_weekday_near(base, span.group("last")))
            return _period_as_of(last - dt.timedelta(days=back), last, base)
    weekend = _WEEKEND.search(text)
    if weekend is not None and not _SINCE.search(text, max(0, weekend.start() - 8), weekend.start()):
        # "last weekend" of a Sunday is the one before it; "over the weekend" of a Sunday, this one
        since = base - dt.timedelta(days=2 if _GONE.search(weekend.group()) else 0)
        saturday = since - dt.timedelta(days=(since.weekday() - 5) % 7)
        return _period_as_of(saturday, saturday + dt.timedelta(days=1), base)
    one = _DAY_OF_LAST_WEEK.search(text)
    if one is not None and not _SINCE.search(text, max(0, one.start() - 8), one.start()):
        # that weekday of the week before the article's: a day, not the week's month
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return (monday + dt.timedelta(days=_WEEKDAY_INDEX[fold_word(one.group(1) or one.group(2))])).isoformat()
    week = _LAST_WEEK.search(text)
    if week is not None and not _SINCE.search(text, max(0, week.start() - 8), week.start()) and \
            not _SINCE_DAY.search(text, max(0, week.start() - 16), week.start()):
        monday = base - dt.timedelta(days=base.weekday() + 7)
        return _period_as_of(monday, monday + dt.timedelta(days=6), base)
    return None


def _period_as_of(first: dt.date, last: dt.date, latest: dt.date) -> str:
    """A period of days as an as_of: their month, or, when they are of two months, their last day (``latest`` at
    most: a count told on the article's day is of no day after it)."""
    last = min(last, latest)
    return first.isoformat()[:7] if (first.year, first.month) == (last.year, last.month) else last.isoformat()


def _told_today(text: str, match: re.Match[str]) -> bool:
    """Whether "today", "hoy" is the day a sentence was told ("officials said today", "informaron hoy")."""
    return _STATED_ON.search(text, max(0, match.start(1) - 30), match.start(1)) is not None


def _event_weekday(text: str, today: re.Match[str]) -> str | None:
    """The weekday a sentence that was told "today" dates its counts by: one named before that "today" ("A
    tornado that struck on Sunday killed 3, officials said today"), or after it as the end of the count ("informó
    hoy de que 5.665 han muerto, según sus registros actualizados hasta el pasado domingo"); not a day after it of
    something else ("..., officials said today, down from 300 on Monday", "a day of mourning will be held on
    Friday")."""
    for match in _WEEKDAY.finditer(text):
        if _a_start(text, match.start()) or _names_a_weekday(text, match):
            continue
        if _UP_TO_LAST.search(text, max(0, match.start() - 16), match.start(1)):
            return match.group(1)         # "según sus registros actualizados hasta el pasado domingo"
        if _TO_COME.search(text, max(0, match.start() - 40), match.start(1)):
            continue                      # "Schools will remain closed until Friday", "a memorial on Friday"
        if match.start() < today.start() and _PAST_EVENT.search(
                text, max(0, match.start() - 60), min(len(text), match.end() + 60)):
            return match.group(1)         # "A tornado that struck on Sunday killed 3, officials said today"
    return None


# a count up to a day gone: "hasta el pasado domingo", "until last Sunday", "as of last Sunday"
_UP_TO_LAST = re.compile(r"\b(?:hasta|until|through|as\s+of)\s+(?:el\s+pasado|last)\s+$", re.I)
# a day to come, or a state that lasts till one: "will be held on", "until", "hasta el", "seguirán ... hasta"
_TO_COME = re.compile(r"\b(?:will|would|shall|until|till|next|coming|hasta|pr[oó]xim[oa]|a\s+partir\s+del?)\b"
                      r"[^.;,]*$", re.I)
# an event of a day gone, by its verb: "struck", "killed", "azotó", "dejó", "ocurrió"
_PAST_EVENT = re.compile(r"\b(?:struck|hit|killed|left|crashed|collapsed|exploded|erupted|occurred|happened|began|"
                         r"died|sank|capsized|swept|slammed|tore|[a-z]{3,}ed|azot[oó]|alcanz[oó]|dej[oó]|ocurri[oó]|"
                         r"sucedi[oó]|murieron|muri[oó]|cay[oó]|golpe[oó]|arras[oó]|destruy[oó]|provoc[oó]|caus[oó]|"
                         r"explot[oó]|se\s+desplom[oó]|se\s+produjo|"
                         # the plural: "Las lluvias dejaron el lunes 3 muertos"
                         r"azotaron|alcanzaron|dejaron|ocurrieron|cayeron|golpearon|arrasaron|destruyeron|provocaron|"
                         r"causaron|explotaron|se\s+desplomaron|se\s+produjeron)\b", re.I)


def weekday_of(text: str, day: str) -> list[tuple[int, int]]:
    """Where a sentence names the weekday of ``day`` as a day ("capsized late Friday" of a Friday):
    the spans of those names."""
    index = dt.date.fromisoformat(day).weekday()
    # (not the end of a span of weekdays: "killed 58 between Thursday and Saturday" of a Saturday is of its day)
    spans = [m.span() for m in _WEEKDAY_SPAN.finditer(text)]
    return [m.span(1) for m in _WEEKDAY.finditer(text) if _WEEKDAY_INDEX[fold_word(m.group(1))] == index
            and not _a_start(text, m.start()) and not _names_a_weekday(text, m)
            and not any(a <= m.start(1) < b for a, b in spans)]


def _weekday_named(text: str) -> re.Match[str] | None:
    """The weekday a sentence dates its figures by: its first, or its second when the first is
    the day it was said on ("the ministry said on Sunday that 320 had died as of Saturday"), or a later one the count
    runs up to ("until Sunday")."""
    weekdays = [m for m in _WEEKDAY.finditer(text) if not _a_start(text, m.start()) and not _names_a_weekday(text, m)
                and not _ITS_DATE_AFTER.match(text, m.end())]
    if len(weekdays) > 1 and _STATED_ON.search(text, max(0, weekdays[0].start(1) - 30), weekdays[0].start(1)):
        # "the ministry said on Sunday that 320 had died as of Saturday", "informó el domingo que
        # hasta el sábado habían muerto 320": the day it was said is not the day the count is of
        weekdays = weekdays[1:]
    bound = next((m for m in weekdays[1:] if _UP_TO.search(text, max(0, m.start(1) - 20), m.start(1))
                  and not to_come(text, m.start(1), m.end(1))), None)
    # "revealed during a press conference on Monday that 248,901 have crossed until Sunday": the day the count runs to
    # (not a day to come another clause runs to: "the flood killed 40, and schools will stay closed until Friday")
    return bound or (weekdays[0] if weekdays else None)


# the date a weekday names, right after it: "on Friday, 11 March 2011", "el miércoles 9 de julio de 1997", "on Tuesday,
# March 4": the weekday is no day of its own, counted from the article's date; the date after it is read as a date
_ITS_DATE_AFTER = re.compile(rf",?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?:{_MONTHS})\b|"
                             rf",?\s+(?:{_MONTHS})\.?\s+\d{{1,2}}\b", re.I)


_SPANISH_WEEKDAYS = frozenset("lunes martes miercoles jueves viernes sabado domingo".split())


def _names_a_weekday(text: str, match: re.Match[str]) -> bool:
    """Whether a Spanish weekday written with a capital inside a sentence is part of a name ("Santo
    Domingo", "la Escuela Domingo Santa María", "Plaza Lunes"), not a day: Spanish writes its days
    in lower case ("el domingo"), English always with a capital ("on Sunday"), so only Spanish is read so."""
    word = match.group(1)
    if not word[:1].isupper() or fold_word(word) not in _SPANISH_WEEKDAYS:
        return False
    before = text[:match.start(1)].rstrip()
    return bool(before) and before[-1] not in ".!?:—-\"“«(" and not before.endswith(("El", "Este", "pasado"))


def _weekday_near(base: dt.date, name: str, forward: bool = False) -> str:
    """The latest day of the weekday ``name`` ("Tuesday", "martes") on or before ``base``; ``forward``:
    the earliest on or after it."""
    back = (base.weekday() - _WEEKDAY_INDEX[fold_word(name)]) % 7
    return (base + dt.timedelta(days=(7 - back) % 7 if forward else -back)).isoformat()


def _days_in(text: str, year_default: str | None) -> list[str]:
    """The days a sentence names, in order ("15 and 16 February" names two)."""
    return [day for _, day in _days_at(text, year_default)]


# a day that is part of a name: "the 6th October Bridge", "the 26th July Movement", "la Avenida 9 de Julio", "la
# plaza 2 de Mayo", "el puente 15 de Mayo"
_NAME_BEFORE_DAY = re.compile(r"\b(?:avenida|av\.|calle|plaza|puente|estadio|parque|colonia|barrio|escuela|colegio|"
                              r"hospital|avenue|street|square|bridge|stadium)\s+$", re.I)
_NAME_AFTER_DAY = re.compile(r"\s+(?-i:Bridge|Street|Avenue|Square|Stadium|Road|Park|Movement|Revolution|Uprising|"
                             r"University|Hospital|School|Metro|Station|Airport|War)\b")
_THE_BEFORE = re.compile(r"\b(?:the|a)\s+$", re.I)


def _in_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a day the text writes is part of a name: a street's, a bridge's, a movement's (after "the": not "On
    March 5 Hospital officials said")."""
    return bool(_NAME_BEFORE_DAY.search(text, max(0, match.start() - 12), match.start())
                or _NAME_AFTER_DAY.match(text, match.end()) and _THE_BEFORE.search(text, max(0, match.start() - 5),
                                                                                    match.start()))


def _latest_day(article_date: str) -> dt.date:
    """The last day an article's date may be: the day itself, the last of its month ("1983-06"), the
    31st of December of its year ("1983")."""
    if len(article_date) == 4:
        return dt.date(int(article_date), 12, 31)
    if len(article_date) == 7:
        following = dt.date(int(article_date[:4]), int(article_date[5:7]), 28) + dt.timedelta(days=4)
        return following - dt.timedelta(days=following.day)
    return dt.date.fromisoformat(article_date)


#: how long before an article's date the event its opening tells must end for the article to look back at it (an
#: anniversary, a retrospective), not to be the news of it
_LOOKS_BACK_DAYS = 365


def long_before(when: str, article_date: str | None) -> bool:
    """Whether ``when`` (a day, a month or a year) ends a year or more before ``article_date`` (a day): "4 February
    1976" or "1976" of an article of 2022, not "30 December 2021" of one of 3 January 2022."""
    if not article_date or len(article_date) != 10:
        return False
    return (dt.date.fromisoformat(article_date) - _latest_day(when)).days >= _LOOKS_BACK_DAYS


_COPULA = re.compile(r"\b(?:was|were|is|are|fue|fueron|es|son|era|eran)\b", re.I)


def named_before_its_verb(text: str, when: str) -> bool:
    """Whether a sentence names the year of ``when`` before its first verb ("El 4 de febrero de 1976 un sismo sacudió
    Guatemala", "The 1976 earthquake killed 23,000"): the date of the event it tells, not of another it sets that
    one against ("El huracán Lía fue el segundo más mortífero, solo detrás del huracán de 1842")."""
    mention = re.search(rf"(?<!\d){when[:4]}(?!\d)", text)
    verbs = [m.start() for m in (_PAST_EVENT.search(text), _COPULA.search(text)) if m is not None]
    return mention is not None and (not verbs or mention.start() < min(verbs))


def _days_at(text: str, year_default: str | None, article_date: str | None = None,
             onward: bool = False) -> list[tuple[int, str]]:
    """The days a sentence names and where, in order. A day named without its year that would
    fall months after ``article_date`` is of the year before: "on Dec. 30" in an article of 3
    January 2020, "el 30 de diciembre" the same, is 2019-12-30 (news tells what happened); not in
    an account that goes on past its date (``onward``: an encyclopedia dated by its event's first
    day, whose "By 19 October" of an epidemic declared on 6 August is that year's). An article
    dated by its month or year alone is taken at its latest day."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for match in _ISO.finditer(text):
        found.append((match.start(), match.group()))
        taken.append(match.span())
    for match in _FULL_DATE.finditer(text):
        if any(a <= match.start() < b for a, b in taken) or _a_start(text, match.start()) or _in_a_name(text, match):
            continue              # "trapped since 5 August 2010": a count of the article's day
        day, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else \
            (match.group(5), match.group(4), match.group(6))
        try:
            found.append((match.start(), dt.date(int(year), _MONTH_NUMBER[fold_word(month)], int(day)).isoformat()))
        except (KeyError, ValueError):
            continue
        taken.append(match.span())
    defaulted_from_text = bool(found)
    if found:
        year_default = found[0][1][:4]        # "el 13 de enero y el 13 de febrero de 2001"
    for match in _DAY_MONTH.finditer(text):
        if not year_default or any(a <= match.start() < b for a, b in taken) or _a_start(text, match.start()) or \
                _in_a_name(text, match):
            continue
        day = match.group(1) or match.group(4)
        month = _MONTH_NUMBER.get(fold_word(match.group(2) or match.group(3)))
        year = re.match(r"\W*(?:de\s+|del\s+|of\s+)?(\d{4})\b", text[match.end():])
        try:
            when = dt.date(int(year.group(1) if year else year_default), month or 0, int(day))
            if year is None and not defaulted_from_text and article_date and not onward and \
                    (when - _latest_day(article_date)).days > _MONTHS_AHEAD:
                when = when.replace(year=when.year - 1)
            found.append((match.start(), when.isoformat()))
        except (TypeError, ValueError):
            continue
        taken.append(match.span())
    for match in _DAY_FRACTION_DATE.finditer(text):
        # "as of 10/28", "al 28/10": only where the numbers tell the day from the month (one is over 12;
        # "as of 5/10" is May in the United States, 5 October in Britain and India)
        if any(a <= match.start() < b for a, b in taken):
            continue
        first, second, year = int(match.group(2)), int(match.group(3)), match.group(4) or year_default
        if year is None or (first <= 12) == (second <= 12):
            continue
        month, day = (first, second) if first <= 12 else (second, first)
        try:
            found.append((match.start(2), dt.date(int(year) + (2000 if len(year) == 2 else 0), month, day).isoformat()))
        except ValueError:
            continue
        taken.append(match.span())
    for match in _MONTH_DAY_LIST.finditer(text):
        # the month first, then its days: "on April 3-8", "March 19–25, 2025" (the first day is read above)
        opening_day = next((day for at, day in found if at == match.start()), None)
        its_year = match.group(4) or (opening_day[:4] if opening_day else None)
        if its_year and not any(a <= match.start(3) < b for a, b in taken) and \
                int(match.group(2)) < int(match.group(3)):
            try:
                found.append((match.start(3), dt.date(int(its_year), _MONTH_NUMBER[fold_word(match.group(1))],
                                                      int(match.group(3))).isoformat()))
            except (KeyError, ValueError):
                continue
    for match in _DAY_LIST.finditer(text):
        first = 1 if match.group(1) else 3     # (the span "desde ... hasta", or the list "15 and 16")
        if year_default and not any(a <= match.start(first) < b for a, b in taken):
            # the first day: its month's second day ("15 and 16 February") is found above
            month = _MONTH_NUMBER.get(fold_word(match.group(first + 1)))
            year = re.match(r"\W*(?:de\s+|del\s+|of\s+)?(\d{4})\b", text[match.end():])
            try:
                found.append((match.start(first), dt.date(int(year.group(1) if year else year_default), month or 0,
                                                          int(match.group(first))).isoformat()))
            except ValueError:
                continue
    return sorted(found)


# a day written as numbers after a word that dates the count: "as of 10/28", "al 28/10/2018"
_DAY_FRACTION_DATE = re.compile(r"\b(as\s+(?:of|at)|al|hasta\s+el|desde\s+el)\s+(\d{1,2})/(\d{1,2})"
                                r"(?:/(\d{4}|\d{2}))?\b(?![/.,]?\d)(?!\s+(?:de|del|of|partes|parts)\b)", re.I)


# how far after the article's date a day without its year may fall and still be of its year
# (a plan: "by December 5" in an article of 20 November)
_MONTHS_AHEAD = 60


def _common(days: list[str]) -> str | None:
    """What several days share: their month, else their year ("el 13 de enero y el 13 de febrero
    de 2001" -> "2001"), else None."""
    for size in (7, 4):
        if len({day[:size] for day in days}) == 1:
            return days[0][:size]
    return None


# a count over a span its sentence bounds by two days: "between 28 April and 4 May", "entre el 28 de
# abril y el 4 de mayo", "from 1 January to 19 October", "del 28 de abril al 4 de mayo"
_SPAN_OPENS = re.compile(r"\b(?:between|from|entre|del?)\s+(?:el\s+)?$", re.I)
_SPAN_JOINS = re.compile(r"\s*(?:(?:,\s*)?(?:and|to|until|through|y|al|a|hasta)\s+(?:el\s+)?|[-–]\s*)", re.I)


def _span_end(text: str, found: list[tuple[int, str]]) -> str | None:
    """The last day of a span of days of two months or more that the sentence bounds ("between 28
    April and 4 May", "entre el 17 de octubre de 2019 y el 18 de marzo de 2020"): what it counts is
    of the span's end. None for days of one month ("15 and 16 February": their month), or no span."""
    for (first_at, first), (last_at, last) in zip(found, found[1:]):
        if first[:7] == last[:7] or first > last or not _SPAN_OPENS.search(text, max(0, first_at - 12), first_at):
            continue
        between = _FULL_DATE.match(text, first_at) or _DAY_MONTH.match(text, first_at)
        if between is not None and _SPAN_JOINS.fullmatch(text, between.end(), last_at) and \
                not _ONE_NIGHT.search(text, max(0, first_at - 30), last_at):
            return last
    return None


# a count up to a day: "al 18 de diciembre de 2022, el Ministerio informó", "as of 3 May", "hasta el 5 de junio"
_UP_TO = re.compile(r"\b(?:al|hasta(?:\s+el)?|as\s+of|until|through|up\s+to)\s+$", re.I)


def _up_to(text: str, found: list[tuple[int, str]]) -> str | None:
    """The latest day of several, when the sentence counts up to it ("Desde la notificación de los
    primeros casos el 2 de octubre de 2022, al 18 de diciembre de 2022, el Ministerio informó 17.629
    casos"): what it counts is of that day."""
    last_at, last = max(found, key=lambda pair: pair[1])
    before = [at for at, _ in found if at < last_at]
    if before and "," not in text[before[-1]:last_at]:
        return None                   # "del 1 al 3 de septiembre": a span's days, their month
    return last if _UP_TO.search(text, max(0, last_at - 12), last_at) else None


# "By October 2019, ...", "Hasta octubre de 2019, ...": up to a month; not "In April 2015, an earthquake
# struck on 25 April, killing 8,000" (the day is the event's)
_BY_MONTH = re.compile(r"\b(?:by|as\s+of|hasta|para|a)\s+(?:(?:el\s+)?mes\s+de\s+)?$", re.I)


def _month_frame(text: str, year_default: str | None) -> str | None:
    """The month a sentence opens with, before its first comma and with no day ("By late October,",
    "A finales de noviembre,", "By October 2019,"): it frames the sentence, whose days named later
    are of its parts ("..., including 41 in Zahedan on 30 September"); None without such an opening."""
    head = text.split(",", 1)[0] if "," in text else ""
    if not head or len(head.split()) > 6 or _days_at(head, year_default):
        return None
    match = _MONTH_YEAR.search(head)
    if match and _BY_MONTH.search(head, 0, match.start()):
        return f"{match.group(2)}-{_MONTH_NUMBER[fold_word(match.group(1))]:02d}"      # "By October 2019,"
    match = _month_alone(head)
    if match and year_default:
        return f"{year_default}-{_MONTH_NUMBER[fold_word(match.group(1))]:02d}"
    match = _MONTH_NAMED.search(head)
    if match and year_default and _BY_MONTH.search(head, 0, match.start()) and (
            match.group()[:1].isupper() or fold_word(match.group()) not in ("march", "may")):
        return f"{year_default}-{_MONTH_NUMBER[fold_word(match.group())]:02d}"      # "As of March,", "Hasta marzo,"
    return None


# a month by its whole name (not "mar", "sept")
_MONTH_NAMED = re.compile(r"\b(?:" + "|".join(" ".join(_FULL_MONTHS).split()) + r")\b", re.I)


def ends_a_span(text: str, article_date: str | None, onward: bool = False) -> bool:
    """Whether the day ``text`` gives is the end of a span it bounds ("lasted 50 days, from 3 June to
    22 July"): the day its counts are of, but no day of what the next sentences tell ("On the first
    day, 80,000 marched")."""
    if not article_date:
        return False
    return _span_end(text, _days_at(text, article_date[:4], article_date, onward)) is not None


# an infobox's line of the event's dates: "Fecha: 19 de agosto de 2013 - 12 de septiembre de 2013"
_DATES_LINE = re.compile(r"\s*(?:fechas?|dates?|periodo|per[ií]od|duraci[oó]n)\s*:\s*", re.I)


def dates_line_span(text: str, article_date: str | None) -> str | None:
    """The span of days an infobox's line of dates gives ("Fecha: 19 de agosto de 2013 - 12 de
    septiembre de 2013", "Date: 3 June – 22 July 2051"), around the article's date: as the format
    writes it, their month, or their year when they are of two months (``event_month``); None
    for a line of one day, or no such line."""
    if not article_date or not _DATES_LINE.match(text):
        return None
    days = _days_at(text, article_date[:4], article_date, True)
    if len(days) != 2:
        return None
    (first_at, first), (last_at, last) = days
    written = _FULL_DATE.match(text, first_at) or _DAY_MONTH.match(text, first_at)
    if written is None or not _SPAN_JOINS.fullmatch(text, written.end(), last_at) or \
            not first <= article_date <= last or first == last:
        return None
    return _common([first, last])


# a line of its own that gives the day a table above it counts to: "As of 16 December 2019", "Updated 3
# May 2020", "Al 16 de diciembre de 2019", "Actualizado al 3 de mayo de 2020", "Datos al 3 de mayo", "Corte: 3 de mayo"
_AS_OF_LINE = re.compile(r"\s*\(?(?:as\s+(?:of|at)|(?:last\s+)?updated(?:\s+(?:on|as\s+of))?|data\s+(?:as\s+of|to)|"
                         r"al|a\s+fecha\s+de|actualizad[oa]s?(?:\s+(?:al|el|a))?|[uú]ltima\s+actualizaci[oó]n|"
                         r"datos\s+(?:al|hasta\s+el)|(?:con\s+)?corte(?:\s+al)?)\s*:?\s+(?:el\s+)?", re.I)
_REFERENCES = re.compile(r"\s*(?:\[[^\]\n]{1,20}\]\s*)*\.?\)?\s*$")


def as_of_line(text: str, article_date: str | None) -> str | None:
    """The day of a line that is only a day a table's figures count to ("As of 16 December 2019",
    "Al 16 de diciembre de 2019"), which dates the rows above it; None for any other line."""
    opening = _AS_OF_LINE.match(text)
    if opening is None or not article_date:
        return None
    day = _FULL_DATE.match(text, opening.end())
    if day is None or not _REFERENCES.fullmatch(text, day.end()):
        return None
    found = _days_at(text, article_date[:4], article_date, True)
    return found[0][1] if len(found) == 1 else None


_ORDINALS = {"primer": 1, "primero": 1, "first": 1, "segundo": 2, "second": 2, "tercer": 3, "tercero": 3,
             "third": 3, "cuarto": 4, "fourth": 4, "quinto": 5, "fifth": 5, "décimo": 10, "decimo": 10, "tenth": 10}
# the article's event's own anniversary: "En su primer aniversario fue realizado el plebiscito"
_OWN_ANNIVERSARY = re.compile(r"\b(?:en\s+su|on\s+its|on\s+the\s+event'?s)\s+(\w+)\s+(?:aniversario|anniversary)\b",
                              re.I)


def dates_in(text: str, article_date: str | None, onward: bool = False) -> str | None:
    """The date a sentence gives (a day, a month or a year, as SPEC §2 writes them), or None.
    A sentence that names several days gives what they share (a count over both of them), or the
    last, when they bound a span of months ("between 28 April and 4 May, 31 were killed": a count
    up to its end). ``onward``: the article goes on past its date (``_days_at``). ``article_date``
    may be a month or a year alone ("1983"): it gives the year of "on 14 March", but no day that
    "on Thursday" or "yesterday" counts from."""
    year_default = article_date[:4] if article_date else None
    own = _OWN_ANNIVERSARY.search(text) if "nivers" in text else None
    if own and article_date and fold_word(own.group(1)) in _ORDINALS and article_date[5:] != "02-29":
        # "En su primer aniversario": the article's day, a year on
        return f"{int(article_date[:4]) + _ORDINALS[fold_word(own.group(1))]}{article_date[4:]}"
    text = _OTHER_ZONE.sub(lambda m: " " * len(m.group()), text)   # "08:58 KST (23:58 UTC, 15 April)"
    wire = _wire_dateline(text)
    if wire:
        # "LIMA, March 3 (Reuters) - A fire ... on Tuesday", "SANTIAGO, 20 nov (EFE).- ... el sábado":
        # the day the wire filed the report, not the day of what it reports
        text = text[:wire.start(1)] + " " * len(wire.group(1)) + text[wire.end(1):]
    frame = _month_frame(text, year_default)
    if frame:
        return frame              # "By late October, at least 92 ..., including 41 ... on 30 September"
    found = [(at, day) for at, day in _days_at(text, year_default, article_date, onward)
             if not _stated_later(text, at, day, article_date)]
    days = list(dict.fromkeys(day for _, day in found))
    if len(days) > 1:
        end = _span_end(text, found) or _up_to(text, found)
        return end or _common(days) or days[0]
    if days:
        return _days_from(text, found[0][0], days[0]) or days[0]
    short = _MONTH_SHORT_YEAR.search(text) if article_date else None
    if short and article_date:
        # the century that puts the year at or before the article's ("del 34" in 1934, "del 85" in 2017: 1985)
        year = int(article_date[:2]) * 100 + int(short.group(2))
        year -= 100 if year > int(article_date[:4]) else 0
        return f"{year}-{_MONTH_NUMBER[fold_word(short.group(1))]:02d}"
    match = next((m for m in _MONTH_YEAR.finditer(text) if not _a_start(text, _day_before(text, m.start()))), None)
    if match:
        # not the month of a day a span starts on ("fled since 25 August 2017": a count up to now)
        return f"{match.group(2)}-{_MONTH_NUMBER[fold_word(match.group(1))]:02d}"
    first = _FIRST_MONTHS.search(text) if year_default else None
    if first is not None and year_default:
        # "En los primeros cuatro meses de 2023", "in the first quarter": a count over months, as of their end
        word = next(group for group in first.group("count", "cuenta", "part", "parte") if group)
        count = _FIRST_MONTHS_COUNT.get(fold_word(word), 0)
        if 0 < count <= 12:
            return f"{first.group('year') or year_default}-{count:02d}"
    span = next((m for m in _MONTHS_SPAN.finditer(text) if _counts_in_clause(text, m)), None) if year_default else None
    if span is not None:
        # "deportó a 600 haitianos entre enero y marzo": a count over the months, as of the last (of its year, the
        # year before when it falls after the article's month, as ``_in_month`` reads a month)
        return dates_in(f"in {span.group('last').capitalize()}", article_date, onward)
    of_last_year = _month_last_year(text, article_date) if article_date else None
    if of_last_year:
        return of_last_year       # "Last year in September, at least 74 people were killed", "last September"
    match = _month_alone(text)
    if match and year_default:
        return f"{year_default}-{_MONTH_NUMBER[fold_word(match.group(1))]:02d}"   # "a finales de octubre"
    named = _in_month(text)
    if named and article_date:
        # "In March, Oaxaca reported 40": that month of the article's year, of the year before when it
        # would fall months after the article (news tells what happened: "In December" of a May article)
        year = int(article_date[:4]) - (not onward and named > _latest_day(article_date).month + _MONTHS_AHEAD // 30)
        return f"{year}-{named:02d}"
    last = _LAST_PERIOD.search(text) if article_date else None
    if last and article_date and not _SINCE.search(text, max(0, last.start() - 8), last.start()) and \
            not _SINCE_MONTH.search(text, max(0, last.start() - 30), last.start()) and \
            not (_SAME_PERIOD.search(text, max(0, last.start() - 40), last.start()) and _THIS_PERIOD.search(text)):
        # "Floods last month killed 45", "el año pasado": the month or the year before the article's
        if fold_word(last.group(1) or last.group(2)) in ("year", "ano", "año"):
            return str(int(article_date[:4]) - 1)
        if len(article_date) >= 7:    # (of an article dated by its year alone, no month is known)
            month = dt.date.fromisoformat(article_date[:7] + "-01") - dt.timedelta(days=1)
            return month.isoformat()[:7]
    period = weekday_period(text, article_date)
    if period:
        return period                 # "killed 58 between Thursday and Saturday", "over the weekend", "last week"
    relative = relative_date(text, article_date, counted=True)
    if relative:
        return relative               # "reportó este viernes 120.450 casos en lo que va del año": that day
    this = _THIS_PERIOD.search(text) if article_date else None
    this_month = this is not None and fold_word(this.group(1) or this.group(2)) in ("month", "mes")
    if this and article_date and not _RANKED.search(text, max(0, this.start() - 50), this.start()) and (
            not this_month or len(article_date) >= 7):
        # "at least 28 children had died of malnutrition this month", "en lo que va del año hubo 150 homicidios"
        return article_date[:7] if this_month else article_date[:4]
    part = _PART_OF_YEAR.match(text)
    if part is not None:
        return part.group(1)          # "In late 1994, the camps housed about 350,000": that year (not a comparison's)
    for match in _YEAR.finditer(text):
        if _DECADE.search(text, max(0, match.start() - 12), match.start()):
            continue                  # "en la década de 1990": a decade, not a year
        if _RECORD_BROKEN.search(text, max(0, match.start() - 70), match.start()):
            continue                  # the year of another event, which broke the record
        if match.group(1) and _COUNT_BOUND.search(text, max(0, match.start() - 16), match.start(1)):
            continue                  # "Más de 2000 (según testigos)", "cerca de 1500 heridos": a count's bound
        if match.group(1) and (fold_word(match.group()[:2]) in ("de", "of") or match.group(1) < "1900") and \
                _COUNTED_AFTER.match(text, match.end()):
            continue                  # "un aproximado de 2000 heridos", "in 1500 homes": a count of what it names
        if _SAME_PERIOD.search(text, max(0, match.start() - 30), match.start(1) if match.group(1) else match.start()):
            continue                  # "a 90% drop from the same period of 2023": the year set against, not the count's
        if not _SINCE_YEAR.search(text, max(0, match.start() - 40), match.start()):
            return match.group(1) or match.group(2)   # not "desde el terremoto de 1979": a comparison
    for match in _YEAR_OF_EVENT.finditer(text):
        # "The 1976 earthquake killed 23,000", "the 2010 Haiti earthquake": the year of the event it names, as
        # "el terremoto de 1976" is; not the article's own year ("the 2006 election" in 2006 names its event, as
        # ``names_the_event`` reads it), nor a comparison ("the worst since the 2010 floods")
        at = match.start()
        if match.group(1) != year_default and not _SINCE_YEAR.search(text, max(0, at - 40), at) and \
                not _RECORD_BROKEN.search(text, max(0, at - 70), at):
            return match.group(1)
    return None


# the first months of a year, a count over them: "in the first four months of 2023", "en los primeros cuatro meses
# del año", "en el primer trimestre de 2024", "in the first half of the year"
_FIRST_MONTHS = re.compile(r"\b(?:the\s+first\s+(?P<count>\w+)\s+months|(?:los\s+)?primeros\s+(?P<cuenta>\w+)\s+meses|"
                           r"(?:the\s+)?first\s+(?P<part>quarter|half)|(?:el\s+)?primer\s+(?P<parte>trimestre|semestre))"
                           r"(?:\s+(?:of|de|del)\s+(?:(?:the\s+|el\s+)?(?:year|a[nñ]o)\b|(?P<year>(?:1[5-9]|20)\d\d)\b))",
                           re.I)
_FIRST_MONTHS_COUNT = {"two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4, "cuatro": 4, "five": 5, "cinco": 5,
                       "six": 6, "seis": 6, "seven": 7, "siete": 7, "eight": 8, "ocho": 8, "nine": 9, "nueve": 9,
                       "ten": 10, "diez": 10, "eleven": 11, "once": 11, "quarter": 3, "trimestre": 3, "half": 6,
                       "semestre": 6, **{str(k): k for k in range(2, 12)}}
# two months that bound a count, with no year: "entre enero y marzo", "between January and March", "from January to
# March", "desde enero hasta marzo" (not "de enero y febrero", months listed; nor a month a year follows, a
# ``_MONTH_YEAR``)
_MONTHS_SPAN = re.compile(rf"\b(?:(?:entre|between)\s+(?:{_MONTHS})\s+(?:y|and)|(?:from|desde|de)\s+(?:{_MONTHS})\s+"
                          rf"(?:to|through|until|hasta|a))\s+(?:el\s+mes\s+de\s+)?(?P<last>{_MONTHS})\b", re.I)


def _counts_in_clause(text: str, span: re.Match[str]) -> bool:
    """Whether the clause of a span of months gives a figure it bounds ("deportó a 600 haitianos entre enero y
    marzo"), not a remark of another clause ("The flood killed 40; the rainy season runs from May to October")."""
    lo = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, span.start())), default=0)
    hi = next((m.start() for m in _CLAUSE_BREAK.finditer(text, span.end())), len(text))
    return any(ch.isdigit() for ch in text[lo:span.start()] + text[span.end():hi])


# days counted from a day, a span the format writes as their month: "in the first five days from December
# 13", "over the three days starting on 5 July", "en los primeros cinco días a partir del 13 de diciembre",
# "durante los tres días siguientes al 5 de julio"; not "three days after 5 July" (one day)
_DAYS_FROM = re.compile(r"\b(?:(?:in|during|over|within|for)\s+)?(?:the\s+)?(?:first\s+)?(\w+)\s+days\s+"
                        r"(?:from|starting(?:\s+(?:on|from))?|beginning(?:\s+on)?|following)\s+(?:on\s+)?$|"
                        r"\b(?:(?:en|durante)\s+)?(?:los\s+)?(?:primeros\s+)?(\w+)\s+(?:primeros\s+)?d[ií]as\s+"
                        r"(?:a\s+partir\s+del?|desde\s+el|siguientes\s+al|posteriores\s+al)\s+(?:el\s+)?$", re.I)
_COUNT_OF_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8, "nueve": 9,
                  "diez": 10}


def _days_from(text: str, at: int, day: str) -> str | None:
    """The month (or year) of a span of days counted from the day at ``at`` ("in the first five
    days from December 13, 1937": 1937-12), or None when no such span opens with it."""
    match = _DAYS_FROM.search(text, max(0, at - 60), at)
    if match is None:
        return None
    word = fold_word(match.group(1) or match.group(2))
    count = int(word) if word.isdigit() else _COUNT_OF_DAYS.get(word)
    if not count or count < 2 or len(day) != 10:
        return None
    last = dt.date.fromisoformat(day) + dt.timedelta(days=count - 1)
    return _common([day, last.isoformat()])


# a verb of stating right before a day: "X wrote on June 21 that", "el ministro declaró el 5 de marzo que"
# (the same verbs in both languages: "confirmed" / "confirmó", "noted" / "señaló", "added" / "agregó")
_STATED_ON = re.compile(r"\b(?:said|says|wrote|writes|reported|stated|announced|declared|estimated|affirmed|confirmed|"
                        r"noted|indicated|added|specified|told\s+\w+|"
                        r"dijo|dice|escribi[oó]|escribe|inform[oó]|report[oó]|declar[oó]|anunci[oó]|estim[oó]|"
                        r"afirm[oó]|confirm[oó]|se[nñ]al[oó]|indic[oó]|agreg[oó]|a[nñ]adi[oó]|precis[oó]|"
                        # the plural, as English "said" is both: "dijeron", "informaron"
                        r"dijeron|escribieron|informaron|reportaron|declararon|anunciaron|estimaron|afirmaron|"
                        r"confirmaron|se[nñ]alaron|indicaron|agregaron|a[nñ]adieron|precisaron)"
                        # "said on Sunday", "informó el domingo"; the wires' "officials said Sunday"
                        r"\s+(?:(?:on|el|este|el\s+pasado)\s+)?$", re.I)


def _stated_later(text: str, at: int, day: str, article_date: str | None) -> bool:
    """Whether the day at ``at`` is when someone stated the count, after the event's day ("Kristof
    wrote on June 21 that ... 400 to 800 civilians" of 4 June; "el ministro declaró el 9 de
    mayo que"): a count told later of the event is of the event's day (the day it was told is
    the claim's ``stated_on``), not of the day it was told."""
    return bool(article_date and day > article_date and _STATED_ON.search(text, max(0, at - 30), at))


# a verb of saying, in a closing attribution: "said", "told reporters", "dijo", "informó", "precisó"
_SAYING = re.compile(r"\b(?:said|says|told|reported|stated|announced|declared|added|confirmed|wrote|"
                     # and what a speaker does in saying it: "explained on Tuesday that", "explicó el martes que"
                     # (not the reflexive "se manifestaron el martes": they demonstrated)
                     r"explained|stressed|insisted|revealed|noted|warned|acknowledged|admitted|"
                     r"dijo|dijeron|inform[oó]|informaron|report[oó]|declar[oó]|anunci[oó]|agreg[oó]|a[nñ]adi[oó]|"
                     r"precis[oó]|confirm[oó]|se[nñ]al[oó]|indic[oó]|escribi[oó]|"
                     r"(?:explic|asegur|afirm|detall|revel|(?<!\bse\s)manifest|expres|subray|destac|aclar|puntualiz|recalc|"
                     r"coment|apunt)(?:[oó]|aron)|(?:advirti|insisti|reconoci|admiti)[oó]|sostuvo|"
                     r"(?:declar|report|anunci|agreg|precis|confirm|se[nñ]al|indic)aron|a[nñ]adieron|advirtieron|"
                     r"insistieron|reconocieron|admitieron|sostuvieron|escribieron)\b", re.I)
_CLAUSE_CLOSE = re.compile(r"[,\"”»]")


# a verb of speech, of a person or a body speaking to the press: not of an account's "reported", "announced"
_SPEECH = re.compile(r"\b(?:said|says|told|added|dijo|dijeron|indic[oó]|se[nñ]al[oó]|afirm[oó]|asegur[oó]|agreg[oó]|"
                     r"a[nñ]adi[oó]|precis[oó]|declar[oó])\b", re.I)


def told_by_someone(text: str) -> bool:
    """Whether a sentence reports what someone said ("the company said", "indicó el portavoz"), as
    news copy does; not what an account tells ("the WHO reported", "the government announced")."""
    return _SPEECH.search(text) is not None


def said_on(text: str) -> bool:
    """Whether the one relative day of a sentence is the day of its closing attribution, after the
    figures' clause: the day the count was told, not the day it counts ("Hurricane Melissa killed
    at least five people, the prime minister said on Saturday"; "'There were about 2,000 shoppers,'
    the chief told reporters on Monday"; "Seis personas murieron, informó el martes la alcaldía").
    Not a day the figures' own clause names ("Six died in the fire on Saturday, police said"), nor
    one after which figures follow ("police said on Monday that 30 had died")."""
    days = [*_WEEKDAY.finditer(text), *_RELATIVE.finditer(text)]
    if len(days) != 1 or any(ch.isdigit() for ch in text[days[0].end():]):
        return False
    head = text[:days[0].start()]
    closes = [m.end() for m in _CLAUSE_CLOSE.finditer(head)]
    if not closes:
        return False
    clause = head[closes[-1]:]
    return not any(ch.isdigit() for ch in clause) and _SAYING.search(clause) is not None


# a verb of speech right before or after a day: "said on Thursday", "dijo el jueves", "informó este
# martes", "on Thursday said" (a name may stand between: "dijo el jueves Migración Colombia")
_SAID_THEN = re.compile(_SAYING.pattern + r"\s*$", re.I)
_THEN_SAID = re.compile(r"^\s*" + _SAYING.pattern, re.I)   # not "crossed on Tuesday, police said"


# a figure and its noun right before a verb of saying, which is then the figure's participle: "the toll of 700
# announced on Sunday has doubled" (the 700's day, not the sentence's statement)
_FIGURE_PARTICIPLE = re.compile(r"\d[\d.,]*(?:\s+[^\W\d_]+){0,2}\s+$")


def _said_right_before(text: str, at: int) -> bool:
    """Whether a verb of saying stands right before the day at ``at`` ("said on Thursday", "dijo el jueves"), and
    is the sentence's, not a figure's participle ("the toll of 700 announced on Sunday")."""
    head = text[max(0, at - 40):at]
    verb = _SAID_THEN.search(head)
    return verb is not None and not _FIGURE_PARTICIPLE.search(text, max(0, at - 40 - 30), at - len(head) + verb.start())


def said_day(text: str, article_date: str | None, forward: bool = False) -> str | None:
    """The day a sentence of two or more days says its figures were told, when a verb of speech
    stands right beside one of them ("More than 1,200 crossed on Tuesday, Migración Colombia said
    on Thursday"; "dijo el jueves"): that day, not the first the sentence names; None otherwise."""
    days = sorted([*_WEEKDAY.finditer(text), *_RELATIVE.finditer(text)], key=lambda m: m.start())
    if len(days) < 2:
        return None
    for beside in (lambda m: _said_right_before(text, m.start()),
                   lambda m: _THEN_SAID.match(text[m.end():m.end() + 30])):
        for match in days:
            if beside(match):
                return relative_date(match.group(0), article_date, forward)
    return None


def stated_day(text: str, article_date: str | None, forward: bool = False) -> str | None:
    """The day a sentence says its figures were stated: a relative day its verb of saying stands beside ("Police
    said on Monday that 40 were arrested", "informó el martes", "On Monday, police said", the closing "..., the
    minister said on Saturday"), or one after a verb that reports the figure as its object ("The ministry reported
    40 deaths on Monday"). None when its days are of what it tells ("Police said 40 people were arrested in
    Caracas on Monday", "El sismo del lunes mató a 40 personas, dijeron las autoridades", "killed 58 between
    Thursday and Saturday"), or it names none: the statement is then of the article's day."""
    said = said_day(text, article_date, forward)
    if said is not None:
        return said
    opening = _WEEKS_AGO_OPENING.match(text)
    days = [m for m in sorted([*_WEEKDAY.finditer(text), *_RELATIVE.finditer(text), *_AGO.finditer(text),
                               *([opening] if opening else [])], key=lambda m: m.start())
            if not (m.re is _WEEKDAY and (_a_start(text, m.start()) or _names_a_weekday(text, m)))]
    if len(days) == 1 and said_on(text):
        return relative_date(days[0].group(0), article_date, forward)
    for match in days:
        beside = _said_right_before(text, match.start()) or \
            _THEN_SAID.match(text[match.end():match.end() + 30]) or _SUBJECT_SAID.match(text, match.end())
        verbs = list(_SAYING.finditer(text, 0, match.start()))
        reports = bool(verbs) and _REPORTS.fullmatch(verbs[-1].group()) is not None and \
            not _OWN_CLAUSE.search(text, verbs[-1].end(), match.start()) and \
            not _FIGURE_PARTICIPLE.search(text, max(0, verbs[-1].start() - 30), verbs[-1].start())
        if beside or reports:
            return relative_date(match.group(0), article_date, forward)
    return None


# a short subject between a day and its verb of saying: "On Monday, police said", "El lunes, la policía informó"
_SUBJECT_SAID = re.compile(r",?\s+(?:[^\W\d_]+\s+){1,4}?" + _SAYING.pattern, re.I)
# the verbs of saying that may take the figure as their object ("reported 40 deaths", "reportó 40 muertos"), not
# only a clause ("said 40 people were arrested")
_REPORTS = re.compile(r"reported|announced|confirmed|report[oó]|inform[oó]|anunci[oó]|confirm[oó]|reportaron|"
                      r"informaron|anunciaron|confirmaron", re.I)
# the clause of the figure, after a verb of saying: "that", "que", a comma, or a verb of its own ("reported 40
# people died on Monday", "informó que 40 personas murieron el lunes"); or a clause of when the event happened
# ("reported dead after an earthquake hit on Saturday": the quake's day, not the report's)
_OWN_CLAUSE = re.compile(r"[,;:\"“«]|\b(?:that|que|after|following|when|tras|cuando|despu[eé]s|"
                         r"was|were|is|are|had|has|have|been|died|fue|fueron|es|son|era|eran|"
                         r"ha|han|hab[ií]an?|[^\W\d_]+ed|[^\W\d_]+(?:aron|ieron))\b", re.I)


def month_in_it(text: str) -> bool:
    """Whether a sentence names a month as a time within it ("by mid-May", "a finales de mayo",
    "during March", "in March", "en marzo"): that month, not the name of an event of that month
    ("the April 2015 earthquake")."""
    return bool(_month_alone(text) or _IN_MONTH_OF_YEAR.search(text)) or _in_month(text) is not None


# a month and its year as the time of what a sentence tells: "took place in November 2008", "en
# noviembre de 2008"; not a name it qualifies ("the April 2015 earthquake")
_IN_MONTH_OF_YEAR = re.compile(rf"\b(?:in|en|during|durante)\s+({_MONTHS})\s+(?:de\s+|of\s+)?(?:1[5-9]|20)\d{{2}}\b",
                               re.I)


# a month named as the complement of a noun of what happened: "En las avalanchas de mayo entraron 12.000" (a
# Spanish month in lower case, no day before it nor year after it: not "la Plaza de Mayo", "el 5 de mayo")
_NOUN_OF_MONTH = re.compile(r"\b(?:el|la|los|las)\s+(?-i:[a-záéíóúñ]{4,})\s+de\s+(?-i:(enero|febrero|marzo|abril|mayo|"
                            r"junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre))\b"
                            r"(?!\s*(?:de\s+|del\s+)?\d)", re.I)


# a month a figure is given for: "1,1 por ciento para abril", "the rate for June", "December's inflation" (an English
# month with its capital; no day after it: "para el 5 de abril" is a day's)
_EN_MONTH_NAMES = "|".join(names.split()[0].title() for names in _FULL_MONTHS)
_ES_MONTH_NAMES = "|".join(name for names in _FULL_MONTHS for name in names.split()[1:])
_FOR_MONTH = re.compile(rf"\b(?:for|para)\s+(?:(?:el\s+)?mes\s+de\s+)?(?-i:({_EN_MONTH_NAMES}|{_ES_MONTH_NAMES}))\b"
                        rf"(?!\.?\s*(?:de\s+|of\s+)?\d)|\b(?-i:({_EN_MONTH_NAMES}))['’]s\b", re.I)


def _in_month(text: str) -> int | None:
    """The month "In March", "en marzo", "las avalanchas de mayo", "para abril", "December's" names (its number), or
    None."""
    for match in [*_IN_MONTH.finditer(text), *_NOUN_OF_MONTH.finditer(text), *_FOR_MONTH.finditer(text)]:
        name = match.group(1) or match.group(2)
        number = _MONTH_NUMBER.get(fold_word(name))
        if number is None or (fold_word(match.group()[:2]) == "in" and not name[:1].isupper()):
            continue
        since = _SINCE.search(text, max(0, match.start() - 8), match.start())
        if since is None or fold_word(since.group()) == "que" and not _MORE_THAN.search(
                text, max(0, since.start() - 30), since.start()):
            return number     # (the "que" of a clause, not of a comparison: "calcula que en mayo entraron 12.000")
    return None


# a comparative before "que": "más que en marzo", "menos muertos que en mayo"
_MORE_THAN = re.compile(r"\b(?:m[aá]s|menos|mayor(?:es)?|menor(?:es)?|igual|tant[oa]s?)\b", re.I)


def names_days(text: str, article_date: str | None) -> bool:
    """Whether a sentence names days ("15 and 16 February"): a month ``dates_in`` gives for it
    is what those days share, not a month named alone ("the April 2015 earthquake")."""
    return bool(_days_in(text, article_date[:4] if article_date else None))


_NUMBER_WORDS = {"a": 1, "one": 1, "un": 1, "uno": 1, "una": 1, "two": 2, "dos": 2, "three": 3, "tres": 3, "four": 4,
                 "cuatro": 4, "five": 5, "cinco": 5}
_LATER = re.compile(r"\b(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening|night)|"
                    r"the\s+day\s+after(?=\s*[,;.])|(?:al|el)\s+otro\s+d[ií]a|"    # "The day after, ...", "Al otro día"
                    r"(?:al|el)\s+d[ií]a\s+siguiente|(?:a|en)\s+la\s+(?:mañana|tarde|noche|madrugada)\s+siguiente|"
                    r"(a|one|two|three|four|five|un|uno|una|dos|tres|cuatro|cinco|\d)\s+(days?|d[ií]as?|weeks?|semanas?)\s+"
                    r"(?:later|afterwards|despu[eé]s|m[aá]s\s+tarde))\b(?!\s+(?:de|del|que)\b)", re.I)
# not "reported two days after the event", "dos días después del sismo": when it was said
# days before the one named last: "131 a day earlier", "90 muertos dos días antes", "a week before"; not "two days
# before the election", "dos días antes del sismo" (another day named), nor "a day earlier than planned"
_EARLIER = re.compile(r"\b(a|one|two|three|four|five|un|uno|una|dos|tres|cuatro|cinco|\d)\s+(days?|d[ií]as?|weeks?|"
                      r"semanas?)\s+(?:earlier|before|antes)\b(?!\s+(?:de|del|que|than|of|the)\b)", re.I)


# "horas después", "hours later", "minutes later": the same day
_HOURS_LATER = re.compile(r"\b(?:(?:unas|pocas|algunas|few|several|some|a\s+few)\s+)?(?:horas|hours|minutos|minutes)\s+"
                          r"(?:later|afterwards|despu[eé]s|m[aá]s\s+tarde)\b(?!\s+(?:de|del|que)\b)", re.I)
# the day named last, by a time of it: "that night", "later that day", "esa noche", "ese mismo día"
_SAME_DAY = re.compile(r"\b(?:(?:later\s+)?that\s+(?:same\s+)?(?:day|night|evening|afternoon|morning)|"
                       r"(?:on\s+)?the\s+same\s+(?:day|night|evening)|"
                       r"(?:esa|aquella)\s+(?:misma\s+)?(?:noche|tarde|mañana|madrugada)|"
                       r"(?:ese|aquel)\s+(?:mismo\s+)?d[ií]a|(?:el|la)\s+misma\s+(?:noche|tarde)|el\s+mismo\s+d[ií]a)\b"
                       r"(?!\s+(?:de|del|que|of)\b)", re.I)
# the day before the one named last: "The day before, a foreshock injured 3", "El día anterior",
# "la víspera", "un día antes"; not "the day before the election" (another day named)
_DAY_BEFORE = re.compile(r"\b(?:the\s+(?:day\s+before|previous\s+day|eve)|(?:el|un)\s+d[ií]a\s+(?:anterior|antes)|"
                         r"la\s+v[ií]spera)\b(?!\s+(?:de|del|of|the)\b)", re.I)
_WEEK_AFTER = re.compile(r"\b(?:the\s+following\s+week|(?:a\s+)?la\s+semana\s+siguiente)\b", re.I)
# "el día 22", "el día 15 del mismo mes", "on the 22nd": a day of the month the text is in
_DAY_OF_MONTH = re.compile(r"\b(?:el|the)\s+d[ií]a\s+(\d{1,2})\b(?:\s+del\s+mismo\s+mes\b)?(?!\s+(?:de|del|of)\b)|"
                           # not an ordinal before its noun: "the 5th crash"
                           r"\bon\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b(?=\s*[,;.]|\s+of\s+the\s+same\s+month\b)", re.I)


def _days_told(count: str, unit: str) -> int:
    """The days "two days", "a week", "dos semanas" count (``count``: a digit or a number's word)."""
    number = int(count) if count.isdigit() else _NUMBER_WORDS[fold_word(count)]
    return number * (7 if fold_word(unit).startswith(("week", "semana")) else 1)


def later_day(text: str, base: str | None) -> str | None:
    """"the following day", "al día siguiente", "two days later", "una semana después": the
    day after ``base`` (the last day the text named before); "the following week", "la semana
    siguiente": a week after it; "horas después", "that night", "esa noche", "the same day": ``base``; "el día
    22", "on the 22nd" (of the month ``base`` is in, on or after it): that day; or None."""
    if not base or len(base) != 10:
        return None
    match = _LATER.search(text)
    earlier = _EARLIER.search(text) if match is None else None
    if earlier is not None:
        days = _days_told(earlier.group(1), earlier.group(2))
        return (dt.date.fromisoformat(base) - dt.timedelta(days=days)).isoformat()
    if not match:
        if ("ora" in text or "our" in text or "inut" in text) and _HOURS_LATER.search(text):
            return base
        if _SAME_DAY.search(text):
            return base                   # "that night", "esa noche", "the same day"
        if _WEEK_AFTER.search(text):      # "the following week", "a la semana siguiente": as "a week later"
            return (dt.date.fromisoformat(base) + dt.timedelta(days=7)).isoformat()
        if _DAY_BEFORE.search(text):      # "the day before", "el día anterior", "la víspera": the day before it
            return (dt.date.fromisoformat(base) - dt.timedelta(days=1)).isoformat()
        day = _DAY_OF_MONTH.search(text) if ("ía" in text or "ia" in text or "ay" in text or "the" in text) else None
        number = int(day.group(1) or day.group(2)) if day else 0
        if day and int(base[8:]) <= number <= 31:
            try:
                return dt.date(int(base[:4]), int(base[5:7]), number).isoformat()
            except ValueError:
                return None
        return None
    days = _days_told(match.group(1), match.group(2)) if match.group(1) else 1
    return (dt.date.fromisoformat(base) + dt.timedelta(days=days)).isoformat()


# the first day of a span ("from 1 September", "desde el 3", "comenzaron el 27 de febrero") and
# its last ("to 3 September", "hasta el 8", "y finalizaron el 8 de marzo")
_SPAN_FROM = re.compile(r"\b(?:from|between|began|begun|started|broke\s+out|desde|del?|entre|comenz(?:[oó]|aron)|"
                        r"empez(?:[oó]|aron)|inici(?:[oó]|aron)|se\s+iniciaron)\b[^.;]{0,25}$", re.I)
_SPAN_TO = re.compile(r"\b(?:to|until|till|through|and|ended|ending|al|hasta|y|finaliz(?:[oó]|aron)|"
                      r"termin(?:[oó]|aron)|concluy(?:[oó]|eron))\b[^.;]{0,25}$", re.I)
# one night of two days: "durante la noche del 31 de marzo y la madrugada del 1 de abril", "the night of 5 to 6 May"
_ONE_NIGHT = re.compile(r"\b(?:noche|madrugada|night|overnight)\b", re.I)
# an event said to last days, of which the opening names one: "riots over several days that broke
# out on 5 July", "protestas que duraron tres días"
_SEVERAL_DAYS = re.compile(r"\b(?:over|for|lasted|lasting|during|durante|duraron|dur[oó]|a\s+lo\s+largo\s+de)\s+"
                           r"(?:several|a\s+few|two|three|four|five|six|seven|ten|\d{1,2}|varios|dos|tres|cuatro|"
                           r"cinco|seis|siete|diez)\s+(?:days|d[ií]as)\b", re.I)


def event_month(opening: str, article_date: str | None) -> str | None:
    """The month of an event of two days or more that the article's opening names by its days
    ("rallies that took place on 10–11 January 2015", "el 3 y el 4 de octubre", "occurred from 1
    September to 3 September", "riots over several days that broke out on 5 July"): a count the
    text does not date is of those days, which the format writes as their month (their year
    when they are of two months: "comenzaron el 27 de febrero ... y finalizaron el 8 de marzo");
    None when the opening names no such span around the article's date."""
    if not article_date:
        return None
    if _DAY_LIST.search(opening):
        month = dates_in(opening, article_date)
        return month if month and len(month) == 7 and article_date.startswith(month) else None
    during = _DURING_MONTHS.search(opening)
    if during is not None and (during.group(3) is None or during.group(3) == article_date[:4]):
        # "en el mes de octubre de 1934": that month; "durante los meses de mayo y junio de 1968": their year
        months = [_MONTH_NUMBER.get(fold_word(m)) for m in (during.group(1), during.group(2)) if m]
        if months[0] == int(article_date[5:7]):
            return article_date[:7] if len(months) == 1 else article_date[:4]
    between = _BETWEEN_MONTHS.search(opening)
    carried = _CARRIED_OUT.search(opening, max(0, between.start() - 100), between.start()) if between else None
    if between is not None and (between.group(3) is None or carried is None or _OTHER_SPAN.search(
            opening, carried.end(), between.start())):
        between = None                    # the months of a festival, a season, "de cada año": not the event's
    if between is not None and any(day == article_date for _, day in _days_at(opening, article_date[:4])):
        between = None                    # "inspected in March and April ..., collapsed on 3 March 2019": its day
    if between is not None and (between.group(3) is None or between.group(3) == article_date[:4]) and \
            _MONTH_NUMBER.get(fold_word(between.group(1))) == int(article_date[5:7]) and \
            fold_word(between.group(1)) != fold_word(between.group(2)):
        return article_date[:4]           # "entre abril y mayo de 1940": their year
    for run in _MONTH_DAY_LIST.finditer(opening):
        # the month first: "burned during October 8–10, 1871", "from May 31 to June 2"
        number, low, high = _MONTH_NUMBER.get(fold_word(run.group(1))), int(run.group(2)), int(run.group(3))
        if number == int(article_date[5:7]) and low <= int(article_date[8:10]) <= high and low < high and \
                (run.group(4) is None or run.group(4) == article_date[:4]):
            return article_date[:7]
    days = _days_at(opening, article_date[:4])
    if len(days) >= 2:
        (first_at, first), (last_at, last) = days[0], days[1]
        if first <= article_date <= last and first != last and _SPAN_FROM.search(opening, max(0, first_at - 40),
                                                                                first_at) \
                and _SPAN_TO.search(opening, max(first_at, last_at - 40), last_at) \
                and not _ONE_NIGHT.search(opening, max(0, first_at - 30), last_at):
            return _common([first, last])
        return None
    if len(days) == 1 and days[0][1] == article_date and _SEVERAL_DAYS.search(opening):
        return article_date[:7]
    return None


_EVENT_NOUNS = (r"(?:earthquakes?|quakes?|hurricanes?|cyclones?|typhoons?|storms?|fires?|floods?|tsunamis?|eruptions?|"
                r"famines?|epidemics?|terremotos?|sismos?|se[ií]smos?|hurac[aá]n|huracanes|cicl[oó]n|tif[oó]n|"
                r"tormentas?|incendios?|inundaci[oó]n|inundaciones|maremotos?|erupci[oó]n|hambrunas?|epidemias?|"
                # disasters and attacks of other years: "the St-Hilaire train disaster in 1864, which killed 99",
                # "a 1959 incident at the stadium in which 67 people were crushed"
                r"disasters?|accidents?|incidents?|crash(?:es)?|trag(?:edy|edies)|stampedes?|crushes|massacres?|"
                r"attacks?|bombings?|explosions?|shipwrecks?|sinkings?|riots?|desastres?|accidentes?|incidentes?|"
                r"tragedias?|cat[aá]strofes?|masacres?|matanzas?|atentados?|explosi[oó]n|explosiones|derrumbes?|"
                r"estampidas?|avalanchas?|naufragios?|hundimientos?|disturbios|"
                # an outbreak or a season of disease, heat or drought: "In the 2009 outbreak, 312 people died", "the
                # 2019 heatwave", "en el brote de 2009", "la sequía de 1984"
                r"outbreaks?|pandemics?|heat\s?waves?|droughts?|landslides?|mudslides?|brotes?|pandemias?|"
                r"sequ[ií]as?|olas?\s+de\s+calor|deslaves?|deslizamientos?)")
_ANY_YEAR = r"(1[4-9]\d\d|20\d\d)"
# the article's own event, named with its year (the nouns above, and votes and protests): "the 2006 election", "la
# elección presidencial de 2006", "the 2013 stampede"
_NAMED_EVENT = (r"(?:" + _EVENT_NOUNS + r"|elections?|referendum|protests?|strikes?|elecci[oó]n(?:es)?|refer[eé]ndum|"
                r"protestas?|huelgas?|marchas?)")


# a year before the name of an event, as English writes it, of the event the sentence tells: its subject ("The 1976
# earthquake killed", "The 2010 Haiti earthquake", "Pakistan's 2010 floods") or where its figures happened ("died in
# the 2019 protests", "destroyed by the 2010 earthquake"); not an event that names something else ("A memorial for
# the 2001 attacks, which now draws 3 million visitors", "survivors of the 2010 earthquake")
_YEAR_OF_EVENT = re.compile(rf"(?:^\s*|[—–:]\s*|\b(?:in|during|by|throughout)\s+)(?:the|a|an|[^\W\d_]+['’]s)\s+"
                            rf"((?:1[5-9]|20)\d\d)\s+(?:[^\W\d_]+[\s-]+){{0,3}}?{_NAMED_EVENT}\b", re.I)


def _year_mentions(text: str, year: str, month: bool = False) -> tuple[set[int], set[int]]:
    """(where ``year`` is mentioned in ``text``, where those mentions are in an event's name): "the 2006
    election", "la elección presidencial de 2006"; with ``month``, of the event's month too ("the October
    2021 massacre", "la masacre de octubre de 2021")."""
    mentions = {m.start() for m in re.finditer(rf"(?<!\d){year}(?!\d)", text)}
    before = rf"(?:{_MONTHS})\s+" if month else ""
    between = rf"(?:de|of|in)\s+(?:{_MONTHS})\s+(?:de\s+|of\s+)?" if month else r"de\s+"
    named = {m.start(1) for m in re.finditer(
        rf"\b{before}({year})\s+(?:[^\W\d_]+[\s-]+){{0,3}}?{_NAMED_EVENT}\b", text, re.I)}
    named |= {m.start(1) for m in re.finditer(
        rf"\b{_NAMED_EVENT}(?:\s+[^\W\d_]+){{0,3}}?\s+{between}({year})(?!\d)", text, re.I)}
    return mentions, named


def names_the_event(text: str, year: str) -> bool:
    """Whether every mention of ``year`` in ``text`` is in the name of an event ("the 2006 election", "la
    elección presidencial de 2006": the event's name, which dates no count of the sentence; not a census's
    year, "el censo de 2010", which counts by it)."""
    mentions, named = _year_mentions(text, year)
    return bool(mentions) and mentions <= named


def before_another_events_name(text: str, year: str, start: int) -> bool:
    """Whether the figure at ``start`` comes before the only mentions of ``year`` in ``text``, each in
    the name of another event of a month ("La masacre dejó 50 muertos y ocurrió un mes después de la
    masacre de octubre de 2021": October dates the other massacre, not the 50; but "..., que había dejado
    80 muertos" after the name is that event's)."""
    mentions, named = _year_mentions(text, year, month=True)
    return bool(mentions) and mentions <= named and start < min(mentions)


_A_YEAR = re.compile(r"(?<!\d)(?:1[4-9]|20)\d\d(?!\d)")
# another event named with its year, then a clause of its own that the figure is in: "el Gran
# huracán de 1780, que mató al menos a 22.000 personas"; "the 1985 Mexico City earthquake, which killed"
_OTHER_EVENT = re.compile(
    rf"(?:(?:(?P<nth>\d{{1,3}})(?:st|nd|rd|th|º|°)?\s+(?:anniversary|aniversario)\s+(?:of|del?)\s+(?:the\s+|el\s+|la\s+)?)?"
    rf"(?:\b{_EVENT_NOUNS}\s+(?:[A-ZÁÉÍÓÚ][\w.-]*\s+){{0,3}}(?:de|of|del|in)\s+(?:año\s+)?{_ANY_YEAR}"
    rf"|\b(?:the|an?|el|la|del?|una?)\s+{_ANY_YEAR}\s+(?:[A-ZÁÉÍÓÚ][\w.-]*\s+){{0,3}}{_EVENT_NOUNS}"
    # the event's noun left out, said before: "la peor desde la de 2013, que dejó", "since that of 2013, which"
    rf"|\b(?:(?:la|el|las|los)\s+del?|that\s+of|those\s+of)\s+(?:año\s+)?{_ANY_YEAR}))\b"
    # (or a clause of "when": "the worst since the 2010 floods, when more than 1,700 people died", "desde las
    # inundaciones de 2010, cuando murieron 1.700")
    rf"[^.;]{{0,40}}?,?\s*(?:que|which|that|killing|matando|el\s+cual|la\s+cual|when|cuando|in\s+which|"
    rf"en\s+(?:el|la)\s+que)\b(?P<clause>[^.;]{{0,80}})$", re.I)


# a year, then a clause of what happened in it that the figure is in: "the deadliest since 1949, when
# 5,050 people died", "el peor desde 1949, cuando murieron 5.050 personas", "in 1998, when Mitch killed"
# The figure must be inside that clause: "Since 2019, when the conflict began, more than 5,000 have been
# killed", "Desde 2019, cuando comenzó el conflicto, más de 5.000 han muerto" count up to now.
_YEAR_WHEN = re.compile(r"\b(since|in|desde|en)\s+(?:the\s+year\s+|el\s+año\s+)?((?:1[4-9]|20)\d\d),?\s+"
                        r"(?:when|cuando|en\s+(?:el|la)\s+que|in\s+which)\b([^.;]{0,80})$", re.I)
# a clause closed right before the figure: "when the war began, more than 5,000" ("5,050" is one number;
# "when Mitch, a category 5 storm, killed 10,000" goes on)
_CLAUSE_CLOSED = re.compile(r",\s+(?:(?:and|but|y|pero)\s+)?$", re.I)
_CLAUSE_END = re.compile(r",\s")
# the figure's event is told from "since" / "desde": "Since the 2010 earthquake, which ..."
_SINCE_BEFORE = re.compile(r"\b(?:since|desde)\s+(?:the\s+|el\s+|la\s+)?$", re.I)
# a present perfect counts up to now: "have been killed", "has risen", "han muerto", "se han registrado"
_PRESENT_PERFECT = re.compile(r"\b(?:have|has|'ve|han|ha|hemos)\s+(?:(?:not|already|so\s+far|ya|no)\s+)?"
                              r"(?:been\s+)?[^\W\d_]+(?:ed|en|wn|ne|ght|ado|ido|ados|idos|cho|to|sto|erto)\b", re.I)


def other_event_date(text: str, start: int, article_date: str | None) -> str | None:
    """The date of another event a figure counts, when the figure is in a clause of that event
    named with its year ("solo detrás del Gran huracán de 1780, que mató al menos a 22.000
    personas": 1780); its day when the text says the article's day is its anniversary ("on the
    32nd anniversary of the 1985 Mexico City earthquake, which killed": 1985 and the article's
    month and day); the year of "since 1949, when 5,050 people died". None when the event's year is
    the article's own."""
    if not _A_YEAR.search(text, max(0, start - 250), start):
        return None
    when = _YEAR_WHEN.search(text, max(0, start - 120), start)
    if when is not None and not (article_date and when.group(2) == article_date[:4]) and \
            _in_clause(text, start, when.group(3), fold_word(when.group(1)) in ("since", "desde")):
        return when.group(2)                    # "since 1949, when 5,050 people died": 1949
    match = _OTHER_EVENT.search(text, max(0, start - 250), start)
    if not match or not _in_clause(text, start, match.group("clause"),
                                   _SINCE_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None):
        return None
    if _PRESENT_CLAUSE.search(match.group("clause")) or _PRESENT_CLAUSE.search(text, start, start + 40):
        return None                             # "the 2001 attacks, which now draws 3 million visitors a year"
    if ", " in match.group("clause").rstrip(", "):
        return None                             # "a 2010 accident that left 300 jobless, reopened with 500": past it
    year = match.group(2) or match.group(3) or match.group(4)
    if article_date and year == article_date[:4]:
        return None
    if match.group("nth") and article_date and int(article_date[:4]) - int(match.group("nth")) == int(year):
        return year + article_date[4:]          # the 32nd anniversary of 1985's, in 2017: the same day
    return year


# a clause of the present, not of the other event's day: "which now draws", "que hoy recibe", "3 million a year"
_PRESENT_CLAUSE = re.compile(r"\b(?:now|today|currently|each\s+year|every\s+year|a\s+year|annually|"
                             r"per\s+year|hoy|actualmente|cada\s+a[nñ]o|al\s+a[nñ]o|anualmente|por\s+a[nñ]o)\b", re.I)


def _in_clause(text: str, start: int, clause: str, since: bool) -> bool:
    """Whether the figure at ``start`` is inside the clause of another event, whose words before it
    are ``clause`` ("since 1949, when 5,050 people died", "el huracán de 1780, que mató a 22.000"),
    not after it ("Since 2019, when the war began, more than 5,000"); and, after "since" or "desde",
    not in a present perfect, which counts up to now ("desde 2019, cuando han muerto 5.000")."""
    if _CLAUSE_CLOSED.search(clause):
        return False
    rest = _CLAUSE_END.split(text[start:start + 80], 1)[0]
    return not (since and _PRESENT_PERFECT.search(clause + rest))


# a day a count runs up to, a weekday perhaps before it: "As of Tuesday, 11 Oct 2022", "hasta el 3 de mayo de 2020"
_UP_TO_DAY = re.compile(r"\b(?:al|hasta(?:\s+el)?|as\s+of|until|through|up\s+to)\s+(?:(?:el\s+)?(?:monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday|lunes|martes|mi[eé]rcoles|jueves|viernes|"
                        r"s[aá]bado|domingo)\s*,?\s*)?$", re.I)


def dates_with_year(text: str, day: str) -> bool:
    """Whether the sentence writes ``day`` in full, with its year ("on 2 May 2008", "el 1 de
    octubre de 2015"): the date of the event it defines, not a day of the count's own (not "As of
    Tuesday, 11 October 2022, over 1.4 million were displaced": the day the count runs up to), nor a wire's
    dateline ("(APP - Pakistan Point News - 9th Jun, 2024) ...": the day the report was filed)."""
    wire = _wire_dateline(text)
    for match in _FULL_DATE.finditer(text, wire.end() if wire else 0):
        if _UP_TO_DAY.search(text, max(0, match.start() - 30), match.start()):
            continue
        d, month, year = (match.group(1), match.group(2), match.group(3)) if match.group(1) else \
            (match.group(5), match.group(4), match.group(6))
        try:
            if dt.date(int(year), _MONTH_NUMBER[fold_word(month)], int(d)).isoformat() == day:
                return True
        except (KeyError, ValueError):
            continue
    return False


def day_near(text: str, start: int, end: int, article_date: str | None) -> str | None:
    """The day a measure at [start, end) is of, in a sentence that names days of different
    months ("Dry air weakened the cyclone on 29 April, ... peak winds of 165 km/h on 2 May; the
    JTWC assessed peak winds of 215 km/h"): the day just after it ("165 km/h on 2 May"), else
    the last one before it; None when no day is named."""
    text = _OTHER_ZONE.sub(lambda m: " " * len(m.group()), text)
    days = _days_at(text, article_date[:4] if article_date else None)
    after = [day for at, day in days if end <= at <= end + 12]
    if after:
        return after[0]
    before = [day for at, day in days if at < start]
    return before[-1] if before else None


# between a figure and the day written right after it: "45 on Tuesday", "45 el martes", "30 on 6 May"
# a day, then "with" its figure: "viernes 20, con un total de ", "Friday, with some "
_DAY_WITH = re.compile(r"[^\W\d_]+(?:\s+\d{1,2})?(?:\s+(?:de\s+)?[^\W\d_]+)?\s*,\s*(?:con|with)\s+"
                       r"(?:(?:un\s+total\s+de|a\s+total\s+of|unos|unas|some|about|around|cerca\s+de)\s+)?",
                       re.I)
_TO_ITS_DAY = re.compile(r"\s*(?:(?:on|by|as\s+of|el|hasta\s+el|al)\s+)?", re.I)
# the figure's noun, a few words without a verb's mark, then its day: "three members of their group on Tuesday"
_ITS_NOUN_THEN_DAY = re.compile(r"(?:\s+(?!(?:and|y|or|o|but|pero|while|mientras|que|that|which|on|el|after|tras|"
                                r"before|antes|since|desde|following|during|durante|despu[eé]s)\b)"
                                r"[^\W\d_]+){1,5}\s+(?:(?:on|el)\s+)?", re.I)


@lru_cache(maxsize=64)
def _sentence_days(text: str, article_date: str, onward: bool = False) -> tuple[tuple[int, str], ...]:
    """The days a sentence names and where, weekdays too (once a sentence, for each of its figures;
    no weekday of an article dated by its month or year alone)."""
    days = list(_days_at(text, article_date[:4], article_date, onward))
    if len(article_date) == 10:
        base = dt.date.fromisoformat(article_date)
        # (not the two weekdays that bound one span, "between Thursday and Saturday": a period, no day of a figure)
        spans = [m.span() for m in _WEEKDAY_SPAN.finditer(text)]
        days += [(m.start(1), _weekday_day(text, m, base)) for m in _WEEKDAY.finditer(text)
                 if not _SINCE_DAY.search(text, max(0, m.start() - 16), m.start())
                 and not any(a <= m.start(1) < b for a, b in spans)]
    return tuple(days)


def _own_clause_date(text: str, start: int, end: int, article_date: str | None, onward: bool) -> str | None:
    """The date of a figure's own clause between semicolons, when it names one and the sentence
    as a whole reads another ("In 2014, 71 people died; in 2017, 202 died": 202 of 2017)."""
    if ";" not in text:
        return None
    lo = text.rfind(";", 0, start) + 1
    hi = text.find(";", end)
    mine = dates_in(text[lo:len(text) if hi < 0 else hi], article_date, onward)
    return mine if mine is not None and mine != dates_in(text, article_date, onward) else None


# the year named as a whole before its number: "the year 2021", "the whole year 2021", "el año 2024", "todo el año 2024"
# ("in all of 2030", "en todo 2030": the year's figure, set against another period's)
_WHOLE_YEAR = (r"(?:the\s+(?:(?:whole|entire|full)\s+)?year\s+|(?:todo\s+)?el\s+a[nñ]o\s+|(?:all|the\s+whole)\s+of\s+|"
               r"todo\s+)")


# a list's item and its period after it: "143 deaths in 2013, 355 in 2014", "23 cases in January, 16 in
# February", "143 muertes en 2013, 355 en 2014" (the figure's noun between, no other figure)
_ITEM_PERIOD = re.compile(rf"[^\W\d]*(?:\s+[^\W\d_]+){{0,3}}?\s+(?:(?:in|en|during|durante)\s+"
                          # "8,000 a week in the beginning of February", "in early March", "a principios de febrero"
                          rf"(?:the\s+(?:beginning|start|end|middle)\s+of\s+|(?:early|late|mid)[\s-]+)?|"
                          # "a total of 133,000 for the year 2021": a year's total (not "for March", ``listed_month``)
                          rf"for\s+(?=the\s+(?:whole\s+|entire\s+|full\s+)?year\b|(?:1[5-9]|20)\d\d\b)|"
                          rf"a\s+(?:principios|finales|mediados|comienzos|fines)\s+de\s+)"
                          rf"(?:{_WHOLE_YEAR}|(?:the\s+month\s+of|el\s+mes\s+de)\s+)?"
                          rf"(?P<period>(?:{_MONTHS})\b(?:\s+(?:of\s+|de\s+)?\d{{4}}\b)?|(?:1[5-9]|20)\d\d\b)"
                          rf"(?![.,]?\d)", re.I)


def own_period(text: str, start: int, end: int, article_date: str | None) -> str | None:
    """The year or month a list's item names right after its figure, in a sentence that names two
    periods or more so: "There were 143 deaths in 2013, 355 in 2014 and 11 in 2015" (355 of 2014),
    "23 cases in January, 16 in February" (16 of February, in the year the sentence names, else the
    article's); None when the figure has no such period, or the sentence names one only."""
    if not article_date:
        return None
    this = _THIS_AFTER.match(text, end)
    if this is not None and len(article_date) >= 7 and any(
            m.start() < start for pattern in (_ITEM_PERIOD, _PERIOD_OPENING) for m in pattern.finditer(text)):
        # "dropped from a peak of 6% in January to 2.3% this month": the article's month, not January
        return article_date[:7] if fold_word(this.group(1)) in ("month", "mes") else article_date[:4]
    before = _PERIOD_BEFORE.search(text, max(0, start - 40), start)
    opening = _clause_period(text, start)
    match = _ITEM_PERIOD.match(text, end) or _ITEM_YEAR_OF.match(text, end)
    if match is not None and _NEXT_ITEM.search(text, end, match.start("period")) and (
            _PERIOD_THEN_FIGURE.match(text, match.end("period")) or opening is not None):
        match = None                  # "de 37.166 y en marzo de 24.551": the next item's month (not "95 civilians
        #                               and soldiers in February and 80 in March": its own); nor "en febrero la
        #                               cifra alcanzó 37.166 y en marzo suman 24.551", whose clause opens with its own
    found = match or before or opening    # a period right after the figure first ("25.000 en febrero")
    if found is None:
        return None
    periods = {fold_word(m.group("period")) for pattern in (_ITEM_PERIOD, _ITEM_YEAR_OF, _PERIOD_OPENING)
               for m in pattern.finditer(text)} | {fold_word(m.group("last")) for m in _MONTHS_SPAN.finditer(text)} | \
        {f"{m.group('year')}-first" for m in _FIRST_MONTHS.finditer(text) if m.group("year")}
    # ("In the first half of 2031, 3,000 ..., against 1,200 in all of 2030": two periods, the 1,200's its own)
    if len(periods) < 2 and not (match is not None and _dated_apart(text, match.group("period"), article_date)):
        return None
    period = found.group("period")
    if period.isdigit():
        return period
    year = _YEAR_NAMED.search(text)
    if year is not None and any(m.group("period") == year.group() for m in _ITEM_PERIOD.finditer(text)):
        year = None       # another item's own year ("8.2% in September, up from 5% in early 2021"): not September's
    if year is not None and not any(ch.isdigit() for ch in period):
        return dates_in(f"{period} {year.group()}", article_date)   # "In 2015, ... 10,600 in October"
    return dates_in(f"in {period}", article_date) or dates_in(f"en {period}", article_date)   # "25.000 en febrero"


# a figure of the article's month or year, after another period: "... in January to 2.3% this month", "... en enero
# y 40 este mes"
_THIS_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:this|este)\s+(month|mes|year|a[nñ]o)\b", re.I)


def _dated_apart(text: str, period: str, article_date: str) -> bool:
    """Whether a sentence names a day of another month than the month ``period`` a figure's own words name ("cases
    in the week ending March 14 were 2,076, ... and 8,000 per week in the beginning of February": February is the
    8,000's)."""
    if period.isdigit():
        return False
    month = _MONTH_NUMBER.get(fold_word(period))
    days = [day for _, day in _days_at(text, article_date[:4], article_date)]
    return month is not None and bool(days) and all(len(day) == 10 and int(day[5:7]) != month for day in days)


# a list's item and its year after it with "de": "las 3.082 de 2015, las 2.784 de 2016"
_ITEM_YEAR_OF = re.compile(r"[^\W\d]*(?:\s+[^\W\d_]+){0,3}?\s+(?:de|del)\s+(?P<period>(?:1[5-9]|20)\d\d)\b(?![.,]?\d)",
                           re.I)
# a period named with "in": "En 2021", "in February 2024"
_PERIOD_OPENING = re.compile(rf"\b(?:in|en|during|durante)\s+(?:{_WHOLE_YEAR}|(?:the\s+month\s+of|"
                             rf"el\s+mes\s+de)\s+)?(?P<period>(?:{_MONTHS})\b(?:\s+(?:of\s+|de\s+)?\d{{4}}\b)?|"
                             rf"(?:1[5-9]|20)\d\d\b)(?![.,]?\d)", re.I)
# what closes a clause: "; ", ", y", ", and", "while", "mientras"
_CLAUSE_BREAK = re.compile(r";|,\s*(?:y|e|and|but|pero)\b|\b(?:while|whereas|mientras)\b", re.I)


def _clause_period(text: str, start: int) -> re.Match[str] | None:
    """The period that opens the clause of the figure at ``start``, with no other figure between: "En 2021 la
    estadística fue de 133.653, mientras que en 2022 se registró el tránsito de 248.284" (248.284 of 2022)."""
    last = max(_PERIOD_OPENING.finditer(text, max(0, start - 100), start), key=lambda m: m.start(), default=None)
    if last is None or any(ch.isdigit() for ch in text[last.end():start]) or \
            _CLAUSE_BREAK.search(text, last.end(), start):
        return None
    # (it opens the clause, no figure before it: not "killed 120 people in January, 95 civilians in February")
    head = max((m.end() for m in _CLAUSE_HEAD.finditer(text, 0, last.start())), default=0)
    return None if any(ch.isdigit() for ch in text[head:last.start()]) else last


# where a clause begins: after a comma or a semicolon, "y", "and", "while", "mientras"
_CLAUSE_HEAD = re.compile(r"[,;]|\b(?:y|e|and|but|pero|while|whereas|mientras)\b", re.I)


# an item's month before its figure: "El registro en enero fue de 36.001, en febrero de 37.166"
_PERIOD_BEFORE = re.compile(rf"(?:^|[,;]\s*|\b(?:y|and)\s+|\b)(?:in|en)\s+(?P<period>{_MONTHS})\s*,?\s+"
                            rf"(?:(?:fue|was|were|hubo)\s+)?(?:de\s+|of\s+)?$", re.I)
_NEXT_ITEM = re.compile(r"\b(?:y|and|e)\b|[,;]", re.I)
_PERIOD_THEN_FIGURE = re.compile(r"\s*,?\s*(?:(?:fue|was|were|hubo)\s+)?(?:de|of|con|with)\s+\d", re.I)
_YEAR_NAMED = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![.,]?\d)")


# a figure's own day told as days before the sentence's: "rose to 27 on Wednesday from 21 a day earlier", "21 deaths
# the day before", "frente a los 21 del día anterior", "los 21 de la víspera", "18 two days earlier" (its noun and
# participle between, not a relative clause's verb: "300 who arrived a week earlier were deported on Monday")
_RELATIVE_PRONOUN = r"(?:who|whom|whose|which|that|where|when|que|quienes|cuy[oa]s?|donde|cuando)\b"
_FIGURE_EARLIER = re.compile(rf"(?:\s+(?!{_RELATIVE_PRONOUN})[^\W\d_]+){{0,2}}?\s+"
                             rf"(?:{_EARLIER.pattern}|{_DAY_BEFORE.pattern}|"
                             r"del\s+d[ií]a\s+anterior\b|de\s+la\s+v[ií]spera\b|"
                             # "the 3,812 reported the week before", "los 3.812 de la semana anterior"
                             r"(?P<week>the\s+(?:week\s+before|previous\s+week)|(?:de\s+)?la\s+semana\s+(?:anterior|"
                             r"previa))(?=\s*(?:[,;.)]|$)))", re.I)


# a figure's own day told as days or weeks before the article's: "120 cases a week ago and 210 today", "120 casos
# hace una semana" (its noun between, no relative clause's verb: "300 who arrived a week ago")
_FIGURE_AGO = re.compile(rf"(?:\s+(?!{_RELATIVE_PRONOUN}|desde\b|since\b|for\b)[^\W\d_]+){{0,2}}?\s+"
                         r"(?:(?P<count>a|one|two|three|four|five|\d)\s+(?P<unit>days?|weeks?)\s+ago\b|"
                         r"(?<!\bdesde\s)hace\s+(?:(?:apenas|solo|s[oó]lo|justo|exactamente)\s+)?(?P<cuenta>un|una|uno|dos|tres|"
                         r"cuatro|cinco|\d)\s+(?P<unidad>d[ií]as?|semanas?)\b)", re.I)


def _earlier_than_its_day(text: str, end: int, days: tuple[tuple[int, str], ...], article_date: str) -> str | None:
    """The day of a figure ending at ``end`` that the words after it tell as days before the sentence's own (the
    one day it names, else the article's): "rose to 27 on Wednesday from 21 a day earlier" (21: Tuesday's); or as
    days or weeks before the article's: "120 cases a week ago and 210 today" (120: the article's day less 7)."""
    ago = _FIGURE_AGO.match(text, end)
    if ago is not None and len(article_date) == 10:
        back = _days_told(ago.group("count") or ago.group("cuenta"), ago.group("unit") or ago.group("unidad"))
        return (dt.date.fromisoformat(article_date) - dt.timedelta(days=back)).isoformat()
    match = _FIGURE_EARLIER.match(text, end)
    if match is None:
        return None
    named = {day for at, day in days if not match.start() <= at < match.end() and len(day) == 10}
    if match.group("week") and len(named) != 1:
        return None       # (a week before the sentence's one named day: not "450 the previous week" after "last week")
    base = named.pop() if len(named) == 1 else article_date if not named and len(article_date) == 10 else None
    if base is None:
        return None
    back = _days_told(match.group(1), match.group(2)) if match.group(1) else 7 if match.group("week") else 1
    return (dt.date.fromisoformat(base) - dt.timedelta(days=back)).isoformat()


def earlier_day(text: str, end: int, article_date: str | None, onward: bool = False) -> str | None:
    """The day of a figure ending at ``end`` that the words after it tell as days before the sentence's own, or
    the article's ("frente a los 21 del día anterior"), else None."""
    if not article_date:
        return None
    return _earlier_than_its_day(text, end, _sentence_days(text, article_date, onward), article_date)


def earlier_figures_days(text: str, start: int) -> list[tuple[int, int]]:
    """The spans that tell the days of other figures than the one at ``start`` as days before the sentence's ("from
    21 a day earlier"): no day of the sentence's other figures ("rose to 27 from 21 the day before": 27 is not of
    the day before)."""
    return [(m.start(), m.end()) for figure in re.finditer(r"\d[\d.,]*", text) if figure.start() != start
            and (m := _FIGURE_EARLIER.match(text, figure.end()) or _FIGURE_AGO.match(text, figure.end())
                 or _FIGURE_TOLD_ON.match(text, figure.end())) is not None]


# a figure told on a day of its own, by a participle: "the toll of 700 announced on Sunday has doubled", "the 35
# reported on Monday", "risen from 546 recorded in January to 718" (Sunday is the 700's, January the 546's, no day
# of the sentence's other figures)
_FIGURE_TOLD_ON = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:announced|reported|confirmed|given|released|published|recorded|"
                             r"registered|anunciad[oa]s?|reportad[oa]s?|confirmad[oa]s?|informad[oa]s?|difundid[oa]s?|"
                             r"registrad[oa]s?|contabilizad[oa]s?)\s+"
                             rf"(?:{_WEEKDAY.pattern}|\b(?:in|en)\s+(?:{_MONTHS})\b(?:,?\s+(?:de\s+)?\d{{4}})?|"
                             rf"\b(?:on\s+|el\s+)?(?:\d{{1,2}}\s+(?:de\s+)?(?:{_MONTHS})|(?:{_MONTHS})\s+\d{{1,2}})\b)",
                             re.I)


def own_day(text: str, start: int, end: int, article_date: str | None, onward: bool = False) -> str | None:
    """The day a figure at [start, end) is of, in a sentence that names two days or more: the day
    written right after it ("The toll rose to 45 on Tuesday from 30 on Monday", "El saldo subió a
    45 el martes, desde 30 el lunes": 45 Tuesday's, 30 Monday's), else the one day of its own
    clause ("On Monday, 12 died; on Tuesday, 5 more"), not what the days share; None when the
    sentence names one day, or none is the figure's own."""
    if not article_date:
        return None
    days = _sentence_days(text, article_date, onward)
    earlier = _earlier_than_its_day(text, end, days, article_date)
    if earlier is not None:
        return earlier
    if len({day for _, day in days}) < 2:
        return _own_clause_date(text, start, end, article_date, onward)
    gap = _TO_ITS_DAY.match(text, end)
    after = next((day for at, day in days if gap and at == gap.end()), None)
    if after is None:
        # "an avalanche that killed at least three members of their group on Tuesday": after its noun
        after = next((day for at, day in days if at > end and _ITS_NOUN_THEN_DAY.fullmatch(text, end, at)
                      and (weekday := _WEEKDAY.match(text, at)) and not text.startswith(("'s", "’s"),
                                                                                      weekday.end())), None)
    if after is not None:
        return after
    # "destacando el viernes 20, con un total de 258, y el miércoles 19, con 146", "on Friday, with 258": the day
    # a list's item names before its figure
    before = next((day for at, day in reversed(days) if at < start and _DAY_WITH.fullmatch(text, at, start)), None)
    if before is not None:
        return before
    # "On Monday, 12 people died; on Tuesday, 5 more died", "El lunes murieron 12; el martes, otras 5":
    # the one day of the figure's own clause, between semicolons
    lo = text.rfind(";", 0, start) + 1
    hi = text.find(";", end)
    hi = len(text) if hi < 0 else hi
    own = {day for at, day in days if lo <= at < hi}
    return own.pop() if len(own) == 1 else None
