"""The month a figure of a list by month is of, named beside it rather than after "in": "octubre del pasado
año ..., con 59 mil 773, seguido por septiembre, con 48 mil 204", "April was the month with the most arrivals
with 40,297, above January and February with 24,634 and 24,657, respectively, and the 38,099 for March"; and
the year a figure closed ("between January and April 2022, a year that closed with a total of 248,284")."""
from __future__ import annotations

import re

from reconcile.extract.dates import dates_in

__all__ = ["closing_year", "listed_month"]

# English months written with their capital ("May" the month, not "may" the verb); Spanish ones in lower case
_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_ES_MONTHS = "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
# a month named as a list's item, not a day's ("March 3", "3 de marzo", "el 3 de marzo")
# ("for May 28%": a month and its figure, no day)
_MONTH = re.compile(rf"(?<!\d\s)(?<!\d\sde\s)\b(?:(?-i:{_EN_MONTHS})|{_ES_MONTHS})\b"
                    r"(?!\s+\d{1,2}\b(?![\d.,%]|\s*(?:per\s*cent|percent|por\s*ciento)))", re.I)
# what a year is named by right after a month: "octubre del pasado año", "October 2022", "October last year"
_YEAR_AFTER = re.compile(r"\s+(?:(?:de|del|of)\s+)?(?:\d{4}\b|(?:el\s+)?(?:pasado\s+a[nñ]o|a[nñ]o\s+pasado|"
                         r"a[nñ]o\s+anterior)|last\s+year)", re.I)
# between a month and its figure: "octubre ..., con", "septiembre, con", "April was the month with the most arrivals
# with", "January and February with"
_MONTH_THEN_FIGURE = re.compile(r"[^\d.;]{0,80}?\b(?:with|con)\s+(?:(?:about|some|nearly|over|more\s+than|unos|unas|"
                                r"cerca\s+de|m[aá]s\s+de)\s+)?$", re.I)
# a figure then its month: "the 38,099 for March", "38.099 del mes de marzo"
_MONTH_HEAD = re.compile(r"[^\d.;]{0,80}?\b(?:with|con)\s+", re.I)
_FIGURE_FOR_MONTH = re.compile(r"\s+(?:[a-z]+\s+)?(?:for|del\s+mes\s+de)\s+$", re.I)
# a month a figure is given for, right before it: "for June was", "for May", "la inflación de marzo fue de"
_FOR_THE_MONTH = re.compile(r"(?:\b(?:for|para)|\b(?:el|la|los|las)\s+[^\W\d_]{4,}\s+de)\s+(?:(?:el\s+)?mes\s+de\s+)?$",
                            re.I)
_MONTH_IS_FIGURE = re.compile(r"\s*,?\s*(?:(?:was|were|stood\s+at|came\s+to|reached|fue|se\s+ubic[oó]|alcanz[oó]|"
                              r"lleg[oó])\s+(?:(?:at|de|del|en|a|al)\s+)?(?:(?:un|una)\s+)?)?", re.I)
_RESPECTIVELY = re.compile(r"[\s\d.,]*(?:(?:and|y|e)\s+[\d.,]+\s*)?,?\s*(?:respectively|respectivamente)\b", re.I)
_MONTH_JOIN = re.compile(r"\s*(?:,\s*|\s+(?:and|y|e)\s+)$", re.I)
_FIGURE = re.compile(r"\d[\d.,]*(?:\s+mil\s+\d+)?")


def _dated(text: str, month: re.Match, article_date: str) -> str | None:
    """The month ``month`` names, in the year written after it, else the year the article's date makes it."""
    year = _YEAR_AFTER.match(text, month.end())
    spanish = month.group().lower() in _ES_MONTHS.split("|")
    return dates_in(f"{'en' if spanish else 'in'} {month.group()}{year.group() if year else ''}", article_date)


