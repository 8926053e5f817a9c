"""One chart per topic: every claim's interval on one value axis, as an inline ``<svg>``.

Each claim is a row: its label (source and value as stated) above, its interval below,
so the chart stays narrow enough to read on a phone.

``chart_rows`` turns a topic into plain rows (picklable, no matplotlib); ``draw_chart``
draws them with matplotlib (imported here, lazily, Agg backend) and returns SVG text that
is deterministic (fixed ``svg.hashsalt``, no date) and safe to inline many times in one
page (element ids prefixed per chart, unreferenced ids dropped, no XML prolog or DOCTYPE).

How a row is drawn: an exact value is a dot; a range is a bar; an unbounded side runs to
the edge of the axis and ends in an arrow head; a bound the interval excludes is a hollow
circle. Claims in a conflict are red, and the gap between two conflicting claims is a
dashed red span with its size ("gap 391, ×4.6"). A total with a breakdown is followed by a row with
the sum of its parts (green when the parts fit the total, red when they do not), then
its parts. A topic with more than ``MAX_ROWS`` claims draws the claims that matter most
(in a conflict, totals, in another finding) one by one and the rest as one band, their
overall range, and says so on the chart.
"""
from __future__ import annotations

import io
import math
import re
import textwrap
import threading
from typing import Any, NamedTuple

from reconcile.model import Report, plain_number
from reconcile.report_base import (
    TopicView,
    breakdowns,
    clean_line,
    format_interval,
    format_number,
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
}

RC = {
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
    sum_style = {}
    for finding in view.findings:
        if finding.kind in ("breakdown-conflict", "breakdown-consistent"):
            for cid in finding.claims:
                if cid in parts:
                    style = "sum-conflict" if finding.verdict == "conflict" else "sum-consistent"
                    if sum_style.get(cid) != "sum-conflict":
                        sum_style[cid] = style

    def priority(claim: dict[str, Any]) -> int:
        if claim["id"] in conflicted:
            return 0
        if claim["id"] in parts:
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
                 else format_interval(whole))
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
    note = ""
    if rest:
        lowers = [c.get("lower") for c in rest]
        uppers = [c.get("upper") for c in rest]
        lower = None if any(v is None for v in lowers) else min(lowers)
        upper = None if any(v is None for v in uppers) else max(uppers)
        rows.append(Row(f"+ {len(rest):,} more claims (their overall range)", lower, upper,
                        True, True, "group", True))
        note = (f"{len(claims):,} claims: {len(drawn)} drawn one by one (conflicts and "
                f"totals first), the other {len(rest):,} as one band, their overall range.")
    topic = report.topics.get(view.id)
    unit = (topic.unit if topic is not None else "") or ""
    aria = (f"Chart of {plural(len(claims), 'claim')} about {clean_line(view.title)}: "
            + "; ".join(r.label if r.bold else f"{r.label} {format_interval(r._asdict())}"
                        for r in rows[:12])
            + ("; ..." if len(rows) > 12 else ""))
    return Chart(tuple(rows), note, unit, aria, _gaps(view, rows, row_of))


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
        words = f"gap {format_number(plain_number(finding.gap))}"
        if finding.ratio is not None:
            words += f", \u00d7{format_number(plain_number(finding.ratio))}"
        out.append((max(row_of[cid] for cid in finding.claims), span[0], span[1], words))
    return tuple(out)


# --- drawing ---------------------------------------------------------------------------------

# Each row is a label line with the bar below it, so the chart can be narrow: on a phone
# the SVG shrinks little and its 10px text stays readable.
FIG_WIDTH = 5.0                      # inches; shown at natural size, at most the column
LEFT, AX_WIDTH = 0.04, 0.92          # axes box, as fractions of the figure width
ROW_H, TOP, BOTTOM, NOTE_H = 0.4, 0.1, 0.5, 0.4   # inches
PAD = 0.3                            # rows of room under the last row (a gap's words)
BAR, LABEL = 0.14, -0.2              # where bar and label sit in a row (row units from its middle)


