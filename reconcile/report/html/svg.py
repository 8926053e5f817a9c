"""Drawing the charts of ``report_chart``: rows -> a lean inline ``<svg>``, written here, on
matplotlib's scales: its tick locators (imported lazily) choose each axis's ticks.

A chart's panels (one per stated scope) are stacked in one ``<svg>``, each under its heading
(the scope in words) with its own value axis right under its rows: one figure per topic, as
narrow as before, so on a phone it scrolls down, never sideways, and each panel's axis is
read where its rows are, not on a scale shared with other scopes.

How a row is drawn: an exact value is a dot; a range is a bar; an unbounded side runs to
the edge of the axis and ends in an arrow head; a bound the interval excludes is a hollow
circle. Claims in a conflict are red, and the gap between two conflicting claims is a
dashed red span with its size ("gap 391, ×4.6"). An axis is a line, a grid line and a label
per tick (``MaxNLocator``, or ``LogLocator`` when the values span more than three decades)
and the unit under them. The SVG is deterministic (no date, no random id) and safe to inline
many times in one page (no id at all, no XML prolog or DOCTYPE). It is lean: a few compound
paths per panel; every element has a class and no style (``CHART_CSS``, once per page),
coordinates have one decimal at most, and there are no clip paths, marker definitions or
``<use>``. Text from sources is escaped.

The axes were drawn by matplotlib's SVG backend, one Figure with an Axes per panel: about
25 ms an axis, most of it laying out tick labels the browser lays out again; writing them
here costs well under a millisecond and draws the same ticks at the same places.
"""
from __future__ import annotations

import math
import textwrap
from html import escape
from typing import Any, NamedTuple

from reconcile.model.numbers import format_number
from reconcile.report.html.chart import COLORS, Chart, Panel, Row

# Each row is a label line with the bar below it, so the chart can be narrow: on a phone
# the SVG shrinks little and its 10px text stays readable.
FIG_WIDTH = 5.0                      # inches; shown at natural size, at most the column
LEFT, AX_WIDTH = 0.04, 0.92          # axes box, as fractions of the figure width
ROW_H, TOP, BOTTOM = 0.4, 0.1, 0.5   # inches
PAD = 0.3                            # rows of room under the last row (a gap's words)
BAR, LABEL = 0.14, -0.2              # where bar and label sit in a row (row units from its middle)
NOTE_CHARS = 72                      # the note's lines
NOTE_LINE = 11.7                     # points from a note's line to the next (9px text)
TITLE_CHARS, TITLE_LINES = 58, 3     # a panel's heading (its scope in words): its lines
TITLE_LINE = 12.5                    # points from a heading's line to the next (10px bold)
PANEL_GAP = 0.15                     # inches between a panel's axis and the next heading
TICK_LABEL, UNIT_LABEL = 14.6, 28.6  # points under the axis line: tick labels' baseline, unit's

#: row style -> its CSS class in the chart (colours in CHART_CSS, from COLORS)
STYLE_CLASSES = {"claim": "c", "part": "p", "conflict": "x", "sum-consistent": "sk",
                 "sum-conflict": "sx", "sum": "s", "group": "g", "estimate": "e"}

#: the charts' look, once per page: every chart element has a class, none a style
CHART_CSS = (
    ".chart svg{color:#222}"
    ".chart svg text{fill:currentColor;font-family:'DejaVu Sans',Verdana,sans-serif;"
    "font-size:10px}"
    ".chart svg path{fill:none;stroke:currentColor}"
    ".chart .tl{text-anchor:middle}.chart .gr{stroke:#ddd;stroke-width:.5}"
    ".chart .ax{stroke:#000;stroke-width:.6}"
    ".chart .lb text{dominant-baseline:central}"
    ".chart .nt{fill:#555;font-size:9px}"
    ".chart .hd{font-weight:bold}"
    ".chart .gl{font-size:9px;text-anchor:middle}"
    ".chart .b{stroke-width:3.2}.chart .b.p,.chart .b.g{stroke-width:2.24}"
    ".chart .k{stroke-width:1.6}"
    ".chart .o{stroke-width:6.5;stroke-linecap:round}"
    ".chart svg .h{stroke:#fff;stroke-width:3.6;stroke-linecap:round}"
    ".chart svg .a{fill:currentColor;stroke-width:1}"
    ".chart .gp{stroke-width:1.2;stroke-dasharray:3.6 2.4}"
    + "".join(f".chart svg .{cls}{{color:{COLORS[style]}}}"
              for style, cls in STYLE_CLASSES.items() if style != "claim")
    + f".chart svg path.c{{color:{COLORS['claim']}}}"
)