def listed_month(text: str, start: int, end: int, article_date: str | None) -> str | None:
    """The month a list's figure at [start, end) is of when a month stands beside it: named before it with
    "with"/"con" and no other figure between ("septiembre, con 48 mil 204"), each of a pair of months with
    "respectively" ("January and February with 24,634 and 24,657, respectively"), or after it with "for" ("the
    38,099 for March"); None otherwise, and in a sentence that names fewer than two months (its one month dates
    the whole sentence)."""
    if not article_date:
        return None
    months = list(_MONTH.finditer(text))
    if len({m.group().lower() for m in months}) < 2:
        return _subject_month(text, start, months, article_date)
    own = next((m for m in reversed(months) if m.end() <= start), None)
    if own is not None and _FOR_THE_MONTH.search(text, max(0, own.start() - 40), own.start()) and \
            _MONTH_IS_FIGURE.fullmatch(text, own.end(), start):
        return _dated(text, own, article_date)      # "for June was 27.8% and for May 28%", "la inflación de marzo
        # fue de 16,2 por ciento, del 20,1 por ciento en febrero": the month of the figure's own phrase
    after = next((m for m in months if m.start() > end and _FIGURE_FOR_MONTH.fullmatch(text, end, m.start())), None)
    if after is not None:
        return _dated(text, after, article_date)
    of_month = _month_of_figures(text, end, article_date)
    if of_month is not None:
        return of_month
    before = [m for m in months if m.end() <= start]
    if not before:
        return None
    last = before[-1]
    if not _MONTH_THEN_FIGURE.fullmatch(text, last.end(), start):
        return _respective(text, start, before, article_date) or _subject_month(text, start, before, article_date)
    if _FIGURE.search(text, last.end(), start):
        return None
    # the first of a pair named together before "with ... respectively" is the first figure's
    pair = [last]
    while len(pair) < len(before) and _MONTH_JOIN.fullmatch(text, before[-len(pair) - 1].end(), pair[0].start()):
        pair.insert(0, before[-len(pair) - 1])
    if len(pair) > 1 and not _RESPECTIVELY.match(text, end):
        return None
    return _dated(text, pair[0], article_date)


# a month the sentence opens with as its subject, ranked or counted: "April had the most arrivals", "June saw 7,310",
# "Abril fue el mes con más llegadas", "Marzo registró 5.904" (not "April 3", "May I")
_SUBJECT_MONTH = re.compile(rf"\s*(?:(?-i:{_EN_MONTHS})|{_ES_MONTHS})(?:\s+(?:(?:of|de|del)\s+)?\d{{4}})?,?\s+"
                            r"(?:alone\s+|solo\s+|sólo\s+)?(?:had|saw|was|recorded|registered|brought|accounted\s+for|"
                            r"fue|tuvo|registr[oó]|vio|concentr[oó]|sum[oó]|dej[oó])\b", re.I)


def _subject_month(text: str, start: int, before: list[re.Match], article_date: str) -> str | None:
    """The month the sentence opens with as its subject ("April had the most arrivals, with 7,310 people"), of a
    figure after it with no other month between: the sentence names no date with "in" that ``dates_in`` reads."""
    if not before or before[0].start() != len(text) - len(text.lstrip()) or not _SUBJECT_MONTH.match(text):
        return None
    if any(m.group().lower() != before[0].group().lower() for m in before[1:]):
        return None
    return _dated(text, before[0], article_date)


# figures, then the months they are of with "of"/"de": "the 24,634 of January", "los 24.634 y 24.657 de enero y
# febrero, respectivamente" (a figure of more than two digits: "los 24 de enero" is a day)
_LISTED = r"(?:\s*,\s*|\s+(?:and|y|e)\s+)"
_GROUPED = r"\d{1,3}(?:[.,\s]\d{3})+|\d+"
_MONTH_WORD = re.compile(rf"\b(?:(?-i:{_EN_MONTHS})|{_ES_MONTHS})\b", re.I)
_FIGURES_OF_MONTHS = re.compile(rf"(?P<figures>(?:{_GROUPED})(?:{_LISTED}(?:{_GROUPED}))*)\s+(?:of|de|del)\s+"
                                rf"(?P<months>{_MONTH_WORD.pattern}(?:{_LISTED}{_MONTH_WORD.pattern})*)", re.I)
