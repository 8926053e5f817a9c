"""Report -> one self-contained HTML page: summary, then per topic a chart, findings, claims.

The page loads nothing: CSS is inline, charts are inline ``<svg>`` (``html/chart.py`` picks
the rows and panels, ``html/svg.py`` writes them, with matplotlib's tick locators choosing the
ticks), there are no fonts or images, and a Content-Security-Policy forbids
loading any. It reads on a phone (viewport meta, one column, claims table turned into cards
on narrow screens) and prints (print CSS: no navigation, link targets spelled out).

A report of fewer than ``COMPACT_FROM`` claims (5,000) is plain HTML without a script. In a
larger one the claims tables, as HTML about 500 bytes a claim and most of the page, are
stored once for the page as JSON, gzip-compressed, in base64 (a third of the size at
100,000 claims), and one short inline script (``report_tables.ROWS_SCRIPT``) draws them,
rows of the same markup as the plain tables, when the page opens: it decompresses them with
the browser's ``DecompressionStream``, which loads nothing. The page says so, and a
``<noscript>`` note points to ``reconcile report --format json`` (or ``markdown``) for every
claim (the CSV report lists findings only). The CSP then lets that one script run, by its SHA-256 hash,
and nothing else (no other script, no connection), and requires Trusted Types, so nothing
can turn text into HTML. Charts and findings are plain HTML and SVG in every report.

Everything from sources goes through ``html.escape``, or in the compressed tables is set as
``textContent``; only http/https URLs become links (no ``target``, and a ``no-referrer``
policy for the whole page); any other URL is shown as text.
"""
from __future__ import annotations

import base64
import hashlib
import os
from html import escape
from typing import Any

from reconcile.errors import OutputError
from reconcile.model.records import URGENCY, Finding, Report
from reconcile.report.estimates import RELIABILITY_NOTE, estimate_views, reliability_estimated, source_rows
from reconcile.report.track import TRACK_NOTE, TRACK_TITLE, track_record
from reconcile.report.base import (
    size_parts,
    validation_line,
    VERDICT_WORDS,
    claims_in,
    finding_anchors,
    plural,
    TopicView,
    topic_views,
    fold_findings,
    versus,
)
from reconcile.report.html.chart import Chart, chart_rows, estimates_by_topic
from reconcile.report.html.svg import CHART_CSS
from reconcile.report.html.tables import (
    COMPACT_NOTE,
    ROWS_SCRIPT,
    ClaimRow,
    html_text as _e,
    claim_anchor,
    claim_row,
    html_link,
    row_html,
    tables_data,
)

#: draw charts in worker processes from this many topics on (when there are several CPUs)
PARALLEL_FROM = 48

#: topics shown in full (chart, estimates, findings, claims), the most urgent first; the others
#: are one row each in a table at the end (a page of 20,000 topics is one nobody reads, and a
#: browser cannot open): their every claim and finding are in the JSON report
MAX_TOPIC_SECTIONS = 300

#: a topic's claims table lists at most this many claims (those its listed findings name first)
MAX_TABLE_ROWS = 1_000

#: what the page says of what it folds, and where all of it is
FOLDED_NOTE = ('<p class="meta" id="folded">This page shows {shown} in full, those with conflicts and '
               'the largest gaps first; the other {rest} are listed with their counts '
               '<a href="#more-topics">at the end</a>, and a claims table lists at most {rows:,} claims. '
               "Every claim, finding and estimate is in <code>reconcile report --format json</code>.</p>\n")

