"""Raw claims -> the normalized claims frame (``model.CLAIM_COLUMNS``).

Every check that needs only the project's own files happens here, and the first broken claim
stops the run with its file, line, field and the fix: values become intervals, places codes,
sources ids, dates ISO 8601. Checks that are about the data rather than the file format
(future dates, bounds) belong to the expectation suites.

The work is done column by column on the distinct values of each column (a claims file
repeats its topics, places, dates and even values; ``columns.Mapped``), so a million claims
normalize in seconds.
"""
from __future__ import annotations

import dataclasses
import datetime
import difflib
import functools
import hashlib
import json
import re
from pathlib import PurePath
from typing import Any, Callable, Iterable, Mapping, Protocol

import numpy as np
import pandas as pd

from reconcile.claims.columns import (
    MAPPING,
    Located,
    Mapped,
    Mapper,
    NotText,
    is_blank,
    map_distinct,
    scalar_text,
    value_text,
)
from reconcile.errors import InputError, QuantityError, ReconcileError
from reconcile.sources.lookalike import mixed_scripts
from reconcile.sources.settings import quantity_config
from reconcile.model.records import CLAIM_COLUMNS, CLAIM_FIELDS, Project, QuantityConfig, Topic
from reconcile.model.names import (Ambiguous, PlaceIndex, SourceIndex, capped_slug, closest_source, parse_date,
                                    fold_name, parse_flag, population_words, shown_name, slugify)
# the helper process's work, kept free of pandas (``values``); named here too, as ``engine.values`` imports them
from reconcile.claims.values import LIKELY, VALUE_ROW, parse_keys  # noqa: F401
from reconcile.claims.values import as_row as _as_row, parse_key as _parse_key
from reconcile.sources.project import Loaded
from reconcile.sources.tables import TABLE_SUFFIXES

LANGS = ("en", "es")

#: where a ClaimReview (JSON-LD) file gives each required field
CLAIMREVIEW_HINTS = {
    "topic": 'give the ClaimReview an "about": {"identifier": "<topic id from sources/_topics.yaml>"}',
    "value": 'write the claim, with its one number, in "claimReviewed"',
}


def _names_a_claim_of(what: str) -> Callable[[Any], str]:
    return lambda value: f'part_of "{value}" names a claim of {what}'


def _missing(name: str) -> Callable[[Any], str]:
    return lambda value: f'missing required field "{name}" in claim'


# --- the raw frame ---------------------------------------------------------------------------

def raw_frame(loaded: Loaded) -> pd.DataFrame:
    """YAML claims and table claims in one frame of the fields as written (object columns;
    an absent field is None or NaN: every reader below treats both as missing)."""
    parts = []
    if loaded.claims:
        parts.append(pd.DataFrame.from_records(loaded.claims))
    parts.extend(t for t in loaded.tables if len(t))
    if not parts:
        parts = [pd.DataFrame({"_source": [], "_file": [], "_line": []})]
    raw = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    for name in CLAIM_FIELDS + ("_lines",):  # every field a claim may have as written
        if name not in raw.columns:
            raw[name] = None
    return raw.astype({name: object for name in CLAIM_FIELDS + ("_lines",)})


_SPACE = re.compile(r"\s")


def _check_breakdowns(located: Located, ids: pd.Series, id_index: pd.Index, sources: pd.Series,
                      topics: pd.Series, part_of: pd.Series) -> None:
    """A part names a claim (``ids`` are unique by now), a total of the same source and topic,
    and no claim is, through its totals, a part of itself."""
    has = part_of.notna().to_numpy()
    if not has.any():
        return
    parts = np.flatnonzero(has)                                  # positions (the frame's index is 0..n-1)
    totals = id_index.get_indexer(part_of.to_numpy()[has])
    at = pd.Series(False, index=ids.index)
    at.iloc[parts[totals < 0]] = True
    if at.any():
        written = str(part_of[at].iloc[0])
        # the near ids of the same source first: a part belongs to its source's total
        own = ids[(sources == sources[at].iloc[0]).to_numpy()].astype(str).tolist()
        close = difflib.get_close_matches(written, own, n=1, cutoff=0.6) or \
            difflib.get_close_matches(written, ids.astype(str).tolist()[:100_000], n=1, cutoff=0.8)
        located.fail(at, "part_of", lambda v: f'part_of "{v}" names no claim',
                     hint=(f'did you mean "{close[0]}"? ' if close else "")
                     + "give the id of the total this claim is a part of")
    for values, what, hint in (
            (sources, "another source", "a breakdown belongs to the source that states the total; compare "
                                        "other sources' figures through their scopes instead"),
            (topics, "another topic", "give the part the total's topic")):
        column = values.to_numpy()
        at[:] = False
        at.iloc[parts[column[parts] != column[totals]]] = True
        located.fail(at, "part_of", _names_a_claim_of(what), hint=hint)
    # a part of itself: follow every chain of totals at once; chains are short, so after a few
    # steps only the chains that loop are left, and those are walked one by one for the message
    parent = np.full(len(ids), -1)
    parent[parts] = totals
    active, current = parts, totals
    for _ in range(32):
        keep = current >= 0
        active, current = active[keep], parent[current[keep]]
        if not len(active):
            return
    chain_of = dict(zip(ids.to_numpy()[parts], part_of.to_numpy()[parts]))
    for position in active:
        start = ids.iloc[position]
        seen, current_id = {start}, chain_of.get(start)
        while current_id is not None:
            if current_id in seen:
                raise InputError(f'part_of makes "{start}" a part of itself ({current_id} is already in its '
                                 f'chain)', **located.where(ids.index[position], "part_of"),
                                 hint="a part must name a larger total")
            seen.add(current_id)
            current_id = chain_of.get(current_id)


