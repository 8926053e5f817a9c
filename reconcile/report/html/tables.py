"""The claims tables of the HTML report, and the escaping and links the page shares with them.

A row is text first (``ClaimRow``: one clean line per field, not escaped, and the anchors
it links to). A plain page writes it as HTML (``row_html``); a large page
(``report_html.COMPACT_FROM``) stores every table's rows as JSON, gzip-compressed, in base64
(``tables_data``), and its one script, ``ROWS_SCRIPT``, draws the same rows with DOM calls
and ``textContent`` when the page opens.
"""
from __future__ import annotations

import base64
import gzip
import json
import re
from html import escape
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from reconcile.model.records import Report
from reconcile.model.numbers import claim_interval
from reconcile.report.base import (
    clean_line,
    safe_url,
    source_name,
)


def html_text(text: Any) -> str:
    """Text from a source as HTML: one line, escaped (quotes too)."""
    return escape(clean_line(text), quote=True)


_NOT_ID = re.compile(r"[^A-Za-z0-9.-]")


def claim_anchor(claim_id: Any) -> str:
    """A valid HTML id for a claim, one per claim id: ``c-`` and the id, any character but
    letters, digits, ``.`` and ``-`` written as ``_hex_``."""
    return "c-" + _NOT_ID.sub(lambda m: f"_{ord(m.group(0)):x}_", str(claim_id))


def html_link(url: Any, label: str | None = None) -> str:
    """An ``<a>`` for http/https URLs; any other URL as plain (escaped) text.

    No ``rel`` attribute: no link has a ``target``, so none gets an opener, and the page's
    referrer policy (``no-referrer``) already keeps the page's address from the sites."""
    safe = safe_url(url)
    if safe is None:
        return f'<span class="url">{html_text(url)}</span>' if url else ""
    return f'<a href="{escape(safe, quote=True)}">{html_text(label or urlsplit(safe).hostname)}</a>'


class ClaimRow(NamedTuple):
    """One row of a claims table as the page shows it: text (from sources: one clean line,
    not escaped) and the anchors it links to. The plain table escapes it into HTML; the
    compressed table (``report_html.COMPACT_FROM``) stores it as JSON for the page's script to place."""

    id: str
    anchor: str             # the row's HTML id
    source: str             # the source's name (", in <outlet>" when read through another: its via)
    stated: str             # the value as stated (and its note, when it has one)
    interval: str
    scope: str              # population / criterion / place
    part_of: str            # the total this claim is a part of ("" for none)
    part_of_anchor: str
    quote: str              # "" when an earlier row of the table has the same quote ...
    same_quote_as: str      # ... this one: the claim of that row
    same_quote_anchor: str
    as_of: str
    stated_on: str
    url: str                # a link's target when host is set, else text to show
    host: str               # the link's text: the host of an http/https URL
    written_in: str         # file:line
    conflict: bool


def claim_row(report: Report, claim: dict[str, Any], conflicted: set[str],
              quoted: dict[str, str]) -> ClaimRow:
    """A claim's row; ``quoted`` (quote -> first claim with it) is the table's so far."""
    population = "+".join(claim.get("population") or ())
    part_of = claim.get("part_of") or ""
    quote = claim.get("quote") or ""
    same = quoted.get(quote, "") if quote else ""
    if quote and not same:   # a sentence with several numbers: quoted once per table
        quoted[quote] = claim["id"]
    url = claim.get("url")
    safe = safe_url(url)
    return ClaimRow(
        clean_line(claim["id"]), claim_anchor(claim["id"]),
        clean_line(source_name(report, claim.get("source")) + (
            f", in {source_name(report, claim['via'])}" if claim.get("via") and claim["via"] != claim.get("source")
            else "")),
        clean_line(claim.get("text")) + (f" \u2014 note: {clean_line(claim['note'])}" if claim.get("note") else ""),
        claim_interval(claim),
        " / ".join(clean_line(v) or "any"
                   for v in (population, claim.get("criterion"), claim.get("place"))),
        clean_line(part_of), claim_anchor(part_of) if part_of else "",
        "" if same else clean_line(quote), clean_line(same), claim_anchor(same) if same else "",
        clean_line(claim.get("as_of")), clean_line(claim.get("stated_on")),
        safe or (clean_line(url) if url else ""), (urlsplit(safe).hostname or "") if safe else "",
        f"{clean_line(claim.get('file'))}:{clean_line(claim.get('line'))}"
        if claim.get("file") else "",
        claim["id"] in conflicted)


def row_html(row: ClaimRow) -> str:
    """A row as HTML. End tags ``</td>`` and ``</tr>`` are left out, as HTML allows: at
    100,000 claims they are megabytes."""
    scope = html_text(row.scope)
    if row.part_of:
        scope += f' (part of <a href="#{row.part_of_anchor}">{html_text(row.part_of)}</a>)'
    quote = f"<q>{html_text(row.quote)}</q>" if row.quote else ""
    if row.same_quote_as:
        quote = f'same quote as <a href="#{row.same_quote_anchor}">{html_text(row.same_quote_as)}</a>'
    dates = (f"{html_text(row.as_of) or '–'}<br>{html_text(row.stated_on) or '–'}"
             if row.as_of or row.stated_on else "")
    cls = ' class="x"' if row.conflict else ""
    return (f'<tr id="{row.anchor}"{cls}><td>{html_text(row.id)}<td>{html_text(row.source)}'
            f"<td>{html_text(row.stated)}<td>{html_text(row.interval)}<td>{scope}<td>{quote}<td>{dates}"
            f"<td>{html_link(row.url)}<td>{html_text(row.written_in)}")


