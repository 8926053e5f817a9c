"""An article -> proposed claims with every field the text gives (SPEC §6 ``reconcile extract``).

Each quantity a reader takes from the text (``quantities_in_text``'s reading, per sentence and
language) becomes a proposal: its claimant (the one who states the number, not the outlet),
population from the counted noun, criterion from the verb, place, as_of and stated_on, and a
breakdown's ``part_of``. The ``note`` says how sure the proposal is and what to check.

``propose`` reads the article once (``_story``), then each sentence (``_line``) and each of its
figures (``_propose_figure``), field by field: the claimant (propose_claimant), the population
(propose_population), a part of a total (propose_parts), the place (propose_place) and the
as_of (propose_as_of).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reconcile.errors import QuantityError
from reconcile.extract.article import Article
from reconcile.extract.attribution import attributions, framed_places_dropped
from reconcile.extract.dates import event_month
from reconcile.extract.event_kind import _SUDDEN as _STRIKES_AT_ONCE
from reconcile.extract.event_kind import is_long_event, is_tallied, is_wildfire
from reconcile.extract.fields import (criterion, criterion_of_word, is_city, measure_criterion, noun_after_qualifiers,
                                      places_in, subject_criterion)
from reconcile.extract.figure_lists import is_named_item, named_items
from reconcile.extract.grouping import alternatives, comma_thousands, measures_in_thousands, read_thousands
from reconcile.extract.places import country_of, is_area_name, place_value
from reconcile.extract.place_dateline import dateline_start
from reconcile.extract.place_lists import listed_divisions
from reconcile.extract.place_towns import towns_named
from reconcile.extract.propose_as_of import Days
from reconcile.extract.propose_claimant import Claimants
from reconcile.extract.propose_parts import (counts_places, criterion_of_part, is_bracketed_part,
                                             lists_the_set_told_before, part_of, names_its_total, parts_told_after,
                                             proposal_code, says_who_only, take_from_total)
from reconcile.extract.propose_place import OF_THE_SET, OTHER, figure_place, sentence_places
from reconcile.extract.pop_criterion import is_crowd_estimate, is_forecast, is_increment, of_strike, revises
from reconcile.extract.pop_known import is_known_count, names_its_list
from reconcile.extract.pop_measure import symbol_measure
from reconcile.extract.rate_measures import rate_fields
from reconcile.extract.propose_population import (block_heading, counted_population, is_colour, is_dimension,
                                                  is_measure, no_count, settle_population, table_caption)
from reconcile.extract.proposal import Line, Proposal, Story
from reconcile.extract.scene import (article_place, dateline as _dateline, dateline_end,  # noqa: F401
                                     prose_of, several_countries, specific)
from reconcile.quantities.parse import parse_quantity
from reconcile.quantities.running import Found, Sentence, locates_a_place, scan, sentences

__all__ = ["Proposal", "propose"]

# a heading that names a place: a line of its own, the place first, then nothing or a topic after a colon or dash
# ("BANGLADESH", "INDIA", "GUATEMALA: ACTIVIDAD VOLCÁNICA", "Peru – floods")
_HEADING = re.compile(r"[^\W\d_][^\d\n.;,!?]{1,60}")
_HEADING_END = re.compile(r"[:–—]")          # "GUATEMALA: ACTIVIDAD VOLCÁNICA": the place before its topic
_HEADING_TOPIC = re.compile(r"\s*(?:[:–—-]\s*[^\d\n]{0,60})?")


def _section_place(text: str, sentence: Sentence) -> tuple[str, str] | None:
    """The place a heading line names, the place of the lines under it up to the next such heading (a
    situation report's sections by country: the article's place would be the first section's)."""
    line = sentence.text.strip()
    start = sentence.start
    end = start + len(sentence.text)
    if not _HEADING.fullmatch(_HEADING_END.split(line, 1)[0].strip()) or len(line.split()) > 6 \
            or (start > 0 and text[start - 1] != "\n") or (end < len(text) and text[end:end + 1] not in ("\n", "")):
        return None
    found = places_in(line)
    if not found or found[0][2] != 0 or not _HEADING_TOPIC.fullmatch(line, len(found[0][1])):
        return None
    code, name, _ = found[0]
    return code, name.title() if name.isupper() else name


def _dateline_at(text: str) -> int | None:
    """Where the article's dateline ends in its text (it may open a line after a headline's: ``dateline_start``)."""
    start = dateline_start(text)
    end = dateline_end(text[start:])
    return start + end if end is not None else None


def _story(article: Article, all_sentences: list[Sentence]) -> Story:
    """What the whole article fixes: its place, the kind of event, its opening."""
    text = article.text
    prose = prose_of(text, all_sentences)
    opening = prose[0].text if prose else ""
    where = article_place(article, all_sentences)
    return Story(
        article=article, sentences=all_sentences, where=where,
        dateline=_dateline_at(text), several=several_countries(article.title),
        # the countries the event struck, as the title and the opening name them: a country that
        # reports a count of its own ("India reported 360 killed") counts there
        struck={country_of(code) for text_ in [article.title or "", *(s.text for s in all_sentences[:1])]
                for code, _, _ in places_in(text_)},
        opening=(article.title or "", opening),     # whose government a bare "the government" is
        long_event=is_long_event(article.title or "") or is_wildfire(article.title or "", prose),
        tallied=is_tallied(article, prose),
        # an earthquake, a landslide: its toll grows after the day, a report counts it on its own day
        growing_toll=bool(_STRIKES_AT_ONCE.search(" ".join([article.title or "", opening]))),
        # "on 10–11 January 2015", in the opening's first or second sentence
        span=next((month for s in prose[:2] if (month := event_month(s.text, article.date))), None),
        towns=frozenset(name for s in all_sentences for name, _ in towns_named(s.text) if not places_in(name)),
        divisions=listed_divisions([s.text for s in all_sentences], country_of(where[0]) if where else None))


@dataclass
class _Reading:
    """What ``propose`` carries from sentence to sentence."""
    claimants: Claimants
    days: Days
    out: list[Proposal] = field(default_factory=list)
    previous_places: list = field(default_factory=list)   # the places of the last sentence that named one
    thousands_comma: bool | None = None   # "1,620 muertes" in a Mexican article: 1620 (read when needed)
    thousands_measures: bool | None = None    # "106,000 hectáreas" there too (``measures_in_thousands``)
    values: set = field(default_factory=set)              # the (lower, upper) of the figures proposed so far


# a count of one that Spanish writes with the article, which no number reader takes for a number: "dejó un
# muerto", "un herido", "una persona ha fallecido", "una víctima mortal"
_ONE_TOLL = re.compile(r"\b(?:un|una)\s+((?:muert[oa]|fallecid[oa]|herid[oa]|desaparecid[oa]|lesionad[oa])\b|"
                       r"v[ií]ctima\s+mortal\b|persona\s+(?=(?:ha\s+|hab[ií]a\s+)?(?:muerto|fallecido|muri[oó]|"
                       r"falleci[oó]|desaparecido|resultado\s+herida)\b))", re.I)


# the last item of a list of counts by place, one, its noun left out: "cinco muertos en Punjab y uno en Sindh", "five
# died in Punjab and one in Sindh", "two in Chattogram and one each in Feni, Noakhali and Lakshmipur"
_LISTED_ONE = re.compile(r"(?:,|\b(?:y|e|and))\s+(uno|una|one)(?=(?:\s+(?:each|apiece|cada\s+un[oa]))?"
                         r"\s+(?:en|in)\s+(?:(?:the|la|el|los|las)\s+)?"
                         r"(?:[^\W\d_]+\s+){0,3}?[A-ZÁÉÍÓÚÑ])", re.I)
# a figure of a list by place: "cinco muertos en Punjab", "18 en Khyber Pakhtunkhwa"
_IN_A_PLACE = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:en|in)\s+(?:(?:the|la|el|los|las)\s+)?(?:[^\W\d_]+\s+){0,3}?"
                         r"[A-ZÁÉÍÓÚÑ]")


