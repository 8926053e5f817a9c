"""The HTML report in a real headless Chromium: it parses, renders on a phone, prints, and
asks the network for nothing; a large report's script draws its compressed claims tables
as the plain ones.

Skipped, with a message, when no Chromium binary is found (Debian: ``apt-get install -y
chromium``; or point ``RECONCILE_CHROMIUM`` at one). Screenshots and the printed PDF are
written to ``test-artifacts/`` (git-ignored) for a person to look at.
"""
from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import load_report

from reconcile.report.html import page as report_html
from reconcile.model.records import Report
from reconcile.report.render import render

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PHONE = "412,915"


def _chromium() -> str | None:
    override = os.environ.get("RECONCILE_CHROMIUM")
    if override:
        return override
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium binary found (apt-get install -y chromium, or set RECONCILE_CHROMIUM)")


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-extensions",
               f"--user-data-dir={tmp_path / 'chromium-profile'}", *args]
    result = subprocess.run(command, capture_output=True, text=True, timeout=180)
    assert result.returncode == 0, result.stderr[-2000:]
    return result


def _page(tmp_path: Path, name: str) -> tuple[Report, Path]:
    report = load_report(name)
    page = tmp_path / f"{name}.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    return report, page


def _compressed_page(tmp_path: Path, name: str, monkeypatch) -> Path:
    """The report's page as a large report's: claims tables compressed, drawn by its script."""
    monkeypatch.setattr(report_html, "COMPACT_FROM", 1)
    page = tmp_path / f"{name}-compressed.html"
    page.write_text(render(load_report(name), "html"), encoding="utf-8")
    assert 'id="claims-data"' in page.read_text(encoding="utf-8")
    return page


#: time the page's script gets before Chromium dumps, prints or shoots it (virtual time:
#: it ends as soon as the page has nothing left to do)
SETTLE = "--virtual-time-budget=30000"


def _requests(netlog: Path) -> list[str]:
    """The URLs a page asked the network for, from Chromium's net log. Chromium's own
    requests (updates and the like) are told apart by their network isolation key: a page's
    is its own origin, ``file://`` here."""
    log = json.loads(netlog.read_text(encoding="utf-8"))
    start = log["constants"]["logEventTypes"]["URL_REQUEST_START_JOB"]
    return [event["params"]["url"] for event in log["events"] if event["type"] == start
            and "file://" in event["params"].get("network_isolation_key", "")]


def _dom(tmp_path: Path, page: Path, *args: str) -> str:
    """The page's DOM once its script (if any) is done. Fails if the page asked the
    network for anything or wrote to the console (a CSP violation, a script error)."""
    netlog = tmp_path / f"{page.stem}.netlog.json"
    result = _run(tmp_path, SETTLE, "--enable-logging=stderr", "--v=0",
                  f"--log-net-log={netlog}", "--dump-dom", *args, page.as_uri())
    assert _requests(netlog) == []
    assert "CONSOLE" not in result.stderr, result.stderr[-2000:]
    return result.stdout


def _tables(dom: str) -> list[str]:
    """The claims tables' rows as markup, line breaks (between rows: the text in rows has
    none) and ``rel`` aside."""
    return [body.replace("\n", "").replace(' rel="noreferrer"', "")
            for body in re.findall(r"<tbody>(.*?)</tbody>", dom, re.S)]


def test_the_seed_report_renders_on_a_phone_screen(tmp_path):
    _, page = _page(tmp_path, "seed")
    ARTIFACTS.mkdir(exist_ok=True)
    for label, size in (("phone", PHONE), ("phone-full", "412,3200"), ("desktop", "1280,2400")):
        shot = tmp_path / f"{label}.png"
        _run(tmp_path, f"--screenshot={shot}", f"--window-size={size}",
             "--hide-scrollbars", page.as_uri())
        data = shot.read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert len(data) > 10_000, "the screenshot is (nearly) blank"
        shutil.copyfile(shot, ARTIFACTS / f"report-seed-{label}.png")


def test_the_network_check_sees_a_page_that_asks_for_something(tmp_path):
    page = tmp_path / "leak.html"
    page.write_text('<!DOCTYPE html><img src="http://127.0.0.1:9/x.png">', encoding="utf-8")
    netlog = tmp_path / "leak.netlog.json"
    _run(tmp_path, SETTLE, f"--log-net-log={netlog}", "--dump-dom", page.as_uri())
    assert _requests(netlog) == ["http://127.0.0.1:9/x.png"]


def test_every_finding_and_chart_is_in_the_rendered_dom(tmp_path):
    report, page = _page(tmp_path, "seed")
    dom = _dom(tmp_path, page, f"--window-size={PHONE}")
    text = re.sub(r"</?(?:a|q|code|b)\b[^>]*>", "", dom)   # inline tags: part of a sentence
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = " ".join(text.split())
    for finding in report.findings:
        assert " ".join(finding.explanation.split()) in text, finding.kind
    assert dom.count("<svg") == 2
    assert "Σ of 8 parts = 567" in text
    for claim in report.claims:
        assert f'id="c-{claim["id"]}"' in dom


def test_hostile_text_stays_text_in_the_browser(tmp_path):
    _, page = _page(tmp_path, "hostile")
    dom = _dom(tmp_path, page)
    assert "<script" not in dom and "<img" not in dom and "onerror=\"" not in dom
    assert "onload=\"" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert 'href="javascript' not in dom


