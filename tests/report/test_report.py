"""The renderers: every format from hand-built Reports (tests/data/report/*.json).

Fixtures: ``seed`` is the motivating case (Migración Colombia's "more than 500" with its
regional breakdown, the defence minister's 109, a scope difference, a consistent
breakdown, uncorroborated warnings); ``conflict`` is the naive reading (same scope, gap 391,
ratio 4.6); ``hostile`` puts an attack in every field a source controls.
"""
from __future__ import annotations

import base64
import csv
import gzip
import hashlib
import io
import json
import re
import xml.etree.ElementTree as ET
from html import escape
from html.parser import HTMLParser
from typing import Any
from unittest.mock import patch
from urllib.parse import urlsplit

import pytest
from conftest import load_report

from reconcile.errors import ReconcileError
from reconcile.model.records import ExpectationOutcome, Finding, Report, Source, Topic, Validation
from reconcile.report.render import CSV_COLUMNS, RENDERERS, VALIDATION_RENDERERS, render, render_validation
from reconcile.report.html.chart import COLORS, MAX_ROWS
from reconcile.report.html.svg import STYLE_CLASSES
from reconcile.report.claimreview import render_claimreview
from reconcile.report.html import page as report_html

FIXTURES = ("seed", "conflict", "hostile")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(scope="module")
def seed() -> Report:
    return load_report("seed")


@pytest.fixture(scope="module")
def conflict() -> Report:
    return load_report("conflict")


@pytest.fixture(scope="module")
def hostile() -> Report:
    return load_report("hostile")


# --- every format ----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(RENDERERS))
@pytest.mark.parametrize("name", FIXTURES)
def test_every_format_is_byte_stable_and_ends_with_a_newline(fmt, name):
    report = load_report(name)
    first = render(report, fmt)
    render(load_report("seed" if name != "seed" else "conflict"), fmt)  # something in between
    assert render(report, fmt) == first
    assert first.endswith("\n")


def test_an_unknown_format_is_a_reconcile_error(seed):
    with pytest.raises(ReconcileError, match="unknown report format 'pdf'.*markdown"):
        render(seed, "pdf")


def test_the_renderer_table_holds_the_six_formats():
    assert set(RENDERERS) == {"text", "markdown", "html", "json", "csv", "claimreview", "parquet"}
    assert set(VALIDATION_RENDERERS) == {"text", "json", "junit", "github"}


# --- json ------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", FIXTURES)
def test_json_equals_to_dict_and_is_byte_stable(name):
    report = load_report(name)
    out = render(report, "json")
    assert json.loads(out) == report.to_dict()
    lines = out.splitlines()
    items = len(report.source_records()) + len(report.claims) + len(report.findings) + len(report.estimates)
    assert len(lines) == 11 + bool(report.estimates) + items  # one source, claim, finding or estimate per line
    assert render(report, "json") == out


def test_json_of_the_conflict_carries_gap_and_ratio(conflict):
    finding = json.loads(render(conflict, "json"))["findings"][0]
    assert (finding["kind"], finding["verdict"], finding["gap"], finding["ratio"]) == \
        ("value-conflict", "conflict", 391, 4.6)


# --- text ------------------------------------------------------------------------------------

def test_text_has_no_ansi_codes_unless_color_is_asked(conflict):
    assert "\x1b" not in render(conflict, "text")
    coloured = render(conflict, "text", color=True)
    assert "\x1b[1;31m[CONFLICT]\x1b[0m" in coloured
    assert ANSI.sub("", coloured) == render(conflict, "text")


def test_text_colours_each_verdict(seed):
    coloured = render(seed, "text", color=True)
    assert "\x1b[32m[CONSISTENT]" in coloured
    assert "\x1b[33m[WARNING]" in coloured
    assert "\x1b[2;34m[NOT COMPARABLE]" in coloured


def test_text_shows_intervals_in_math_notation(seed):
    out = render(seed, "text")
    assert "(500, ∞)" in out
    assert "[95,000, 150,000]" in out
    assert "[109, 109]" not in out   # a point is its number, as in every format


def test_text_shows_the_summary_and_each_topic(seed):
    out = render(seed, "text")
    assert out.startswith("Reconciliation report: 11 claims from 3 sources in 2 topics\n")
    assert "Findings: 0 conflicts, 1 consistent, 1 not comparable, 3 warnings" in out
    assert "Venezuelan soldiers and police who left for Colombia, February-March 2019" in out
    assert "Active soldiers in Venezuela's armed forces, 2019" in out
    for scope in ("police+soldiers", "crossed-into-colombia", "expelled-by-ministry", "CO-NSA",
                  "2019-03-07", "Migración Colombia", "more than 500"):
        assert scope in out


def test_text_lists_conflicts_before_other_findings(conflict, seed):
    both = Report(seed.claims + conflict.claims,
                  tuple(sorted(seed.findings + conflict.findings, key=Finding.sort_key)),
                  {**seed.sources, **conflict.sources}, {**seed.topics, **conflict.topics})
    out = render(both, "text")
    # the topic with a conflict comes first, its conflict in one line: who against whom
    assert out.index("Venezuelan soldiers who defected, March 2019") < out.index("February-March 2019")
    assert ('[CONFLICT] value-conflict (gap 391, ratio 4.6): Migración Colombia "more than 500" '
            '(mc-defected-2019-03) against Venezuelan Defence Ministry') in " ".join(out.split())
    seed_part = out.split("left for Colombia, February-March 2019")[1]
    assert seed_part.index("[WARNING]") < seed_part.index("[NOT COMPARABLE]") < seed_part.index("[CONSISTENT]")


