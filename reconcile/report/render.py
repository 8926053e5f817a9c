"""Report and Validation -> text, Markdown, HTML, JSON, CSV, ClaimReview, JUnit.

The renderers live in two lookup tables, ``RENDERERS`` (a ``Report``) and
``VALIDATION_RENDERERS`` (a ``Validation``); a new format touches one table.
Every renderer is deterministic (same input, same bytes; no timestamps) and its output
ends with a newline. Text from sources (names, quotes, URLs, ids) is untrusted: each
format escapes it its own way, and only http/https URLs ever become links.

Formats:

- ``text``: for a terminal (tabulate); ``color=True`` adds ANSI colours, ``width`` wraps prose.
- ``markdown``: GitHub-flavoured, for a pull-request comment or an article draft
  (``report_markdown.py``).
- ``html``: one self-contained page with a matplotlib chart per topic (``report_html.py``,
  ``report_chart.py``, drawn in ``report_svg.py``; matplotlib is imported only there).
- ``json``: exactly ``Report.to_dict()`` (SPEC.md §6).
- ``csv``: the findings only, one row per finding, columns ``CSV_COLUMNS``; ``claims`` holds
  the claim ids joined by a space; ``gap`` and ``ratio`` are numbers or empty; ``notes`` the
  claims' notes ("id: note; ..."). Text cells
  are one line (control characters shown as ``\\x1b``-style escapes), and those a
  spreadsheet would run as a formula get a leading ``'``. The claims themselves are
  in the JSON report (a second table in one CSV file would break CSV readers).
- ``claimreview``: schema.org ClaimReview JSON-LD (``report_claimreview.py``).

Tabulate is imported by this module and ``report_markdown.py`` only.
"""
from __future__ import annotations

import csv
import io
import json
import re
import textwrap
import xml.etree.ElementTree as ET
from typing import Any, Callable, Iterator

from tabulate import tabulate

from reconcile.errors import ReconcileError
from reconcile.model.records import (MAX_FINDINGS, REPORT_SCHEMA, URGENCY, ExpectationOutcome, Finding, Report,
                                     Validation, plain_number)
from reconcile.model.numbers import claim_interval
from reconcile.model.spool import item_encoder
from reconcile.report.estimates import RELIABILITY_NOTE, estimate_views, reliability_estimated, source_rows
from reconcile.report.base import (
    fold_findings,
    versus,
    size_parts,
    validation_line,
    VERDICT_WORDS,
    claim_index,
    clean_line,
    count_words,
    plural,
    source_name,
    title_line,
    topic_views,
)
from reconcile.report.claimreview import render_claimreview
from reconcile.report.html.page import render_html
from reconcile.report.markdown import render_markdown
from reconcile.runtime.gcpause import gc_paused
from reconcile.report.parquet import render_parquet
from reconcile.report.track import TRACK_NOTE, TRACK_TITLE, track_record

DEFAULT_WIDTH = 100

# --- JSON ------------------------------------------------------------------------------------


#: items of a JSON report written at a time (each chunk a few hundred kilobytes)
JSON_CHUNK_ITEMS = 256


def iter_json(report: Report, max_findings: int | None = MAX_FINDINGS) -> Iterator[str]:
    """``Report.to_dict(max_findings)`` as JSON text in chunks, one source, claim, finding or
    estimate per line.

    Each item goes through json's C encoder on its own line (``indent`` would switch to the
    pure-Python encoder, ten times slower and far hungrier at a million claims); chunks let
    the CLI write a large report without holding all of it in memory.
    """
    with gc_paused():   # millions of acyclic dicts made and dropped: see runtime.gcpause
        encode = json.JSONEncoder(ensure_ascii=False).encode
        encode_item = _item_encoder()
        listed, omitted = report.listed(max_findings)
        summary = report.summary(max_findings, omitted)
        yield f'{{\n  "schema": {encode(REPORT_SCHEMA)},\n  "summary": {encode(summary)}'
        # estimates one by one, not report.estimate_records(): all of them as dicts at once
        # are hundreds of megabytes at a million claims
        sections = (("sources", report.source_records()), ("claims", report.claims), ("findings", listed),
                    ("estimates", report.estimates))
        for key, items in sections:
            yield from _json_section(key, items, encode_item)
        if report.validation is not None:
            yield f',\n  "validation": {encode(report.validation.brief())}'
        yield "\n}\n"