def test_a_large_report_draws_its_compressed_claims_tables_as_the_plain_ones(tmp_path,
                                                                              monkeypatch):
    report, plain = _page(tmp_path, "seed")
    page = _compressed_page(tmp_path, "seed", monkeypatch)
    dom = _dom(tmp_path, page, f"--window-size={PHONE}")
    tables = _tables(dom)
    assert tables == _tables(_dom(tmp_path, plain))
    assert sum(table.count("<tr id=") for table in tables) == len(report.claims)
    assert 'id="claims-data"' not in dom     # the data, once drawn, is dropped
    targets = re.findall(r'href="#(c-[^"]*)"', dom)   # findings, parts, same quotes
    assert targets and all(f'<tr id="{target}"' in dom for target in targets)
    ARTIFACTS.mkdir(exist_ok=True)
    for label, size in (("phone-full", "412,3200"), ("desktop", "1280,2400")):
        shot = tmp_path / f"compressed-{label}.png"
        _run(tmp_path, SETTLE, f"--screenshot={shot}", f"--window-size={size}",
             "--hide-scrollbars", page.as_uri())
        assert len(shot.read_bytes()) > 10_000, "the screenshot is (nearly) blank"
        shutil.copyfile(shot, ARTIFACTS / f"report-seed-compressed-{label}.png")


def test_hostile_text_in_compressed_claims_tables_stays_text_in_the_browser(tmp_path,
                                                                             monkeypatch):
    _, plain = _page(tmp_path, "hostile")
    dom = _dom(tmp_path, _compressed_page(tmp_path, "hostile", monkeypatch))
    assert _tables(dom) == _tables(_dom(tmp_path, plain))
    assert "<img" not in dom and "onerror=\"" not in dom and "onload=\"" not in dom
    assert "<q>&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert "&lt;/textarea&gt;&lt;/script&gt;</q>" in dom
    assert '<span class="url">javascript:alert(1)</span>' in dom
    assert 'href="javascript' not in dom
    assert re.findall(r"<script\b[^>]*>", dom) == ["<script>"]   # the rows' script alone


def test_a_link_to_a_claim_of_a_large_report_lands_on_its_row_once_drawn(tmp_path,
                                                                         monkeypatch):
    page = _compressed_page(tmp_path, "seed", monkeypatch)
    row = "c-mc-occ-2019-03"   # far down the page: no row is there when the page opens
    harness = tmp_path / "harness.html"   # reads where the row is in the framed page
    harness.write_text(
        '<!DOCTYPE html><iframe id="f" style="width:1280px;height:700px" '
        f'src="{page.name}#{row}"></iframe><pre id="top"></pre><script>setTimeout(() => {{'
        'const framed = document.getElementById("f").contentWindow.document;'
        'document.getElementById("top").textContent = Math.round('
        f'framed.getElementById("{row}").getBoundingClientRect().top); }}, 5000);</script>',
        encoding="utf-8")
    dom = _run(tmp_path, SETTLE, "--allow-file-access-from-files", "--dump-dom",
               harness.as_uri()).stdout
    assert abs(int(re.search(r'<pre id="top">(-?\d+)</pre>', dom).group(1))) <= 2


def _pages(pdf: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))


def test_the_report_prints(tmp_path):
    _, page = _page(tmp_path, "seed")
    pdf = tmp_path / "seed.pdf"
    _run(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert pdf.read_bytes().startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(pdf, ARTIFACTS / "report-seed.pdf")


def test_a_large_report_prints_its_claims_tables(tmp_path, monkeypatch):
    _, plain = _page(tmp_path, "seed")
    pages = {}
    for label, page in (("plain", plain), ("compressed",
                                           _compressed_page(tmp_path, "seed", monkeypatch))):
        pdf = tmp_path / f"{label}.pdf"
        _run(tmp_path, SETTLE, f"--print-to-pdf={pdf}", "--no-pdf-header-footer",
             page.as_uri())
        pages[label] = _pages(pdf)
    # the tables take more than half the pages: printed before they are drawn, it is shorter
    assert pages["compressed"] >= pages["plain"] > 1, pages
    shutil.copyfile(pdf, ARTIFACTS / "report-seed-compressed.pdf")


def test_a_folded_page_renders_with_its_more_topics_table_and_a_link_to_it(tmp_path, monkeypatch):
    """A large report's page (topics past ``MAX_TOPIC_SECTIONS`` folded into one table at the
    end) parses and renders: the fold is in the DOM, reached from the contents, and drawn."""
    monkeypatch.setattr(report_html, "MAX_TOPIC_SECTIONS", 1)
    report = load_report("seed")
    page = tmp_path / "seed-folded.html"
    page.write_text(render(report, "html"), encoding="utf-8")
    dom = _dom(tmp_path, page, f"--window-size={PHONE}")
    assert dom.count('<section class="topic"') == 1
    more = dom[dom.index('<section id="more-topics">'):]
    more = more[:more.index("</section>")]
    assert "<h2>More topics</h2>" in more
    # one row per folded topic, each with its title and id as the page wrote them
    folded = [t for t in report.topics.values() if f"<code>{html.escape(t.id)}</code>" in more]
    assert len(folded) == len(report.topics) - 1 >= 1
    assert more.count("<tr><td>") == len(folded)
    assert '<a href="#more-topics">' in dom and 'id="folded"' in dom
    shot = tmp_path / "folded.png"
    _run(tmp_path, f"--screenshot={shot}", "--window-size=1280,2400", "--hide-scrollbars", page.as_uri())
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n") and shot.stat().st_size > 10_000