def _with_ones(sentence: Sentence, found: list[Found]) -> list[Found]:
    """``found`` and the counts of one no number reader takes for a number: written with the article in Spanish ("dejó
    un muerto"), or the last of a list of counts by place with its noun left out ("y uno en Sindh": one more count,
    after a figure of the sentence)."""
    text = sentence.text
    ones = [] if sentence.lang != "es" or "un" not in text.lower() else [
        Found(m.start(), m.end(), m.group().strip(), 1.0, 1.0, True, True, "exact", None,
              m.group(1).split()[0].lower(), "es", m.start()) for m in _ONE_TOLL.finditer(text)]
    ones += [Found(m.start(1), m.end(1), m.group(1), 1.0, 1.0, True, True, "exact", None, None, sentence.lang,
                   m.start(1)) for m in _LISTED_ONE.finditer(text)
             if any(f.end <= m.start() and f.unit is None and (_IN_A_PLACE.match(text, f.end) or is_named_item(text, f))
                    for f in found)]
    ones = [one for one in ones if not any(f.start < one.end and one.start < f.end for f in found)]
    return sorted(found + ones, key=lambda f: f.start) if ones else found


def _line(story: Story, reading: _Reading, number: int, sentence: Sentence) -> Line:
    """A sentence, with its figures, attributions, places and days."""
    body = sentence.text
    line = Line(
        number=number, sentence=sentence,
        # "Greater Buenos Aires reported 10 deaths": a place that reports a count is where, not who
        said=framed_places_dropped(body, [a for a in attributions(body) if not (a.who and is_area_name(a.who))]),
        found=alternatives(body, _with_ones(sentence, named_items(sentence, scan(sentence)))),
        nearby=[s.text for s in story.sentences[max(0, number - 2):number + 3]],
        heading=block_heading(story.article.text, sentence.start))
    reading.claimants.read(body, [s.text for s in story.sentences[number + 1:number + 5]])
    line.places = sentence_places(story, line, reading.previous_places)
    reading.previous_places = specific(line.places) or reading.previous_places
    reading.days.read(story, line)
    return line


