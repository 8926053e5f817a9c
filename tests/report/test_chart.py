"""The HTML chart keeps one axis per stated scope (issue 12 item 3): a panel never mixes places
or dates, a breakdown stays with its total, conflicts stay marked, and the SVG is the same
bytes every run."""
from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET

import pytest

import reconcile
from conftest import REPO
from reconcile.model.records import Finding, Report, Topic
from reconcile.report.base import claims_in, topic_views
from reconcile.report.html.chart import MAX_PANELS, MAX_ROWS, Chart, chart_rows, scope_key
from reconcile.report.html.svg import STYLE_CLASSES, draw_chart
from reconcile.report.render import render


def _claim(cid: str, value: float, **fields) -> dict:
    base = {"id": cid, "source": f"src-{cid}", "topic": "t", "text": f"{value:,}", "lower": value,
            "upper": value, "lower_inclusive": True, "upper_inclusive": True, "qualifier": "exact",
            "population": ["people"], "criterion": "counted", "place": "CO", "as_of": "2024-05-01",
            "stated_on": None, "quote": None, "url": None, "via": None, "cites": None,
            "part_of": None, "note": None, "lang": "en", "file": "", "line": 0}
    base.update(fields)
    return base


def _chart(report: Report) -> Chart:
    (view,) = [v for v in topic_views(report) if v.id == "t"]
    return chart_rows(report, view, claims_in(report, "conflict"))


def _report(claims, findings=(), estimates=()) -> Report:
    return Report(tuple(sorted(claims, key=lambda c: c["id"])), tuple(findings), {},
                  {"t": Topic("t", "A topic", unit="people")}, estimates=tuple(estimates))


def _panel_claims(chart: Chart, claims) -> list[list[dict]]:
    """Each panel's claims, found by their labels (``src-<id>: <value>``)."""
    by_label = {f"src-{c['id']}: {c['text']}": c for c in claims}
    return [[by_label[row.label] for row in chart.rows[p.start:p.stop] if row.label in by_label]
            for p in chart.panels]


#: a topic with two places (a country and one of its regions) and two dates
PLACES_AND_DATES = [
    _claim("co-may", 1000), _claim("co-may-b", 1200),
    _claim("co-june", 1500, as_of="2024-06-01"),
    _claim("ant-may", 300, place="CO-ANT"),
    _claim("ant-june", 420, place="CO-ANT", as_of="2024-06-01"),
    _claim("ant-june-b", 410, place="CO-ANT", as_of="2024-06-01"),
]


def test_a_topic_with_two_places_and_two_dates_gives_panels_that_never_mix_them():
    chart = _chart(_report(PLACES_AND_DATES))
    panels = _panel_claims(chart, PLACES_AND_DATES)
    assert len(chart.panels) == 4
    assert sorted(len(p) for p in panels) == [1, 1, 2, 2]
    for panel, claims in zip(chart.panels, panels, strict=True):
        assert len({(c["place"], c["as_of"]) for c in claims}) == 1     # one place, one date
        place, as_of = claims[0]["place"], claims[0]["as_of"]
        assert f"in {place}," in panel.title and f"as of {as_of}" in panel.title
        assert panel.title.startswith("people, counted as counted")
    # every row of the chart is in exactly one panel, in order
    assert [(p.start, p.stop) for p in chart.panels] == list(zip(
        [0] + [p.stop for p in chart.panels[:-1]], [p.stop for p in chart.panels]))
    assert chart.panels[-1].stop == len(chart.rows)


def test_each_panel_is_drawn_on_its_own_axis_under_its_scope_in_words():
    out = render(_report(PLACES_AND_DATES), "html")
    (svg,) = re.findall(r"<svg .*?</svg>", out, re.S)
    ET.fromstring(svg)
    headings = re.findall(r'<text class="hd"[^>]*>([^<]*)</text>', svg)
    assert " ".join(headings).count("people, counted as counted") == 4
    assert svg.count(">people</text>") == 4                        # one value axis (unit) each
    # a panel's axis spans its own values: the regional panels' ticks stop below 1,000
    ticks = [re.findall(r'<text x="[^"]*">([\d,]+)</text>', axis)
             for axis in re.findall(r'<g class="tl"[^>]*>.*?</g>', svg)]
    assert len(ticks) == 4
    assert any(max(int(t.replace(",", "")) for t in found) < 1000 for found in ticks)
    assert any(max(int(t.replace(",", "")) for t in found) >= 1500 for found in ticks)


