"""One chart per topic: every claim's interval on one value axis, as an inline ``<svg>``.

Each claim is a row: its label (source and value as stated) above, its interval below,
so the chart stays narrow enough to read on a phone.

``chart_rows`` turns a topic into plain rows (picklable, no matplotlib); ``report_svg.draw_chart``
draws them. A total with a breakdown is followed by a row with the sum of its parts (green
when the parts fit the total, red when they do not), then its parts. A topic with more than
``MAX_ROWS`` claims draws the claims that matter most (totals with their sums, then claims in
a conflict, then in another finding) one by one and the rest as one band, their overall
range, and says so on the chart.
"""
from __future__ import annotations

import math
from typing import Any, NamedTuple

from reconcile.model.records import Report
from reconcile.model.numbers import claim_interval, format_number
from reconcile.report.base import (
    TopicView,
    breakdowns,
    clean_line,
    interval_sum,
    plural,
    source_name,
)

MAX_ROWS = 60
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

RC: dict[Any, Any] = {  # matplotlib types its keys as a Literal of every rc name
    "svg.fonttype": "none",
    "svg.hashsalt": "reconcile",
    "font.family": "DejaVu Sans",
    "font.size": 10,
    "axes.linewidth": 0.6,
    "xtick.major.width": 0.6,
}


class Row(NamedTuple):
    label: str
    lower: float | None
    upper: float | None
    lower_inclusive: bool
    upper_inclusive: bool
    style: str        # a key of COLORS
    bold: bool = False


class Chart(NamedTuple):
    rows: tuple[Row, ...]
    note: str          # "" or what was grouped
    unit: str
    aria: str          # the chart in words, for screen readers
    gaps: tuple[tuple[int, float, float, str], ...] = ()   # (row, from, to, words) of conflicts


def _short(text: str, limit: int = LABEL_CHARS) -> str:
    text = " ".join(clean_line(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def _row(claim: dict[str, Any], label: str, style: str) -> Row:
    return Row(_short(label), claim.get("lower"), claim.get("upper"),
               bool(claim.get("lower_inclusive")), bool(claim.get("upper_inclusive")), style)


def chart_rows(report: Report, view: TopicView, conflicted: set[str]) -> Chart:
    """The rows to draw for one topic, breakdown sums beside their totals."""
    claims = view.claims
    ids = {c["id"] for c in claims}
    parts = {total: ps for total, ps in breakdowns(claims).items() if total in ids}
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

    drawn = claims
    rest: list[dict[str, Any]] = []
    budget = MAX_ROWS - len(parts)  # sum rows take room too
    if len(claims) > MAX_ROWS:
        ranked = sorted(range(len(claims)), key=lambda i: (priority(claims[i]), i))
        keep = set(ranked[:max(1, budget - 1)])
        drawn = tuple(c for i, c in enumerate(claims) if i in keep)
        rest = [c for i, c in enumerate(claims) if i not in keep]
    drawn_ids = {c["id"] for c in drawn}

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

    for claim in drawn:
        if claim["id"] in part_ids and claim["part_of"] in drawn_ids:
            continue  # drawn under its total
        emit(claim, 0)
    for claim in drawn:   # parts in a loop of part_of (a part of its own part): still drawn
        if claim["id"] not in emitted:
            emit(claim, 0)
    estimates = [e for e in report.estimate_records() if e["topic"] == view.id and e["status"] != "single-source"]
    for estimate in estimates[:MAX_ESTIMATE_ROWS]:   # what the evidence supports, its own row
        label = f"Estimate ({estimate['method']}, {estimate['status']}): {claim_interval(estimate)}"
        rows.append(Row(_short(label), estimate["lower"], estimate["upper"], bool(estimate["lower_inclusive"]),
                        bool(estimate["upper_inclusive"]), "estimate", True))
    note = ""
    if rest:
        lowers = [c.get("lower") for c in rest]
        uppers = [c.get("upper") for c in rest]
        lower = None if None in lowers else min(float(v) for v in lowers if v is not None)
        upper = None if None in uppers else max(float(v) for v in uppers if v is not None)
        rows.append(Row(f"+ {len(rest):,} more claims (their overall range)", lower, upper,
                        True, True, "group", True))
        note = (f"{len(claims):,} claims: {len(drawn)} drawn one by one (totals and "
                f"conflicts first), the other {len(rest):,} as one band, their overall range.")
    topic = report.topics.get(view.id)
    unit = (topic.unit if topic is not None else "") or ""
    aria = (f"Chart of {plural(len(claims), 'claim')} about {clean_line(view.title)}: "
            + "; ".join(r.label if r.bold or _exact(r)
                        else f"{r.label} {claim_interval(r._asdict())}" for r in rows[:12])
            + ("; ..." if len(rows) > 12 else ""))
    return Chart(tuple(rows), note, unit, aria, _gaps(view, rows, row_of))


def _exact(row: Row) -> bool:
    """An exact value: its label already says it (no ``[109, 109]`` after ``109``)."""
    return (row.lower is not None and row.lower == row.upper and row.lower_inclusive
            and row.upper_inclusive)


def _upper(row: Row) -> float:
    return math.inf if row.upper is None else row.upper


def _lower(row: Row) -> float:
    return 0.0 if row.lower is None else row.lower   # counts: no lower bound means 0


def _gaps(view: TopicView, rows: list[Row],
          row_of: dict[str, int]) -> tuple[tuple[int, float, float, str], ...]:
    """For each conflict between two drawn claims with a gap: a dashed span on the lower
    row, from its interval to the other's nearest bound, with the gap in words."""
    out = []
    for finding in view.findings:
        if finding.verdict != "conflict" or finding.gap is None or len(finding.claims) != 2:
            continue
        if not all(cid in row_of for cid in finding.claims):
            continue
        first, second = (rows[row_of[cid]] for cid in finding.claims)
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
        out.append((max(row_of[cid] for cid in finding.claims), span[0], span[1], words))
    return tuple(out)