def test_long_lists_of_findings_are_folded_with_their_count():
    claims = tuple({"id": f"c{n:02d}", "source": f"s{n}", "topic": "t", "text": str(n * 100), "lower": n * 100,
                    "upper": n * 100, "lower_inclusive": True, "upper_inclusive": True, "qualifier": "exact",
                    "population": [], "criterion": None, "place": None, "as_of": None, "stated_on": None,
                    "quote": None, "url": None, "via": None, "cites": None, "part_of": None, "note": None,
                    "lang": "en", "file": "", "line": 0} for n in range(1, 8))
    findings = tuple(Finding("value-conflict", "t", (a["id"], b["id"]), "differ", gap=b["lower"] - a["lower"])
                     for i, a in enumerate(claims) for b in claims[i + 1:])   # 21 pairs
    report = Report(claims, findings, {}, {"t": Topic("t", "T")})
    for fmt in ("text", "markdown", "html"):
        out = render(report, fmt)
        assert "and 11 more conflicting pairs" in out, fmt
    text = render(report, "text")
    assert text.index("(gap 600") < text.index("(gap 500")   # the largest gaps first


def test_text_wraps_explanations_to_the_width(seed):
    out = render(seed, "text", width=60)
    sections = [part.split("\n\n")[0] for part in out.split("Findings:\n")[1:]]
    explanation_lines = [line for section in sections for line in section.splitlines()]
    assert explanation_lines
    assert all(len(line) <= 60 for line in explanation_lines)


def test_text_shows_control_characters_from_sources_as_escapes(hostile):
    out = render(hostile, "text")
    assert "\x1b" not in out and "\u202e" not in out
    assert "\\x1b[2J" in out


# --- csv -------------------------------------------------------------------------------------

def _csv_rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def test_csv_has_one_row_per_finding(seed):
    rows = _csv_rows(render(seed, "csv"))
    assert rows[0] == list(CSV_COLUMNS)
    assert len(rows) == 1 + len(seed.findings)
    # conflicts and the largest gaps first, within each topic (session 45): the breakdown is consistent, so later
    breakdown = next(row for row in rows[1:] if row[0] == "breakdown-consistent")
    assert breakdown[:3] == ["breakdown-consistent", "consistent", "venezuelan-military-defections-2019"]
    assert breakdown[3].split(" ")[0] == "mc-total-2019-03"
    assert len(breakdown[3].split(" ")) == 9


def test_csv_neutralizes_formulas_and_keeps_numbers(hostile, conflict):
    rows = _csv_rows(render(hostile, "csv"))
    explanation = rows[1][CSV_COLUMNS.index("explanation")]
    assert explanation.startswith("'=HYPERLINK(")
    for row in rows[1:]:
        for cell in row[:5]:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    conflict_row = _csv_rows(render(conflict, "csv"))[1]
    assert conflict_row[5:7] == ["391", "4.6"]
    assert render(conflict, "csv").endswith('",391,4.6,\n')   # unquoted numbers, then no notes


def test_csv_neutralizes_every_formula_start():
    from reconcile.report.render import neutralize

    for start in ("=", "+", "-", "@", "\t", "\r", " =", "\n"):
        assert neutralize(f"{start}cmd|' /C calc'!A0").startswith("'")
    assert neutralize("Migración Colombia") == "Migración Colombia"


# --- markdown --------------------------------------------------------------------------------

def test_markdown_puts_conflicts_first_and_the_rest_in_details(conflict, seed):
    out = render(conflict, "markdown")
    assert "### Conflicts\n\n- **Conflict** (`value-conflict`, gap 391, ratio 4.6)" in out
    seed_out = render(seed, "markdown")
    assert "No conflicts." in seed_out
    assert "<details><summary>Not comparable (1)</summary>" in seed_out
    assert "<details><summary>Consistent (1)</summary>" in seed_out
    assert "<details><summary>Warnings (2)</summary>" in seed_out
    assert "<details><summary>Claims (10)</summary>" in seed_out
    assert seed_out.count("<details>") == seed_out.count("</details>")


def test_markdown_shows_every_number_with_its_quote_and_source(seed):
    out = render(seed, "markdown")
    assert ("`mindef-109-2019-03`: **Venezuelan Defence Ministry (Vladimir Padrino López)**, "
            "stated 109") in out
    assert "“There, 415 soldiers crossed, according to Migration.”" in out
    assert "[example.org](https://example.org/business-insider/" in out
    assert "| `mc-total-2019-03`" in out


def test_text_report_gives_every_quote_with_its_source_and_place(seed):
    out = render(seed, "text", width=200)
    assert "\nQuotes and notes:\n" in out
    for claim in seed.claims:
        if claim.get("quote"):
            assert f"\u201c{claim['quote']}\u201d" in out
    assert ("mindef-109-2019-03 (Venezuelan Defence Ministry (Vladimir Padrino López), read in Business Insider; "
            "stated on 2019-03-06; sources/mindef-venezuela.yaml:9;") in out


def test_markdown_claims_table_says_where_each_claim_is_written(seed):
    """A pull-request reviewer goes from a row to the line to fix."""
    out = render(seed, "markdown")
    for claim in seed.claims:
        assert f"`{claim['file']}:{claim['line']}`" in out


def _tables(markdown: str) -> list[list[str]]:
    """Each table's rows (runs of lines that start with a pipe)."""
    tables: list[list[str]] = []
    previous = False
    for line in markdown.splitlines():
        if line.startswith("|"):
            if not previous:
                tables.append([])
            tables[-1].append(line)
        previous = line.startswith("|")
    return tables


def test_markdown_tables_survive_pipes_in_source_text(hostile):
    tables = _tables(render(hostile, "markdown"))
    assert tables
    for rows in tables:   # every row of a table has its header's number of cells
        widths = {len(re.findall(r"(?<!\\)\|", row)) for row in rows}
        assert len(widths) == 1


def test_markdown_escapes_source_text(hostile):
    out = render(hostile, "markdown")
    assert "<script" not in out and "<img" not in out and "<svg" not in out
    assert "](http://evil)" not in out
    assert "](javascript" not in out
    assert "\x1b" not in out
    assert "javascript:alert(1)" in out  # shown, as text