def _json_section(key: str, items: Any, encode_item: Callable[[dict], str]) -> Iterator[str]:
    """One list of the JSON report, ``"key": [...]``, a chunk of items at a time."""
    yield f',\n  "{key}": ['
    chunks = getattr(items, "json_chunks", None)
    if chunks is not None:   # findings written out as they were found (``spool.FindingSpool``): the same text
        empty = True
        for chunk in chunks():
            empty = False
            yield chunk
        yield "]" if empty else "\n  ]"
        return
    lines: list[str] = []   # items a chunk at a time: a write per item cost about as much as its encoding
    separator = "\n    "
    # claims kept as columns (``ClaimRecords``) write their JSON from the columns, the same text
    texts = (items.json_texts(encode_item) if hasattr(items, "json_texts") else
             (encode_item(item if isinstance(item, dict) else item.to_dict()) for item in items))
    for text in texts:
        lines.append(separator + text)
        separator = ",\n    "
        if len(lines) == JSON_CHUNK_ITEMS:
            yield "".join(lines)
            lines = []
    if lines:
        yield "".join(lines)
    yield "]" if separator == "\n    " else "\n  ]"


#: json's C encoder of one item, made once (``spool.item_encoder``)
_item_encoder = item_encoder


def render_json(report: Report, max_findings: int | None = MAX_FINDINGS) -> str:
    """Exactly ``Report.to_dict(max_findings)`` (SPEC.md §6), one item per line."""
    return "".join(iter_json(report, max_findings))


# --- text ------------------------------------------------------------------------------------

_ANSI = {
    "conflict": "\x1b[1;31m",        # bold red
    "warning": "\x1b[33m",           # yellow
    "consistent": "\x1b[32m",        # green
    "not-comparable": "\x1b[2;34m",  # dim blue
    "bold": "\x1b[1m",
}
_RESET = "\x1b[0m"


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_ANSI[style]}{text}{_RESET}" if color else text


def render_text(report: Report, *, color: bool = False, width: int | None = None) -> str:
    """The report for a terminal: summary, then per topic a claims table and the findings."""
    width = max(40, width or DEFAULT_WIDTH)
    summary = report.summary()
    claims = claim_index(report)
    lines = [_paint(title_line(report), "bold", color),
             *_wrap(f"Findings: {count_words(summary['findings'])}", width)]
    if validation_line(report):
        lines += _wrap(clean_line(validation_line(report)), width)
    estimates = estimate_views(report)
    for view in topic_views(report):
        lines += ["", *[_paint(line, "bold", color) for line in _wrap(view.title, width)],
                  *_wrap(f"topic {view.id}: {plural(len(view.claims), 'claim')}; "
                         f"{count_words(view.counts())}", width)]
        if view.claims:
            lines += ["", _claims_table(report, view.claims, width)]
        if estimates.get(view.id):
            lines += ["", "Estimates:"]
            for estimate in estimates[view.id]:
                lines += _wrap(f"{estimate.scope}: {clean_line(estimate.sentence)}", width)
        if view.findings or view.unkept:
            lines += ["", "Findings:"]
            for verdict in URGENCY:
                found, unkept = view.of(verdict)
                found, folded = fold_findings(found, unkept, verdict=verdict)
                for finding in found:
                    lines += _finding_lines(report, finding, claims, color, width)
                if folded:   # found but not kept (--max-findings): the JSON and CSV do not hold them either
                    every = " with --max-findings 0" if unkept else ""
                    lines += _wrap(f"{folded} (every one of them: --format json or csv{every})", width)
        if view.claims:   # every claim's file:line, also of claims with no quote (SPEC §2: provenance)
            quoted, bare = _quote_lines(report, view.claims, width)
            if quoted:
                lines += ["", "Quotes and notes:", *quoted]
            if bare:   # claims with no quote or note: where they are written, not a heading over nothing
                lines += ["", "No quote or note (where written):", *bare]
    rows = source_rows(report)
    if rows:
        headers = {"name": "source", "kind": "kind", "claims": "claims", "conflicts": "conflicts"}
        if reliability_estimated(report):
            headers["reliability"] = "reliability"
        table = [[clean_line(row[key]) if isinstance(row[key], str) else row[key] for key in headers] for row in rows]
        # a kind is one word of at most 17 characters ("government-agency", "intergovernmental"): never cut
        widths = [max(10, len(key), *(len(str(row[key])) for row in rows)) for key in headers][1:]
        name_width = max(12, width - sum(widths) - 2 * len(headers))
        lines += ["", "Sources:", tabulate(table, headers=list(headers.values()), tablefmt="simple",
                                           disable_numparse=True, maxcolwidths=[name_width] + widths)]
        if "reliability" in headers:
            lines += ["", *_wrap(RELIABILITY_NOTE, width)]
        about = [row for row in rows if row["url"] or row["note"]]
        if about:   # a source file's own url and note: what a reader needs to weigh the source
            lines += ["", "About the sources:"]
            for row in about:
                lines += _wrap(f"{clean_line(row['name'])}: "
                               + "; ".join(clean_line(row[key]) for key in ("url", "note") if row[key]), width)
    lines += _track_lines(report, claims, width)
    return "\n".join(lines) + "\n"