CSS = """
:root{--conflict:#c62828;--consistent:#2e7d32;--nc:#1565c0;--warning:#b26a00;--ink:#222;
--muted:#5f6368;--line:#e0e0e0;--bg:#fff}
*{box-sizing:border-box}
body{margin:0 auto;max-width:60rem;padding:1rem;font:16px/1.5 system-ui,-apple-system,
"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.3rem;margin:2rem 0 .3rem;
border-top:2px solid var(--line);padding-top:1rem}h3{font-size:1.05rem;margin:1.2rem 0 .4rem}
.meta,.muted{color:var(--muted);font-size:.9rem}
.summary{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0;margin:.8rem 0}
.summary li{border:1px solid var(--line);border-radius:.5rem;padding:.4rem .8rem;min-width:7rem}
.summary b{display:block;font-size:1.5rem;line-height:1.2}
.v-conflict{--v:var(--conflict)}.v-consistent{--v:var(--consistent)}
.v-not-comparable{--v:var(--nc)}.v-warning{--v:var(--warning)}
.summary li,.findings>li{border-left:4px solid var(--v,var(--line))}
.findings>li>b{display:inline-block;font-size:.75rem;font-weight:700;text-transform:uppercase;
letter-spacing:.03em;color:#fff;background:var(--v);border-radius:.25rem;padding:0 .4rem}
.findings{list-style:none;padding:0;margin:0}
.findings>li{padding:.3rem .6rem;margin:.5rem 0;background:#fafafa;color:var(--muted)}
.findings p{margin:.2rem 0}.findings p:first-of-type{color:var(--ink)}
code{font-size:.85em;background:#f1f3f4;padding:0 .2rem;border-radius:.2rem;
overflow-wrap:anywhere}
.chart{margin:.5rem 0;overflow-x:auto}
.chart svg{display:block;width:100%;max-width:42rem;height:auto}
.key{font-size:.85rem;color:var(--muted)}

table{border-collapse:collapse;width:100%;font-size:.85rem}
th,td{border-bottom:1px solid var(--line);padding:.3rem .4rem;text-align:left;
vertical-align:top;overflow-wrap:anywhere}
th{background:#f5f5f5}
tr.x td:first-child{border-left:4px solid var(--conflict)}
table.claims td:first-child{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.8rem}
th{overflow-wrap:normal}
table.claims td:nth-child(4),table.claims td:nth-child(7){white-space:nowrap}
table.claims td:nth-child(9){color:var(--muted);font-size:.75rem}
q{font-style:italic}
nav ol{padding-left:1.2rem}
section.topic{content-visibility:auto;contain-intrinsic-size:auto 60rem}
a{color:#0b57d0}
@media (max-width:40rem){
body{padding:.6rem}
table.claims thead{display:none}
table.claims tr{display:block;border:1px solid var(--line);border-radius:.4rem;
margin:.5rem 0;padding:.3rem}
table.claims td{display:block;border:0;padding:.1rem .2rem}
table.claims td:empty{display:none}
table.claims td::before{color:var(--muted);font-size:.75rem;margin-right:.3rem}
table.claims td:nth-child(2)::before{content:"source"}
table.claims td:nth-child(3)::before{content:"stated"}
table.claims td:nth-child(4)::before{content:"interval"}
table.claims td:nth-child(5)::before{content:"scope"}
table.claims td:nth-child(6)::before{content:"quote"}
table.claims td:nth-child(7)::before{content:"as of / stated on"}
table.claims td:nth-child(8)::before{content:"link"}
table.claims td:nth-child(9)::before{content:"written in"}
}
@media print{
section.topic{content-visibility:visible}
body{max-width:none;font-size:11pt}nav,.key{display:none}
.chart{overflow:visible}
h2{break-before:auto;break-after:avoid}.findings>li,tr,figure{break-inside:avoid}
a[href^="http"]::after{content:" (" attr(href) ")";font-size:.8em;overflow-wrap:anywhere}
.findings>li{background:none}
}
"""

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")

#: from this many claims in a report on, its claims tables are stored compressed and drawn
#: by the page's script (see the module docstring); below it, the page has no script
COMPACT_FROM = 5_000

#: the page's policy with the rows' script: that script only, and no HTML made from text
COMPACT_CSP = (f"{CSP}; script-src 'sha256-"
               + base64.b64encode(hashlib.sha256(ROWS_SCRIPT.encode()).digest()).decode()
               + "'; require-trusted-types-for 'script'")