def test_markdown_renders_hostile_text_as_text():
    mistune = pytest.importorskip("mistune")
    markdown = mistune.create_markdown(escape=False, plugins=["table", "url", "strikethrough"])
    html = markdown(render(load_report("hostile"), "markdown"))
    assert "<script" not in html and "<img" not in html and "<svg" not in html
    hrefs = re.findall(r'href="([^"]*)"', html)
    assert all(not h.startswith(("http://evil", "javascript")) for h in hrefs), hrefs
    assert "<em>" not in html and "<del>" not in html and "<code>code</code>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


# --- html ------------------------------------------------------------------------------------

class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def test_html_loads_nothing_from_the_network(seed):
    out = render(seed, "html")
    for needle in ("src=", "@import", "<link", "url(http", "<script", "<iframe", "<img",
                   "<object", "<embed", "DOCTYPE svg"):
        assert needle not in out, needle
    assert "Content-Security-Policy" in out and "default-src 'none'" in out
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in out
    assert "@media print" in out


def test_html_has_one_svg_per_topic(seed, conflict):
    assert render(seed, "html").count("<svg ") == 2
    assert render(conflict, "html").count("<svg ") == 1


def test_html_shows_every_finding_and_every_claim(seed):
    out = render(seed, "html")
    text = "".join(_parse(out).text)   # links split a finding's text
    for n, finding in enumerate(seed.findings, 1):
        assert f'id="finding-{n}"' in out
        assert finding.explanation in text
    for claim in seed.claims:
        assert f'id="c-{claim["id"]}"' in out
        assert claim["quote"] in text
    assert "0conflicts" in text.replace(" ", "") or "0 conflicts" in text
    assert "1agreement" in text.replace(" ", "")


def test_html_ids_are_unique_across_charts(seed):
    ids = [attrs["id"] for _, attrs in _parse(render(seed, "html")).tags if "id" in attrs]
    assert len(ids) == len(set(ids))


def test_html_chart_draws_the_breakdown_sum_beside_its_total(seed):
    out = render(seed, "html")
    svg = out[out.index("<svg "):out.index("</svg>")]
    labels = re.findall(r">([^<>]+)</text>", svg)
    total = labels.index("Migración Colombia: more than 500")
    assert labels[total + 1] == "Σ of 8 parts = 567"
    assert "↳ CO-NSA: 415" in labels
    assert STYLE_CLASSES["sum-consistent"] in _svg_classes(svg)
    assert f'.{STYLE_CLASSES["sum-consistent"]}{{color:{COLORS["sum-consistent"]}}}' in out


def _svg_classes(svg: str) -> set[str]:
    return {cls for attr in re.findall(r'class="([^"]*)"', svg) for cls in attr.split()}


def test_html_chart_marks_conflicting_claims_in_red(conflict, seed):
    red = STYLE_CLASSES["conflict"]
    out = render(conflict, "html")
    assert f".{red}{{color:{COLORS['conflict']}}}" in out
    conflict_svg = re.search(r"<svg .*?</svg>", out, re.S).group(0)
    assert re.search(rf'<path class="[a-z]+ {red}"', conflict_svg)      # bars, dots
    assert re.search(rf'<text y="[^"]*" class="{red}"', conflict_svg)  # labels
    seed_svgs = re.findall(r"<svg .*?</svg>", render(seed, "html"), re.S)
    assert seed_svgs and all(red not in _svg_classes(svg) for svg in seed_svgs)


def _big_topic(n: int) -> Report:
    claims = []
    for i in range(n):
        claims.append({
            "id": f"c{i:04d}", "source": f"s{i % 7}", "topic": "big", "text": str(100 + i),
            "lower": 100 + i, "upper": 100 + i, "lower_inclusive": True, "upper_inclusive": True,
            "qualifier": "exact", "population": ["soldiers"], "criterion": "crossed",
            "place": "CO", "as_of": "2019-03-07", "stated_on": "2019-03-07",
            "quote": f"quote {i}", "url": None, "via": None, "cites": None, "part_of": None,
            "lang": "en", "file": "sources/s.yaml", "line": i + 1})
    findings = (Finding("value-conflict", "big", ("c0100", "c0140"), "far apart", 39, 1.3),)
    return Report(tuple(claims), findings, {}, {"big": Topic("big", "A big topic")})


def test_html_chart_groups_what_it_cannot_draw_one_by_one_and_says_so():
    out = render(_big_topic(150), "html")
    svg = out[out.index("<svg "):out.index("</svg>")]
    assert "150 claims:" in svg and "drawn one by one" in svg
    assert "more claims (their overall range)" in svg
    labels = re.findall(r"<text y=[^>]*>([^<]+)</text>", svg)
    assert len(labels) <= MAX_ROWS
    assert "s2: 200" in labels and "s0: 240" in labels   # the conflicting claims are drawn
    assert out.count('<tr id="c-') == 150                  # every claim is still listed


#: the elements an HTML report is made of (a large one adds its two scripts and a noscript)
HTML_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "h3",
             "p", "ul", "ol", "li", "b", "nav", "a", "main", "section", "code", "span",
             "figure", "svg", "defs", "path", "use", "text", "g", "clippath", "rect",
             "table", "thead", "tbody", "tr", "th", "td", "q", "footer", "br"}


def _assert_report_elements(parsed: _Tags, allowed: set[str] = HTML_TAGS) -> None:
    """Only a report's own elements, no event handler, links to rows or http(s) only."""
    for tag, attrs in parsed.tags:
        assert tag in allowed, tag
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        if tag == "a":
            assert attrs["href"].startswith(("#", "http://", "https://")), attrs
            assert "target" not in attrs, attrs


def test_html_escapes_everything_from_sources(hostile):
    out = render(hostile, "html")
    parsed = _parse(out)
    _assert_report_elements(parsed)
    assert "javascript:alert(1)" in " ".join(parsed.text)        # shown as text
    assert not any(a.get("href", "").startswith("javascript") for _, a in parsed.tags)
    assert "\x1b" not in out and "\u202e" not in out


def test_html_links_http_urls_only(seed):
    out = render(seed, "html")
    links = [a for tag, a in _parse(out).tags if tag == "a" and a["href"].startswith("http")]
    assert links and not any("target" in a for a in links)   # no new window, no opener
    assert '<meta name="referrer" content="no-referrer">' in out  # no referrer for any link


