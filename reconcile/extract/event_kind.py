"""What kind of event an article tells, which dates a count its sentence does not date: one of
weeks (a flood, a war, a wildfire: its counts are known by the year), one carried out over days
whose days the opening does not name (riots, pogroms, an expulsion: by the year too), one that strikes at once and
whose toll is tallied after its day (an earthquake, a landslide), a population or a staff (a stock,
known by the year); and the as_of of such an undated count.
"""
from __future__ import annotations

import re

from reconcile.extract.article import Article
from reconcile.extract.date_report import counts_to_now
from reconcile.extract.dates import dates_in, relative_date
from reconcile.quantities.running import Sentence

__all__ = ["is_long_event", "is_drawn_out", "is_wildfire", "is_tallied", "is_stock", "undated"]


# events of weeks or more: their counts are dated by the year unless a sentence dates them
_LONG_EVENT = re.compile(r"\b(?:floods?|flooding|hurricane|cyclone|typhoon|storm|war|pandemic|epidemic|"
                         r"outbreak|crisis|drought|famine|inundaci[oó]n(?:es)?|hurac[aá]n|cicl[oó]n|tif[oó]n|"
                         # (not "death toll": a count, of any event; "Death toll rises to 330 in Pakistan quake")
                         r"tormenta|guerra|pandemia|epidemia|brote|crisis|sequ[ií]a|hambruna|"
                         # diseases that spread for months, seasons of weather, an exodus
                         r"cholera|c[oó]lera|yellow\s+fever|fiebre\s+amarilla|dengue|malaria|measles|sarampi[oó]n|"
                         r"[eé]bola|plague|peste|smallpox|viruela|typhus|tifus|influenza|gripe|"
                         r"El\s+Ni[nñ]o|La\s+Ni[nñ]a|monsoon|monz[oó]n|rainy\s+season|temporada\s+de\s+lluvias|"
                         r"boatlift|exodus|[eé]xodo|"
                         # rains and heat that last for weeks: "las lluvias dejan 40 muertos", "Heat wave kills 12"
                         r"lluvias|heavy\s+rains|heat\s*waves?|ola\s+de\s+calor|calor\s+extremo)\b", re.I)


# events of a day: "15 February 2003 Iraq War protests" are protests, not a war
_SHORT_EVENT = re.compile(r"\b(?:protests?|march(?:es)?|rall(?:y|ies)|demonstrations?|strikes?|attacks?|bombings?|"
                          r"shootings?|stampede|crash|collapse|earthquakes?|fire|explosion|massacre|protestas?|"
                          r"marchas?|manifestaci[oó]n(?:es)?|huelga|atentados?|incendio|terremotos?|sismos?|"
                          r"explosi[oó]n|accidente|derrumbe|masacre)\b", re.I)


def is_long_event(title: str) -> bool:
    """Whether the title's event lasts weeks (a flood, a war): its last event noun is one of
    those, or the title spans years ("Protestas en Nicaragua de 2018-2019")."""
    if re.search(r"\b(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2})\b", title):
        return True
    last = max(((m.start(), True) for m in _LONG_EVENT.finditer(title)), default=None)
    short = max((m.start() for m in _SHORT_EVENT.finditer(title)), default=-1)
    return last is not None and last[0] > short


# a fire that burns for days: "The wildfire destroyed at least 2,500 homes", "el incendio forestal"
_WILDFIRE = re.compile(r"\b(?:wild\s?fires?|bush\s?fires?|forest\s+fires?|incendios?\s+forestal(?:es)?)\b", re.I)


def is_wildfire(title: str, prose: list[Sentence]) -> bool:
    """Whether the article's event is a wildfire, which burns for days: the title or its first
    two sentences call it one (the "Great Fire of X" that "the wildfire" is named in the next)."""
    return bool(_WILDFIRE.search(" ".join([title, *(s.text for s in prose[:2])])))


# events carried out over days or weeks, their tolls tallied over them: riots, pogroms, an expulsion or a
# deportation, a mass poisoning (not a massacre, which is of one day unless its days are named)
# (not a riot of one place and one day: "the Port Said Stadium riot", "a prison riot", "a football riot")
_DRAWN_OUT = (r"(?:(?<!stadium\s)(?<!football\s)(?<!prison\s)(?<!soccer\s)(?<!match\s)"
              r"riots?(?!\s+(?:police|gear|squads?|shields?|units?|control|act))|rioting|pogroms?|expulsions?|"
              # "2002 Gujarat violence", "violencia poselectoral": communal or political violence of weeks
              r"(?:communal|sectarian|ethnic|inter-?communal|post-?election)\s+violence|"
              r"violencia\s+(?:sectaria|[eé]tnica|poselectoral|postelectoral|interreligiosa)|"
              r"deportations?|ethnic\s+cleansing|mass\s+poisonings?|"
              r"disturbios|revueltas?|pogromos?|expulsi[oó]n(?:es)?|deportaci[oó]n(?:es)?|limpieza\s+[eé]tnica|"
              r"intoxicaci[oó]n(?:es)?\s+(?:masivas?|colectivas?)|envenenamientos?\s+(?:masivos?|colectivos?))")