def _as_thousands(story: Story, reading: _Reading, line: Line, item: Found) -> tuple[Found, str, str] | None:
    """"1,620 muertes" in an article that writes thousands with a comma: 1620 (``read_thousands``)."""
    if line.lang != "es" or "," not in item.text:
        return None
    if reading.thousands_comma is None:
        reading.thousands_comma = comma_thousands(story.article.text)
        reading.thousands_measures = measures_in_thousands(story.article.text)
    return read_thousands(item, line.body, reading.thousands_comma, bool(reading.thousands_measures))


def _value(item: Found, grouped: tuple[Found, str, str] | None, thousands_comma: bool | None,
           checks: list[str], lang: str) -> str:
    """The value a proposal writes: the figure as the quote states it."""
    value = item.text
    if grouped is not None:
        value = grouped[1]
        # (the report reads a Spanish count written "1,620" as thousands too; a measure or a sum keeps Spain's
        # decimal comma, where it warns unquoted-value)
        checks.append((f"value ({grouped[2]!r} read as thousands: the article writes thousands with a comma"
                       if thousands_comma else
                       f"value ({grouped[2]!r} read as thousands, a count of {item.counted!r}; the article "
                       f"also writes thousands with a period") +
                      "; check the quote says so)")
    if item.qualifier in ("at-least", "more-than"):
        value = OTHER.sub(" ", value)      # "al menos otras nueve" states "al menos nueve"
    return _loadable(value, item, lang, checks)


def _loadable(value: str, item: Found, lang: str, checks: list[str]) -> str:
    """``value``, or the figure in digits when the value field would not read it (SPEC §6: the
    folder extract writes loads as a project): running text reads some figures the value field
    does not, so the reviewer gets a value that loads and a check that says what the quote wrote."""
    try:
        parse_quantity(value, lang)
        return value
    except QuantityError:
        pass
    if item.lower is None or item.lower != item.upper or item.lower != item.lower:
        return value
    digits = f"{item.lower:,.0f}" if item.lower == int(item.lower) else f"{item.lower:g}"
    digits = digits.replace(",", ".") if lang == "es" else digits
    checks.append(f"value (the quote's {value!r} written as {digits}, which the value field reads)")
    return digits