def _track_lines(report: Report, claims: dict[str, dict[str, Any]], width: int) -> list[str]:
    """The track record: each source's figures the evidence went against (``report.track``)."""
    tracks, more = track_record(report, claims)
    if not tracks:
        return []
    lines = ["", f"{TRACK_TITLE}:", *_wrap(TRACK_NOTE, width)]
    indent = " " * 4
    for track in tracks:
        lines += _wrap(track.head, width)
        for item in [*track.items, track.more_words()]:
            lines += textwrap.wrap(clean_line(item), width, initial_indent=indent, subsequent_indent=indent,
                                   break_on_hyphens=False)
    if more:
        lines += _wrap(f"and {plural(more, 'more source')}", width)
    return lines


def _quote_lines(report: Report, claims: tuple[dict[str, Any], ...], width: int) -> tuple[list[str], list[str]]:
    """Each quote once per claimant, under that claimant (with the outlet it was read in and
    where it is written), then the claims' notes: the words every number in the table comes
    from, and the caveats beside them. Claims with no quote and no note are given apart (the
    second list), by claimant, with where they are written (and their link), so that every
    number in the table can be found where it is written, and no heading stands over nothing."""
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for claim in claims:
        # a link without a quote is its source; claims with neither share their claimant's line
        key = (claim.get("source"), claim.get("via"), clean_line(claim.get("quote")), clean_line(claim.get("url"))
               if not claim.get("quote") else None)
        groups.setdefault(key, []).append(claim)
    out: list[str] = []
    bare: list[str] = []
    indent = " " * 4
    for (source, via, quote, _), group in groups.items():
        first = group[0]
        where = _where(group)
        link = clean_line(first.get("url"))
        who = clean_line(source_name(report, source))
        if via and via != source:
            who += f", read in {clean_line(source_name(report, via))}"
        # the date stated is provenance too (SPEC §2), and what a revision finding turns on
        dates = sorted({str(c["stated_on"]) for c in group if c.get("stated_on")})
        stated = f"stated on {', '.join(clean_line(d) for d in dates)}" if dates else ""
        head = (f"{', '.join(clean_line(c['id']) for c in group)} "
                f"({'; '.join(x for x in (who, stated, where, link) if x)})")
        notes: dict[str, list[str]] = {}   # each note, with the claims it is written on
        for c in group:
            if c.get("note"):
                notes.setdefault(clean_line(c["note"]), []).append(clean_line(c["id"]))
        if not quote and not notes:
            bare += textwrap.wrap(head, width=width, subsequent_indent=indent, break_on_hyphens=False)
            continue
        out += textwrap.wrap(head + ":", width=width, subsequent_indent=indent, break_on_hyphens=False)
        if quote:
            out += textwrap.wrap(f"\u201c{quote}\u201d", width=width, initial_indent=indent,
                                 subsequent_indent=indent, break_on_hyphens=False)
        for note, ids in notes.items():
            # a note of some of the claims that share the quote names them ("Note (p-ori): ...")
            label = "Note" if len(ids) == len(group) else f"Note ({', '.join(ids)})"
            out += textwrap.wrap(f"{label}: {note}", width=width, initial_indent=indent,
                                 subsequent_indent=indent, break_on_hyphens=False)
    return out, bare