_DRAWN_OUT_WORD = re.compile(rf"\b{_DRAWN_OUT}\b", re.I)
# the opening's definition of the event: "was a series of organised pogroms", "fue una intoxicación masiva",
# "were riots that", "fueron una ola de disturbios"; not "was followed by riots" (no article before its words)
_DEFINED_AS = re.compile(rf"\b(?:was|were|is|are|fue|fueron|es|son)\s+(?:(?:(?:a|an|one|un|una|the|el|la|los|las)\s+"
                         rf"(?:(?:series|wave|spate|serie|ola|oleada)\s+(?:of|de)\s+)?|"
                         rf"(?:series|wave|spate|serie|ola|oleada)\s+(?:of|de)\s+)(?:[^\W\d_]+\s+){{0,2}}?)?"
                         rf"{_DRAWN_OUT}\b", re.I)


def is_drawn_out(title: str, prose: list[Sentence]) -> bool:
    """Whether the article's event is carried out over days or weeks, unlike the attack or the fire
    of a day: riots, pogroms, an expulsion, a mass poisoning, as the title names it ("1984 riots",
    "Expulsión de los moriscos"; its last event noun, not "Protests and riots ... massacre") or the
    opening defines it ("The X riots was a series of organised pogroms", "El síndrome ... fue una
    intoxicación masiva"). Its counts, undated, are known by its year, unless the opening names its
    days (``Story.span``)."""
    last = max((m.start() for m in _DRAWN_OUT_WORD.finditer(title)), default=None)
    if last is not None and last > max((m.start() for m in _SHORT_EVENT.finditer(title)), default=-1):
        return True
    if _NAMED_VIOLENCE.fullmatch(title.strip()):
        return True           # "2002 Gujarat violence": an encyclopedia's name for weeks of it
    if _ONE_PLACE_RIOT.search(title):
        return False          # "The Port Said Stadium riot was a riot which occurred ... on 1 February 2012"
    return bool(prose) and _DEFINED_AS.search(prose[0].text) is not None


# violence as an event's name, a year and a place before it: "2002 Gujarat violence", "2007–2008 Kenyan violence" (not
# "Weekend violence in Chicago leaves five dead", "Domestic violence: man kills 3")
_NAMED_VIOLENCE = re.compile(r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\s+"
                             r"(?:[A-ZÁÉÍÓÚ][\w'’-]*\s+){1,3}[Vv]iolence")


# a riot of one place and one day, as a title names it (``_DRAWN_OUT`` leaves it out; not "prison riots")
_ONE_PLACE_RIOT = re.compile(r"\b(?:stadium|football|prison|soccer|match)\s+riot\b", re.I)   # "prison riots": several


_SUDDEN = re.compile(r"\b(?:earthquakes?|quakes?|tsunamis?|landslides?|mudslides?|avalanches?|terremotos?|sismos?|"
                     r"se[ií]smos?|maremotos?|alud(?:es)?|deslaves?|deslizamientos?|"
                     # not a crowd's "avalancha de gente" (a crush, of one day)
                     r"avalanchas?(?!\s+(?:de\s+(?:gente|personas|aficionados|hinchas|fieles|p[uú]blico)|humanas?)\b)|"
                     r"avenidas?\s+torrenciales?|flash\s+floods?|desastre\s+natural|natural\s+disaster)\b", re.I)


# a stock, known by the year: "Spain's 40 million population", "una ciudad de 40.000 habitantes"
# (two words at most between: not "the 6.5-magnitude quake sent residents fleeing")
_STOCK_AFTER = re.compile(r"(?:[\s-]+[^\W\d_]+){0,2}?\s+"
                          r"(?:population|inhabitants|residents|poblaci[oó]n|habitantes|residentes)\b"
                          r"(?!\s+(?:del|de\s+la|of\s+the)\b)", re.I)     # not "la población del penal" on a day


_STOCK_BEFORE = re.compile(r"\b(?:employ(?:ing|s|ed)|emplea(?:ba|n)?)\s+(?:a\s+)?(?:(?:around|about|some|unos|unas|"
                           r"cerca\s+de)\s+)?$|"
                           # an infobox's label: "Population: 48 747 632", "Habitantes: 2 millones"
                           r"^\s*(?:population|poblaci[oó]n|inhabitants|habitantes)\s*:\s*$", re.I)


# the opening that defines the event: "The 2015 Nepal earthquake was a magnitude 7.8 earthquake", "fueron dos
# fuertes movimientos"; not the news of it ("tremors were felt in several cities")
_WAS = re.compile(r"\b(?:was|were|fue|fueron)\s+(?:a|an|the|one|two|three|several|un|una|el|la|los|las|uno|dos|tres|"
                  r"varios|varias|among|entre)\b", re.I)