def test_html_findings_name_their_claims_by_id_with_a_link_to_the_row(seed):
    out = render(seed, "html")
    finding = out[out.index('<li id="finding-1"'):]
    finding = finding[:finding.index("\n")]
    # named in the explanation: the mention is the link; the others are listed after it
    assert ('The 8 regional parts of <a href="#c-mc-total-2019-03">mc-total-2019-03</a> '
            "(Migración Colombia)") in finding
    assert ('<p>Claims: <a href="#c-mc-and-2019-03">mc-and-2019-03</a>, '
            '<a href="#c-mc-ant-2019-03">mc-ant-2019-03</a>') in finding
    assert finding.count("mc-total-2019-03</a>") == 1
    assert "Migración Colombia: 30" not in finding                     # no names and values
    warning = out[out.index('<li id="finding-3"'):]
    assert warning[:warning.index("\n")].endswith(
        '<p>Claim: <a href="#c-mc-total-2019-03">mc-total-2019-03</a>')


def test_html_links_a_claim_id_in_an_explanation_only_where_it_stands_alone(conflict):
    first, second = conflict.findings[0].claims
    text = f"{first}-b and x{first} differ from {first}.5; {second}, then {first}."
    finding = Finding("value-conflict", conflict.findings[0].topic, (first, second), text, 1, 2)
    out = render(Report(conflict.claims, (finding,), conflict.sources, conflict.topics), "html")
    line = out[out.index('<li id="finding-1"'):]
    line = line[:line.index("\n")]
    assert f'<a href="#c-{second}">{second}</a>, then <a href="#c-{first}">{first}</a>.' in line
    assert f"{first}-b and x{first} differ from {first}.5" in line
    assert "Claims:" not in line


def test_html_claims_table_shows_exact_values_once_and_each_date_in_its_column(seed):
    out = render(seed, "html")
    row = re.search(r'<tr id="c-mc-nsa-2019-03">[^\n]*', out).group(0)
    cells = row.split("<td>")[1:]
    assert cells[2:4] == ["415", "415"]               # stated, interval: not [415, 415]
    assert cells[6] == "2019-03-07<br>2019-03-07"      # as of over stated on
    total = re.search(r'<tr id="c-mc-total-2019-03">[^\n]*', out).group(0)
    assert "<td>(500, ∞)<td>" in total


# --- html: a large report stores its claims tables compressed ------------------------------

@pytest.fixture
def compressed(monkeypatch):
    """Reports of any size render as large ones do (report_html.COMPACT_FROM)."""
    monkeypatch.setattr(report_html, "COMPACT_FROM", 1)


_DATA = re.compile(r'<script type="application/octet-stream" id="claims-data">([^<]*)</script>')


def _stored_tables(page: str) -> list[list[dict[str, Any]]]:
    """A page's compressed claims tables decoded (base64, gzip, JSON): a list of rows per
    table, each row its fields by name."""
    blob = _DATA.search(page).group(1)
    assert re.fullmatch(r"[A-Za-z0-9+/]*={0,2}", blob)
    tables = json.loads(gzip.decompress(base64.b64decode(blob, validate=True)))
    fields = report_html.ClaimRow._fields
    return [[dict(zip(fields, row, strict=True)) for row in rows] for rows in tables]


def test_html_stores_the_claims_tables_compressed_from_compact_from_claims_on(monkeypatch,
                                                                               seed):
    monkeypatch.setattr(report_html, "COMPACT_FROM", len(seed.claims) + 1)
    plain = render(seed, "html")
    assert "<script" not in plain and "<noscript" not in plain and "script-src" not in plain
    monkeypatch.setattr(report_html, "COMPACT_FROM", len(seed.claims))
    out = render(seed, "html")
    assert out.count("<script") == 2 and out.count("<noscript>") == 1
    note = out[out.index('<p class="meta" id="compressed">'):out.index("</header>")]
    assert "11 claims" in note and "stored in it compressed" in note
    assert "need JavaScript" in note and "--format json</code> (or <code>markdown" in note


@pytest.mark.parametrize("name", ["seed", "conflict"])
def test_compressed_claims_tables_hold_every_claim_and_leave_no_source_text_as_html(
        compressed, name):
    report = load_report(name)
    out = render(report, "html")
    assert out == render(report, "html")     # byte-stable: gzip without a timestamp
    # the one link outside the stored tables: a source's own url, beside the Sources table (its About list)
    about = re.findall(r'<ul class="about">.*?</ul>', out)
    outside = out.replace(about[0], "") if about else out
    assert '<tr id="c-' not in out and "<q>" not in out and 'href="http' not in outside
    for claim in report.claims:
        for text in (claim["quote"], claim["url"], f"{claim['file']}:{claim['line']}"):
            assert text not in out and escape(text) not in out, text
    tables = _stored_tables(out)
    assert len(tables) == out.count('<table class="claims">') == len(report.topics)
    rows = {row["id"]: row for rows in tables for row in rows}
    assert len(rows) == len(report.claims)
    conflicted = {cid for f in report.findings if f.verdict == "conflict" for cid in f.claims}
    assert conflicted or name == "seed"
    for claim in report.claims:
        row = rows[claim["id"]]
        assert row["anchor"] == row["part_of_anchor"] == row["same_quote_anchor"] == ""
        outlet = f", in {report.sources[claim['via']].name}" if claim.get("via") else ""
        assert row["source"] == report.sources[claim["source"]].name + outlet
        assert row["stated"] == claim["text"] + (f" \u2014 note: {claim['note']}" if claim.get("note") else "")
        assert row["scope"] == " / ".join((
            "+".join(claim["population"]) or "any", claim["criterion"] or "any",
            claim["place"] or "any"))
        assert row["part_of"] == (claim["part_of"] or "")
        assert row["as_of"] == claim["as_of"] and row["stated_on"] == claim["stated_on"]
        assert row["url"] == claim["url"] and row["host"] == urlsplit(claim["url"]).hostname
        assert row["written_in"] == f"{claim['file']}:{claim['line']}"
        assert row["conflict"] is (claim["id"] in conflicted)
        if row["same_quote_as"]:   # a quote is shown once per table
            assert row["quote"] == "" and rows[row["same_quote_as"]]["quote"] == claim["quote"]
        else:
            assert row["quote"] == claim["quote"]
    if name == "seed":
        assert rows["mc-nsa-2019-03"]["interval"] == "415"
        assert rows["mc-total-2019-03"]["interval"] == "(500, ∞)"