def _where(group: list[dict[str, Any]]) -> str:
    """Where the claims that share a quote are written: one file:line, or each claim's line, in
    the order of their ids ("sources/mc.yaml lines 5, 4"), or each claim's file:line."""
    places = [(clean_line(c["file"]), c["line"]) for c in group if c.get("file")]
    if not places:
        return ""
    if len(set(places)) == 1:
        return f"{places[0][0]}:{places[0][1]}"
    if len({file for file, _ in places}) == 1:
        return f"{places[0][0]} lines {', '.join(str(line) for _, line in places)}"
    return ", ".join(f"{file}:{line}" for file, line in places)


#: the claims table's columns that wrap: how wide at most, how narrow at least, and how
#: much it keeps when space is short (the scope is what explains a difference: it keeps most)
_WRAPPED = {"id": (28, 10, 1.0), "source": (24, 10, 1.0), "stated": (24, 8, 1.0),
            "scope": (60, 16, 2.0)}
_SCOPE_HEADER = "population /\ncriterion /\nplace / as of"


def _column_widths(natural: dict[str, int], fixed: int, width: int) -> dict[str, int]:
    """Widths for the wrapped columns so the table fits ``width`` when it can: the widest
    column gives a character back first."""
    widths = {c: min(natural[c], _WRAPPED[c][0]) for c in natural}
    room = width - fixed - 2 * len(natural)   # tabulate "simple": 2 spaces between columns
    while sum(widths.values()) > room:
        column = max(widths, key=lambda c: ((widths[c] - _WRAPPED[c][1]) / _WRAPPED[c][2], c))
        if widths[column] <= _WRAPPED[column][1]:
            break
        widths[column] -= 1
    return widths


def _scope(claim: dict[str, Any]) -> str:
    scope = " / ".join(clean_line(v) or "-" for v in (
        "+".join(claim.get("population") or ()), claim.get("criterion"), claim.get("place"),
        claim.get("as_of")))
    if claim.get("part_of"):
        scope += f" (part of {clean_line(claim['part_of'])})"
    return scope


def _wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(clean_line(text), width, break_on_hyphens=False) or [""]


def _claims_table(report: Report, claims: tuple[dict[str, Any], ...], width: int) -> str:
    """id, source, stated, interval, scope; wrapped to fit ``width``."""
    cells = [{"id": clean_line(c["id"]), "source": clean_line(source_name(report, c.get("source"))),
              "stated": clean_line(c.get("text")), "scope": _scope(c)} for c in claims]
    intervals = [claim_interval(c) for c in claims]
    natural = {column: max([len(row[column]) for row in cells] + [len(column)])
               for column in _WRAPPED}
    natural["scope"] = max(natural["scope"], len("place / as of"))
    fixed = max([len(i) for i in intervals] + [len("interval")])
    widths = _column_widths(natural, fixed, width)
    rows = [[_cell(row["id"], widths["id"], slug=True), _cell(row["source"], widths["source"]),
             _cell(row["stated"], widths["stated"]), interval,
             _cell(row["scope"], widths["scope"], slug=True)]
            for row, interval in zip(cells, intervals, strict=True)]
    return tabulate(rows, headers=["id", "source", "stated", "interval", _SCOPE_HEADER],
                    tablefmt="simple", disable_numparse=True)


def _cell(text: Any, width: int, empty: str = "-", *, slug: bool = False) -> str:
    """Source text for a table cell: one clean line, wrapped to ``width`` (tabulate's own
    ``maxcolwidths`` parses numbers such as "6,930" even with ``disable_numparse``).
    Slugs and ids break after a hyphen; prose only at spaces."""
    line = clean_line(text)
    if len(line) <= width:
        return line or empty
    return "\n".join(textwrap.wrap(line, width, break_on_hyphens=slug)) or empty


