"""One chart per topic, one panel per stated scope: each claim's interval on its scope's value
axis, as an inline ``<svg>``.

A panel holds the claims of one stated scope (population, criterion, place, as_of; SPEC.md
§5), under a heading that says the scope in words, with its own value axis: a regional count
is never drawn beside a national total, nor a count of one day beside another day's, as if
they were comparable. A breakdown's parts are in other places by nature: they stay with their
total, in its panel, under it. Panels with the totals and the conflicts come first.

Each claim is a row: its label (source and value as stated) above, its interval below,
so the chart stays narrow enough to read on a phone.

``chart_rows`` turns a topic into plain rows and panels (picklable, no matplotlib);
``svg.draw_chart`` draws them. A total with a breakdown is followed by a row with the
sum of its parts (green when the parts fit the total, red when they do not), then its parts.
A scope that two origins or more state has its estimate as its own row at the end of its
panel. A topic of more than ``MAX_ROWS`` rows or ``MAX_PANELS`` scopes draws the claims that
matter most (totals with their sums, then claims in a conflict, then in another finding) one
by one, the rest of each drawn scope as one band (their overall range, never mixing scopes),
and says so on the chart, with the claims of the scopes it had no room for. A conflict is
spanned (its gap) when both claims are on one axis; a panel says how many of its conflicts
are with a claim on no axis of its own.
"""
from __future__ import annotations

import math
from typing import Any, Collection, NamedTuple

from reconcile.conflicts.wording import scope_words
from reconcile.model.records import Report
from reconcile.model.numbers import claim_interval, format_number
from reconcile.report.estimates import counts, estimate_value
from reconcile.report.base import (
    TopicView,
    breakdowns,
    clean_line,
    interval_sum,
    plural,
    source_name,
)

#: rows per chart at most, every panel's together (claims, sums, bands, estimates)
MAX_ROWS = 60
#: panels (stated scopes) per chart at most: on a phone, more is a long scroll (and bytes);
#: the claims table lists every claim
MAX_PANELS = 8
LABEL_CHARS = 60

COLORS = {
    "claim": "#1f4e79",
    "part": "#5d7ea3",
    "conflict": "#c62828",
    "sum-consistent": "#2e7d32",
    "sum-conflict": "#c62828",
    "sum": "#6a1b9a",
    "group": "#9e9e9e",
    "estimate": "#ef6c00",
}

#: estimate rows drawn per topic at most (scopes that two origins or more state)
MAX_ESTIMATE_ROWS = 10


class Row(NamedTuple):
    label: str
    lower: float | None
    upper: float | None
    lower_inclusive: bool
    upper_inclusive: bool
    style: str        # a key of COLORS
    bold: bool = False


class Panel(NamedTuple):
    """The rows ``start:stop`` of a chart, drawn on an axis of their own."""
    title: str         # the stated scope in words
    start: int
    stop: int
    note: str = ""     # "" or its conflicts with claims on no axis of its own