#: the compressed tables' script, the only one a page may run (its hash is in the page's
#: CSP). The page's claims tables are one JSON list (a list of rows per table, in the
#: page's order; a row is ``ClaimRow``'s fields in order, an anchor "" when it is ``c-``
#: and the id), gzip-compressed, in base64 in ``<script id="claims-data">`` (a data block:
#: not run). Rows are built with DOM calls and ``textContent``, never from HTML (the CSP's
#: Trusted Types rule makes the browser refuse any such call); a URL becomes a link only
#: when the row gives it a host (http or https, ``safe_url``), which the script checks again.
ROWS_SCRIPT = r"""(async () => {
const add = (parent, tag, text) => {
  const element = parent.appendChild(document.createElement(tag));
  if (text) element.textContent = text;
  return element;
};
const link = (parent, anchor, id) => {
  add(parent, "a", id).href = "#" + (anchor || "c-" + id);
};
const row = ([FIELDS]) => {
  const tr = document.createElement("tr");
  tr.id = anchor || "c-" + id;
  if (conflict) tr.className = "x";
  for (const text of [id, source, stated, interval]) add(tr, "td", text);
  const scopeCell = add(tr, "td", scope);
  if (part_of) {
    scopeCell.append(" (part of ");
    link(scopeCell, part_of_anchor, part_of);
    scopeCell.append(")");
  }
  const quoteCell = add(tr, "td");
  if (same_quote_as) {
    quoteCell.append("same quote as ");
    link(quoteCell, same_quote_anchor, same_quote_as);
  } else if (quote) add(quoteCell, "q", quote);
  const dates = add(tr, "td");
  if (as_of || stated_on) {
    dates.append(as_of || "\u2013", document.createElement("br"), stated_on || "\u2013");
  }
  const linkCell = add(tr, "td");
  if (host && /^https?:\/\//i.test(url)) {
    Object.assign(add(linkCell, "a", host), {href: url, rel: "noreferrer"});
  } else if (url) add(linkCell, "span", url).className = "url";
  add(tr, "td", written_in);
  return tr;
};
try {
  const data = document.getElementById("claims-data");
  const bytes = Uint8Array.from(atob(data.text), (c) => c.charCodeAt(0));
  const json = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  const tables = JSON.parse(await new Response(json).text());
  const tbodies = document.querySelectorAll("table.claims > tbody");
  if (tables.length !== tbodies.length) throw new Error("the tables do not match the page");
  data.remove();
  tables.forEach((rows, n) => {
    const drawn = document.createDocumentFragment();
    for (const fields of rows) drawn.append(row(fields));
    tbodies[n].append(drawn);
  });
} catch (error) {
  document.getElementById("compressed").textContent = "This browser could not draw the "
    + "claims tables (" + error + "); reconcile report --format json (or markdown) "
    + "lists every claim.";
  return;
}
const target = document.getElementById(location.hash.slice(1));
if (target && target.localName === "tr") target.scrollIntoView();
})();
""".replace("FIELDS", ", ".join(ClaimRow._fields))


#: what a page with compressed claims tables says about them, under the summary
COMPACT_NOTE = (
    '<p class="meta" id="compressed">This report lists {claims}, so to keep the page small '
    "each topic's claims table is stored in it compressed, and drawn by a short script in the "
    "page when it opens (the script loads nothing).</p>\n"
    '<noscript><p class="meta"><b>The claims tables need JavaScript</b>, which is off here: '
    "the charts and findings are all shown, but not the claims. <code>reconcile report "
    "--format json</code> (or <code>markdown</code>) lists every claim without a "
    "script.</p></noscript>\n")


def _stored(row: ClaimRow) -> list[Any]:
    """A row as the compressed tables store it: its fields in order, each anchor "" when it
    is ``c-`` and its id (nearly always; the script then makes it so)."""
    def short(anchor: str, id_: str) -> str:
        return "" if anchor == "c-" + id_ else anchor

    return list(row._replace(anchor=short(row.anchor, row.id),
                             part_of_anchor=short(row.part_of_anchor, row.part_of),
                             same_quote_anchor=short(row.same_quote_anchor, row.same_quote_as)))


def tables_data(tables: list[list[ClaimRow]]) -> str:
    """A page's claims tables, compressed: a list (a table) of lists (a row, ``_stored``) in
    JSON, gzip (no timestamp), base64."""
    data = json.dumps([[_stored(row) for row in rows] for rows in tables],
                      ensure_ascii=False, separators=(",", ":"))
    return base64.b64encode(gzip.compress(data.encode(), mtime=0)).decode("ascii")