#: a finding with at most this many claims shows each claim's value as stated
_VALUES_UP_TO = 4
#: the claims a finding's line names before it folds the rest ("and 140 more")
_IDS_UP_TO = 12


def _finding_lines(report: Report, finding: Finding, claims: dict[str, dict[str, Any]], color: bool,
                   width: int) -> list[str]:
    """A finding: its verdict, kind and size, and who against whom in one line (the claims
    it names otherwise), then its explanation."""
    tag = f"[{VERDICT_WORDS[finding.verdict][0].upper()}]"
    named = versus(report, finding, claims)
    if named is None:
        listed = []
        for cid in finding.claims[:_IDS_UP_TO]:
            stated = claims.get(cid, {}).get("text")
            with_value = stated and len(finding.claims) <= _VALUES_UP_TO
            listed.append(f"{cid} ({stated})" if with_value else cid)
        if len(finding.claims) > _IDS_UP_TO:   # a group of 150 agreeing claims: the JSON lists them all
            listed[-1] = f"{listed[-1]} and {len(finding.claims) - _IDS_UP_TO} more"
        named = ", ".join(listed)
    size = ", ".join(size_parts(finding))
    head = clean_line(f"{finding.kind}{f' ({size})' if size else ''}: {named}")
    if finding.fields:
        head += f"; differs in {', '.join(clean_line(f) for f in finding.fields)}"
    indent = " " * 4
    wrapped = textwrap.wrap(head, width=max(20, width - len(tag) - 1), break_on_hyphens=False,
                            break_long_words=False) or [""]
    out = [f"{_paint(tag, finding.verdict, color)} {wrapped[0]}"]
    out += [indent + line for line in wrapped[1:]]
    out += textwrap.wrap(clean_line(finding.explanation), width=width, initial_indent=indent,
                         subsequent_indent=indent, break_on_hyphens=False)
    return out


# --- CSV -------------------------------------------------------------------------------------

CSV_COLUMNS = ("kind", "verdict", "topic", "claims", "explanation", "gap", "ratio", "notes")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def neutralize(cell: str) -> str:
    """A text cell a spreadsheet will show, not run: a leading ``'`` before formula starts."""
    if cell.startswith(_FORMULA_START) or cell.lstrip().startswith(_FORMULA_START):
        return "'" + cell
    return cell


def render_csv(report: Report, max_findings: int | None = MAX_FINDINGS) -> str:
    """The findings, one row per finding, at most ``max_findings`` per topic (see the module
    docstring): by topic, and in each topic conflicts and the largest gaps first (SPEC §5), as a
    spreadsheet's reader reads them from the top; JSON keeps its sort by topic, kind and claims."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    claims = claim_index(report)
    for finding in sorted(report.listed(max_findings)[0], key=lambda f: (f.topic, f.shown_order())):
        text = [finding.kind, finding.verdict, finding.topic, " ".join(finding.claims),
                finding.explanation]
        numbers = ["" if plain_number(v) is None else str(plain_number(v)) for v in (finding.gap, finding.ratio)]
        notes = "; ".join(f"{cid}: {claims[cid]['note']}" for cid in finding.claims
                          if cid in claims and claims[cid].get("note"))
        writer.writerow([neutralize(clean_line(cell)) for cell in text] + numbers + [neutralize(clean_line(notes))])
    return buffer.getvalue()


# --- the table of report renderers ---------------------------------------------------------

RENDERERS: dict[str, Callable[[Report], str]] = {
    "text": render_text,
    "markdown": render_markdown,
    "html": render_html,
    "json": render_json,
    "csv": render_csv,
    "claimreview": render_claimreview,
    "parquet": render_parquet,  # its summary.json; reconcile.report.parquet.write_parquet writes the tables
}


#: format -> the options its renderer takes (``render`` passes each renderer only its own)
OPTIONS = {
    "text": ("color", "width"),
    "json": ("max_findings",),
    "csv": ("max_findings",),
    "claimreview": ("review_url", "publisher", "publisher_url"),
}
ALL_OPTIONS = {name for names in OPTIONS.values() for name in names}


def render(report: Report, fmt: str = "text", **options: Any) -> str:
    """The report in one of ``RENDERERS``' formats. Options: ``color`` and ``width`` (text),
    ``max_findings`` (json, csv: per topic, default 10,000, 0 = all), ``review_url``,
    ``publisher`` and ``publisher_url`` (claimreview); a format ignores the others'."""
    unknown = sorted(set(options) - ALL_OPTIONS)
    if unknown:
        raise TypeError(f"render() got unknown option(s) {', '.join(unknown)}; known: {', '.join(sorted(ALL_OPTIONS))}")
    renderer = _renderer(RENDERERS, fmt, "report")
    mine = {name: value for name, value in options.items() if name in OPTIONS.get(fmt, ())}
    return renderer(report, **mine)