def test_the_compressed_tables_script_is_the_only_one_the_csp_lets_run(compressed, seed):
    out = render(seed, "html")
    csp = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">',
                    out).group(1)
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    scripts = re.findall(r"<script>(.*?)</script>", out, re.S)
    assert scripts == [report_html.ROWS_SCRIPT]
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode("utf-8")).digest()).decode()
    assert directives["script-src"] == f"'sha256-{digest}'"
    assert directives["require-trusted-types-for"] == "'script'"   # no HTML from strings
    assert directives["default-src"] == "'none'" and "connect-src" not in directives
    assert {k: v for k, v in directives.items()
            if k not in ("script-src", "require-trusted-types-for")} == dict(
        d.strip().split(" ", 1) for d in report_html.CSP.split(";"))
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval",
                 "Function(", "fetch", "XMLHttpRequest", "import(", "setAttribute"):
        assert sink not in scripts[0], sink


def test_hostile_text_in_compressed_claims_tables_stays_data(compressed, hostile):
    out = render(hostile, "html")
    parsed = _parse(out)
    _assert_report_elements(parsed, HTML_TAGS | {"script", "noscript"})
    assert [a for tag, a in parsed.tags if tag == "script"] == [
        {"type": "application/octet-stream", "id": "claims-data"}, {}]
    assert out.count("</script") == 2         # a quote's "</script>" ends nothing
    assert "onload" not in out and "<img" not in out
    assert "\x1b" not in out and "\u202e" not in out       # shown as escapes, not acting
    rows = {row["id"]: row for rows in _stored_tables(out) for row in rows}
    assert rows["h-1"]["quote"].startswith("<script>alert(1)</script> | ](http://evil)")
    assert "\\x1b[31mred" in rows["h-1"]["quote"] and "\\u202eevil" in rows["h-1"]["quote"]
    assert rows["h-1"]["url"] == "javascript:alert(1)" and rows["h-1"]["host"] == ""
    assert rows["h-2"]["host"] == ""              # a space and a quote in it: no link
    assert rows["h-1"]["source"] == '=HYPERLINK("http://x")'
    assert rows["h-1"]["stated"] == "=1+1 <b>500</b>"


# --- claimreview -----------------------------------------------------------------------------

def test_claimreview_has_every_required_and_recommended_property(conflict):
    reviews = json.loads(render(conflict, "claimreview", review_url="https://factcheck.example/a",
                                publisher="Fact Desk", publisher_url="https://factcheck.example"))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    # required (Google Fact Check markup): claimReviewed, reviewRating, url
    assert review["claimReviewed"] == (
        "Venezuelan soldiers who defected, March 2019 (one counting rule): Migración Colombia "
        "says more than 500; Venezuelan Defence Ministry (Vladimir Padrino López) says 109")
    assert "More than 500 Venezuelan soldiers" in review["itemReviewed"]["text"]
    assert review["url"] == "https://factcheck.example/a"
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] == "Conflicting figures"
    # recommended: author, itemReviewed; rating name, ratingValue, bestRating, worstRating
    assert {"name", "ratingValue", "bestRating", "worstRating"} <= set(rating)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert review["author"] == {"@type": "Organization", "name": "Fact Desk", "url": "https://factcheck.example"}
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    # Claim, recommended: appearance, author, datePublished, firstAppearance
    names = [a["name"] for a in item["author"]]
    assert names == ["Migración Colombia", "Venezuelan Defence Ministry (Vladimir Padrino López)"]
    assert all(a["@type"] == "Organization" for a in item["author"])
    assert item["datePublished"] == "2019-03-06"
    assert item["appearance"][0]["@type"] == "CreativeWork"
    assert item["appearance"][0]["url"].startswith("https://example.org/")
    assert item["firstAppearance"]["url"].startswith("https://example.org/")
    assert review["reviewBody"] == conflict.findings[0].explanation


def test_claimreview_reviews_conflicts_and_not_comparable_findings_only(seed):
    reviews = json.loads(render(seed, "claimreview"))
    assert len(reviews) == 1
    assert reviews[0]["reviewRating"]["alternateName"] == (
        "Not comparable: different counting rules, different populations, "
        "different places, different dates")
    assert "url" not in reviews[0] and "author" not in reviews[0]   # no review page, no publisher given
    assert reviews[0]["itemReviewed"]["author"][0]["sameAs"] == "https://www.migracioncolombia.gov.co"


def test_claimreview_refuses_a_review_url_that_is_not_a_web_address(conflict):
    with pytest.raises(ReconcileError, match="review_url=") as caught:   # the keyword given; the command's flag:
        render_claimreview(conflict, review_url="javascript:alert(1)")
    assert caught.value.format(command=True).startswith("--review-url")


def test_claimreview_rating_names_the_kind_of_finding(conflict):
    import dataclasses

    finding = dataclasses.replace(conflict.findings[0], kind="temporal-conflict")
    report = dataclasses.replace(conflict, findings=(finding,))
    assert json.loads(render(report, "claimreview"))[0]["reviewRating"]["name"] == (
        "Conflicting figures: a running count goes down")


def test_claimreview_is_safe_to_embed_in_a_script_element(hostile):
    out = render(hostile, "claimreview")
    assert "<" not in out and ">" not in out
    review = json.loads(out)[0]
    assert "<script>alert(1)</script>" in review["itemReviewed"]["text"]
    # no javascript: URL; a URL with a space or quote is kept percent-encoded (N4 D2, session 45), inert
    urls = [work["url"] for work in review["itemReviewed"].get("appearance", []) if "url" in work]
    assert urls == ["http://evil.example/a%20b%22onmouseover=alert(3)"]
    assert "sameAs" not in review["itemReviewed"]["author"][0]