def test_a_breakdown_stays_with_its_total_though_its_parts_are_in_other_places():
    claims = [_claim("total", 500, lower=500, upper=None, lower_inclusive=False,
                     upper_inclusive=False, text="more than 500"),
              _claim("part-ant", 300, place="CO-ANT", part_of="total"),
              _claim("part-cun", 267, place="CO-CUN", part_of="total"),
              _claim("other-ant", 280, place="CO-ANT")]          # a region's count, no part
    findings = [Finding("breakdown-consistent", "t", ("part-ant", "part-cun", "total"), "fits")]
    chart = _chart(_report(claims, findings))
    labels = [[r.label for r in chart.rows[p.start:p.stop]] for p in chart.panels]
    assert labels[0] == ["src-total: more than 500", "Σ of 2 parts = 567", "↳ CO-ANT: 300",
                         "↳ CO-CUN: 267"]
    assert "in CO," in chart.panels[0].title and "parts of its breakdown" in chart.panels[0].title
    assert labels[1] == ["src-other-ant: 280"] and "in CO-ANT," in chart.panels[1].title
    assert chart.rows[1].style == "sum-consistent"


def test_a_loop_of_part_of_is_one_panel_whichever_claim_it_starts_from():
    claims = [_claim("x", 5, part_of="y", place="A"), _claim("y", 6, part_of="x", place="B")]
    chart = _chart(_report(claims))
    assert len(chart.panels) == 1 and len(chart.rows) >= 2


@pytest.fixture(scope="module")
def seed_report():
    cwd = os.getcwd()
    os.chdir(REPO)
    try:
        project, frame = reconcile.normalize(reconcile.read(None))
        return reconcile.reconcile(reconcile.Claims(project, frame))
    finally:
        os.chdir(cwd)


def test_the_seed_chart_still_shows_567_fitting_more_than_500(seed_report):
    view = next(v for v in topic_views(seed_report) if v.id == "venezuelan-military-defections-2019")
    chart = chart_rows(seed_report, view, claims_in(seed_report, "conflict"))
    first = chart.panels[0]
    rows = chart.rows[first.start:first.stop]
    assert rows[0].label == "Migración Colombia: more than 500"
    assert (rows[0].lower, rows[0].upper, rows[0].lower_inclusive) == (500, None, False)
    assert rows[1].label == "Σ of 8 parts = 567" and rows[1].style == "sum-consistent"
    assert rows[1].lower == rows[1].upper == 567                     # inside (500, ∞)
    assert len(rows) == 10 and all(r.label.startswith("↳ CO-") for r in rows[2:])
    assert "in CO, as of 2019-03-07" in first.title
    # the ministry's 109 (another criterion, place and date) has its own axis
    second = chart.panels[1]
    assert [r.label for r in chart.rows[second.start:second.stop]] == [
        "Venezuela's Ministry of Defence: more than 100", "Venezuela's Ministry of Defence: 109"]
    assert "in VE, as of 2019-03-06" in second.title
    svg = draw_chart(chart, "t1-")
    assert f'class="{STYLE_CLASSES["sum-consistent"]}" font-weight="bold">Σ of 8 parts = 567<' in svg


def test_a_conflict_on_one_axis_is_spanned_and_one_across_axes_is_marked_and_said():
    claims = [_claim("a", 100), _claim("b", 300), _claim("c", 50, place="CO-ANT")]
    findings = [Finding("value-conflict", "t", ("a", "b"), "apart", 200, 3.0),
                Finding("order-conflict", "t", ("a", "c"), "apart", 50, 2.0)]
    chart = _chart(_report(claims, findings))
    assert [g[3] for g in chart.gaps] == ["gap 200, ×3"]      # the pair on one axis only
    assert {r.style for r in chart.rows} == {"conflict"}       # every claim still red
    assert "1 conflict with claims off this axis" in chart.panels[0].note
    assert "1 conflict with claims off this axis" in chart.panels[1].note
    svg = draw_chart(chart, "t1-")
    assert svg.count('<path class="gp x"') == 1 and ">gap 200, ×3</text>" in svg
    assert svg.count("1 conflict with claims off this axis") == 2