def _renderer(table: dict[str, Callable], fmt: str, what: str) -> Callable:
    try:
        return table[fmt]
    except KeyError:
        raise ReconcileError(f"unknown {what} format {fmt!r}", hint=f"use one of: {', '.join(table)}") from None


# --- validation ------------------------------------------------------------------------------

_SHOWN = 5


def _some(items: tuple[str, ...], shown: int = _SHOWN, total: int | None = None) -> list[str]:
    listed = [clean_line(item) for item in items[:shown]]
    more = (len(items) if total is None else max(total, len(items))) - len(listed)
    if more > 0:
        listed.append(f"... and {more} more")
    return listed


def _validation_summary(validation: Validation) -> str:
    total = len(validation.outcomes)
    failed = sum(not o.success for o in validation.outcomes)
    if failed:
        return f"{failed} of {total} expectations failed"
    return f"All {total} expectations passed"


def render_validation_text(validation: Validation) -> str:
    """A table of the expectations (failures first), then "N of M expectations failed"."""
    rows = []
    ordered = sorted(validation.outcomes, key=lambda o: o.success)
    for outcome in ordered:
        rows.append([
            "ok" if outcome.success else "FAILED",
            _cell(outcome.suite, 40, slug=True),
            _cell(outcome.expectation, 50) + (
                "" if outcome.success or not outcome.description
                else "\n" + _cell(f"({outcome.description})", 50)),
            _cell(outcome.column, 20),
            _cell(f"the {'column' if outcome.column else 'table'} as a whole: {outcome.whole}", 40)
            if outcome.whole else "\n".join(_cell(item, 40) for item in _some(outcome.failing, total=outcome.count)),
            "\n".join(_cell(item, 30) for item in _some(outcome.sample)),
        ])
    lines = [f"Validation of {plural(validation.claims, 'claim')} "
             f"against {plural(len(validation.outcomes), 'expectation')}"]
    if rows:
        lines += ["", tabulate(rows, headers=["result", "suite", "expectation", "column",
                                              "failing claims", "bad values"],
                               tablefmt="simple", disable_numparse=True)]
    lines += ["", _validation_summary(validation)]
    return "\n".join(lines) + "\n"


def render_validation_json(validation: Validation) -> str:
    return json.dumps(validation.to_dict(), ensure_ascii=False, indent=2) + "\n"


def _xml_text(text: Any) -> str:
    """Text XML 1.0 can hold: characters it forbids are written as ``\\x1b``-style escapes."""
    out = []
    for ch in "" if text is None else str(text):
        code = ord(ch)
        if (code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0xFFFD
                or 0x10000 <= code <= 0x10FFFF):
            out.append(ch)
        else:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
    return "".join(out)


def _testcase_name(outcome: ExpectationOutcome) -> str:
    return f"{outcome.expectation} [{outcome.column}]" if outcome.column else outcome.expectation


#: a failing claim as ``ExpectationOutcome.failing`` lists it: "sources/a.yaml:7 (a-1)"
_FILE_LINE = re.compile(r"(.+):(\d+)(?: \(.*\))?", re.S)