def _axis_range(rows: tuple[Row, ...]) -> tuple[float, float, bool]:
    """(xmin, xmax, log): room on the right for arrows; log when values span > 3 decades."""
    values = [v for r in rows for v in (r.lower, r.upper) if v is not None and math.isfinite(v)]
    if not values:
        return 0.0, 1.0, False
    lo, hi = min(values), max(values)
    positive = [v for v in values if v > 0]
    if positive and lo > 0 and hi / min(positive) > 1000:
        return min(positive) / 2, hi * 2.5, True
    lo = min(lo, 0.0)
    span = (hi - lo) or abs(hi) or 1.0
    return lo - span * 0.02, hi + span * 0.12, False


_CANVAS: list[Any] = []   # one Figure and Axes per process, reused chart after chart
_CANVAS_LOCK = threading.Lock()   # ... by one thread at a time


def _canvas() -> tuple[Any, Any]:
    """The reused Figure, on its own Agg canvas: no pyplot, no global backend switch (a
    notebook that imports reconcile keeps its own)."""
    if not _CANVAS:
        import matplotlib
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        with matplotlib.rc_context(RC):
            fig = Figure(figsize=(FIG_WIDTH, 3))
            FigureCanvasAgg(fig)
            ax = fig.add_axes((LEFT, 0.2, AX_WIDTH, 0.7))
            ax.set_yticks([])
            for side in ("top", "right", "left"):
                ax.spines[side].set_visible(False)
            ax.set_axisbelow(True)
        _CANVAS[:] = [fig, ax]
    return _CANVAS[0], _CANVAS[1]