def _propose_figure(story: Story, reading: _Reading, line: Line, item: Found) -> Proposal | None:
    """The proposal of one figure of ``line``, or None for a figure that is no claim."""
    body, out = line.body, reading.out
    grouped = _as_thousands(story, reading, line, item)
    if grouped is not None:
        item = grouped[0]                     # "1,620 muertes": 1620, as the article writes thousands
    if any(a.start <= item.start and item.end <= a.end and (a.before or _CLAIMANTS_NUMBER.search(
            body, max(a.start, item.start - 40), item.start)) for a in line.said):
        # "One defected soldier told ...", "según los dos organismos de la ONU", "according to the two UN agencies":
        # the number describes the speaker
        return None
    if _EXPONENT.search(body, max(0, item.start - 2), item.start):
        return None   # "60,000 km^{2}": the unit's power, no figure
    if locates_a_place(body, item.start, item.end):
        return None   # "Tarn lies forty miles west of Brill", "Tarn se encuentra a 40 km de Brill": geography
    item = _compared_figure(body, item)
    joined = noun_after_qualifiers(body[item.end:item.end + 60], line.lang, item.counted)
    item = replace(item, counted=joined) if joined else item   # "8,410 suspected and confirmed cases": the cases
    if (item.lower, item.upper) in reading.values and OF_THE_SET.search(body, max(0, item.start - 16), item.start):
        return None   # "Of the 48 confirmed cases, nine are", "two out of the three": a total told before
    checks: list[str] = []
    claimant = reading.claimants.of_figure(line, item, story.opening, checks)
    own, cites = claimant, reading.claimants.cites
    if is_colour(body, item, line.lang, claimant):
        return None
    measure = is_measure(item.unit)
    if measure and is_dimension(body, item):
        return None   # "a 10-meter-long (33-foot) boat": the boat's size, no claim
    if _SPEAKERS.match(body, item.end):
        return None   # "two of those rescued, a Libyan and an Ethiopian, told authorities": who spoke, no claim
    # "45 °C", "640,8 l/m²": a measure by the symbol after its figure (a table's row read with its caption)
    symbol = symbol_measure(body, item.start, item.number_start, item.end,
                            table_caption(story.article.text, line.sentence.start))
    measure = measure or symbol is not None
    pop = counted_population(line, item, measure)
    crit = symbol or (measure_criterion(body, item.start, item.end, item.unit) if measure
                      else criterion(body, item.start, item.end, item.counted, line.lang))
    if not measure and item.counted is None:
        crit = subject_criterion(body[:item.start], item.text) or crit   # "la de heridos se elevó a 10"
    crit = criterion_of_part(line, item, out, crit) if not measure else crit
    pop, crit, measure = settle_population(line, item, pop, crit, measure, out)
    crit = crit if measure else of_strike(body, item.start, item.end, crit, item.unit == "percent",
                                          " ".join(line.nearby or [body]))   # "secundó la huelga el 35%"
    if not measure and not pop and crit is None and line.counted and out and out[-1].sentence == line.number and \
            out[-1].unit == item.unit and revises(body, line.counted[-1][0].end, item.start):
        pop, crit = list(out[-1].population), out[-1].criterion   # "el 16%, cifra que los sindicatos elevaron al 84%"
    if not measure and not pop and crit is None and item.counted is None and _CROWD_ROW.fullmatch(
            body, 0, item.start) and is_crowd_estimate(
            body, item.end, " ".join([story.article.title or "", *(line.nearby or [])]), criterion_of_word):
        pop, crit = ["people"], "protested"    # "12,000 (Police estimate)" in "2016 South Korean protests"
    if not measure and counts_places(pop) and _WHOLE_OF_PLACES.search(body, max(0, item.start - 40), item.start):
        crit = "total"   # "en 172 de los 262 municipios": all the country's, not those the event struck (GUIDE's dev)
    if not measure and no_count(line, item, pop):
        return None   # "Three in 10 marchers": a share; "15 de las 99 concentraciones superaron los 10.000": a bar
    if not measure and names_its_list(line, item, pop):
        return None   # "struck the province's two counties of Minxian and Zhangxian": the names' number, no claim
    if not measure and is_known_count(line, item, pop, _before(story, line, item)):
        return None   # "Los dos sismos dejaron 40 muertos": the article names the two quakes, the 40 is the count
    if not pop and not measure:
        checks.append("population")
    if crit is None:
        checks.append("criterion (what the number measures)" if measure else "criterion")
    is_part, total, *part = part_of(line, item, out, story.where, checks, crit, claimant)
    if total is not None and out[total].sentence != line.number and claimant is not None \
            and claimant != out[total].claimant and not names_its_total(line, item, out[total]):
        # "La Policía detuvo a cuatro personas. Las protestas ... fueron las de Valladolid (25.000), Valencia (24.000),
        # según las estimaciones policiales": a list sentences after a total that another claimant states breaks
        # down no total of its own (a breakdown belongs to the source that states its total)
        total = None
    if total is not None:
        # a part that names nothing of its own ("Paiporta (45)", "5 en la Región de Antofagasta") counts
        # what its total in the same sentence counts, whatever verb of the sentence is nearest (a total
        # sentences before does not say what "Las regiones con más casos son La Libertad (23.115)" count)
        pop, crit, claimant = take_from_total(out[total], pop, crit, claimant, checks,
                                              out[total].sentence == line.number and (
                                                  item.counted is None or is_bracketed_part(line, item))
                                              or says_who_only(line, item),
                                              lists_the_set_told_before(line, item, out[total]))
    elif claimant is None:
        claimant = reading.claimants.of_breakdown(line, checks)
    rated = rate_fields(line, item, out, pop, crit, is_part, total, checks)   # "el desempleo llegará al 25 %"
    if rated is None:
        return None   # "tiene un peso vital", "El IPC 7 provincias": no claim
    pop, crit, is_part, total = rated
    # (a temperature or a rain by its symbol is where its line says, as a count is: "20 June Karachi 45 °C")
    place, place_code = figure_place(story, line, item, claimant, measure and symbol is None, (part[0], part[1]),
                                     checks)
    if place is None and total is not None and out[total].place and "place" in checks:
        # "19,136 people died in Pakistan. Of the deaths, 17,388 were reported in Kashmir": within its total's place
        # (a part of no place would be compared with every place's figures)
        place, place_code = out[total].place, proposal_code(out[total])
        checks[checks.index("place")] = "place (its total's: the sentence names no place reconcile knows)"
    if place is not None and _worldwide(line, item, place, counts_places(pop)):
        # "la convocatoria realizada a nivel mundial en más de 82 países y 950 ciudades": the world's, not Santiago's
        place = place_code = None
        checks[:] = [c for c in checks if not c.startswith("place")] + [
            "place (none: the figure counts across the world, not in the article's or the sentence's place)"]
    if crit and not is_part and _more_of(line, item, crit, pop, place, out):
        # "At least 40 people died." then "Rescuers found 12 more bodies": 12 besides the 40, not a toll of 12 that
        # the project would set against the 40 (a criterion of its own keeps it in a topic of its own)
        checks.append(f"criterion ({crit + _MORE!r}: counted besides the {crit!r} figure told before, not "
                      "its total; add the two if the total is a claim)")
        crit += _MORE
    if is_forecast(body, item.start, item.end, item.number_start) and not _FORECAST_CRITERION.search(crit or ""):
        # "had estimated before the march that some 20,000 people would attend": what was expected, not a count of
        # the event (a criterion of its own keeps it from conflicting with the counts)
        expected = f"{crit}{_EXPECTED}" if crit else _EXPECTED[1:]
        checks[:] = [c for c in checks if c != "criterion"]
        checks.append(f"criterion ({expected!r}: a forecast made before the event, not a count of it)")
        crit = expected
    as_of = reading.days.as_of(story, line, item, crit, measure, checks)
    if _past_record(body, item, as_of, story.article.date or reading.days.period):
        return None   # "The previous record for Ostend was 488 mm in 1971": a record the event is set against
    proposal = Proposal(
        value=_value(item, grouped, reading.thousands_comma, checks, line.lang), quote=body, lang=line.lang,
        claimant=claimant, population=pop, criterion=crit, place=place, as_of=as_of,
        stated_on=reading.days.stated_on(line, item), start=line.sentence.start + item.start, checks=checks,
        unit=item.unit, counted=item.counted,
        city=place_code if place_code and is_city(place_code) else None)
    proposal.sentence = line.number
    proposal.cites = cites if cites and claimant == own else None
    if is_part and total is not None:
        proposal.part_of = total
        proposal.checks.append("part_of (a part of the total before it)")
        if line.date is None and out[total].as_of:
            proposal.as_of = out[total].as_of
    elif not is_part and not counts_places(pop) and not _EACH.match(body, item.end):
        line.total_index = len(out)       # not "cuatro municipios" of "... en cuatro municipios: Paiporta (45)"
    proposal.is_part = is_part
    # (nor "Málaga y Granada (30.000 en cada ciudad), Valladolid (25.000)": 30.000 is each city's, no total)
    proposal.each = bool(_EACH.match(body, item.end))
    return proposal