def test_estimates_are_drawn_in_their_own_scope_panel():
    claims = [_claim("a", 100), _claim("b", 120), _claim("c", 7, place="VE"), _claim("d", 9, place="VE")]
    estimate = {"topic": "t", "population": ["people"], "criterion": "counted", "place": "VE",
                "as_of": "2024-05-01", "lower": 7, "upper": 9, "lower_inclusive": True,
                "upper_inclusive": True, "point": None, "status": "disputed", "method": "hull",
                "claims": []}
    chart = _chart(_report(claims, estimates=[estimate]))
    (ve,) = [p for p in chart.panels if "in VE," in p.title]
    assert chart.rows[ve.stop - 1].style == "estimate"
    assert [r.style for r in chart.rows].count("estimate") == 1


def test_a_topic_of_many_scopes_keeps_the_row_and_panel_bounds_and_says_what_it_left_out():
    claims = [_claim(f"c{s:02d}-{i}", 100 * s + i, place=f"P{s:02d}") for s in range(30) for i in range(5)]
    findings = [Finding("value-conflict", "t", ("c25-0", "c25-4"), "apart", 4, 1.1)]
    report = _report(claims, findings)
    chart = _chart(report)
    assert len(chart.rows) <= MAX_ROWS and len(chart.panels) <= MAX_PANELS
    assert "in P25," in chart.panels[0].title                      # conflicts first
    by_id = {c["id"]: c for c in claims}
    for panel in chart.panels:
        place = panel.title.split("in ")[1].split(",")[0]
        rows = chart.rows[panel.start:panel.stop]
        assert {by_id[r.label.split(":")[0].removeprefix("src-")]["place"]
                for r in rows if r.style != "group"} == {place}          # one place a panel
        values = [c["lower"] for c in claims if c["place"] == place]
        for band in (r for r in rows if r.style == "group"):   # this scope's other claims only
            assert min(values) <= band.lower <= band.upper <= max(values)
    assert "150 claims:" in chart.note and "not drawn (see the claims table)" in chart.note
    out = render(report, "html")
    labels = re.findall(r"<text y=[^>]*>([^<]+)</text>", out)
    assert len(labels) <= MAX_ROWS and out.count('<tr id="c-') == 150


def test_the_svg_is_the_same_bytes_whatever_was_drawn_before_and_escapes_its_scopes():
    hostile = [_claim("a", 1, place="<script>alert(1)</script>", population=["a&b", "\u202e<x>"]),
               _claim("b", 2)]
    chart = _chart(_report(hostile))
    first = draw_chart(chart, "t1-")
    _ = draw_chart(_chart(_report(PLACES_AND_DATES)), "t2-")   # other charts in between
    _ = draw_chart(Chart(chart.rows[:1], "", "people", "one"), "t3-")
    assert draw_chart(chart, "t1-") == first
    assert "<script" not in first and "&lt;script&gt;" in first and "a&amp;b" in first
    assert "\u202e" not in first                                    # a bidi override is shown, not obeyed
    ET.fromstring(first)


def test_the_scope_key_is_the_stated_scope():
    assert scope_key(_claim("a", 1)) == (("people",), "counted", "CO", "2024-05-01")
    assert scope_key({"population": None, "criterion": None, "place": None, "as_of": None}) == \
        ((), None, None, None)


def test_a_part_whose_total_has_no_room_is_not_drawn_alone_under_the_totals_scope(monkeypatch):
    import reconcile.report.html.chart as chart_module

    monkeypatch.setattr(chart_module, "MAX_ROWS", 2)    # the total needs 3: itself, its sum, a band
    claims = [_claim("t", 500, place="VE"), _claim("p", 300, place="VE-ANT", part_of="t"),
              _claim("q", 100, place="VE-ANT")]
    findings = [Finding("value-conflict", "t", ("p", "q"), "apart", 200, 3.0)]
    chart = _chart(_report(claims, findings))
    assert [r.label for r in chart.rows] == ["src-q: 100"]
    assert len(chart.panels) == 1 and "in VE-ANT," in chart.panels[0].title
    assert "2 claims of 1 other scope not drawn (see the claims table)" in chart.note