# --- validation ------------------------------------------------------------------------------

def _validation() -> Validation:
    return Validation(outcomes=(
        ExpectationOutcome("expectations/claims.json", "expect_column_values_to_not_be_null",
                           "quote", True, description="every claim has a quote"),
        ExpectationOutcome("expectations/claims.json", "expect_column_values_to_be_between",
                           "lower", False,
                           failing=tuple(f"sources/mindef.yaml:{n} (m-{n})" for n in range(9, 16)),
                           sample=("-5", "1e9 <b>\x1b[31m"),
                           description="counts are not negative"),
        ExpectationOutcome("expectations/sources.json", "expect_column_values_to_be_in_set",
                           "kind", True),
    ), claims=11)


def test_validation_text_names_failures_and_counts_them():
    out = render_validation(_validation(), "text")
    assert out.endswith("1 of 3 expectations failed\n")
    assert "FAILED" in out and "sources/mindef.yaml:9 (m-9)" in out
    assert "... and 2 more" in out
    assert "\x1b" not in out
    assert out.index("FAILED") < out.index("ok ")


def test_validation_text_says_when_all_passed():
    passing = Validation(outcomes=_validation().outcomes[:1], claims=11)
    assert render_validation(passing).endswith("All 1 expectations passed\n")


def test_validation_json_equals_to_dict():
    validation = _validation()
    assert json.loads(render_validation(validation, "json")) == validation.to_dict()


def test_junit_is_well_formed_with_one_testcase_per_outcome():
    validation = _validation()
    out = render_validation(validation, "junit")
    root = ET.fromstring(out.encode("utf-8"))
    assert root.tag == "testsuites"
    assert root.get("tests") == "3" and root.get("failures") == "1"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == ["expectations/claims.json",
                                               "expectations/sources.json"]
    cases = root.iter("testcase")
    assert len(list(cases)) == len(validation.outcomes)
    failures = root.findall(".//failure")
    assert len(failures) == 1
    assert "sources/mindef.yaml:15 (m-15)" in failures[0].text
    assert "1e9 <b>\\x1b[31m" in failures[0].text


def test_junit_names_repeated_expectations_apart():
    twice = ExpectationOutcome("e.json", "expect_x", "lower", True)
    out = render_validation(Validation(outcomes=(twice, twice), claims=1), "junit")
    names = [c.get("name") for c in ET.fromstring(out).iter("testcase")]
    assert names == ["expect_x [lower]", "expect_x [lower] #2"]


def test_an_unknown_validation_format_is_a_reconcile_error():
    with pytest.raises(ReconcileError, match="unknown validation format"):
        render_validation(_validation(), "xlsx")


# --- edge cases ------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_an_empty_report_renders_in_every_format(fmt):
    out = render(Report((), (), {}, {}), fmt)
    assert out.endswith("\n")
    if fmt == "claimreview":
        assert json.loads(out) == []


def test_a_finding_naming_a_claim_not_in_the_report_still_renders(conflict):
    dangling = Finding("value-conflict", conflict.findings[0].topic,
                       ("mc-defected-2019-03", "gone-2019"), "one claim is missing", 1, 1.1)
    report = Report(conflict.claims, (dangling,), conflict.sources, conflict.topics)
    for fmt in RENDERERS:
        assert "gone-2019" in render(report, fmt) or fmt in ("claimreview", "parquet")  # parquet: the summary


def test_a_chart_spanning_decades_uses_a_log_axis_and_arrows_for_open_bounds():
    def claim(cid, lower, upper, qualifier):
        return {"id": cid, "source": "s", "topic": "t", "text": qualifier, "lower": lower,
                "upper": upper, "lower_inclusive": lower is not None,
                "upper_inclusive": upper is not None, "qualifier": qualifier,
                "population": [], "criterion": None, "place": None, "as_of": None,
                "stated_on": None, "quote": None, "url": None, "via": None, "cites": None,
                "part_of": None, "lang": "en", "file": "", "line": 0}
    report = Report((claim("a", 3, 3, "exact"), claim("b", 95000, 150000, "range"),
                     claim("c", None, 40, "at-most"), claim("d", 2000, None, "at-least")),
                    (), {}, {"t": Topic("t", "Spread out")})
    out = render(report, "html")
    svg = out[out.index("<svg "):out.index("</svg>")]
    ticks = re.findall(r">([\d,]+)</text>", svg)
    assert {"10", "100", "1,000", "10,000", "100,000"} <= set(ticks)
    arrows = re.search(r'<path class="a c" d="([^"]*)"', svg).group(1)
    assert arrows.count("z") == 2        # an arrow head for each open side


def test_a_chart_draws_nested_breakdowns_and_part_of_loops():
    def claim(cid, value, part_of=None):
        return {"id": cid, "source": "s", "topic": "t", "text": str(value), "lower": value,
                "upper": value, "lower_inclusive": True, "upper_inclusive": True,
                "qualifier": "exact", "population": [], "criterion": None, "place": None,
                "as_of": None, "stated_on": None, "quote": None, "url": None, "via": None,
                "cites": None, "part_of": part_of, "lang": "en", "file": "", "line": 0}
    claims = (claim("a-total", 100), claim("b-part", 60, "a-total"), claim("c-sub", 40, "b-part"),
              claim("d-sub", 20, "b-part"), claim("x", 5, "y"), claim("y", 6, "x"))
    out = render(Report(claims, (), {}, {"t": Topic("t", "Nested")}), "html")
    labels = re.findall(r"<text y=[^>]*>([^<]+)</text>", out)
    assert labels[:6] == ["s: 100", "Σ of 1 parts = 60", "↳ b-part: 60", "Σ of 2 parts = 60",
                          "↳↳ c-sub: 40", "↳↳ d-sub: 20"]
    assert "s: 5" in labels or "↳ x: 5" in labels
    assert "s: 6" in labels or "↳ y: 6" in labels