_WIDTHS = {0: "b", 1: "k", 2: "o", 3: "h", 4: "o"}   # layer -> the class of its stroke


#: the axis stops here: a value near the largest float (1e308) would make its limits, or its
#: ticks, infinite
AXIS_LIMIT = 1e250


def _axis_range(rows: tuple[Row, ...]) -> tuple[float, float, bool]:
    """(xmin, xmax, log): room on the right for arrows; log when values span > 3 decades."""
    values = [min(max(v, -AXIS_LIMIT), AXIS_LIMIT) for r in rows for v in (r.lower, r.upper)
              if v is not None and math.isfinite(v)]
    if not values:
        return 0.0, 1.0, False
    lo, hi = min(values), max(values)
    positive = [v for v in values if v > 0]
    if positive and lo > 0 and hi / min(positive) > 1000:
        return min(positive) / 2, hi * 2.5, True
    lo = min(lo, 0.0)
    span = (hi - lo) or abs(hi) or 1.0
    return lo - span * 0.02, hi + span * 0.12, False


def _num(value: float) -> str:
    """A coordinate with one decimal at most: 130.0 -> "130", -0.04 -> "0"."""
    text = f"{value:.1f}".removesuffix(".0")
    return "0" if text == "-0" else text


class _Layout(NamedTuple):
    """Where a panel goes, in inches from the top of the figure."""
    panel: Panel
    title: tuple[str, ...]    # its heading's lines
    note: tuple[str, ...]     # its note's lines
    top: float                # its heading's top
    rows_top: float           # its rows' top (its axes' top)
    span: float               # its rows and the room under them, in rows


def _layout(chart: Chart) -> tuple[tuple[str, ...], list[_Layout], float]:
    """The chart's note lines, each panel's place, and the figure's height (inches)."""
    panels = chart.panels or (Panel("", 0, len(chart.rows)),)
    note = tuple(textwrap.wrap(chart.note, NOTE_CHARS))
    y = TOP + (len(note) * NOTE_LINE + 3) / 72 if note else TOP
    out = []
    for n, panel in enumerate(panels):
        if n:
            y += PANEL_GAP
        title = tuple(textwrap.wrap(panel.title, TITLE_CHARS, max_lines=TITLE_LINES,
                                    placeholder=" \u2026"))
        lines = tuple(textwrap.wrap(panel.note, NOTE_CHARS))
        rows_top = y + ((len(title) * TITLE_LINE + len(lines) * NOTE_LINE + 4) / 72
                        if title or lines else 0)
        span = max(1, panel.stop - panel.start) + PAD   # rows, and room under the last one
        out.append(_Layout(panel, title, lines, y, rows_top, span))
        y = rows_top + span * ROW_H + BOTTOM
    return note, out, y


def draw_chart(chart: Chart, prefix: str = "") -> str:
    """The chart as an ``<svg>`` element (see the module docstring): its panels one under
    the other, each with its heading (its scope in words) above its rows and its own value
    axis under them. ``prefix`` was for element ids; the SVG has none."""
    note, layouts, height = _layout(chart)
    data: list[str] = []
    labels: list[tuple[Row, float]] = []
    texts: list[str] = []
    side = [_lines("nt", note, TOP * 72 + 9, NOTE_LINE)]   # lines at the axes' left edge
    for place in layouts:
        _draw_panel(chart, place, data, labels, texts, side)
    content = (f'{"".join(data)}{_labels(labels)}{"".join(texts)}'
               f'<g transform="translate({_num(LEFT * FIG_WIDTH * 72)} 0)">{"".join(side)}</g>')
    width = FIG_WIDTH * 72
    return (f'<svg role="img" aria-label="{escape(chart.aria)}" width="{_num(width)}pt" '
            f'height="{_num(height * 72)}pt" viewBox="0 0 {_num(width)} {_num(height * 72)}" '
            f'xmlns="http://www.w3.org/2000/svg">{content}</svg>')