class _Mistake:
    """A via or cites that names no declared source (``suggestion``: the near miss, if any), or
    a name that several sources give (``shared``: their ids)."""

    def __init__(self, suggestion: str | None, shared: list[str] | None = None) -> None:
        self.suggestion = suggestion
        self.shared = shared or []


def _reference(written: str, names: SourceIndex, declared: Mapping[str, Any]) -> Any:
    """The id of the declared source a ``via`` or ``cites`` names (by id, name or alias), or a
    _Mistake: every source a claim points at must be declared, or a typo ("cites: aa" for
    "a", "Ministerio de Defenza") would pass for a new outlet and hide circular reporting."""
    shared = names.sharing(written)
    if shared:
        return _Mistake(None, shared)
    found = names.resolve(written)
    if found is not None:
        return found
    return _Mistake(closest_source(written, declared.values()))


#: a number grouped in thousands by dots alone ("500.000", "1.234.567"), no decimal comma after it
_DOT_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")
#: a topic's units that count (people or things): a value of them is a whole number
COUNT_UNITS = frozenset({"count", "people"})
#: the currencies whose smallest coin is a thousandth (ISO 4217 minor unit 3): "1.500 KWD" may be 1.5 dinars
_THOUSANDTHS = frozenset("BHD IQD JOD KWD LYD OMR TND".split())


def _whole_money(topic: Topic) -> bool:
    """Whether a topic counts money that is never written to three decimals (``_DOT_THOUSANDS``)."""
    kind, code = _unit_name(topic.unit)
    return kind == "currency" and code not in _THOUSANDTHS


class ValueParser(Protocol):
    """A function that does ``parse_keys(keys, config)`` elsewhere (the Spark engine's executors)."""

    def __call__(self, keys: list, config: QuantityConfig) -> list: ...


# --- build ---------------------------------------------------------------------------------

def build_frame(loaded: Loaded, *, parallel: bool = False, meanwhile: Callable[[], Any] | None = None,
                parse_values: ValueParser | None = None, map_values: Mapper | None = None,
                rows_only: bool = False) -> tuple[Project, pd.DataFrame]:
    """Check and normalize every raw claim; return the project and the claims frame.

    ``parallel``: parse the distinct stated values of a large project partly in a helper
    process (``reconcile.runtime.parallel``; the command line does this, a script opts in and must
    guard its entry point). ``meanwhile``: other work for this process while the helper parses
    (the command line imports Great Expectations there). It runs only alongside a helper, at
    most once; an error it raises is raised after every claim has been checked.
    ``parse_values``: parses the distinct stated values instead of this process and its helper,
    as ``parse_keys`` does (the Spark engine: in the executors); the rest is the same.
    ``map_values``: how the distinct populations, criteria, places, dates, via and cites are
    normalized (``columns.Mapper``; the Spark engine's: in the executors); by default here.
    ``rows_only``: only the checks of each claim on its own (the Spark engine runs this on each
    chunk of a table in an executor): no duplicate ids or part_of targets, which need every claim.
    """
    config = quantity_config(loaded.settings)
    places = PlaceIndex(loaded.places.values())
    named = {}
    for place in loaded.places.values():
        if place.parent and not places.known(place.parent):
            # a parent written as a place's name, or a code in lowercase ("Orinoquía", "co"): its code
            code = places.resolve(place.parent)
            if isinstance(code, str):
                named[place.id] = dataclasses.replace(place, parent=code)
                continue
            close = places.closest(place.parent)
            raise InputError(f'parent "{place.parent}" of place "{place.id}" is not a known place',
                             file=place.file, line=place.parent_line or place.line, field="parent",
                             hint=(f"did you mean {places.describe(close)}? Or " if close else "")
                             + "use an ISO 3166 code or a place declared in _places.yaml")
    if named:
        loaded.places.update(named)
        places = PlaceIndex(loaded.places.values())
    for place in loaded.places.values():
        chain, current = [place.id], place.parent
        while current in loaded.places:
            if current in chain:
                raise InputError(f'places contain each other in a loop: {" -> ".join(chain + [current])}',
                                 file=place.file, line=place.parent_line or place.line, field="parent",
                                 hint="a place's parent must be a larger place")
            chain.append(current)
            current = loaded.places[current].parent
    names = SourceIndex(loaded.sources.values())
    raw = raw_frame(loaded)
    try:
        return _build(loaded, raw, config, places, names, parallel=parallel, meanwhile=meanwhile,
                      parse_values=parse_values, map_values=map_values, rows_only=rows_only)
    except (InputError, QuantityError) as exc:
        def again(earlier: pd.DataFrame) -> None:
            _build(loaded, earlier, config, places, names, parse_values=parse_values, map_values=map_values,
                   rows_only=True)
        raise first_in_file(raw, exc, again) from None