def render_validation_junit(validation: Validation) -> str:
    """JUnit XML: one testsuite per suite file, one testcase per expectation."""
    suites: dict[str, list[ExpectationOutcome]] = {}
    for outcome in validation.outcomes:
        suites.setdefault(outcome.suite, []).append(outcome)
    failed_total = sum(not o.success for o in validation.outcomes)
    root = ET.Element("testsuites", name="reconcile validate",
                      tests=str(len(validation.outcomes)), failures=str(failed_total), errors="0")
    for suite_name in sorted(suites):
        outcomes = suites[suite_name]
        suite = ET.SubElement(root, "testsuite", name=_xml_text(suite_name),
                              tests=str(len(outcomes)),
                              failures=str(sum(not o.success for o in outcomes)),
                              errors="0", skipped="0")
        seen: dict[str, int] = {}
        for outcome in outcomes:
            name = _testcase_name(outcome)
            seen[name] = seen.get(name, 0) + 1
            if seen[name] > 1:
                name = f"{name} #{seen[name]}"
            case = ET.SubElement(suite, "testcase", classname=_xml_text(suite_name),
                                 name=_xml_text(name))
            if outcome.success:
                continue
            where = _FILE_LINE.fullmatch(outcome.failing[0]) if outcome.failing else None
            if where is not None:   # the first failing claim's file and line, which GitLab and Jenkins show
                case.set("file", _xml_text(where.group(1)))
                case.set("line", where.group(2))
            if outcome.whole:   # no claim broke it alone: "0 claims failed" would say it passed
                message = (f"the {f'column {outcome.column}' if outcome.column else 'table'} as a whole failed "
                           f"{outcome.expectation}: {outcome.whole}")
            else:
                message = (f"{plural(max(outcome.count, len(outcome.failing)), 'claim')} failed {outcome.expectation}"
                           + (f" on {outcome.column}" if outcome.column else ""))
            failure = ET.SubElement(case, "failure", message=_xml_text(message),
                                    type=_xml_text(outcome.expectation))
            body = []
            if outcome.description:
                body.append(outcome.description)
            if outcome.whole:
                body.append(f"failing: the {'column' if outcome.column else 'table'} as a whole ({outcome.whole})")
            body += [f"failing: {claim}" for claim in outcome.failing]
            if outcome.unlisted:
                body.append(f"... and {outcome.unlisted} more")
            body += [f"bad value: {value}" for value in outcome.sample]
            failure.text = _xml_text("\n".join(body))
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def _junit_single(name: str, outcome: str, message: str, kind: str | None = None) -> str:
    """JUnit XML of one test case that did not run: ``outcome`` "error" or "skipped"."""
    counts = {"errors": "1" if outcome == "error" else "0", "skipped": "1" if outcome == "skipped" else "0"}
    root = ET.Element("testsuites", name="reconcile validate", tests="1", failures="0", errors=counts["errors"])
    suite = ET.SubElement(root, "testsuite", {"name": "reconcile", "tests": "1", "failures": "0", **counts})
    case = ET.SubElement(suite, "testcase", classname="reconcile", name=name)
    element = ET.SubElement(case, outcome, message=_xml_text(message))
    if kind:
        element.set("type", kind)
        element.text = _xml_text(message)
    ET.indent(root)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            + ET.tostring(root, encoding="unicode") + "\n")


def render_validation_error_junit(error: Exception) -> str:
    """JUnit XML for a validation that could not run (exit 2): one test case in error, so that a
    CI dashboard reading the file shows why instead of an empty or missing report."""
    return _junit_single("validate could not run", "error", str(error), type(error).__name__)


def render_validation_skipped(note: str, fmt: str = "text", case: str = "validate changed claims") -> str:
    """A validation with nothing to check (``--changed-since`` when no claim changed, a project
    with no claim yet): a sentence; the JSON of a validation of zero claims (success); JUnit
    with one skipped test case named ``case``. Skipped, not zero test cases: Jenkins' junit step
    and dorny/test-reporter fail a report without any test case by default, and a passing case
    would claim that something was checked."""
    if fmt == "junit":
        return _junit_single(case, "skipped", note)
    if fmt == "json":
        return render_validation(Validation(outcomes=(), claims=0), "json")
    return f"Validation skipped: {note}.\n"