# the mark of a power before its figure, as an exported text writes a unit's square: "60,000 km^{2}", "km^2"
_EXPONENT = re.compile(r"\^\{?$")


# a number of claimants, in the phrase that names them: "según los dos organismos", "according to the two UN agencies"
_CLAIMANTS_NUMBER = re.compile(r"\b(?:according\s+to|seg[uú]n|de\s+acuerdo\s+(?:a|con))\s+(?:the|los|las)\s+$", re.I)


# a comparison with a figure the text names with its article: "well above the 24,634 of January", "muy por encima de
# los 24.634 de enero" (January's count, exact; not "above 24,634", a bound)
_COMPARED_WITH = re.compile(r"(?:above|below|over|under|(?:por\s+)?encima\s+de|(?:por\s+)?debajo\s+de)\s+"
                            r"(?:the|los|las|el|la)\s+$", re.I)


def _compared_figure(body: str, item: Found) -> Found:
    """``item``, or the exact figure a comparison names when the scanner read the comparison as a bound of it."""
    if item.qualifier not in ("more-than", "less-than") or item.lower is None and item.upper is None or \
            not _COMPARED_WITH.fullmatch(body, item.start, item.number_start):
        return item
    figure = item.lower if item.lower is not None else item.upper
    return replace(item, start=item.number_start, text=body[item.number_start:item.end], lower=figure, upper=figure,
                   lower_inclusive=True, upper_inclusive=True, qualifier="exact")


# a record named as the subject its figure is told of: "The previous record high rainfall for Ostend was", "The highest
# 24-hour rainfall in Varnholt was", "El récord anterior de Sevilla era" (not "The highest wind gust was 140 km/h",
# the event's own peak: ``_past_record`` wants the figure dated before the event)
_RECORD_SUBJECT = re.compile(
    r"(?:^|[;:]\s*|\]\s*)(?:the|el|la)\s+(?:previous\s+|former\s+|old\s+|earlier\s+|all[\s-]time\s+)?"
    r"(?:record|highest|heaviest|largest|biggest|greatest|hottest|wettest|coldest|lowest|strongest|"
    r"r[eé]cord|m[aá]xim[oa]|mayor)\b[^.;:]{0,90}?\s(?:was|were|had\s+been|stood\s+at|fue|era|hab[ií]a\s+sido)\s+"
    r"(?:\d[^()]{0,30}\(\s*)?$",      # (and its conversion in brackets: "was 1,032 mm (40.6 inches)")
    re.I)


def _past_record(body: str, item: Found, as_of: str | None, event: str | None) -> bool:
    """Whether ``item`` is a record the text sets the event against: the figure a record or a superlative is told to
    have been ("The previous record ... was 488 mm in 1971", "The highest 24-hour rainfall in Varnholt was 1,032 mm
    ... in 1961"), dated in a year before the event's (GUIDE: a figure the text uses as a comparison with a past
    event is no claim)."""
    if not as_of or not event or as_of[:4] >= event[:4]:
        return False
    return _RECORD_SUBJECT.search(body, max(0, item.start - 140), item.start) is not None


# the whole of a partitive, after its part: "26 de los 32 departamentos", "20 of the 32 states", "in 20 of Mexico's 32"
# (a count of its own, the total, not one of the places the event struck)
_WHOLE_OF_PLACES = re.compile(r"\d[\d.,]*\s+(?:of|out\s+of|de|entre)\s+(?:the|los|las|[A-ZÁÉÍÓÚÑ][\w-]*['’]s)\s+$")


# a figure that is the subject of a verb of telling, past its set and an aside: "two of those rescued, a Libyan and an
# Ethiopian, told authorities", "Three survivors recounted", "dos de los rescatados, un libio y un etíope, contaron"
# what may stand before a crowd's bare estimate on its line: nothing, or a crowd's label ("Number:", "Turnout:",
# "Asistentes:"); not another thing's ("Ticket sales: 12,000 (organiser estimate)")
_CROWD_ROW = re.compile(r"\s*(?:(?:number|numbers|crowd|crowd\s+size|attendance|turnout|participants|protesters|"
                        r"demonstrators|marchers|n[uú]mero|cifra|asistentes|asistencia|participantes|manifestantes)"
                        r"\s*:?\s*)?", re.I)