def draw_chart(chart: Chart, prefix: str) -> str:
    """The chart as an ``<svg>`` element (see the module docstring)."""
    import matplotlib
    from matplotlib.lines import Line2D
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path
    from matplotlib.ticker import FuncFormatter, LogLocator, MaxNLocator, NullFormatter

    rows = chart.rows
    n = max(1, len(rows))
    top = TOP + (NOTE_H if chart.note else 0)
    span = n + PAD                       # rows, and room under the last one
    height = span * ROW_H + top + BOTTOM
    with _CANVAS_LOCK, matplotlib.rc_context(RC):
        fig, ax = _canvas()
        for artist in [*ax.artists, *ax.patches, *ax.lines, *ax.texts, *fig.texts]:
            artist.remove()
        fig.set_size_inches(FIG_WIDTH, height)
        ax.set_position((LEFT, BOTTOM / height, AX_WIDTH, span * ROW_H / height))
        xmin, xmax, log = _axis_range(rows)
        ax.set_xscale("log" if log else "linear")
        ax.xaxis.set_major_locator(LogLocator() if log else MaxNLocator(nbins=6))
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: format_number(v)))
        ax.xaxis.set_minor_formatter(NullFormatter())
        ax.grid(axis="x", color="#dddddd", linewidth=0.5)
        ax.set_xlim(xmin, xmax)
        ax.set_ylim(n - 0.5 + PAD, -0.5)
        ax.set_xlabel(chart.unit)
        if log:
            left_edge, right_edge = xmin * 1.08, xmax / 1.08
        else:
            left_edge, right_edge = xmin, xmax - (xmax - xmin) * 0.015

        # one compound path per (layer, style): a few SVG elements whatever the row count
        layers: dict[tuple[int, str], list[tuple[float, float, float, float]]] = {}

        def add(layer: int, style: str, x0: float, y0: float, x1: float, y1: float) -> None:
            layers.setdefault((layer, style), []).append((x0, y0, x1, y1))

        arrows: dict[tuple[str, str], tuple[list[float], list[float]]] = {}
        for y, row in enumerate(rows):
            lo, hi = row.lower, row.upper
            if lo is not None and hi is not None and lo == hi:
                add(4, row.style, lo, y + BAR, lo, y + BAR)      # exact value: a dot
                continue
            x0 = left_edge if lo is None else max(lo, left_edge)
            x1 = right_edge if hi is None else hi
            add(0, row.style, x0, y + BAR, x1, y + BAR)          # the interval: a bar
            for bound, inclusive, edge, head in ((lo, row.lower_inclusive, left_edge, "<"),
                                                 (hi, row.upper_inclusive, right_edge, ">")):
                if bound is None:
                    xs, ys = arrows.setdefault((head, row.style), ([], []))
                    xs.append(edge)
                    ys.append(y + BAR)
                elif inclusive:
                    add(1, row.style, bound, y + BAR - 0.2, bound, y + BAR + 0.2)  # a tick
                else:
                    add(2, row.style, bound, y + BAR, bound, y + BAR)  # a ring ...
                    add(3, "hole", bound, y + BAR, bound, y + BAR)    # ... with a hole
        widths = {0: 3.2, 1: 1.6, 2: 6.5, 3: 3.6, 4: 6.5}
        for (layer, style) in sorted(layers):
            verts: list[tuple[float, float]] = []
            for x0, y0, x1, y1 in layers[(layer, style)]:
                verts += [(x0, y0), (x1, y1)]
            path = Path(verts, [Path.MOVETO, Path.LINETO] * (len(verts) // 2))
            path.should_simplify = False
            width = widths[layer] * (0.7 if layer == 0 and style in ("part", "group") else 1)
            # add_artist, not add_patch: the limits are set, so no data limits to update
            ax.add_artist(PathPatch(path, fill=False, linewidth=width, clip_on=False,
                                    edgecolor="#ffffff" if style == "hole" else COLORS[style],
                                    capstyle="butt" if layer in (0, 1) else "round"))
        gaps = [(row, max(x0, left_edge), min(x1, right_edge), words)
                for row, x0, x1, words in chart.gaps]
        if gaps:
            verts = [v for row, x0, x1, _ in gaps for v in ((x0, row + BAR), (x1, row + BAR))]
            path = Path(verts, [Path.MOVETO, Path.LINETO] * len(gaps))
            ax.add_artist(PathPatch(path, fill=False, linewidth=1.2, linestyle=(0, (3, 2)),
                                    edgecolor=COLORS["conflict"], clip_on=False))
        for (head, style) in sorted(arrows):
            xs, ys = arrows[(head, style)]
            ax.add_artist(Line2D(xs, ys, linestyle="none", marker=head, markersize=7,
                                 color=COLORS[style], clip_on=False))
        if chart.note:
            fig.text(LEFT, 1 - 0.08 / height, textwrap.fill(chart.note, 72), ha="left",
                     va="top", fontsize=9, linespacing=1.3,
                     color="#555555", parse_math=False)
        buffer = io.StringIO()
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None,
                                                    "Format": None, "Type": None})
        labels = _labels(rows, height, top) + _gap_labels(gaps, fig, ax, height)
    return _inline_svg(buffer.getvalue(), prefix, chart.aria, labels)


def _gap_labels(gaps: list[tuple[int, float, float, str]], fig: Any, ax: Any,
                height: float) -> str:
    """Each conflict's gap in words, centred over its dashed span (in the figure's points)."""
    from html import escape

    out = []
    scale = 72 / fig.dpi
    for row, x0, x1, words in gaps:
        (a, _), (b, y) = ax.transData.transform([(x0, row + BAR), (x1, row + BAR)])
        out.append(f'<text x="{(a + b) / 2 * scale:.1f}" y="{height * 72 - y * scale + 12:.1f}" '
                   f'fill="{COLORS["conflict"]}" style="font-family:\'DejaVu Sans\',Verdana,'
                   f'sans-serif;font-size:9px;text-anchor:middle">{escape(words)}</text>')
    return "".join(out)