def test_html_is_the_same_whether_charts_are_drawn_in_workers_or_not(monkeypatch, seed):
    import reconcile.report.html.page as report_html

    topics = {f"t{n:02d}": Topic(f"t{n:02d}", f"Topic {n}") for n in range(4)}
    claims = tuple({**claim, "id": f"{claim['id']}-{n}", "topic": f"t{n:02d}",
                    "part_of": f"{claim['part_of']}-{n}" if claim["part_of"] else None}
                   for n in range(4) for claim in seed.claims)
    report = Report(tuple(sorted(claims, key=lambda c: c["id"])), (), seed.sources, topics)
    monkeypatch.setattr(report_html, "PARALLEL_FROM", 10**9)
    serial = render(report, "html")
    monkeypatch.setattr(report_html, "PARALLEL_FROM", 2)
    monkeypatch.setattr(report_html.os, "cpu_count", lambda: 2)
    assert render(report, "html") == serial


def test_html_claim_anchors_are_valid_ids_even_for_odd_claim_ids():
    from reconcile.report.html.page import claim_anchor

    assert claim_anchor("mc-total-2019-03") == "c-mc-total-2019-03"
    assert claim_anchor('a b"<') == "c-a_20_b_22__3c_"
    assert claim_anchor("a b") != claim_anchor("a_20_b") != claim_anchor("a_b")


@pytest.mark.parametrize("width", [80, 100, 140])
def test_text_fits_the_width_when_it_can(seed, width):
    out = render(seed, "text", width=width)
    assert max(len(line) for line in out.splitlines()) <= width


def test_html_chart_spans_the_gap_of_a_conflict(conflict):
    svg = re.search(r"<svg .*?</svg>", render(conflict, "html"), re.S).group(0)
    assert ">gap 391, ×4.6</text>" in svg
    assert '<path class="gp x" d="M' in svg


def test_a_quote_shared_by_several_claims_is_shown_once_per_finding_and_table(seed):
    shared = "Other points: Orinoquía (46), Guajira (30), Caribbean (23)."
    claims = tuple({**c, "quote": shared} if c["id"] in ("mc-ori-2019-03", "mc-lag-2019-03",
                                                          "mc-car-2019-03") else c
                   for c in seed.claims)
    report = Report(claims, seed.findings, seed.sources, seed.topics)
    markdown = render(report, "markdown")
    finding = markdown.split("(`breakdown-consistent`)")[1].split("</details>")[0]
    assert finding.count(shared) == 1
    assert finding.count("same quote as `mc-car-2019-03`") == 2
    html = render(report, "html")
    assert html.count(f"<q>{shared}</q>") == 1
    assert html.count('same quote as <a href="#c-mc-car-2019-03">') == 2


# --- property: whatever a source writes, it stays text ---------------------------------------

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_NASTY = st.text(alphabet=st.sampled_from(list("<>&\"'`|[]()!*_~$#@:/\\=+-.\n\r\t\x1b\x00\u202e"
                                               "aZ09 éñ∞")), max_size=40)


def _report_from(name: str, quote: str, url: str, text: str, explanation: str) -> Report:
    claims = ({"id": "x-1", "source": "src", "topic": "t", "text": text, "lower": 1,
               "upper": 1, "lower_inclusive": True, "upper_inclusive": True,
               "qualifier": "exact", "population": [quote[:5]], "criterion": name[:8],
               "place": "CO", "as_of": "2019-03-07", "stated_on": "2019-03-07", "quote": quote,
               "url": url, "via": None, "cites": None, "part_of": None, "lang": "en",
               "file": "sources/src.yaml", "line": 3},
              {"id": "x-2", "source": "src", "topic": "t", "text": "5", "lower": 5, "upper": 5,
               "lower_inclusive": True, "upper_inclusive": True, "qualifier": "exact",
               "population": [], "criterion": None, "place": None, "as_of": None,
               "stated_on": None, "quote": quote, "url": None, "via": None, "cites": None,
               "part_of": None, "lang": "en", "file": "", "line": 0})
    findings = (Finding("value-conflict", "t", ("x-1", "x-2"), explanation, 4, 5),)
    return Report(claims, findings, {"src": Source("src", name or "src", url=url)},
                  {"t": Topic("t", name)})


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=_NASTY, quote=_NASTY, url=st.one_of(_NASTY, st.just("https://ok.example/a?b=1&c")),
       text=_NASTY, explanation=_NASTY)
def test_whatever_a_source_writes_stays_text_in_every_format(name, quote, url, text,
                                                              explanation):
    report = _report_from(name, quote, url, text, explanation)
    _assert_report_elements(_parse(render(report, "html")))
    with patch.object(report_html, "COMPACT_FROM", 1):   # claims tables compressed
        page = render(report, "html")
    _assert_report_elements(_parse(page), HTML_TAGS | {"script", "noscript"})
    assert page.count("<script") == page.count("</script") == 2
    for row in (row for rows in _stored_tables(page) for row in rows):
        assert row["host"] == "" or urlsplit(row["url"]).scheme in ("http", "https")
        assert not any(c in value for value in row.values() if isinstance(value, str)
                       for c in "\x1b\x00\u202e\n")
    for fmt in ("text", "markdown", "csv"):
        out = render(report, fmt)
        assert "\x1b" not in out and "\x00" not in out and "\u202e" not in out, fmt
    markdown = render(report, "markdown")
    assert "<" not in markdown.replace("<details>", "").replace("</details>", "") \
        .replace("<summary>", "").replace("</summary>", "")
    for rows in _tables(markdown):
        assert len({len(re.findall(r"(?<!\\)\|", row)) for row in rows}) == 1
    for row in _csv_rows(render(report, "csv"))[1:]:
        assert not row[4].startswith(("=", "+", "-", "@"))
    assert "<" not in render(report, "claimreview")
    assert json.loads(render(report, "json")) == report.to_dict()