def _github_data(text: Any) -> str:
    """A workflow command's message: GitHub reads %, CR and LF in it as its own escapes
    (docs.github.com, "Workflow commands for GitHub Actions"), so a quote cannot end the line
    and start a command of its own."""
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: Any) -> str:
    """A workflow command's property (file, title): also ``:`` and ``,``, which separate them."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


#: annotations per failed expectation: GitHub shows at most 10 errors of a step, 50 of a job
GITHUB_ANNOTATIONS = 10


def github_annotation(message: str, file: str | None = None, line: int | str | None = None,
                      title: str | None = None) -> str:
    """One ``::error`` workflow command, which GitHub Actions shows on the pull request's file and line."""
    properties = [f"file={_github_property(file)}"] if file else []
    if file and line:
        properties.append(f"line={_github_property(line)}")
    if title:
        properties.append(f"title={_github_property(title)}")
    return f"::error {','.join(properties)}::{_github_data(message)}" if properties else \
        f"::error::{_github_data(message)}"


def render_validation_github(validation: Validation, folder: str = "") -> str:
    """GitHub Actions annotations: an ``::error`` per failing claim (file and line, up to
    ``GITHUB_ANNOTATIONS`` per expectation), one per expectation broken by a column or the table as
    a whole, then the outcome in words. Control characters of the input are escaped as in text.
    ``folder``: the project's folder from where the command runs (the repository's root in CI), which
    GitHub reads ``file=`` from; the claims name their files from the project's root."""
    lines = []
    for outcome in validation.outcomes:
        if outcome.success:
            continue
        title = clean_line(f"{outcome.suite}: {_testcase_name(outcome)}")
        meaning = clean_line(outcome.description or outcome.expectation)
        if outcome.whole or not outcome.failing:
            lines.append(github_annotation(f"{meaning}: {clean_line(outcome.whole or 'failed')}", title=title))
            continue
        values = f" (bad values: {clean_line(', '.join(outcome.sample[:3]))})" if outcome.sample else ""
        for k, item in enumerate(outcome.failing[:GITHUB_ANNOTATIONS]):
            where = _FILE_LINE.fullmatch(item)
            path = (f"{folder.rstrip('/')}/{where.group(1)}" if folder and folder != "." else where.group(1)) \
                if where else None
            own = outcome.values[k] if k < len(outcome.values) else ""
            # the claim's own value on its line (not the others' of the expectation, N5 D4)
            said = f" (bad value: {clean_line(own)})" if own else values
            lines.append(github_annotation(f"{meaning}{said}", path, where.group(2) if where else None, title))
        rest = max(outcome.count, len(outcome.failing)) - GITHUB_ANNOTATIONS
        if rest > 0:
            lines.append(github_annotation(f"{meaning}: and {rest:,} more failing claims "
                                           "(reconcile validate --format text lists them)", title=title))
    lines.append(_validation_summary(validation))
    return "\n".join(lines) + "\n"


def render_validation_error_github(error: Exception) -> str:
    """An ``::error`` for a validation that could not run (exit 2), on the file and line at fault."""
    if isinstance(error, ReconcileError):
        message = error.message + (f"; {error.hint}" if error.hint else "")
        return github_annotation(message, error.file, error.line, "reconcile validate could not run") + "\n"
    return github_annotation(str(error), title="reconcile validate could not run") + "\n"


VALIDATION_RENDERERS: dict[str, Callable[[Validation], str]] = {
    "text": render_validation_text,
    "json": render_validation_json,
    "junit": render_validation_junit,
    "github": render_validation_github,
}


def render_validation(validation: Validation, fmt: str = "text") -> str:
    """The validation outcome in one of ``VALIDATION_RENDERERS``' formats."""
    return _renderer(VALIDATION_RENDERERS, fmt, "validation")(validation)


def render_sources(rows: list[dict[str, Any]], fmt: str = "text") -> str:
    """``reconcile sources``: one row per source with its claim count (text table or JSON)."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if not rows:
        return "No sources yet: add a source file to sources/, one per source (SPEC §3)\n"
    return tabulate([["" if v is None else clean_line(str(v)) for v in row.values()] for row in rows],
                    headers=list(rows[0]), tablefmt="simple", disable_numparse=True) + "\n"