def first_in_file(raw: pd.DataFrame, exc: ReconcileError, again: Callable[[pd.DataFrame], Any]) -> ReconcileError:
    """The first error of ``exc``'s file in file order (README: "only the first one, in file
    order"): the checks run field by field, so a later row's unknown topic is found before an
    earlier row's bad value. ``again`` runs each claim's own checks on the file's rows above the
    failing one; an error there is earlier, and is narrowed the same way (each round leaves out
    at least the check that failed, so there are few). ``exc`` itself when no earlier row fails."""
    while exc.file is not None and exc.line is not None:
        same = (raw["_file"] == exc.file).to_numpy()
        lines = raw["_line"].to_numpy()
        above = same & (lines <= exc.line)      # a YAML error names its field's line, below its claim's
        if not above.any():
            break
        earlier = same & (lines < lines[above].max())
        if not earlier.any():
            break
        raw = raw[earlier].reset_index(drop=True)
        try:
            again(raw)
        except (InputError, QuantityError) as found:
            if found.file != exc.file or found.line is None or found.line >= exc.line:
                break
            exc = found
            continue
        break
    return exc


def _build(loaded: Loaded, raw: pd.DataFrame, config: Any, places: PlaceIndex, names: SourceIndex, *,
           parallel: bool = False, meanwhile: Callable[[], Any] | None = None,
           parse_values: ValueParser | None = None, map_values: Mapper | None = None,
           rows_only: bool = False) -> tuple[Project, pd.DataFrame]:
    """``build_frame`` of the raw claims ``raw``: their first error by check, or the project
    and the claims frame."""
    topics = dict(loaded.topics)
    located = Located(raw)
    out: dict[str, Any] = {}

    texts = Mapped(raw["value"], value_text)  # the value column factorized once, for both uses
    for name in ("topic", "value"):
        blank = is_blank(raw[name]) if name == "topic" else texts.mask(lambda v: v is None or v == "" or (
            isinstance(v, str) and v.isspace()))
        if blank.any():
            first_file = str(raw.at[blank.idxmax(), "_file"]).lower().rstrip("/")
            in_claimreview = first_file.endswith((".json", ".jsonld"))
            in_table = first_file.endswith((".csv", ".tsv", ".xlsx", ".parquet"))
            hint = (CLAIMREVIEW_HINTS[name] if in_claimreview
                    else f"fill the row's {name} cell (a cell that holds a formula with no saved result reads as "
                         "empty: open and save the workbook in a spreadsheet program, or write the value)"
                    if name == "value" and first_file.endswith(".xlsx")
                    else f"fill the row's {name} cell" if in_table
                    else f'add "{name}: ..." to the claim')
            located.fail(blank, name, _missing(name), hint=hint)

    topic = scalar_text(located, raw, "topic")
    if topics:
        unknown = ~topic.isin(list(topics))
        if unknown.any():
            written = str(topic[unknown].iloc[0])
            close = difflib.get_close_matches(written, list(topics), n=1, cutoff=0.6)
            listed = sorted(topics)
            known = ", ".join(listed[:8]) + (f" and {len(listed) - 8} more" if len(listed) > 8 else "")
            located.fail(unknown, "topic", lambda v: f'unknown topic "{v}"',
                         hint=(f'did you mean "{close[0]}"? Or ' if close else "")
                         + f"declare it in sources/_topics.yaml; known topics: {known}")
    else:
        topics = {t: Topic(id=t, title=t) for t in sorted(topic.unique())}

    known_sources = set(loaded.sources)
    located.fail(~raw["_source"].isin(known_sources), "source",
                 lambda v: f'source "{v}" is not declared' if v else "missing source",
                 hint="declare it in sources/<id>.yaml (source: {id: ..., name: ...})"
                      + (f", or use a declared id: {', '.join(sorted(known_sources)[:8])}" if known_sources else ""))

    lang = scalar_text(located, raw, "lang")
    if lang.notna().any() and not lang.dropna().isin(LANGS).all():
        # a regional tag ("es-MX": "1,200" is 1,200 there, as the parser reads it; N7 D2) as BCP 47 writes it
        from reconcile.quantities.lexicon import language_tag

        tags = lang.map(lambda v: language_tag(v) if isinstance(v, str) else None)
        located.fail(lang.notna() & tags.isna(), "lang", lambda v: f'unknown language "{v}"',
                     hint="use en or es, or a regional tag of one of them (es-MX, es-CO, en-GB)")
        lang = tags.where(lang.notna(), lang)
    # no lang: the quote, the words the number was stated in, tells the language ("1.200" differs)
    quotes = scalar_text(located, raw, "quote")
    unset = lang.isna() & quotes.notna()
    if unset.any():
        from reconcile.quantities.parse import detect_lang

        lang = lang.copy()
        lang[unset] = map_distinct(quotes[unset], lambda q: LIKELY + detect_lang(q) if q else None)
    # nor a quote: a count written with dots before three digits ("500.000", "unos 95.000") is Spanish
    # thousands, as nobody writes a count of 500 people as "500.000" in English (it had been 500, a
    # value-conflict with "más de medio millón" 1,000 times apart). Money too: no language writes an
    # amount to three decimals, so "1.000 pesos" is a thousand pesos (it had been 1). Other units, and
    # the few currencies whose cents are thousandths (KWD), keep the decimal point: read as English, as
    # the parser would not read a figure alone with no language given ("2.500" is 2.5 or 2,500).
    unset = lang.isna()
    if unset.any():
        dotted = unset & texts.series.map(lambda v: isinstance(v, str) and _DOT_THOUSANDS.search(v) is not None)
        if dotted.any():
            counting = {t for t, declared in topics.items() if declared.unit in COUNT_UNITS or _whole_money(declared)}
            counted = topic.isin(list(counting))
            lang = lang.copy()
            lang[dotted & counted] = LIKELY + "es"
            lang[dotted & ~counted] = LIKELY + "en"

    # values: parsed once per distinct (text, lang)
    not_text = texts.mask(lambda v: isinstance(v, NotText))
    if not_text.any():
        kind = texts.series[not_text].iloc[0].kind
        located.fail(not_text, "value", lambda v: f"a stated value must be a number or text, not a {kind}",
                     hint='write one value, e.g. value: "more than 500", and a range as "between 95,000 and 150,000"')
    text = texts.series
    lang_codes, langs = pd.factorize(lang, use_na_sentinel=True)
    width = len(langs) + 1  # each (text, lang) pair as one integer: no million key strings
    pair_codes, pairs = pd.factorize(texts.codes.astype(np.int64) * width + lang_codes + 1)
    keys = [None if p < 0 else (texts.results[p // width], langs[p % width - 1] if p % width else None)
            for p in pairs]

    # The values are parsed (by a helper process too, on a large project) while this process
    # checks the other fields and does the caller's work; a bad value is still reported first.
    parse = functools.partial(parse_values or parse_keys, config=config)
    if parallel and parse_values is None:
        from reconcile.runtime.parallel import start_chunks

        work = start_chunks(parse, keys)
    else:
        from reconcile.runtime.parallel import Chunks

        work = Chunks(parse, keys)
    meanwhile_failed: list[BaseException] = []
    with work:
        held: ReconcileError | None = None
        try:
            fields = _other_fields(loaded, raw, located, places, names, topic, map_values, rows_only)
        except ReconcileError as exc:
            held = exc
        if held is None and meanwhile is not None and work.helped:
            try:  # its error waits until the values are checked: an input error is seen first
                meanwhile()
            except Exception as exc:
                meanwhile_failed.append(exc)
        parsed = work.results()
    rows, errors = _settle(keys, parsed, config)
    if errors:
        first = int(np.argmax(np.isin(pair_codes, list(errors))))  # the first claim with one
        index = raw.index[first]
        error = errors[pair_codes[first]]
        raise QuantityError(text[index], error.reason, **located.where(index, "value"),
                            hint=error.hint)
    if held is not None:
        raise held
    _check_units(loaded, raw, located, topic, [row[7] if row else None for row in rows], pair_codes)
    _check_shares(loaded, raw, located, topic, rows, pair_codes)
    taken = {name: column[pair_codes] for name, column in _value_columns(rows)}
    out = {
        "topic": topic, "text": text, "source": raw["_source"].astype(str), "quote": quotes,
        "note": scalar_text(located, raw, "note"),
        **taken, **fields, "file": raw["_file"].astype(str), "line": raw["_line"].astype("int64"),
    }
    frame = pd.DataFrame({name: out[name] for name in CLAIM_COLUMNS}, index=raw.index, copy=False)
    if meanwhile_failed:
        raise meanwhile_failed[0]
    if not rows_only and loaded.whole and any(t.criteria for t in topics.values()):
        check_criteria(topics, zip(frame["topic"], frame["criterion"]))
    project = loaded.project(topics=topics, quantity_config=config)
    return project, frame


def check_criteria(topics: Mapping[str, Topic], stated: Iterable[tuple[str, str | None]]) -> None:
    """SPEC §3: an unknown id in a topic's ``criteria`` is an error. A criterion named there is
    known when a claim of the topic states it, or when it links two rules (the ``within`` of
    one, the ``id`` of another: "present within marched within participated"); any other is an
    error at the line that names it, with the closest criterion the claims state ("marchd" for
    "marched"). Rules that hold no criterion a claim of the topic states, through the rules
    they are chained to, are declared ahead of their claims and not checked: SPEC §3's own
    example declares "present-17h-18h within marched" in a topic whose claims count
    "crossed-into-colombia". A topic no claim states is not checked either.
    ``stated``: (topic, criterion) of every claim of the project (the command names a project
    folder: not only some of its claim files)."""
    by_topic: dict[str, set[str]] = {}
    for topic_of, criterion in stated:
        known = by_topic.setdefault(topic_of, set())
        if criterion is not None and criterion == criterion:
            known.add(criterion)
    for topic_id in sorted(by_topic):
        topic = topics.get(topic_id)
        if topic is None or not topic.criteria:
            continue
        children = {child for child, _ in topic.criteria}
        parents = {parent for _, parent in topic.criteria}
        ahead = _unstated_rules(topic.criteria, by_topic[topic_id])
        for n, (child, parent) in enumerate(topic.criteria):
            for side, name in enumerate((child, parent)):
                if name in by_topic[topic_id] or name in children and name in parents:
                    continue
                if not ahead.isdisjoint((child, parent)):
                    continue          # rules no claim of the topic states yet (SPEC §3's own example)
                close = difflib.get_close_matches(name, sorted(by_topic[topic_id]), n=1)
                lines = topic.criteria_lines[n] if n < len(topic.criteria_lines) else (topic.line, topic.line)
                stated_ones = ", ".join(sorted(by_topic[topic_id])[:8])
                raise InputError(f'criteria of topic "{topic_id}": "{name}" is the criterion of no claim of the topic',
                                 file=topic.file, line=lines[side], field="criteria",
                                 hint=(f'did you mean "{close[0]}"? ' if close else "") + "criteria name the "
                                      "criterion its claims write" + (f": {stated_ones}" if stated_ones else
                                                                     " (its claims write none)"))


def _unstated_rules(criteria: Iterable[tuple[str, str]], stated: set[str]) -> set[str]:
    """The criteria of the rules chained (by ``within``, either way) to no criterion in ``stated``."""
    group: dict[str, str] = {}

    def root(name: str) -> str:
        while group.setdefault(name, name) != name:
            name = group[name]
        return name

    for child, parent in criteria:
        group[root(child)] = root(parent)
    held = {root(name) for name in group if name in stated}
    return {name for name in group if root(name) not in held}


def _settle(keys: list, parsed: list, config: QuantityConfig) -> tuple[list, dict[int, QuantityError]]:
    """The parsed row of each distinct (text, lang) key, and the QuantityError of each key that
    cannot be parsed, by its position (the helper sends None for those: parsed again here, for
    the error's words)."""
    rows: list[tuple | None] = list(parsed)
    errors: dict[int, QuantityError] = {}
    for position, (key, result) in enumerate(zip(keys, parsed)):
        if result is None and key is not None:
            quantity = _parse_key(key, config)
            if isinstance(quantity, QuantityError):
                errors[position] = quantity
            else:
                rows[position] = _as_row(quantity)
    return rows, errors


def _check_units(loaded: Loaded, raw: pd.DataFrame, located: Located, topic: pd.Series, units: list,
                 codes: np.ndarray) -> None:
    """A value's unit (a percentage, a currency, a unit symbol) must be its topic's unit or absent
    (SPEC.md §4): "30%" in a topic of people is an error, never 30 people. The topic's unit is
    read as the parser reads units ("percentage" is %, "dollars" USD, "kilómetros" km). People
    ("500 personas") are a counted noun, not a unit: they fit any topic that counts something,
    not one of a measure (a percentage, a currency, a length)."""
    wanted = {tid: _unit_name(t.unit) for tid, t in loaded.topics.items()}
    for position in sorted({int(c) for c in codes if c >= 0 and units[c]}):
        unit = _unit_name(units[position])
        rows = np.flatnonzero(codes == position)
        loose = _loose_money(str(raw.at[raw.index[rows[0]], "value"]), unit) if len(rows) else frozenset()
        bad = [i for i in rows if not _fits(unit, wanted.get(topic.iat[i], ("count", "count")))
               and wanted.get(topic.iat[i], ("count", "count"))[1] not in loose]
        if bad:
            index = raw.index[bad[0]]
            topic_id = topic.iat[bad[0]]
            declared = loaded.topics[topic_id].unit if topic_id in loaded.topics else "count"
            if declared == "count":
                # a topic with no unit (or "unit: count"): the value's unit may be the one it was meant to have
                written = topic_id in loaded.topics and loaded.topics[topic_id].unit_line
                raise InputError(f'the value "{raw.at[index, "value"]}" is in {units[position]}, but topic '
                                 f'"{topic_id}" ' + ("counts (unit: count)" if written else "has no unit: it counts"),
                                 **located.where(index, "value"),
                                 hint=_metres_or_millions(str(raw.at[index, "value"]), units[position])
                                 + f'if the topic\'s figures are all in {units[position]}, give it that unit '
                                   f'({_where_topic(loaded, topic_id)}"unit: {units[position]}"); '
                                   f"else state the value as a count, or move the claim to a topic whose unit "
                                   f"is {units[position]}")
            raise InputError(f'the value "{raw.at[index, "value"]}" is in {units[position]}, but topic '
                             f'"{topic_id}" counts {declared}', **located.where(index, "value"),
                             hint=_metres_or_millions(str(raw.at[index, "value"]), units[position])
                             + f"state the value in {declared}, or move the claim to a topic whose unit "
                               f"is {units[position]}")


#: topic units of a share, where "half" or "la tercera parte" is a figure of its own
SHARE_UNITS = frozenset({"share", "shares", "fraction", "ratio", "proportion", "proporcion", "fraccion", "cuota"})


def _check_shares(loaded: Loaded, raw: pd.DataFrame, located: Located, topic: pd.Series, rows: list,
                  codes: np.ndarray) -> None:
    """A share written in words with no figure ("half", "la mitad", "más de la tercera parte") is a part of
    a total the value does not state: in a topic of anything but shares it is an error, as "50%" is in a
    count (N7 D3, session 45: "la mitad" had been a count of 0.5 people)."""
    shares = [position for position, row in enumerate(rows)
              if row and row[7] is None and any(b is not None and 0 < b < 1 for b in (row[0], row[1]))
              and not any(ch.isdigit() for ch in str(row[5]))]
    for position in shares:
        for i in np.flatnonzero(codes == position):
            topic_id = topic.iat[i]
            declared = loaded.topics[topic_id].unit if topic_id in loaded.topics else None
            if fold_name(str(declared or "")) in SHARE_UNITS:
                continue
            index = raw.index[i]
            raise InputError(f'the value "{raw.at[index, "value"]}" is a share of a total, not a figure, but topic '
                             f'"{topic_id}" counts {declared or "a number of things"}',
                             **located.where(index, "value"),
                             hint="write the figure it stands for (\"half of 1,000\" is 500), or move it to a topic "
                                  "of shares (unit: share)")


def _where_topic(loaded: Loaded, topic_id: str) -> str:
    """Where topic ``topic_id`` is written, for a hint: "in sources/_topics.yaml:2 add ", or "add ";
    when its ``unit: count`` is written, the line to change: "in sources/_topics.yaml:3 change it to "."""
    topic = loaded.topics.get(topic_id)
    if topic is None or not topic.file:
        return "add "
    if topic.unit_line:
        return f"in {topic.file}:{topic.unit_line} change it to "
    return f"in {topic.file}:{topic.line} add "


def _metres_or_millions(value: str, unit: str) -> str:
    """The wire writes millions as "1.5m"; the parser reads a bare "1.5m" as metres (a count's
    noun after it tells: "1.5m people")."""
    return f'if "{value}" means millions, write "million" ("1.5 million"); else ' if unit == "m" else ""


#: the currencies a bare "$" is written for (Latin American pesos as well as dollars), and those a bare
#: "pesos" may mean: the parser reads them as USD and as COP (es) or MXN (en), the topic tells which
_DOLLAR_SIGN = frozenset("USD CAD AUD NZD HKD SGD TWD MXN COP ARS CLP UYU DOP".split())
_PESOS = frozenset("COP MXN ARS CLP UYU DOP PHP".split())
_NAMED_DOLLAR = re.compile(r"[A-Za-z]\$|\$[A-Za-z]|\b(?:USD|dollars?|d[oó]lar(?:es)?)\b", re.IGNORECASE)
_BARE_PESOS = re.compile(r"\bpesos?\b(?!\s+(?:colombian|mexican|argentin|chilen|urugua|dominican|filipin))",
                         re.IGNORECASE)


def _loose_money(text: str, unit: tuple[str, str]) -> frozenset[str]:
    """The currencies a value's money may be, when it names none: "$500.000" in a topic counting
    COP is pesos, as Colombian and Mexican sources write them; "500 pesos" in one counting ARS is
    Argentine pesos. "US$500" and "500 pesos mexicanos" name theirs."""
    if unit == ("currency", "USD") and "$" in text and not _NAMED_DOLLAR.search(text):
        return _DOLLAR_SIGN
    if unit[0] == "currency" and unit[1] in ("COP", "MXN") and _BARE_PESOS.search(text):
        return _PESOS
    if unit[0] == "currency":                   # "500 dirhams": the parser's AED, or MAD
        from reconcile.quantities.units import SHARED_NAMES

        for word in _WORDS.findall(text.lower()):
            if unit[1] in SHARED_NAMES.get(word.translate(_ACCENTS), ()):
                return frozenset(SHARED_NAMES[word.translate(_ACCENTS)])
    return frozenset()


_WORDS = re.compile(r"[^\W\d_]+")
_ACCENTS = str.maketrans("áéíóú", "aeiou")


def _fits(unit: tuple[str, str], topic_unit: tuple[str, str]) -> bool:
    """Whether a value's unit (kind, code) may stand in a topic of ``topic_unit``."""
    if unit[0] == "people":
        return topic_unit[0] in COUNT_UNITS
    return unit[1] == topic_unit[1]


def _unit_name(unit: str) -> tuple[str, str]:
    """(kind, code) of a unit name: a unit the parser knows, or ("count", the name folded)."""
    from reconcile.quantities.units import unit_named

    text = str(unit).strip()
    known = unit_named(text)
    if known is not None:
        return known[0], known[1]
    folded = text.lower()
    if folded == "porcentaje":
        return "percent", "percent"
    return "count", folded


def _value_columns(rows: list) -> list[tuple[str, np.ndarray]]:
    """The value columns of the frame, one entry per distinct key plus a last one for a missing
    value (code -1), as (name, array) pairs."""
    missing = (float("nan"), float("nan"), False, False, None, None, None, None)
    lower, upper, lower_inc, upper_inc, qualifier, _, lang, _ = zip(*(r or missing for r in rows + [None]))
    return [
        ("lang", np.array(lang, dtype=object)),
        ("lower", np.array([float("nan") if v is None else float(v) for v in lower], dtype="float64")),
        ("upper", np.array([float("nan") if v is None else float(v) for v in upper], dtype="float64")),
        ("lower_inclusive", np.array(lower_inc, dtype=bool)),
        ("upper_inclusive", np.array(upper_inc, dtype=bool)),
        ("qualifier", np.array(qualifier, dtype=object)),
    ]


#: what identifies a claim written without an id, besides its source: its derived id hashes these
ID_BASIS = ("topic", "criterion", "place", "as_of", "value", "population", "stated_on", "quote", "url", "lang",
            "via", "cites", "part_of")


def _tags_as_listed(value: Any) -> Any:
    """A table's population text as YAML lists it: "soldiers, police" is [soldiers, police]."""
    if not isinstance(value, str):
        return value
    return [tag.strip() for tag in population_words(value) if tag.strip()]


def _day_as_written(value: Any) -> Any:
    """A spreadsheet's date cell (a datetime at midnight) as YAML writes the day: "2019-03-07"."""
    if isinstance(value, datetime.datetime) and value.time() == datetime.time(0) and value.tzinfo is None:
        return value.date().isoformat()
    return value


#: a table's cell -> the field as a YAML claim writes it, for the fields where the two differ in form only
TABLE_FORMS: dict[str, Callable[[Any], Any]] = {
    "population": _tags_as_listed, "as_of": _day_as_written, "stated_on": _day_as_written}


def _fragment_as_written(form: Callable[[Any], Any], fragment: Callable[[Any], str], value: Any) -> str:
    return fragment(form(value))


def derive_ids(raw: pd.DataFrame) -> list[str]:
    """The derived id of each claim of ``raw`` (fields as written, ``_source`` their source):
    ``<source>-`` and 64 bits of BLAKE2b over the JSON list of its ``ID_BASIS`` fields, in hex.
    The JSON list keeps fields apart whatever they hold (no separator can be forged), and 64
    bits make two distinct claims sharing an id unlikely below billions of claims (one chance
    in 36 million for a million claims; the 32 bits used before collided between two values of
    one small file). Stable across runs, machines and the order of the claims.

    A table row's fields are hashed as its claim would be written in YAML (``TABLE_FORMS``), so that
    moving a claim between a table and a source file keeps its id; YAML claims' ids are as they were."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=str).encode
    text = json.encoder.encode_basestring  # the same as encode for text, without its dispatch

    def fragment(value: Any) -> str:
        return text(value) if isinstance(value, str) else "{}" if value is MAPPING else encode(value)

    files = raw["_file"] if "_file" in raw.columns else pd.Series(None, index=raw.index, dtype=object)
    in_table = map_distinct(files, lambda f: f is not None and PurePath(str(f)).suffix.lower()
                            in TABLE_SUFFIXES).to_numpy(dtype=bool)
    columns = []  # each field's JSON, from its column's distinct values
    for name in ID_BASIS:
        column = raw[name].astype(object)
        mapped = Mapped(column, fragment)
        values = mapped.results[mapped.codes]
        if name in TABLE_FORMS and in_table.any():
            cells = Mapped(column[in_table], functools.partial(_fragment_as_written, TABLE_FORMS[name], fragment))
            values[in_table] = cells.results[cells.codes]
        columns.append(values)
    blake2b, join = hashlib.blake2b, ",".join
    return [f"{source}-{blake2b(f'[{join(row)}]'.encode('utf-8', 'surrogatepass'), digest_size=8).hexdigest()}"
            for source, row in zip(raw["_source"].to_numpy(dtype=object), zip(*columns))]


#: population tags and criteria are slugs of words: one with none is no scope at all (it was '', matching any other)
_TAG_HINT = ("write it in words (accents and any script are fine), e.g. population: [soldiers, police], "
             "criterion: displaced")

def _wordless(tag: str) -> bool:
    """A slug with no letter in any script ("5", "2019-03"): a number, not a name of who or what is counted."""
    return not any(ch.isalpha() for ch in tag)


def _criterion_slug(value: Any) -> str | None:
    """A criterion as its slug: "" for one of no letters or digits, "#" for a number ("7"), None when absent."""
    if not value:
        return None
    slug = slugify(value)
    return "#" if slug and _wordless(slug) else slug


def _number_tag(value: Any) -> str:
    """The error for a population with a tag of no letters: the tag, as written."""
    listed = isinstance(value, (list, tuple))
    items = value if listed else population_words(value) if isinstance(value, str) else [value]
    tag = next((str(t) for t in items if t is not None and _wordless(slugify(str(t)))), str(value))
    return f'population {"tag " if listed else ""}"{tag}" is a number, not who is counted'


def _other_fields(loaded: Loaded, raw: pd.DataFrame, located: Located, places: PlaceIndex,
                  names: SourceIndex, topic: pd.Series, mapper: Mapper | None = None,
                  rows_only: bool = False) -> dict[str, Any]:
    """Every field but the topic, value and quote, checked and normalized: id, population,
    criterion, place, dates, via, cites, part_of, complete and url."""
    # ids: as written, or derived from the claim's content (stable across runs and reorderings)
    ids = scalar_text(located, raw, "id")
    missing = ids.isna()
    if missing.any():
        ids[missing] = derive_ids(raw.loc[missing])
    if _SPACE.search("\x00".join(ids.tolist())):  # one scan of all ids; the exact test only on a hit
        located.fail(ids.str.contains(r"\s", regex=True), "id", lambda v: f'claim id "{v}" contains spaces',
                     hint="use a slug such as mc-total-2019-03")
    id_index = pd.Index(ids.to_numpy(), dtype=object)  # hashed once: duplicates, then part_of lookups
    if not rows_only and not id_index.is_unique:
        index = ids.index[id_index.duplicated(keep="first")][0]
        first = (ids == ids[index]).idxmax()
        first_at = located.where(first, "id")
        if missing[index] and missing[first]:
            raise InputError(f"the same claim is written twice (also at {first_at['file']}:{first_at['line']})",
                             **located.where(index, "value"), hint="delete one, or give them different ids")
        raise InputError(f'duplicate claim id "{ids[index]}"', **located.where(index, "id"),
                         hint=f"ids must be unique; it is also used at {first_at['file']}:{first_at['line']}")

    def population(value: Any) -> tuple[str, ...] | str:
        if value is None:
            return ()
        if isinstance(value, str):   # a table's cell: "soldiers, police", "soldiers;police", "[soldiers, police]", "[]"
            value = population_words(value)   # and "soldiers and police", "soldados y policías"
        elif not isinstance(value, (list, tuple)):
            return "!"
        # a list cell's null (Parquet's [soldiers, null]) is an entry left empty, as "" is
        tags = {slugify(str(tag)) for tag in value if tag is not None and str(tag).strip()}
        if "" in tags:
            return "?"
        return "#" if any(map(_wordless, tags)) else tuple(sorted(tags))
    mapped_pops = Mapped(raw["population"], population, mapper)
    pops = mapped_pops.series
    located.fail(mapped_pops.mask(lambda v: v == "!"), "population", lambda v: "population must be a list of tags",
                 hint="write population: [soldiers, police]")
    located.fail(mapped_pops.mask(lambda v: v == "?"), "population",
                 lambda v: f"population {v!r} has a tag with no letters or digits", hint=_TAG_HINT)
    located.fail(mapped_pops.mask(lambda v: v == "#"), "population",
                 _number_tag, hint="name who is counted in words, e.g. population: [soldiers, police]; "
                                   "the figure goes in value")

    # a criterion of no letter is "#" (one test per distinct value, not per claim): a number, not a counting rule
    criterion = map_distinct(scalar_text(located, raw, "criterion"), _criterion_slug, mapper)
    located.fail(criterion == "", "criterion", lambda v: f'criterion "{v}" has no letters or digits', hint=_TAG_HINT)
    located.fail(criterion == "#", "criterion", lambda v: f'criterion "{v}" is a number, not a counting rule',
                 hint="name the counting rule in words, e.g. criterion: displaced; the figure goes in value")

    place_text = scalar_text(located, raw, "place")
    mapped_place = Mapped(place_text, lambda v: places.resolve(v) if v else None, mapper)
    place = mapped_place.series
    ambiguous = mapped_place.mask(lambda v: isinstance(v, Ambiguous))
    if ambiguous.any():
        index = ambiguous.idxmax()
        codes = place[index]
        declared = any(code in places.declared for code in codes)
        raise InputError(f'place "{place_text[index]}" could mean {" or ".join(map(places.describe, codes))}',
                         **located.where(index, "place"),
                         hint=f"write the code, e.g. place: {codes[0]}"
                              + (", or give the declared place another name in sources/_places.yaml"
                                 if declared else ""))
    unknown = place_text.notna() & place.isna()
    if unknown.any():
        close = places.closest(str(place_text[unknown].iloc[0]))
        located.fail(unknown, "place", lambda v: f'unknown place "{v}"',
                     hint=(f"did you mean {places.describe(close)}? Or " if close else "")
                     + "use an ISO 3166 code or name (CO, CO-NSA, Norte de Santander) "
                       "or declare the region in sources/_places.yaml")

    dates = {}
    for name in ("as_of", "stated_on"):
        def date_or_error(value: Any) -> Any:
            if value is MAPPING or isinstance(value, tuple):
                return ValueError(f"a {'mapping' if value is MAPPING else 'list'} is not a date; "
                                  "write one date as YYYY-MM-DD")
            if value is None or str(value).strip() == "":
                return None
            try:
                return parse_date(value)
            except ValueError as exc:
                return ValueError(str(exc))
        mapped_dates = Mapped(raw[name], date_or_error, mapper)
        dates[name] = mapped_dates.series
        bad = mapped_dates.mask(lambda v: isinstance(v, ValueError))
        if bad.any():
            index = bad.idxmax()
            raise InputError(f"bad date in {name}: {dates[name][index]}", **located.where(index, name))

    refs = {}
    known_sources = loaded.sources  # what the function needs, not all that was loaded (it may travel)
    for name in ("via", "cites"):
        written = scalar_text(located, raw, name)
        mapped_refs = Mapped(written, lambda v: _reference(v, names, known_sources) if v else None, mapper)
        refs[name] = mapped_refs.series
        mistaken = mapped_refs.mask(lambda v: isinstance(v, _Mistake))
        if mistaken.any():
            index = mistaken.idxmax()
            shared = refs[name][index].shared
            if shared:   # an echo or a relay must name one source: which one decides what is independent
                raise InputError(f'{name} "{written[index]}" could mean {" or ".join(shared)}: each gives that '
                                 "name", **located.where(index, name),
                                 hint=f"write the source's id, e.g. {name}: {shared[0]}, or give each source "
                                      "names of its own")
            slug = capped_slug(slugify(written[index])) or "<id>"   # a file name the file system takes
            shown = shown_name(str(written[index]))
            declare = (f"declare it in sources/{slug}.yaml (source: {{id: {slug}, "
                       f"name: {json.dumps(shown, ensure_ascii=False)}}})")
            suggestion = refs[name][index].suggestion
            mixed = mixed_scripts(str(written[index])) or ""
            if slug in known_sources:   # "Save the Children." for save-the-children: its file exists already
                declare = ""
            if suggestion:
                hint = f'did you mean "{suggestion}"?' + (f" Or {declare}" if declare else "")
            else:
                hint = declare or f"write a source's id: {', '.join(sorted(known_sources)[:5])}"
            raise InputError(f'{name} "{shown}" names no known source{mixed}', **located.where(index, name),
                             hint=hint)

    part_of = scalar_text(located, raw, "part_of")
    if not rows_only:
        _check_breakdowns(located, ids, id_index, raw["_source"], topic, part_of)
    mapped_complete = Mapped(raw["complete"], parse_flag)  # a YAML mapping (MAPPING) is neither: None
    located.fail(mapped_complete.mask(lambda v: v is None), "complete",
                 lambda v: f'complete must be true or false, not "{v}"',
                 hint="write complete: true when the parts add up to the whole total")
    complete = mapped_complete.series

    return {"id": ids, "population": pops, "criterion": criterion, "place": place,
            "as_of": dates["as_of"], "stated_on": dates["stated_on"], "url": scalar_text(located, raw, "url"),
            "via": refs["via"], "cites": refs["cites"], "part_of": part_of, "complete": complete.astype(bool)}