def _ticks(xmin: float, xmax: float, log: bool) -> list[float]:
    """The major ticks matplotlib would put on an axis from xmin to xmax (its locators, as
    an Axes of the old figure had them: six bins, or decades)."""
    from matplotlib.ticker import LogLocator, MaxNLocator

    locator = LogLocator(numticks=9) if log else MaxNLocator(nbins=6)
    values = [float(v) for v in locator.tick_values(xmin, xmax)]
    if log:
        low, high, tolerance = math.log10(xmin), math.log10(xmax), 1e-10
        return [v for v in values if v > 0 and low - tolerance <= math.log10(v) <= high + tolerance]
    tolerance = (xmax - xmin) * 1e-10
    return [v for v in values if xmin - tolerance <= v <= xmax + tolerance]


def _draw_panel(chart: Chart, place: _Layout, data: list[str], labels: list[tuple[Row, float]],
                texts: list[str], side: list[str]) -> None:
    """One panel: its axis and rows (paths into ``data``), their labels, texts placed by x,
    and its heading and note (``side``, at the axes' left edge)."""
    xmin, xmax, log = _axis_range(chart.rows[place.panel.start:place.panel.stop])
    start, stop = place.panel.start, place.panel.stop
    if log:
        left_edge, right_edge = xmin * 1.08, xmax / 1.08
        low, scale = math.log10(xmin), math.log10(xmax) - math.log10(xmin)
    else:
        left_edge, right_edge = xmin, xmax - (xmax - xmin) * 0.015
        low, scale = xmin, xmax - xmin
    x_left, x_width = LEFT * FIG_WIDTH * 72, AX_WIDTH * FIG_WIDTH * 72

    def x_of(value: float) -> str:
        value = min(max(value, xmin), xmax)  # beyond AXIS_LIMIT: at the axis's end
        position = (math.log10(value) if log else value) - low
        return _num(x_left + position / scale * x_width)

    def y_of(row: float) -> float:
        """A chart row (with a fraction: where in it) -> the figure's points."""
        return (place.rows_top + (row - start + 0.5) * ROW_H) * 72

    # the axis: a grid line per tick up to the rows' top, the line, tick labels, the unit
    axis_y, rows_y = (place.rows_top + place.span * ROW_H) * 72, place.rows_top * 72
    ticks = _ticks(xmin, xmax, log)
    if ticks:
        data.append(f'<path class="gr" d="{"".join(f"M{x_of(t)} {_num(axis_y)}V{_num(rows_y)}" for t in ticks)}"/>')
    data.append(f'<path class="ax" d="M{_num(x_left)} {_num(axis_y)}H{_num(x_left + x_width)}"/>')
    # tick labels and the unit: one group at the tick labels' baseline, an x each
    under = [f'<text x="{x_of(t)}">{escape(format_number(t), quote=False)}</text>' for t in ticks]
    if chart.unit:
        under.append(f'<text x="{_num(x_left + x_width / 2)}" y="{_num(UNIT_LABEL - TICK_LABEL)}">'
                     f"{escape(chart.unit, quote=False)}</text>")
    if under:
        texts.append(f'<g class="tl" transform="translate(0 {_num(axis_y + TICK_LABEL)})">'
                     + "".join(under) + "</g>")

    # one compound path per (layer, style): a few SVG elements whatever the row count
    layers: dict[tuple[int, str], list[str]] = {}
    arrows: dict[str, list[str]] = {}
    tick = 0.2 * ROW_H * 72
    for y in range(start, stop):
        row = chart.rows[y]
        labels.append((row, y_of(y + LABEL)))
        lo, hi = row.lower, row.upper
        mid = _num(y_of(y + BAR))
        if lo is not None and hi is not None and lo == hi:
            layers.setdefault((4, row.style), []).append(f"M{x_of(lo)} {mid}h0")  # a dot
            continue
        x0 = x_of(left_edge if lo is None else max(lo, left_edge))
        x1 = x_of(right_edge if hi is None else hi)
        layers.setdefault((0, row.style), []).append(f"M{x0} {mid}H{x1}")   # a bar
        for bound, inclusive, x, head in ((lo, row.lower_inclusive, x0, "<"),
                                          (hi, row.upper_inclusive, x1, ">")):
            if bound is None:   # an arrow head, its tip 3.5pt beyond the edge
                tip = float(x) + (-3.5 if head == "<" else 3.5)
                back = "7" if head == "<" else "-7"
                arrows.setdefault(row.style, []).append(f"M{_num(tip)} {mid}l{back}-3.5v7z")
            elif inclusive:     # a tick
                layers.setdefault((1, row.style), []).append(
                    f"M{x} {_num(y_of(y + BAR) - tick)}V{_num(y_of(y + BAR) + tick)}")
            else:               # a ring with a hole
                layers.setdefault((2, row.style), []).append(f"M{x} {mid}h0")
                layers.setdefault((3, "hole"), []).append(f"M{x} {mid}h0")
    for layer, style in sorted(layers):
        cls = _WIDTHS[layer] + ("" if style == "hole" else " " + STYLE_CLASSES[style])
        data.append(f'<path class="{cls}" d="{"".join(layers[(layer, style)])}"/>')
    gaps = [(row, max(x0, left_edge), min(x1, right_edge), words)
            for row, x0, x1, words in chart.gaps if start <= row < stop]
    if gaps:
        dashes = "".join(f"M{x_of(x0)} {_num(y_of(row + BAR))}H{x_of(x1)}"
                         for row, x0, x1, _ in gaps)
        data.append(f'<path class="gp x" d="{dashes}"/>')
    for style in sorted(arrows):
        data.append(f'<path class="a {STYLE_CLASSES[style]}" d="{"".join(arrows[style])}"/>')
    texts.append(_gap_labels(gaps, x_of, y_of))
    side.append(_lines("hd", place.title, place.top * 72 + 10, TITLE_LINE))
    side.append(_lines("nt", place.note, place.top * 72 + 9 + len(place.title) * TITLE_LINE,
                        NOTE_LINE))