_ONLY_RESPECTIVELY = re.compile(r"\s*,?\s*(?:respectively|respectivamente)\b", re.I)


def _month_of_figures(text: str, end: int, article_date: str) -> str | None:
    """The month of the figure ending at ``end`` when months follow its figures with "of"/"de": one figure and one
    month ("the 24,634 of January"), or as many of each with "respectively" ("los 24.634 y 24.657 de enero y febrero,
    respectivamente": 24.657 of February)."""
    for run in _FIGURES_OF_MONTHS.finditer(text, max(0, end - 80)):
        if not run.start() < end <= run.end("figures"):
            continue
        figures = list(re.finditer(_GROUPED, run.group("figures")))
        months = list(_MONTH_WORD.finditer(text, run.start("months"), run.end("months")))
        index = next((k for k, m in enumerate(figures) if run.start("figures") + m.end() == end), None)
        if index is None:
            return None
        if len(figures) == len(months) == 1:
            return _dated(text, months[0], article_date) if len(re.sub(r"\D", "", figures[0].group())) > 2 else None
        if len(figures) == len(months) and _ONLY_RESPECTIVELY.match(text, run.end()):
            return _dated(text, months[index], article_date)
        return None
    return None


def _respective(text: str, start: int, before: list[re.Match], article_date: str) -> str | None:
    """The month of the second or later figure of "January and February with 24,634 and 24,657, respectively"."""
    if not _RESPECTIVELY.search(text, start, start + 60):
        return None
    for k in range(len(before) - 1, -1, -1):
        head = _MONTH_HEAD.match(text, before[k].end())
        if head is None:
            continue
        figures = _FIGURE.findall(text, head.end(), start)
        pair = [before[k]]
        while len(pair) <= len(figures) and k - len(pair) >= 0 and _MONTH_JOIN.fullmatch(
                text, before[k - len(pair)].end(), pair[0].start()):
            pair.insert(0, before[k - len(pair)])
        index = len(figures)
        return _dated(text, pair[index], article_date) if 0 < index < len(pair) else None
    return None


# "a year that closed with a total of 248,284", "un año que cerró con 248.284"
_CLOSED_YEAR = re.compile(r"\b(?:a\s+year|un\s+a[nñ]o)\s+(?:that|which|que)\s+(?:closed|ended|cerr[oó]|termin[oó]|"
                          r"finaliz[oó])\s+(?:with|con)\s+(?:(?:a|un)\s+total\s+(?:of|de)\s+)?$", re.I)
_YEAR = re.compile(r"(?<![\d.,])(?:1[5-9]|20)\d\d(?![.,]?\d)")


# a year a figure closed, named with the verb: "la inflación cerró 2015 en un 180,9", "inflation closed 2015 at 180.9",
# "unemployment ended 2016 at 7.3%", "terminó el año 2016 con 7,3"
_CLOSED_AT = re.compile(r"\b(?:closed|ended|finished|cerr[oó]|termin[oó]|finaliz[oó])\s+(?:(?:el\s+)?(?:a[nñ]o\s+)?)?"
                        r"((?:1[5-9]|20)\d\d)\s+(?:at|on|with|en|con)\s+(?:(?:un|una|el|a|about|around|some|unos|"
                        r"cerca\s+de|(?:a\s+)?total\s+(?:of|de))\s+)*$", re.I)


def closing_year(text: str, start: int) -> str | None:
    """The year a figure closed, named before it: "between January and April 2022, a year that closed with a total
    of 248,284" is 2022's (not April 2022's); "la inflación cerró 2015 en un 180,9 por ciento" is 2015's."""
    closed = _CLOSED_AT.search(text, max(0, start - 60), start)
    if closed is not None:
        return closed.group(1)
    if not _CLOSED_YEAR.search(text, max(0, start - 60), start):
        return None
    years = _YEAR.findall(text, 0, start)
    return years[-1] if years else None