class Chart(NamedTuple):
    rows: tuple[Row, ...]
    note: str          # "" or what was grouped
    unit: str
    aria: str          # the chart in words, for screen readers
    gaps: tuple[tuple[int, float, float, str], ...] = ()   # (row, from, to, words) of conflicts
    panels: tuple[Panel, ...] = ()   # none: one untitled panel of every row


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(clean_line(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def scope_key(record: dict[str, Any]) -> tuple:
    """A claim's or an estimate's stated scope: (population, criterion, place, as_of)."""
    return (tuple(record.get("population") or ()), record.get("criterion"), record.get("place"),
            record.get("as_of"))


def _root(cid: str, by_id: dict[str, dict[str, Any]]) -> str:
    """The total at the top of a claim's breakdown (the claim itself when it is no part); in a
    loop of ``part_of``, the loop's smallest id, whichever claim of it one starts from."""
    path: list[str] = []
    seen: dict[str, int] = {}
    while cid not in seen:
        seen[cid] = len(path)
        path.append(cid)
        parent = by_id[cid].get("part_of")
        if parent not in by_id:
            return cid
        cid = parent
    return min(path[seen[cid]:])


def _band(rest: list[dict[str, Any]]) -> Row:
    """The claims of a scope not drawn one by one, as one row: their overall range."""
    lowers = [c.get("lower") for c in rest]
    uppers = [c.get("upper") for c in rest]
    lower = None if None in lowers else min(float(v) for v in lowers if v is not None)
    upper = None if None in uppers else max(float(v) for v in uppers if v is not None)
    return Row(f"+ {len(rest):,} more claims (their overall range)", lower, upper, True, True,
               "group", True)


def _row(claim: dict[str, Any], label: str, style: str) -> Row:
    return Row(_short(label), claim.get("lower"), claim.get("upper"),
               bool(claim.get("lower_inclusive")), bool(claim.get("upper_inclusive")), style)


def estimates_by_topic(report: Report, topics: Collection[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """topic id -> its estimate records, in the report's order (made once for every chart:
    a page of 20,000 topics must not turn every estimate into a record for each of them); of
    ``topics`` only, when given (the few a page draws: records of the others are not made)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for item in report.estimates:
        if topics is not None and (item["topic"] if isinstance(item, dict) else item.evidence.topic) not in topics:
            continue
        estimate = item if isinstance(item, dict) else item.to_dict()
        out.setdefault(estimate["topic"], []).append(estimate)
    return out


def chart_rows(report: Report, view: TopicView, conflicted: set[str],
               estimate_records: list[dict[str, Any]] | None = None) -> Chart:
    """The panels of one topic's chart: one per stated scope, breakdown sums beside their
    totals and the parts with their total (see the module docstring). ``estimate_records``:
    the topic's (``estimates_by_topic``); by default, found in the report."""
    claims = view.claims
    by_id = {c["id"]: c for c in claims}
    parts = {total: ps for total, ps in breakdowns(claims).items() if total in by_id}
    part_ids = {p["id"] for ps in parts.values() for p in ps}
    in_finding = {cid for f in view.findings if f.verdict != "warning" for cid in f.claims}
    sum_style: dict[str, str] = {}
    for finding in view.findings:
        if finding.kind in ("breakdown-conflict", "breakdown-consistent"):
            for cid in finding.claims:
                if cid in parts:
                    style = "sum-conflict" if finding.verdict == "conflict" else "sum-consistent"
                    if sum_style.get(cid) != "sum-conflict":
                        sum_style[cid] = style

    def priority(claim: dict[str, Any]) -> int:
        # totals first: a few rows, each with its breakdown's sum beside it; then conflicts
        if claim["id"] in parts:
            return 0
        if claim["id"] in conflicted:
            return 1
        return 2 if claim["id"] in in_finding else 3

    # the panels: claims by the stated scope of their breakdown's root (their own if none)
    members: dict[tuple, list[int]] = {}
    for i, claim in enumerate(claims):
        members.setdefault(scope_key(by_id[_root(claim["id"], by_id)]), []).append(i)
    rank = {key: min((priority(claims[i]), i) for i in found) for key, found in members.items()}
    keys = sorted(members, key=rank.__getitem__)
    panel_of = {claims[i]["id"]: key for key, found in members.items() for i in found}
    estimates: dict[tuple, list[dict[str, Any]]] = {}
    shown = 0
    if estimate_records is None:
        estimate_records = estimates_by_topic(report).get(view.id, [])
    for estimate in estimate_records:
        key = scope_key(estimate)
        if (estimate["topic"] == view.id and estimate["status"] != "single-source"
                and key in members and shown < MAX_ESTIMATE_ROWS):
            estimates.setdefault(key, []).append(estimate)   # its own row, in its scope's panel
            shown += 1

    # what is drawn one by one: everything, or what matters most within MAX_ROWS rows and
    # MAX_PANELS panels; each panel's other claims are one band (a row kept for it)
    kept: set[int] = set(range(len(claims)))
    opened: set[tuple] = set(keys)
    rows_needed = len(claims) + len(parts) + shown
    if rows_needed > MAX_ROWS or len(keys) > MAX_PANELS:
        kept, opened, used = set(), set(), 0
        left_out: set[str] = set()   # a part of a total left out is left out (its place is not the panel's)
        for i in sorted(range(len(claims)), key=lambda i: (priority(claims[i]), i)):
            key = panel_of[claims[i]["id"]]
            cost = 1 + (claims[i]["id"] in parts)
            if key not in opened:
                cost += 1 + len(estimates.get(key, ()))   # its band, its estimates
            if (used + cost > MAX_ROWS or (key not in opened and len(opened) == MAX_PANELS)
                    or claims[i].get("part_of") in left_out):
                left_out.add(claims[i]["id"])
                continue
            kept.add(i)
            opened.add(key)
            used += cost
    drawn_ids = {claims[i]["id"] for i in kept}

    def style_of(claim: dict[str, Any], base: str) -> str:
        return "conflict" if claim["id"] in conflicted else base

    def label_of(claim: dict[str, Any]) -> str:
        # the value as stated is what matters: shorten the source's name, not the value
        value = _short(claim.get("text") or "", LABEL_CHARS // 2)
        name = _short(source_name(report, claim.get("source")), LABEL_CHARS - len(value) - 2)
        return f"{name}: {value}"

    rows: list[Row] = []
    emitted: set[str] = set()
    row_of: dict[str, int] = {}

    def emit(claim: dict[str, Any], depth: int) -> None:
        """A claim's row; for a total, then the sum of its parts and the parts themselves."""
        emitted.add(claim["id"])
        row_of[claim["id"]] = len(rows)
        if depth:
            name = claim.get("place") or claim["id"]
            hooks = "\u21b3" * depth
            label = f"{hooks} {name}: {claim.get('text') or ''}"
            rows.append(_row(claim, label, style_of(claim, "part")))
        else:
            rows.append(_row(claim, label_of(claim), style_of(claim, "claim")))
        if claim["id"] not in parts:
            return
        total_parts = parts[claim["id"]]
        whole = interval_sum(total_parts)
        total = (format_number(whole["lower"]) if whole["lower"] == whole["upper"]
                 else claim_interval(whole))
        rows.append(Row(_short(f"\u03a3 of {len(total_parts)} parts = {total}"),
                        whole["lower"], whole["upper"], whole["lower_inclusive"],
                        whole["upper_inclusive"], sum_style.get(claim["id"], "sum"), True))
        for part in total_parts:
            if part["id"] in drawn_ids and part["id"] not in emitted:
                emit(part, depth + 1)

    panels: list[Panel] = []
    banded = hidden = hidden_scopes = 0
    for key in keys:
        if key not in opened:
            hidden += len(members[key])
            hidden_scopes += 1
            continue
        start = len(rows)
        drawn = [claims[i] for i in members[key] if i in kept]
        rest = [claims[i] for i in members[key] if i not in kept]
        for claim in drawn:
            if claim["id"] in part_ids and claim["part_of"] in drawn_ids:
                continue  # drawn under its total
            emit(claim, 0)
        for claim in drawn:   # parts in a loop of part_of (a part of its own part): still drawn
            if claim["id"] not in emitted:
                emit(claim, 0)
        for estimate in estimates.get(key, ()):   # what the evidence supports, its own row (as the list says it)
            value = estimate_value(estimate, counts(report, estimate["topic"]))
            label = f"Estimate ({estimate['method']}, {estimate['status']}): {value}"
            rows.append(Row(_short(label), estimate["lower"], estimate["upper"],
                            bool(estimate["lower_inclusive"]), bool(estimate["upper_inclusive"]),
                            "estimate", True))
        if rest:
            rows.append(_band(rest))
            banded += len(rest)
        title = clean_line(scope_words(key))
        if any(claim["id"] in part_ids for claim in drawn):
            title += "; with the parts of its breakdown"
        panels.append(Panel(title, start, len(rows), _elsewhere(view, {c["id"] for c in drawn})))
    note = ""
    if banded or hidden:
        note = (f"{len(claims):,} claims: {len(drawn_ids):,} drawn one by one (totals and "
                f"conflicts first)")
        if banded:
            note += f", {banded:,} as a band per scope, their overall range"
        if hidden:
            note += (f", {plural(hidden, 'claim')} of {plural(hidden_scopes, 'other scope')} not "
                     "drawn (see the claims table)")
        note += "."
    topic = report.topics.get(view.id)
    unit = (topic.unit if topic is not None else "") or ""
    return Chart(tuple(rows), note, unit, _aria(view, rows, panels),
                 _gaps(view, rows, row_of, panels), tuple(panels))


def _exact(row: Row) -> bool:
    """An exact value: its label already says it (no ``[109, 109]`` after ``109``)."""
    return (row.lower is not None and row.lower == row.upper and row.lower_inclusive
            and row.upper_inclusive)


def _upper(row: Row) -> float:
    return math.inf if row.upper is None else row.upper


def _lower(row: Row) -> float:
    return 0.0 if row.lower is None else row.lower   # counts: no lower bound means 0


def _pairs(view: TopicView) -> list[tuple[Any, str, str]]:
    """The conflicts between two claims: (finding, first claim, second claim)."""
    return [(f, f.claims[0], f.claims[1]) for f in view.findings
            if f.verdict == "conflict" and len(f.claims) == 2]


def _elsewhere(view: TopicView, here: set[str]) -> str:
    """How many conflicts of a panel's claims are with a claim on no axis of the panel."""
    count = sum((a in here) != (b in here) for _, a, b in _pairs(view))
    if not count:
        return ""
    return f"{plural(count, 'conflict')} with claims off this axis: see the findings."


def _aria(view: TopicView, rows: list[Row], panels: list[Panel]) -> str:
    """The chart in words: each panel's scope, then its first rows (12 rows in all)."""
    def said(row: Row) -> str:
        return row.label if row.bold or _exact(row) else f"{row.label} {claim_interval(row._asdict())}"

    told, budget = [], 12
    for panel in panels:
        shown = rows[panel.start:min(panel.stop, panel.start + budget)]
        budget -= len(shown)
        if shown:
            told.append(f"{panel.title}: " + "; ".join(map(said, shown)))
    text = (f"Chart of {plural(len(view.claims), 'claim')} about {clean_line(view.title)}"
            + (f", one panel per scope ({len(panels)})" if len(panels) > 1 else "") + ". ")
    return text + ". ".join(told) + ("; ..." if len(rows) > 12 else "")


def _gaps(view: TopicView, rows: list[Row], row_of: dict[str, int],
          panels: list[Panel]) -> tuple[tuple[int, float, float, str], ...]:
    """For each conflict between two claims drawn on one axis with a gap: a dashed span on
    the lower row, from its interval to the other's nearest bound, with the gap in words."""
    panel_of_row = {n: k for k, panel in enumerate(panels) for n in range(panel.start, panel.stop)}
    out = []
    for finding, a, b in _pairs(view):
        if finding.gap is None or a not in row_of or b not in row_of:
            continue
        if panel_of_row.get(row_of[a]) != panel_of_row.get(row_of[b]):
            continue   # two axes: no span from one to the other
        first, second = rows[row_of[a]], rows[row_of[b]]
        upper, lower = _upper, _lower
        if upper(first) <= lower(second):
            span = (upper(first), lower(second))
        elif upper(second) <= lower(first):
            span = (upper(second), lower(first))
        else:
            continue
        words = f"gap {format_number(finding.gap)}"
        if finding.ratio is not None:
            words += f", \u00d7{format_number(finding.ratio)}"
        out.append((max(row_of[a], row_of[b]), span[0], span[1], words))
    return tuple(out)