_SPEAKERS = re.compile(r"(?:\s+(?:of|de)\s+(?:the|those|these|them|los|las|ellos|ellas|estos|estas)"
                       r"(?:\s+[^\W\d_]+)?)?(?:\s+[^\W\d_]+)?\s*(?:,[^,\d]{1,50},\s*)?"
                       r"(?:told|recounted|recalled|testified|contaron|relataron|declararon\s+a)\s", re.I)


# the whole world, said of a figure: "a nivel mundial en más de 82 países", "in 600 cities around the world"
_WORLD = (r"\b(?:worldwide|world-wide|globally|around\s+the\s+(?:world|globe)|across\s+the\s+(?:world|globe)|"
          r"in\s+the\s+world|en\s+el\s+mundo|a\s+nivel\s+mundial|en\s+todo\s+el\s+mundo|de\s+todo\s+el\s+mundo|alrededor\s+del\s+mundo|"
          r"mundialmente)\b")
_WORLD_BEFORE = re.compile(_WORLD + r"[^.;:]{0,60}$", re.I)
_WORLD_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+" + _WORLD, re.I)
# the world a superlative ranks something in, not where a figure is counted: "the deadliest attack in the world", "one
# of the most dangerous places in the world", "uno de los peores desastres a nivel mundial", "el ataque más mortífero"
# (an article before it: "in most cities around the world" is no superlative)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:the|el|la|los|las)\s+(?:[^\W\d_]+\s+)?(?:most|least|worst|best|"
                                 r"[^\W\d_]+iest|(?:larg|bigg|great|high|low|long|strong|old|rich|poor|fast|tall|small|"
                                 r"hott|cold|wid|dens|safe|strict|bright)est|m[aá]s|menos|peor(?:es)?|mayor(?:es)?|"
                                 r"menor(?:es)?)(?:\s+[^\W\d_]+){0,3}\s+$", re.I)


def _worldwide(line: Line, item: Found, place: str, of_places: bool) -> bool:
    """Whether ``item`` is a figure of the whole world, which the text says of it, and not of ``place``: a count of
    countries or cities so told, or a figure so told whose place the sentence does not name after the words that say
    it ("protests in 600 cities around the world drew a million people, 100,000 of them in London": London's)."""
    body = line.body
    world = _WORLD_BEFORE.search(body, max(0, item.start - 80), item.start) or _WORLD_AFTER.match(body, item.end)
    if world is None or _SUPERLATIVE_BEFORE.search(body, max(0, world.start() - 60), world.start()):
        return False
    named = any(name == place or code == place for code, name, at in line.places if at >= world.start())
    return of_places or not named


def _before(story: Story, line: Line, item: Found) -> str:
    """The title and the article's text before ``item``."""
    return f"{story.article.title or ''}\n{story.article.text[:line.sentence.start + item.start]}"


#: the criterion's qualifier of a figure counted besides one told before ("12 more bodies": dead-additional)
_MORE = "-additional"
#: the criterion's qualifier of a figure expected before the event ("20,000 people would attend": protested-expected)
_EXPECTED = "-expected"
# a criterion that names a forecast already: "rainfall-forecast" ("up to 200 mm" of rain expected), "protested-expected"
_FORECAST_CRITERION = re.compile(r"(?:^|-)(?:forecast|expected)(?:-|$)")


def _more_of(line: Line, item: Found, crit: str, pop: list[str], place: str | None, out: list[Proposal]) -> bool:
    """Whether ``item`` counts more of what a figure of an earlier sentence counted ("another 12", "12 more", "otros
    48"), in the same place or in none the sentence names of its own ("about 10,000 more deaths in Bogale" after 80,000
    in Labutta is Bogale's count, not an increment)."""
    if not is_increment(line.body, item.start, item.end, item.number_start):
        return False
    if any(f.end <= item.start for f in line.found) and not (
            out and out[-1].sentence == line.number and (out[-1].criterion or "").endswith(_MORE)):
        # "212 personas perdieron la vida y otras 1800 resultaron heridas": others than the 212 (but "Nueve personas
        # más murieron y otras ocho resultaron heridas": eight more injured, as the nine are more dead)
        return False
    # (of what it counted: "al menos otras nueve ciudades" after a crowd are other cities, no more people)
    earlier = next((p for p in reversed(out) if p.criterion == crit and p.unit == item.unit
                    and p.population == pop), None)
    if earlier is None or earlier.sentence == line.number:
        return False  # (in one sentence, "una en estado grave, y otras cuatro": the others of a breakdown)
    own = place is not None and any(place in (code, name) for code, name, _ in line.places)
    return not own or place == earlier.place


