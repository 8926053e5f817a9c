"""A large HTML page folds what nobody reads (issue 15 item 3): past ``MAX_TOPIC_SECTIONS``
topics the others are one row each in a table at the end, a claims table past
``MAX_TABLE_ROWS`` lists the claims its findings name first, and the page says what it folded
and where all of it is (the JSON report). Smaller reports are as ever (the goldens)."""
from __future__ import annotations

import re
from html import escape

import pytest
from conftest import load_report

from reconcile.report.base import topic_views
from reconcile.report.html import page as report_html
from reconcile.report.html.tables import claim_anchor
from reconcile.report.render import render


@pytest.fixture(scope="module")
def seed():
    return load_report("seed")


def test_topics_past_the_limit_are_rows_of_a_table_and_the_page_says_where_all_is(seed, monkeypatch):
    monkeypatch.setattr(report_html, "MAX_TOPIC_SECTIONS", 1)
    out = render(seed, "html")
    assert out.count('<section class="topic"') == 1
    assert 'id="more-topics"' in out and '<a href="#more-topics">1 more topic</a>' in out
    note = out[out.index('id="folded"'):]
    note = note[:note.index("</p>")]
    assert "1 topic in full" in note and "the other 1 are listed" in note and "--format json" in note
    more = out[out.index('<section id="more-topics">'):]
    more = more[:more.index("</section>")]
    # the folded topic (one claim, no conflict) is a row: title, id, its claims, its findings by verdict
    assert "<code>venezuelan-military-size-2019</code></td><td>1</td><td>0</td>" in more
    assert "<svg" not in more


def test_every_topic_shown_in_full_below_the_limit_says_nothing_of_folding(seed):
    out = render(seed, "html")
    assert 'id="folded"' not in out and "more-topics" not in out


def test_a_folded_topic_row_escapes_its_title_and_id(monkeypatch):
    monkeypatch.setattr(report_html, "MAX_TOPIC_SECTIONS", 0)
    hostile = load_report("hostile")
    out = render(hostile, "html")
    more = out[out.index('<section id="more-topics">'):]
    (topic,) = hostile.topics.values()
    assert escape(topic.title) in more and escape(topic.id) in more
    assert "<script>" not in more and "<b>topic</b>" not in more


def test_a_long_claims_table_lists_the_claims_its_findings_name_first(seed, monkeypatch):
    monkeypatch.setattr(report_html, "MAX_TABLE_ROWS", 3)
    out = render(seed, "html")
    section = out[out.index('<section class="topic" id="topic-1">'):]
    section = section[:section.index("</section>")]
    table = section[section.index('<table class="claims">'):]
    rows = re.findall(r'<tr id="(c-[^"]+)"', table)
    assert len(rows) == 3
    view = topic_views(seed)[0]
    most_urgent = {claim_anchor(c) for c in view.findings[0].claims}   # a pair of claims
    named = {claim_anchor(c) for f in view.findings for c in f.claims}
    assert len(most_urgent) <= 3 < len(named) and most_urgent <= set(rows) <= named
    assert "3 of the topic's 10 claims listed" in section and "--format json" in section
