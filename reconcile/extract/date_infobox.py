"""An infobox's dates given one a line, each with where it happened ("Fecha: 16 de agosto de 2017 23:17 (Alcanar 1.ª
explosión)", "17 de agosto de 2017 16:57 (Barcelona)", "18 de agosto de 2017 1:15 (Cambrils)"): an event of several
days, whose counts the infobox and the text give undated are known by its month (GUIDE § as_of: "an event of two days or
more named by its days is the month"), and a count of one place that the lines give one day is of that day ("Cambrils:
6" of 18 August; "Alcanar: 0", of two days, by the month)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from reconcile.extract.dates import MONTH_WORDS, dates_in

# the label of an infobox's line of dates: "Fecha:", "Fechas:", "Date:", "Fecha y hora:"
_DATES_LABEL = re.compile(r"\s*(?:fechas?|dates?)(?:\s+(?:y|and)\s+(?:hora|time))?\s*:\s*", re.I)
# a line that opens with a day: "17 de agosto de 2017 16:50 (...)", "August 17, 2017 (...)"
_DAY_FIRST = re.compile(rf"\s*(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?:{MONTH_WORDS})\b|"
                        rf"(?:{MONTH_WORDS})\.?\s+\d{{1,2}}\b)", re.I)
_BRACKETED = re.compile(r"\(([^()]*)\)")
# the place the bracket names first: "Alcanar 1.ª explosión" -> Alcanar, "Ciudad de México" -> Ciudad de México
_PLACE = re.compile(r"(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]*(?:\s+(?:de\s+|del\s+|la\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]*)*")


@dataclass(frozen=True)
class InfoboxDays:
    """The days an infobox's line of dates lists one a line: what they share (``span``, a month or a year) and the
    one day of each place named beside them (``places``; a place named beside two days has none)."""
    span: str | None = None
    places: dict[str, str] = field(default_factory=dict)

    def day_of(self, text: str) -> str | None:
        """The day of the places ``text`` names, when they name one day."""
        days = {day for place, day in self.places.items() if re.search(rf"\b{re.escape(place)}\b", text)}
        return days.pop() if len(days) == 1 else None


def infobox_days(text: str, article_date: str | None) -> InfoboxDays:
    """The days of the first infobox line of dates in ``text`` that goes on over the lines under it, one day a line;
    nothing for a line of dates that is one line (``dates_line_span`` reads it) or of one day."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        label = _DATES_LABEL.match(line)
        if label is None:
            continue
        days: list[str] = []
        by_place: dict[str, set[str]] = {}
        for row in [line[label.end():], *lines[number + 1:]]:
            day = dates_in(row, article_date) if _DAY_FIRST.match(row) else None
            if day is None or len(day) != 10:
                break
            days.append(day)
            bracket = _BRACKETED.search(row)
            place = _PLACE.match(bracket.group(1).strip()) if bracket else None
            if place is not None:
                by_place.setdefault(place.group(), set()).add(day)
        if len(days) < 2:
            continue          # the header's "date:", a line of dates that is one line
        if len(set(days)) < 2:
            return InfoboxDays()
        span = next((days[0][:size] for size in (7, 4) if len({day[:size] for day in days}) == 1), None)
        return InfoboxDays(span, {place: next(iter(named)) for place, named in by_place.items() if len(named) == 1})
    return InfoboxDays()