def _claim_link(cid: str) -> str:
    return f'<a href="#{claim_anchor(cid)}">{_e(cid)}</a>'


def _explanation(finding: Finding, claims: dict[str, dict[str, Any]]) -> tuple[str, list[str]]:
    """The explanation, escaped, its first mention of each of the finding's claims a link to
    the claim's row; and the claims it does not mention (listed after it)."""
    text = _e(finding.explanation)
    unmentioned = []
    for cid in dict.fromkeys(finding.claims):
        if cid not in claims:
            unmentioned.append(cid)
            continue
        escaped = _e(cid)
        start = _mention(text, escaped)
        if start < 0:
            unmentioned.append(cid)
        else:
            text = text[:start] + _claim_link(cid) + text[start + len(escaped):]
    return text, unmentioned


def _mention(text: str, word: str) -> int:
    """Where ``text`` first names ``word`` as a whole id (not inside a longer id or word, not
    followed by ".x"), or -1: a string search, not a pattern compiled per claim (a report of a
    million findings would compile one per claim, far beyond the ``re`` module's cache)."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        after = text[end:end + 2]
        if (start == 0 or not _word_char(text[start - 1], "-")) and not (
                after and (_word_char(after[0], "-") or (after[:1] == "." and len(after) > 1
                                                         and _word_char(after[1], "")))):
            return start
        start = text.find(word, start + 1)
    return -1


def _word_char(char: str, also: str) -> bool:
    """Whether ``char`` is a word character (``re``'s ``\\w``) or one of ``also``."""
    return char.isalnum() or char == "_" or char in also


def _finding_html(report: Report, finding: Finding, anchor: str, claims: dict[str, dict[str, Any]]) -> str:
    """One finding; its end tags (``</p>``, ``</li>``) are left out, as HTML allows.

    Claims are named by id, each a link to its row: in the explanation where it names
    them, after it (``Claims: ...``) for the ones it does not (the explanation already says
    who stated what)."""
    text, rest = _explanation(finding, claims)
    refs = ""
    if rest:
        label = "Claim" if len(rest) == 1 else "Claims"
        refs = f"<p>{label}: " + ", ".join(
            _claim_link(cid) if cid in claims else f"<code>{_e(cid)}</code>" for cid in rest)
    named = versus(report, finding, claims)
    return (f'<li id="{anchor}" class="v-{finding.verdict}">'
            f"<b>{VERDICT_WORDS[finding.verdict][0]}</b> <code>{_e(finding.kind)}</code> "
            f"{'; '.join(size_parts(finding, _e))}" + (f": {_e(named)}" if named else "")
            + f"<p>{text}{refs}\n")


def _draw_all(charts: list[Chart]) -> list[str]:
    from reconcile.report.html.svg import draw_chart

    prefixes = [f"t{n}-" for n in range(1, len(charts) + 1)]
    workers = min(os.cpu_count() or 1, 8)
    if len(charts) >= PARALLEL_FROM and workers > 1:
        import gc
        from concurrent.futures.process import BrokenProcessPool

        from reconcile.runtime.parallel import worker_pool

        # frozen objects are left alone by the workers' garbage collector: forked workers
        # then do not touch (and copy) the parent's whole heap
        gc.freeze()
        try:
            with worker_pool(workers) as pool:
                return list(pool.map(draw_chart, charts, prefixes, chunksize=8))
        except (OSError, BrokenProcessPool):
            pass  # no processes here (a sandbox, no /dev/shm): draw them in this one
        finally:
            gc.unfreeze()
    return [draw_chart(chart, prefix) for chart, prefix in zip(charts, prefixes, strict=True)]


#: the charts' key, under each chart: written by the CSS (``.key::before``) from KEY_ITEMS,
#: so 2,000 topics do not repeat it in the HTML
KEY_ITEMS = ("\u25cf exact value", "\u2501 range", "\u2500\u25b6 no upper bound",
             "\u25c0\u2500 no lower bound", "\u25cb bound not included", "|\u2060 bound included",
             "\u03a3: sum of a breakdown's parts, beside its total",
             "orange: the estimate (--resolve) of a scope two sources or more state")
KEY = '<p class="key"></p>'


def _css_text(text: str) -> str:
    """A CSS string's content: spaces made non-breaking (``\\a0``, ended by a space)."""
    return text.replace(" ", "\\a0 ")


KEY_CSS = (".key::before{content:\""   # items apart by an em space, lines break after it
           + "\\2003  ".join(map(_css_text, KEY_ITEMS)) + "\\2003  \"}"
           ".key::after{content:\"" + _css_text("red: in a conflict") + "\";"
           "color:var(--conflict)}")


def _sources_table(report: Report) -> str:
    """Each claimant's claims, conflicts and (when estimated) reliability."""
    rows = source_rows(report)
    if not rows:
        return ""
    keys = ["name", "kind", "claims", "conflicts"] + (["reliability"] if reliability_estimated(report) else [])
    head = "".join(f"<th>{_e(k if k != 'name' else 'source')}</th>" for k in keys)
    body = "".join("<tr>" + "".join(f"<td>{_e(str(row[k]))}</td>" for k in keys) + "</tr>" for row in rows)
    note = f'<p class="muted">{_e(RELIABILITY_NOTE)}</p>\n' if "reliability" in keys else ""
    about = "".join(f"<li><b>{_e(row['name'])}</b>: " + "; ".join(
        part for part in (html_link(row["url"]), _e(row["note"]) if row["note"] else "") if part) + "</li>"
        for row in rows if row["url"] or row["note"])
    if about:   # a source file's own url and note
        note += f'<p>About the sources:</p>\n<ul class="about">{about}</ul>\n'
    return (f'<section class="sources" id="sources">\n<h2>Sources</h2>\n<table class="sources"><thead><tr>{head}'
            f"</tr></thead><tbody>{body}</tbody></table>\n{note}</section>\n")


def _track_section(report: Report) -> str:
    """The track record: each source's figures the evidence went against (``report.track``), in
    every topic (the page's own claims are those of the topics it shows in full)."""
    tracks, more = track_record(report)
    if not tracks:
        return ""
    items = []
    for track in tracks:
        inner = "".join(f"<li>{_e(item)}</li>" for item in [*track.items, track.more_words()] if item)
        items.append(f"<li>{_e(track.head)}<ul>{inner}</ul></li>")
    if more:
        items.append(f"<li>{_e(f'and {more:,} more sources' if more > 1 else 'and 1 more source')}</li>")
    return (f'<section class="track" id="track-record">\n<h2>{_e(TRACK_TITLE)}</h2>\n<p class="muted">{_e(TRACK_NOTE)}'
            f'</p>\n<ul class="track">{"".join(items)}</ul>\n</section>\n')


def _listed_claims(view: TopicView) -> list[dict[str, Any]]:
    """The claims of a topic's table: all of them, or ``MAX_TABLE_ROWS``, the claims its listed
    findings name (most urgent first) before the others, in the table's order."""
    if view.claim_count <= MAX_TABLE_ROWS:
        return list(view.claims)
    named: dict[str, None] = {}
    for verdict in URGENCY:
        shown, _ = fold_findings(*view.of(verdict), verdict=verdict)
        for finding in shown:
            named.update(dict.fromkeys(finding.claims))
    position = {claim["id"]: i for i, claim in enumerate(view.claims)}
    first = [position[cid] for cid in named if cid in position][:MAX_TABLE_ROWS]
    taken = set(first)
    others = (i for i in range(view.claim_count) if i not in taken)
    chosen = first + [i for _, i in zip(range(MAX_TABLE_ROWS - len(first)), others)]
    return [view.claims[i] for i in sorted(chosen)]


def _more_topics(views: list[TopicView]) -> str:
    """The topics not shown in full: one row each, with its claims and findings by verdict."""
    rows = []
    for view in views:
        c = view.counts()
        rows.append(f"<tr><td>{_e(view.title)}</td><td><code>{_e(view.id)}</code></td><td>{view.claim_count:,}</td>"
                    f'<td>{c["conflict"]:,}</td><td>{c["consistent"]:,}</td><td>{c["not-comparable"]:,}</td>'
                    f'<td>{c["warning"]:,}</td></tr>')
    return ('<section id="more-topics">\n<h2>More topics</h2>\n'
            f'<p class="muted">{plural(len(views), "more topic")}, not shown in full here: their charts, '
            "findings and claims are in <code>reconcile report --format json</code>.</p>\n"
            "<table><thead><tr><th>topic</th><th>id</th><th>claims</th><th>conflicts</th><th>consistent</th>"
            "<th>not comparable</th><th>warnings</th></tr></thead><tbody>" + "\n".join(rows)
            + "</tbody></table>\n</section>\n")


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (see the module docstring)."""
    try:
        import matplotlib  # noqa: F401  (fail early, before any work)
    except ImportError as exc:
        raise OutputError("the HTML report needs matplotlib to draw its charts",
                          hint="install it: pip install matplotlib") from exc
    summary = report.summary()
    counts = summary["findings"]
    views = topic_views(report, full=MAX_TOPIC_SECTIONS)
    views, more = views[:MAX_TOPIC_SECTIONS], views[MAX_TOPIC_SECTIONS:]
    # the views' own records: claims kept as columns (ClaimRecords) make new dicts at each reading.
    # Only the topics shown in full are read from here on: a finding names claims of its own topic.
    claims = {claim["id"]: claim for view in views for claim in view.claims}
    shown = [finding for view in views for finding in view.findings]
    conflicted = claims_in(report, "conflict", shown)
    anchors = finding_anchors(report, shown)
    by_topic = estimates_by_topic(report, {view.id for view in views} if more else None)
    charts = _draw_all([chart_rows(report, view, conflicted, by_topic.get(view.id, [])) for view in views])
    estimates = estimate_views(report, {view.id for view in views} if more else None, claims)
    compact = len(report.claims) >= COMPACT_FROM
    csp = COMPACT_CSP if compact else CSP

    out = ['<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
           '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           f'<meta http-equiv="Content-Security-Policy" content="{csp}">\n'
           '<meta name="referrer" content="no-referrer">\n'
           "<title>Reconciliation report</title>\n"
           f"<style>{CSS}{KEY_CSS}\n{CHART_CSS}\n</style>\n</head>\n<body>\n<header>\n"
           "<h1>Reconciliation report</h1>\n"
           f'<p class="meta">{plural(summary["claims"], "claim")} from '
           f'{plural(summary["sources"], "source")} in {plural(summary["topics"], "topic")}.</p>\n'
           + (f'<p class="meta">{escape(validation_line(report) or "")}</p>\n' if validation_line(report) else "") +
           '<ul class="summary">'
           f'<li class="v-conflict"><b>{counts["conflict"]:,}</b>'
           f'{"conflict" if counts["conflict"] == 1 else "conflicts"}</li>'
           f'<li class="v-consistent"><b>{counts["consistent"]:,}</b>'
           f'{"agreement" if counts["consistent"] == 1 else "agreements"}</li>'
           f'<li class="v-not-comparable"><b>{counts["not-comparable"]:,}</b>'
           f'not comparable</li>'
           f'<li class="v-warning"><b>{counts["warning"]:,}</b>'
           f'{"warning" if counts["warning"] == 1 else "warnings"}</li></ul>\n'
           + (COMPACT_NOTE.format(claims=plural(len(report.claims), "claim")) if compact else "")
           + (FOLDED_NOTE.format(shown=plural(len(views), "topic"), rest=f"{len(more):,}", rows=MAX_TABLE_ROWS)
              if more else "")
           + "</header>\n"]
    if len(views) + len(more) > 1:
        out.append("<nav><h2>Topics</h2><ol>")
        for n, view in enumerate(views, 1):
            c = view.counts()
            out.append(f'<li><a href="#topic-{n}">{_e(view.title)}</a> '
                       f'<span class="muted">{plural(c["conflict"], "conflict")}, '
                       f'{plural(view.claim_count, "claim")}</span></li>')
        if more:
            out.append(f'<li><a href="#more-topics">{plural(len(more), "more topic")}</a></li>')
        out.append("</ol></nav>\n")
    out.append("<main>\n")
    tables: list[list[ClaimRow]] = []   # compact: the claims tables, drawn by ROWS_SCRIPT
    for n, (view, svg) in enumerate(zip(views, charts, strict=True), 1):
        c = view.counts()
        out.append(f'<section class="topic" id="topic-{n}">\n<h2>{_e(view.title)}</h2>\n'
                   f'<p class="meta">Topic <code>{_e(view.id)}</code>: '
                   f'{plural(view.claim_count, "claim")}; {plural(c["conflict"], "conflict")}, '
                   f'{c["consistent"]:,} consistent, {c["not-comparable"]:,} not comparable, '
                   f'{plural(c["warning"], "warning")}.</p>\n'
                   f'<figure class="chart">{svg}</figure>\n{KEY}\n')
        if estimates.get(view.id):
            out.append('<h3>Estimates</h3>\n<ul class="estimates">'
                       + "".join(f'<li class="s-{_e(e.status)}"><b>{_e(e.scope)}</b>: {_e(e.sentence)}</li>'
                                 for e in estimates[view.id]) + "</ul>\n")
        out.append("<h3>Findings</h3>\n")
        if view.findings or view.unkept:
            out.append('<ol class="findings">')
            for verdict in URGENCY:
                found, unkept = view.of(verdict)
                shown, folded = fold_findings(found, unkept, verdict=verdict)
                out += [_finding_html(report, f, anchors[id(f)], claims) for f in shown]
                if folded:   # found but not kept (--max-findings): the JSON and CSV do not hold them either
                    every = " with <code>--max-findings 0</code>" if unkept else ""
                    out.append(f'<li class="muted">{_e(folded)} (every one of them: '
                               f"<code>--format json</code> or <code>csv</code>{every})\n")
            out.append("</ol>\n")
        else:
            out.append('<p class="muted">No findings.</p>\n')
        out.append('<h3>Claims</h3>\n<table class="claims"><thead><tr><th>id</th>'
                   "<th>source</th><th>stated</th><th>interval</th>"
                   "<th>population / criterion / place</th><th>quote</th>"
                   "<th>as of / stated on</th>"
                   "<th>link</th><th>file:line</th></tr></thead>")
        quoted: dict[str, str] = {}
        listed = _listed_claims(view)
        rows = [claim_row(report, claim, conflicted, quoted) for claim in listed]
        if compact:
            tables.append(rows)
            out.append("<tbody></tbody>")
        else:
            out.append("<tbody>\n" + "\n".join(map(row_html, rows)) + "\n</tbody>")
        out.append("</table>\n")
        if len(listed) < view.claim_count:
            out.append(f'<p class="muted">{len(listed):,} of the topic\'s {view.claim_count:,} claims listed, '
                       "those its findings above name first; every claim: "
                       "<code>reconcile report --format json</code></p>\n")
        out.append("</section>\n")
    if more:
        out.append(_more_topics(more))
    out.append(_sources_table(report))
    out.append(_track_section(report))
    out.append('</main>\n<footer class="muted"><p>Made by reconcile. This page is '
               "self-contained: it loads nothing from the network.</p></footer>\n"
               + (f'<script type="application/octet-stream" id="claims-data">'
                  f"{tables_data(tables)}</script>\n<script>{ROWS_SCRIPT}</script>\n"
                  if compact else "")
               + "</body>\n</html>\n")
    return "".join(out)
