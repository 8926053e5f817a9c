"""Report -> GitHub-flavoured Markdown, for a pull-request comment or an article draft.

Conflicts come first and stay open; the other verdicts and the full claims table sit in
collapsed ``<details>`` sections. Every number is shown with its source and quote.

Text from sources is escaped so that it stays text: ``& < >`` become entities (no raw HTML),
Markdown punctuation is backslash-escaped (no emphasis, links, images, table breaks, math),
``://``, ``www.`` and ``@`` are broken up so GitHub does not autolink or mention, and line
breaks become spaces. Only http/https URLs become links.
"""
from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlsplit


from reconcile.model.records import Finding, Report
from reconcile.model.numbers import claim_interval
from reconcile.report.estimates import RELIABILITY_NOTE, estimate_views, reliability_estimated, source_rows
from reconcile.report.track import TRACK_NOTE, TRACK_TITLE, track_record
from reconcile.report.base import (
    size_parts,
    validation_line,
    VERDICT_HEADINGS,
    VERDICT_WORDS,
    claim_index,
    clean_line,
    count_words,
    plural,
    safe_url,
    source_name,
    title_line,
    topic_views,
    fold_findings,
    versus,
)

_PUNCTUATION = re.compile(r"([\\`*_\[\]!|~$#@{}])")
_SCHEME = re.compile(r":(?=//)")
_WWW = re.compile(r"(www)\.", re.IGNORECASE)


def md_text(text: Any) -> str:
    """Untrusted text as inline Markdown that renders as exactly that text."""
    out = _PUNCTUATION.sub(r"\\\1", clean_line(text))
    out = _SCHEME.sub(r"\\:", out)
    out = _WWW.sub(r"\1\\.", out)
    return out.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def md_code(text: Any, cell: bool = False) -> str:
    """Untrusted text as a code span (backticks fenced). In a table ``cell`` its pipes are
    escaped, which GitHub undoes before it reads the span; elsewhere a backslash in a code span
    is shown as it is, so ``a|b`` stays ``a|b``."""
    body = clean_line(text)
    if not body:
        return ""
    run = max((len(m) for m in re.findall(r"`+", body)), default=0)
    fence = "`" * (run + 1)
    pad = " " if body.startswith("`") or body.endswith("`") or run else ""
    return f"{fence}{pad}{body.replace('|', chr(92) + '|') if cell else body}{pad}{fence}"


def md_link(url: Any, label: str | None = None) -> str:
    """A link for http/https URLs; any other URL as escaped text."""
    safe = safe_url(url)
    if safe is None:
        return md_text(url) if url else ""
    target = quote(safe, safe=":/?#&=%+,;~.-_!*@$")
    host = urlsplit(safe).hostname or "link"
    return f"[{md_text(label or host)}]({target})"


def _claim_line(report: Report, claim: dict[str, Any] | None, claim_id: str,
                quoted: dict[str, str]) -> str:
    """A claim in a finding: source, value, scope, quote (once: a quote already shown in
    this finding is referred to), date, link, breakdown."""
    if claim is None:
        return f"{md_code(claim_id)} (not in this report)"
    text = (f"{md_code(claim['id'])}: **{md_text(source_name(report, claim.get('source')))}**, "
            f"stated {md_text(claim.get('text'))}")
    if claim.get("lower") is None or claim.get("lower") != claim.get("upper"):
        text += f" = {md_text(claim_interval(claim))}"   # a point needs no interval
    scope = [f"{md_text('+'.join(claim.get('population') or ())) or 'any population'}",
             md_text(claim.get("criterion") or "any criterion"),
             md_text(claim.get("place") or "any place"),
             f"as of {md_text(claim.get('as_of') or 'unstated date')}"]
    text += f" ({'; '.join(scope)})"
    quote = claim.get("quote")
    if quote and quote in quoted:
        text += f": same quote as {md_code(quoted[quote])}"
    elif quote:
        quoted[quote] = claim["id"]
        text += f": \u201c{md_text(quote)}\u201d"
    extra = []
    if claim.get("via") and claim.get("via") != claim.get("source"):
        extra.append(f"read in {md_text(source_name(report, claim['via']))}")
    if claim.get("stated_on"):
        extra.append(f"stated on {md_text(claim['stated_on'])}")
    if claim.get("url"):
        extra.append(md_link(claim["url"]))
    if claim.get("part_of"):
        extra.append(f"part of {md_code(claim['part_of'])}")
    if extra:
        text += " \u2014 " + ", ".join(extra)
    if claim.get("note"):
        text += f" (note: {md_text(claim['note'])})"
    return text


def _finding_block(report: Report, finding: Finding,
                   claims: dict[str, dict[str, Any]]) -> list[str]:
    size = ", ".join(size_parts(finding, md_text))
    named = versus(report, finding, claims)
    head = (f"- **{VERDICT_WORDS[finding.verdict][0].capitalize()}** "
            f"({md_code(finding.kind)}{', ' + size if size else ''}): "
            + (f"{md_text(named)}. " if named else "") + md_text(finding.explanation))
    quoted: dict[str, str] = {}
    return [head] + [f"  - {_claim_line(report, claims.get(cid), cid, quoted)}"
                     for cid in finding.claims]