def test_html_without_matplotlib_says_what_to_install(monkeypatch, seed):
    import sys

    from reconcile.errors import OutputError

    monkeypatch.setitem(sys.modules, "matplotlib", None)   # import matplotlib -> ImportError
    with pytest.raises(OutputError, match="needs matplotlib.*pip install matplotlib"):
        render(seed, "html")


@pytest.mark.parametrize("name", [*FIXTURES, "big"])
def test_every_chart_is_well_formed_svg(name):
    report = _big_topic(150) if name == "big" else load_report(name)
    for svg in re.findall(r"<svg .*?</svg>", render(report, "html"), re.S):
        root = ET.fromstring(svg)
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert root.get("role") == "img" and root.get("aria-label")


@pytest.mark.parametrize("name", [*FIXTURES, "big"])
def test_chart_svg_is_lean_classes_not_styles_and_one_decimal(name):
    report = _big_topic(150) if name == "big" else load_report(name)
    out = render(report, "html")
    for svg in re.findall(r"<svg .*?</svg>", out, re.S):
        for needle in ("style=", "<use", "<defs", "clip-path", "<metadata", "<clipPath",
                       "\n", "stroke:", "fill:"):
            assert needle not in svg, needle
        geometry = " ".join(re.findall(r'\s(?:d|x|y|width|height|viewBox)="([^"]*)"', svg))
        assert geometry and not re.search(r"\d\.\d\d", geometry)
        assert not re.search(r"\d\.0(?!\d)", geometry)       # 130, not 130.0
        classes = _svg_classes(svg)
        assert {"b", "o"} & classes or name == "hostile"
        for cls in classes:
            assert f".{cls}{{" in out or f".{cls}," in out or f".{cls}." in out \
                or f" .{cls}" in out, cls                      # every class is styled


def test_html_chart_key_is_written_once_in_the_css_and_shown_under_each_chart(seed):
    out = render(seed, "html")
    css = out[out.index("<style>"):out.index("</style>")]
    assert "exact\\a0 value" in css and "red:\\a0 in\\a0 a\\a0 conflict" in css
    body = out[out.index("<body>"):]
    assert body.count('<p class="key"></p>') == body.count("<svg ") == 2
    assert "exact value" not in body


def test_html_chart_of_a_crowded_topic_keeps_each_total_beside_its_breakdown_sum():
    big = _big_topic(1000)
    claims = list(big.claims)
    claims[900] = {**claims[900], "text": "2000", "lower": 2000, "upper": 2000}
    for i in (901, 902):
        claims[i] = {**claims[i], "part_of": claims[900]["id"]}
    conflicts = tuple(Finding("value-conflict", "big", (f"c{i:04d}", f"c{i + 1:04d}"), "apart",
                              1, 1.1) for i in range(0, 200, 2))   # 200 claims in conflict
    out = render(Report(tuple(claims), conflicts, {}, big.topics), "html")
    labels = re.findall(r"<text y=[^>]*>([^<]+)</text>", out)
    assert len(labels) <= MAX_ROWS
    total = labels.index("s4: 2000")
    assert labels[total + 1] == "Σ of 2 parts = 2,003"    # 1001 + 1002
    assert "1,000 claims:" in out and "totals and conflicts first" in out


def test_html_chart_describes_itself_in_words_without_repeating_exact_values(seed):
    out = render(seed, "html")
    aria = re.search(r'<svg role="img" aria-label="([^"]*)"', out).group(1)
    assert "Migración Colombia: more than 500 (500, ∞)" in aria
    assert "↳ CO-NSA: 415;" in aria and "[415, 415]" not in aria


def _claim(cid: str, source: str, **fields):
    base = {"id": cid, "source": source, "topic": "t", "text": "5", "lower": 5, "upper": 5,
            "lower_inclusive": True, "upper_inclusive": True, "qualifier": "exact", "population": [],
            "criterion": None, "place": None, "as_of": None, "stated_on": None, "quote": None, "url": None,
            "via": None, "cites": None, "part_of": None, "note": None, "lang": "en", "file": "", "line": 0}
    base.update(fields)
    return base


def test_text_quotes_a_shared_sentence_under_each_claimant():
    quote = "The police counted 5, the organizers 50."
    report = Report((_claim("org", "organizers", quote=quote, text="50", lower=50, upper=50),
                     _claim("pol", "police", quote=quote)), (),
                    {"police": Source("police", "Police"), "organizers": Source("organizers", "Organizers")},
                    {"t": Topic("t", "T")})
    out = render(report, "text", width=200)
    assert "org (Organizers):" in out and "pol (Police):" in out


def test_via_and_note_are_shown_in_every_report_for_people():
    report = Report((_claim("a1", "agency", via="paper", note="off the record"),), (),
                    {"agency": Source("agency", "Agency"), "paper": Source("paper", "The Paper")},
                    {"t": Topic("t", "T")})
    for fmt in ("text", "markdown", "html"):
        out = render(report, fmt)
        assert "off the record" in out and "The Paper" in out, fmt
    conflict = Finding("value-conflict", "t", ("a1", "b1"), "differ", gap=1)
    csv_out = render(Report(report.claims, (conflict,), report.sources, report.topics), "csv")
    assert csv_out.splitlines()[1].endswith(",a1: off the record")


def test_one_long_quote_does_not_pad_every_row_of_the_markdown_table(make_project):
    """Issue 11: a table padded to its widest cell made 240 KB of claims 100 MB of Markdown."""
    import reconcile as api
    from conftest import claim

    maker = make_project()
    maker.source("long", claim(value="500", as_of="2020-06-01", quote="word " * 40_000))
    maker.source("short", *[claim(value=str(n), as_of=f"2019-{1 + n // 28:02d}-{1 + n % 28:02d}")
                             for n in range(100)])
    markdown = api.render(api.reconcile(api.normalize(api.read(maker.root))), "markdown")
    assert len(markdown) < 3 * 200_000   # the quote once (and its mentions), not once a row