def propose(article: Article, lang: str | None = None) -> list[Proposal]:
    """Every claim a reader would list from ``article``, in reading order. An article dated by
    its month or year alone ("date: 1983") gives the year of the days its text names without one
    ("On 14 March": 1983-03-14), but no day its weekdays and "yesterday" count from; a claim the
    text dates no closer is dated by that month or year."""
    period = article.date if article.date and len(article.date) < 10 else None
    if period is not None:
        article = replace(article, date=None)
    out = _propose(article, lang, period)
    if period is None:
        return out
    kind = "year" if len(period) == 4 else "month"
    for proposal in out:
        if proposal.as_of is None:
            proposal.as_of = period
            proposal.checks = [c for c in proposal.checks if c != "as_of"] + [
                f"as_of (the article's date, which gives only the {kind})"]
    return out


# a figure each of several places counts: "three each in Hyderabad, Kurnool and Chittoor", "Zaragoza y Sevilla
# (con 40.000 asistentes cada una)"
# "(30.000 en cada ciudad)", "200 in each town" too
_EACH = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:each|apiece|cada\s+un[oa]|"
                   r"(?:in|en|per|por)\s+(?:each|every|cada)\s+[^\W\d_]+)\b", re.I)
_EACH_IN = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+each\s+(?:in|at)\s+|(?:\s+[^\W\d_]+){0,2}?\s+en\s+cada\s+un[oa]\s+"
                      r"de\s+", re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)(?:(?:the|la|el)\s+)?")


def _each_place(line: Line, item: Found, proposal: Proposal) -> list[Proposal]:
    """``proposal``, once for each place of a list its figure counts each of ("three each in Hyderabad,
    Kurnool and Chittoor": three claims of three), or alone. The list is the one the figure names right
    after "each in", or the one right before the brackets the figure stands in ("Zaragoza y Sevilla (con
    40.000 asistentes cada una)")."""
    body = line.body
    if not _EACH.match(body, item.end):
        return [proposal]
    named = sorted(specific(line.places), key=lambda p: p[2])
    listed: list[tuple[str, str, int]] = []
    after = _EACH_IN.match(body, item.end)
    if after is not None:
        at = after.end()
        for place in (p for p in named if p[2] >= at):
            if place[2] != at and not _LIST_JOIN.fullmatch(body, at, place[2]):
                break
            listed.append(place)
            at = place[2] + len(place[1])
    else:
        bracket = body.rfind("(", 0, item.start)
        if bracket < 0 or ")" in body[bracket:item.start]:
            return [proposal]
        end = bracket
        for place in reversed([p for p in named if p[2] + len(p[1]) <= bracket]):
            if not re.fullmatch(r"\s*", body[place[2] + len(place[1]):end]) and \
                    not _LIST_JOIN.fullmatch(body, place[2] + len(place[1]), end):
                break
            listed.insert(0, place)
            end = place[2]
    if len(listed) < 2:
        return [proposal]
    out = []
    for code, name, _ in listed:
        value = place_value(code, name)
        out.append(replace(proposal, place=value, city=code if is_city(code) else None,
                           checks=[*proposal.checks, f"place (one of the places the figure counts each of: {name})"]))
    return out


# a claimant of two names joined ("according to police and unions", "según la Policía y los sindicatos"), and a bare
# range's two ends ("22,000 to 55,000", "4.000 a 6.000", "4,000-6,000"): a range its words mark as one ("between 5,000
# and 8,000", "entre 4.000 y 6.000", "from ... to", "de ... a") is one range, whoever states it
_TWO_NAMED = re.compile(r"(.+?)\s+(?:and|y|e)\s+(?:(?:the|los|las|la|el)\s+)?(.+)", re.I)
_RANGE_ENDS = re.compile(r"(?!(?:from|de|desde|between|entre)\s)(.+?)\s*(?:\s(?:to|a)\s|[-–—])\s*(.+)", re.I)


# a range whose two ends the text cites apart: "estimates range from 2.8 million[7] to 4.5 million [8]" (each end its
# own reference mark: two estimates, not one range)
_CITED_ENDS = re.compile(r"(?:from|de|desde|between|entre)\s+(.+?)\s*(?:\[\d+\])+\s*(?:to|a|hasta|and|y)\s+(.+)", re.I)
_CITED_AFTER = re.compile(r"\s*\[\d+\]")


def _cited_ends(line: Line, item: Found, proposal: Proposal) -> list[Proposal] | None:
    """Two claims of a range whose ends each carry a reference mark ("from 2.8 million[7] to 4.5 million [8]
    customers"): the figures of two sources the text cites, not one range one of them states; None for any other."""
    ends = _CITED_ENDS.fullmatch(line.body, item.start, item.end) if item.qualifier == "range" else None
    if ends is None or not _CITED_AFTER.match(line.body, item.end):
        return None
    return [replace(proposal, value=value, checks=[
        *proposal.checks, f"value ({value!r}: one end of {proposal.value!r}, each end cited to its own reference)"])
        for value in (ends.group(1), ends.group(2))]