def _labels(rows: tuple[Row, ...], height: float, top: float) -> str:
    """Row labels as SVG text, above each row's bar (in the figure's points).

    Written here rather than as matplotlib Text artists: a Text costs a font layout each,
    which made charts of many claims slow, and the browser lays out SVG text anyway
    (``svg.fonttype = "none"``).
    """
    from html import escape

    x = LEFT * FIG_WIDTH * 72
    out = [f'<g transform="translate({x:.1f} 0)" fill="#222222" style="font-family:'
           "'DejaVu Sans',Verdana,sans-serif;font-size:10px;text-anchor:start;"
           'dominant-baseline:central">']
    for y, row in enumerate(rows):
        svg_y = (top + (y + 0.5 + LABEL) * ROW_H) * 72
        color = "" if row.style == "claim" else f' fill="{COLORS[row.style]}"'
        weight = ' font-weight="bold"' if row.bold else ""
        out.append(f'<text y="{svg_y:.1f}"{color}{weight}>{escape(row.label, quote=False)}</text>')
    out.append("</g>")
    return "".join(out)


_ID = re.compile(r'\sid="([^"]*)"')
_REF = re.compile(r'(href="#|url\(#)([^")]*)')
_GEOMETRY = re.compile(r'(\s(?:d|x|y|width|height|transform|viewBox)=")([^"]*)"')
_DECIMALS = re.compile(r"(\d+\.\d)\d+")
_GROUP = re.compile(r"<g\b[^>]*>|</g>")


_PATH_DATA = re.compile(r'(\sd=")([^"]*)"')
_NUM = r"(-?[\d.]+)"
_SEGMENTS = (   # (pattern, replacement): dots, horizontal and vertical segments, shorter
    (re.compile(rf"M {_NUM} {_NUM} L \1 \2(?= M|$)"), r"M \1 \2 h0"),
    (re.compile(rf"M {_NUM} {_NUM} L {_NUM} \2(?= M|$)"), r"M \1 \2 H \3"),
    (re.compile(rf"M {_NUM} {_NUM} L \1 {_NUM}(?= M|$)"), r"M \1 \2 V \3"),
)


def _shorter_path(data: str) -> str:
    for pattern, replacement in _SEGMENTS:
        data = pattern.sub(replacement, data)
    return data


def _unwrap_groups(svg: str) -> str:
    """Drop ``<g>`` elements without attributes (and their matching ``</g>``), and empty
    ``<g/>``."""
    out, stack, last = [], [], 0
    for match in _GROUP.finditer(svg):
        tag = match.group(0)
        if tag == "</g>":
            keep = stack.pop() if stack else True
        elif tag.endswith("/>"):
            keep = tag.replace(" ", "") != "<g/>"   # self-closing: nothing to match
        else:
            keep = tag not in ("<g>", "<g >")
            stack.append(keep)
        out.append(svg[last:match.start()])
        if keep:
            out.append(tag)
        last = match.end()
    out.append(svg[last:])
    return "".join(out)


def _inline_svg(svg: str, prefix: str, aria: str, labels: str) -> str:
    """Matplotlib's SVG document -> an element to inline: ids unique per chart, compact."""
    from html import escape

    svg = svg[svg.index("<svg"):]
    svg = re.sub(r"<metadata>.*?</metadata>", "", svg, flags=re.S)
    referenced = {m.group(2) for m in _REF.finditer(svg)}
    svg = _ID.sub(lambda m: f' id="{prefix}{m.group(1)}"' if m.group(1) in referenced else "",
                  svg)
    svg = _REF.sub(lambda m: f"{m.group(1)}{prefix}{m.group(2)}", svg)
    svg = svg.replace(' transform="rotate(-0 ', ' data-r="')   # identity rotations
    svg = re.sub(r' data-r="[^"]*"', "", svg)
    svg = re.sub(r"\s*\n\s*", " ", svg)
    svg = re.sub(r">\s+<", "><", svg)
    svg = _GEOMETRY.sub(lambda m: m.group(1) + _DECIMALS.sub(r"\1", m.group(2)).strip() + '"',
                        svg)
    svg = _PATH_DATA.sub(lambda m: m.group(1) + _shorter_path(m.group(2)) + '"', svg)
    svg = _unwrap_groups(svg).strip()
    svg = svg.replace("<svg ", f'<svg role="img" aria-label="{escape(aria)}" ', 1)
    return svg[: -len("</svg>")] + labels + "</svg>"