def _lines(cls: str, lines: tuple[str, ...], first: float, step: float) -> str:
    """Lines of text (in a group at the axes' left edge), the first one's baseline at
    ``first`` (points)."""
    return "".join(f'<text class="{cls}" y="{_num(first + n * step)}">'
                   f"{escape(line, quote=False)}</text>" for n, line in enumerate(lines))


def _gap_labels(gaps: list[tuple[int, float, float, str]], x_of: Any, y_of: Any) -> str:
    """Each conflict's gap in words, centred over its dashed span (in the figure's points)."""
    out = []
    for row, x0, x1, words in gaps:
        x = _num((float(x_of(x0)) + float(x_of(x1))) / 2)
        out.append(f'<text class="gl x" x="{x}" y="{_num(y_of(row + BAR) + 12)}">'
                   f"{escape(words)}</text>")
    return "".join(out)


def _labels(labels: list[tuple[Row, float]]) -> str:
    """Row labels as SVG text, above each row's bar, at the given heights (the figure's
    points).

    Written here rather than as matplotlib Text artists: a Text costs a font layout each,
    which made charts of many claims slow, and the browser lays out SVG text anyway
    The look (font, size, baseline) is in CHART_CSS.
    """
    out = [f'<g class="lb" transform="translate({_num(LEFT * FIG_WIDTH * 72)} 0)">']
    for row, y in labels:
        cls = "" if row.style == "claim" else f' class="{STYLE_CLASSES[row.style]}"'
        weight = ' font-weight="bold"' if row.bold else ""
        out.append(f'<text y="{_num(y)}"{cls}{weight}>{escape(row.label, quote=False)}</text>')
    out.append("</g>")
    return "".join(out)
