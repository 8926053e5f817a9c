"""The HTML report in a real headless Chromium: it parses, renders on a phone, prints.

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

from reconcile.model import Finding, Report, Source, Topic
from reconcile.report import render

DATA = Path(__file__).parent / "data" / "report"
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
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


def load_report(name: str) -> Report:
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    sources = {k: Source(**{**v, "aliases": tuple(v.get("aliases", ()))})
               for k, v in data["sources"].items()}
    topics = {k: Topic(**{**v, "bounds": tuple(v["bounds"]) if v.get("bounds") else None})
              for k, v in data["topics"].items()}
    findings = tuple(Finding(**{**f, "claims": tuple(f["claims"]),
                                "fields": tuple(f.get("fields", ()))})
                     for f in data["findings"])
    return Report(tuple(data["claims"]), findings, sources, topics)


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


def test_every_finding_and_chart_is_in_the_rendered_dom(tmp_path):
    report, page = _page(tmp_path, "seed")
    dom = _run(tmp_path, "--dump-dom", f"--window-size={PHONE}", page.as_uri()).stdout
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
    dom = _run(tmp_path, "--dump-dom", page.as_uri()).stdout
    assert "<script" not in dom and "<img" not in dom and "onerror=\"" not in dom
    assert "onload=\"" not in dom
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in dom
    assert 'href="javascript' not in dom


def test_the_report_prints(tmp_path):
    _, page = _page(tmp_path, "seed")
    pdf = tmp_path / "seed.pdf"
    _run(tmp_path, f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri())
    assert pdf.read_bytes().startswith(b"%PDF")
    ARTIFACTS.mkdir(exist_ok=True)
    shutil.copyfile(pdf, ARTIFACTS / "report-seed.pdf")