def _claims_table(report: Report, topic_claims: tuple[dict[str, Any], ...]) -> str:
    rows = []
    for claim in topic_claims:
        rows.append([
            md_code(claim["id"], cell=True),
            md_text(source_name(report, claim.get("source"))),
            md_text(claim.get("text")),
            md_text(claim_interval(claim)),
            md_text("+".join(claim.get("population") or ())) or "-",
            md_text(claim.get("criterion")) or "-",
            md_text(claim.get("place")) or "-",
            md_text(claim.get("as_of")) or "-",
            md_text(claim.get("stated_on")) or "-",
            md_code(claim.get("part_of"), cell=True) or "-",
            md_text(source_name(report, claim.get("via"))) or "-",
            f"\u201c{md_text(claim['quote'])}\u201d" if claim.get("quote") else "-",
            md_text(claim.get("note")) or "-",
            md_link(claim.get("url")) or "-",
            md_code(f"{claim['file']}:{claim.get('line')}", cell=True) if claim.get("file") else "-",
        ])
    return md_table(["id", "source", "stated", "interval", "population", "criterion", "place", "as of",
                     "stated on", "part of", "via", "quote", "note", "link", "file:line"], rows)


def md_table(headers: list[str], rows: list[list[Any]]) -> str:
    """A GitHub table whose cells are not padded to the widest one: a long quote costs its own
    length once, not the length of every row (a padded table of 240 KB of claims was 100 MB)."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def render_markdown(report: Report) -> str:
    """The report as GitHub-flavoured Markdown (see the module docstring)."""
    summary = report.summary()
    claims = claim_index(report)
    conflicts = summary["findings"]["conflict"]
    lines = ["# Reconciliation report", "",
             f"{title_line(report).split(': ', 1)[1]}: "
             f"**{plural(conflicts, 'conflict')}**, "
             f"{count_words(summary['findings']).split(', ', 1)[1]}."]
    if validation_line(report):
        lines += ["", md_text(validation_line(report))]
    estimates = estimate_views(report)
    for view in topic_views(report):
        counts = view.counts()
        lines += ["", f"## {md_text(view.title)}", "",
                  f"Topic {md_code(view.id)}: {plural(len(view.claims), 'claim')}; "
                  f"{count_words(counts)}."]
        if estimates.get(view.id):
            lines += ["", "### Estimates", ""]
            lines += [f"- {md_text(e.scope)}: {md_text(e.sentence)}" for e in estimates[view.id]]
        by_verdict: dict[str, list[Finding]] = {}
        for finding in view.findings:
            by_verdict.setdefault(finding.verdict, []).append(finding)
        lines += ["", "### Conflicts", ""]
        if by_verdict.get("conflict") or view.unkept.get("conflict"):
            shown, folded = fold_findings(by_verdict.get("conflict", []), unkept=view.unkept.get("conflict", 0),
                                 verdict="conflict")
            for finding in shown:
                lines += _finding_block(report, finding, claims)
            if folded:
                lines.append(f"- {folded} (every one of them: {_everything(view.unkept.get('conflict', 0))})")
        else:
            lines.append("No conflicts.")
        for verdict in ("warning", "not-comparable", "consistent"):
            found, unkept = by_verdict.get(verdict, []), view.unkept.get(verdict, 0)
            if not found and not unkept:
                continue
            lines += ["", f"<details><summary>{VERDICT_HEADINGS[verdict]} ({len(found) + unkept:,})"
                          "</summary>", ""]
            shown, folded = fold_findings(found, unkept=unkept, verdict=verdict)
            for finding in shown:
                lines += _finding_block(report, finding, claims)
            if folded:
                lines.append(f"- {folded} (every one of them: {_everything(unkept)})")
            lines += ["", "</details>"]
        if view.claims:
            lines += ["", f"<details><summary>Claims ({len(view.claims):,})</summary>", "",
                      _claims_table(report, view.claims), "", "</details>"]
    rows = source_rows(report)
    if rows:
        keys = ["name", "kind", "claims", "conflicts"] + (["reliability"] if reliability_estimated(report) else [])
        lines += ["", "## Sources", "", md_table(["source", "kind", "claims", "conflicts", "reliability"][:len(keys)],
                                                  [[md_text(row[key]) for key in keys] for row in rows])]
        if "reliability" in keys:
            lines += ["", md_text(RELIABILITY_NOTE)]
        about = [row for row in rows if row["url"] or row["note"]]
        if about:   # a source file's own url and note
            lines += ["", "About the sources:", ""]
            lines += [f"- **{md_text(row['name'])}**: "
                      + "; ".join(part for part in (md_link(row["url"]), md_text(row["note"]) if row["note"] else "")
                                  if part) for row in about]
    tracks, more = track_record(report, claims)
    if tracks:   # each source's figures the evidence went against (``report.track``)
        lines += ["", f"## {TRACK_TITLE}", "", md_text(TRACK_NOTE), ""]
        for track in tracks:
            lines.append(f"- {md_text(track.head)}")
            lines += [f"  - {md_text(item)}" for item in [*track.items, track.more_words()] if item]
        if more:
            lines.append(f"- and {plural(more, 'more source')}")
    return "\n".join(lines) + "\n"


def _everything(unkept: int) -> str:
    """Where the findings a report folds are all listed: the JSON and CSV, which leave out what
    ``--max-findings`` did not keep (``unkept``) too."""
    return "`--format json` or `csv`" + (" with `--max-findings 0`" if unkept else "")