_AFTERSHOCKS = re.compile(r"\b(?:aftershocks?|r[eé]plicas?)\b", re.I)


# the first of the event's days, which the article's date is: "The first day's rioting", "el primer día"
_FIRST_DAY = re.compile(r"\b(?:the\s+first\s+day|el\s+primer\s+d[ií]a|la\s+primera\s+jornada)\b", re.I)


# a span that ends on the day it is told: "in the last 24 hours", "over the past two weeks", "en las últimas 24 horas"
_LAST_SPAN = re.compile(r"\b(?:(?:in|over|during)\s+the\s+(?:last|past)|(?:en|durante)\s+(?:las|los)\s+"
                        r"(?:[uú]ltim[oa]s|pasad[oa]s))\s+(?:[\w-]+\s+)?(?:hours|days|weeks|horas|d[ií]as|semanas)\b",
                        re.I)


def undated(date: str, long_event: bool, tallied: bool, body: str, of_event: bool,
             stock: bool = False, span: str | None = None, destroyed: bool = False,
             to_now: bool | None = None, of: str = "the article's date") -> tuple[str, str]:
    """The as_of of a count its sentence does not date, and why: the article's day; its year
    when the article is about an event of weeks (a flood, a war; not a measure ``of_event``, the
    rain that fell on the day), or when an encyclopedia tells
    the toll of an earthquake or a landslide (tallied after the day, unlike its magnitude or
    depth: those are of the day; aftershocks come after it; "so far", "now stands at" are the article's
    day, when ``to_now`` (the figure's clause) or else ``body`` says so); the month ``span`` of an
    event of several days the opening names ("on 10–11 January 2015"; its year
    when the days are of two months), unless the sentence says the event's first day. ``of``: what ``date`` is, for
    the note."""
    if long_event and not of_event and not stock and _LAST_SPAN.search(body):
        # a count of an event of weeks over a span that ends on the day it is told: "murieron en las últimas 24
        # horas", "have killed 47 people in the last two weeks": the sentence dates it, up to that day
        return date, f"from {of}: a span up to the day it is told"
    if long_event and not of_event:
        return date[:4], f"the year of an event of weeks, from {of}"
    if stock:
        return date[:4], f"the year of a population or a staff, from {of}"
    if counts_to_now(body) if to_now is None else to_now:
        return date, f"from {of}: 'so far', 'now stands at'"
    if span and _FIRST_DAY.search(body):
        return date, f"from {of}: the first day of the event"
    if span and not of_event:
        return span, (f"the {'month' if len(span) == 7 else 'year'} of an event of several days, as the opening "
                      f"names them")
    if tallied and not of_event and destroyed and not _AFTERSHOCKS.search(body):
        return date, f"from {of}: what the event destroyed, of its day"
    if tallied and (not of_event or _AFTERSHOCKS.search(body)):
        return date[:4], f"the year of the event's toll, from {of}; check the day"
    return date, f"from {of}"


def is_stock(body: str, start: int, end: int) -> bool:
    """Whether the number at [start, end) counts a population or a staff ("Spain's 40 million
    population", "employing around 5,000"): a stock, known by the year."""
    return bool(_STOCK_AFTER.match(body, end) or _STOCK_BEFORE.search(body, 0, start))


# an encyclopedia's title: the event's name and its year, no verb, no other figure ("Terremoto de Colima de 1932",
# "1932 Colima earthquake"; not the news' "Magnitude 6.1 quake hits Colima", "Sismo de 2032 deja 40 muertos")
_NAME_WITH_YEAR = re.compile(r"(?:[^\W\d_][\w'’.–-]*\s+){0,6}(?P<year>1[5-9]\d\d|20\d\d)(?:\s+[^\W\d_][\w'’.–-]*){0,6}")
_TITLE_VERB = re.compile(r"\b(?:kills?|hits?|strikes?|shakes?|leaves?|rocks?|jolts?|buries|deja|sacude|golpea|azota|"
                         r"sepulta|mata|causa|provoca)\b", re.I)


def is_tallied(article: Article, prose: list[Sentence]) -> bool:
    """An encyclopedia's account of an event that strikes at once (an earthquake, a landslide):
    its toll is tallied in the days after it, and known by the year. An account, not the news:
    it defines the event, or names its day as a date, not "today", or (a part of the account, which opens past its
    definition) its title is the event's name with the year of the article's date."""
    title = article.title or ""
    named = _NAME_WITH_YEAR.fullmatch(title.strip())
    return bool(prose and _SUDDEN.search(" ".join([title, *(s.text for s in prose[:2])])) and (
        _WAS.search(prose[0].text) or any(dates_in(s.text, article.date) == article.date
                                          and not relative_date(s.text, article.date) for s in prose[:2])
        or named is not None and _SUDDEN.search(title) is not None and not _TITLE_VERB.search(title)
        and (article.date or "")[:4] == named.group("year")))