def _paired_ends(line: Line, item: Found, proposal: Proposal) -> list[Proposal]:
    """``proposal``, or, for a range in brackets ("Lyon (22,000 to 55,000)") that two claimants joined state
    ("according to police and unions"), one claim of each end, the low end the first's and the high end the
    second's (the figures of two claimants, not one range of one: a dispute, not a bound). A range in brackets
    that one claimant states keeps its range, with a check that its ends may be two claimants'."""
    body = line.body
    cited = _cited_ends(line, item, proposal)
    if cited is not None:
        return cited
    if item.qualifier != "range" or body.rfind("(", 0, item.start) <= body.rfind(")", 0, item.start):
        return [proposal]
    names = _TWO_NAMED.fullmatch(proposal.claimant or "")
    ends = _RANGE_ENDS.fullmatch(proposal.value)
    if names is None or ends is None or "," in names.group(1):
        proposal.checks.append("value (a range in brackets: where the text gives its low end to one claimant and its "
                               "high end to another, propose one claim of each)")
        return [proposal]
    return [replace(proposal, value=value, claimant=name, part_of=None, is_part=False, checks=[
        *[c for c in proposal.checks if not c.startswith("part_of")],
        f"claimant ({name!r}: the {end} end of {proposal.value!r}, which the text gives to "
        f"{proposal.claimant!r}, the first named the low one's; check the text says whose is whose)"])
        for value, name, end in ((ends.group(1), names.group(1), "low"), (ends.group(2), names.group(2), "high"))]


def _propose(article: Article, lang: str | None, period: str | None = None) -> list[Proposal]:
    # each sentence in the language quantities_in_text reads it in (running.sentences: its own words', else, when
    # short, its paragraph's, else the whole text's), or the one given
    all_sentences = sentences(article.text, None)
    story = _story(article, all_sentences)
    reading = _Reading(Claimants.of_title(article.title or ""), Days(last=article.date, period=period))
    written: dict[str, str] = {}   # city code -> the name the article first writes it by
    for number, sentence in enumerate(all_sentences):
        section = _section_place(article.text, sentence)
        if section is not None:
            story = replace(story, where=section)    # "BANGLADESH", "GUATEMALA: ACTIVIDAD VOLCÁNICA": a section's
        line = _line(story, reading, number, replace(sentence, lang=lang) if lang else sentence)
        for code, name, at in line.places:
            if is_city(code) and line.body[at:at + len(name)] == name:
                written.setdefault(code, name)
        # (a page's heading, "500 civilian deaths reported", titles its section as the title does the article: no
        # claims of its own; the text's lines are read on, for the days and speakers they name)
        for item in () if article.heading_at(sentence.start) else line.found:
            proposal = _propose_figure(story, reading, line, item)
            again = reading.claimants.also_given_by(line, item, proposal.claimant) if proposal is not None else None
            if proposal is not None:
                reading.out.extend(each for one in _paired_ends(line, item, proposal)
                                   for each in _each_place(line, item, one))
                if again is not None:       # "80.000 ..., la misma cifra que da la Policía": the Policía's too
                    reading.out.append(replace(proposal, claimant=again, cites=None, checks=[
                        *proposal.checks, f"claimant ({again!r} gives the same figure, named after it)"]))
                reading.values.add((item.lower, item.upper))
                line.counted.append((item, proposal.population))
        reading.claimants.after(line, article.text)
        reading.days.after(line)
    parts_told_after(reading.out)
    _total_over_its_parts(reading.out)
    return _named_as_written(reading.out, written, article.text)


def _total_over_its_parts(proposals: list[Proposal]) -> None:
    """A total is not in the place of one of its parts: "Más de 500 ... han cruzado a Colombia ...:
    Norte de Santander (415), Orinoquía (46), ..." had put the 500 in Norte de Santander, where its
    first part is. It is in the country of its parts (every part in one country), else unplaced."""
    parts: dict[int, list[Proposal]] = {}
    for proposal in proposals:
        if proposal.part_of is not None:
            parts.setdefault(proposal.part_of, []).append(proposal)
    for index, listed in parts.items():
        total = proposals[index]
        codes = [proposal_code(p) for p in listed]
        # a list of places (two or more), the total's among them; not parts that took the total's place
        # ("nine died in Khyber Pakhtunkhwa, including two children"), nor a town of the total's name
        # in its province ("Alicante capital (12)" of the 90 "en la provincia de Alicante")
        if proposal_code(total) is None or proposal_code(total) not in codes or len(set(codes)) < 2 or \
                len(re.findall(rf"(?i)\b{re.escape(total.place or '')}\b", total.quote)) > 1:
            continue   # (a place the sentence names again, outside its list, is the total's own)
        countries = {country_of(c) for c in codes if c}
        total.place = countries.pop() if len(countries) == 1 and len(codes) == len(listed) else None
        total.city = None
        total.checks.append("place (the total's: its parts are each in a place of their own)")


def _named_as_written(proposals: list[Proposal], written: dict[str, str], text: str) -> list[Proposal]:
    """A city a proposal names by its gazetteer's name, which the article does not write ("la capital
    de Cuba": Havana), named as the article writes it elsewhere ("La Habana"): GUIDE § place, a city's
    name as the text writes it, in the text's language."""
    out, folded = [], text.casefold()
    for proposal in proposals:
        city = proposal.city
        name = written.get(city) if city else None
        if city and name is not None and proposal.place and proposal.place.casefold() not in folded:
            proposal = replace(proposal, place=place_value(city, name))
        out.append(proposal)
    return out
