"""Time every report format on synthetic Reports of 10,000 and 100,000 claims.

    python bench/bench_report.py                 # 10k and 100k claims, every format
    python bench/bench_report.py --claims 10000 --formats html,json

Prints seconds and output size per format, and for HTML the bytes of each part of the page
(charts, findings, claims tables, the rest) and, for a page that stores its claims tables
compressed, how well they compress; no assertions (targets for HTML at 100,000
claims in 2,000 topics: under 30 s and under 50 MB).
"""
from __future__ import annotations

import argparse
import base64
import gzip
import os
import random
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from reconcile.model.records import Finding, Report, Source, Topic  # noqa: E402
from reconcile.report.render import RENDERERS, render  # noqa: E402

KINDS = ("government-agency", "government", "ngo", "media", "intergovernmental")
CRITERIA = ("crossed-into-colombia", "expelled-by-ministry", "registered", "estimated")
PLACES = ("CO", "VE", "CO-NSA", "CO-ORI", "BR", "EC")
OUTLETS = tuple(f"{name}.example" for name in (
    "eltiempo", "semana", "reuters", "apnews", "efectococuyo", "elpais", "bbc", "caracol",
    "infobae", "elnacional", "france24", "dw", "cnn", "noticias-rcn", "la-patilla"))


def _vocabulary(rng: random.Random, size: int = 400) -> list[str]:
    """Made-up words of 1 to 4 syllables: quotes drawn from them compress about as well as
    prose (a fixed sentence, as the bench had, compresses a hundredfold and flatters gzip)."""
    syllables = [c + v for c in "bcdfghjklmnprstvz" for v in "aeiou"] + ["el", "la", "de", "en"]
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(syllables) for _ in range(rng.choice((1, 2, 2, 3, 3, 4)))))
    return sorted(words)


def _quote(rng: random.Random, words: list[str], text: str) -> str:
    """80 to 200 characters of words at random, the value as stated somewhere in them."""
    length = rng.randint(80, 200)
    before = rng.randint(20, length - 40)
    head, tail = [], []
    while sum(len(w) + 1 for w in head) < before:
        head.append(rng.choice(words))
    while sum(len(w) + 1 for w in head + tail) + len(text) < length:
        tail.append(rng.choice(words))
    return " ".join([*head, text, *tail]).capitalize() + "."


def _url(rng: random.Random, words: list[str]) -> str:
    slug = "-".join(rng.choice(words) for _ in range(rng.randint(3, 8)))
    return (f"https://www.{rng.choice(OUTLETS)}/{rng.choice(words)}/2019/"
            f"{rng.randint(1, 12):02d}/{slug}-{rng.randint(10**5, 10**8)}")


def _claim(rng: random.Random, words: list[str], cid: str, source: str, topic: str,
           base: int, part_of: str | None = None, exact: int | None = None) -> dict:
    shape = "exact" if exact is not None else rng.choice(
        ("exact", "exact", "more-than", "range", "approximate", "less-than", "at-least"))
    value = exact if exact is not None else max(1, int(base * rng.uniform(0.3, 2.5)))
    lower, upper, li, ui, text = value, value, True, True, f"{value:,}"
    if shape == "more-than":
        upper, li, ui, text = None, False, False, f"more than {value:,}"
    elif shape == "at-least":
        upper, ui, text = None, False, f"at least {value:,}"
    elif shape == "less-than":
        lower, li, ui, text = None, False, False, f"fewer than {value:,}"
    elif shape == "range":
        upper, text = value * 2, f"between {value:,} and {value * 2:,}"
    elif shape == "approximate":
        lower, upper, text = value * 0.9, value * 1.1, f"about {value:,}"
    return {
        "id": cid, "source": source, "topic": topic, "text": text,
        "lower": lower, "upper": upper, "lower_inclusive": li, "upper_inclusive": ui,
        "qualifier": shape,
        "population": sorted(rng.sample(["soldiers", "police"], rng.randint(1, 2))),
        "criterion": rng.choice(CRITERIA), "place": rng.choice(PLACES),
        "as_of": f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "stated_on": f"2019-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "quote": _quote(rng, words, text), "url": _url(rng, words), "via": None, "cites": None,
        "part_of": part_of, "lang": "en", "file": f"sources/{source}.yaml",
        "line": rng.randint(5, 900),
    }


def synthetic_report(n_claims: int, n_topics: int, seed: int = 7) -> Report:
    rng = random.Random(seed)
    words = _vocabulary(rng)
    sources = {f"src-{i:03d}": Source(f"src-{i:03d}", f"Source number {i} ({rng.choice(KINDS)})",
                                      kind=rng.choice(KINDS), country="CO")
               for i in range(max(2, n_claims // 500))}
    source_ids = sorted(sources)
    topics, claims, findings = {}, [], []
    per_topic = n_claims // n_topics
    for t in range(n_topics):
        tid = f"topic-{t:05d}"
        topics[tid] = Topic(tid, f"Synthetic topic {t}: people who crossed, 2019", unit="people",
                            cumulative=True)
        base = rng.choice((50, 500, 5000, 50000))
        ids = [f"{tid}-c{i:04d}" for i in range(per_topic)]
        total_source = rng.choice(source_ids)
        parts = [10 + rng.randint(0, base // 5) for _ in range(min(6, per_topic - 1))]
        claims.append(_claim(rng, words, ids[0], total_source, tid, base))
        for i, value in enumerate(parts, 1):
            claims.append(_claim(rng, words, ids[i], total_source, tid, base, part_of=ids[0],
                                 exact=value))
        for i in range(len(parts) + 1, per_topic):
            claims.append(_claim(rng, words, ids[i], rng.choice(source_ids), tid, base))
        findings.append(Finding("breakdown-consistent", tid, tuple(ids[: len(parts) + 1]),
                                f"The {len(parts)} parts sum to {sum(parts)}, which fits "
                                "the total."))
        for i in range(len(parts) + 1, per_topic - 1, 2):
            a, b = ids[i], ids[i + 1]
            kind = rng.choice(("value-conflict", "value-agreement", "scope-difference",
                               "uncorroborated"))
            gap, ratio = (391.0, 4.6) if kind == "value-conflict" else (None, None)
            claims_of = (a,) if kind == "uncorroborated" else (a, b)
            findings.append(Finding(kind, tid, claims_of,
                                    f"Synthetic {kind} between {a} and {b}: the intervals are "
                                    f"compared on the same scope, as the contract describes.",
                                    gap, ratio,
                                    ("criterion",) if kind == "scope-difference" else ()))
    claims.sort(key=lambda c: c["id"])
    findings.sort(key=Finding.sort_key)
    return Report(tuple(claims), tuple(findings), sources, topics)


#: part of the HTML page -> the elements it is made of
HTML_PARTS = {
    "charts": re.compile(r"<svg .*?</svg>", re.S),
    "findings": re.compile(r'<ol class="findings">.*?</ol>', re.S),
    "claims": re.compile(r'<table class="claims">.*?</table>', re.S),
    "claims gz": re.compile(r'<script type="application/octet-stream" id="claims-data">[^<]*'),
}


def measure_parts(page: str) -> dict[str, int]:
    """Bytes (UTF-8) of each part of an HTML report, "other" for the rest, and "total"."""
    sizes = {name: sum(len(m.group(0).encode("utf-8")) for m in pattern.finditer(page))
             for name, pattern in HTML_PARTS.items()}
    total = len(page.encode("utf-8"))
    sizes["other"] = total - sum(sizes.values())
    sizes["total"] = total
    return sizes




def compressed_tables(page: str) -> tuple[int, int, int] | None:
    """(JSON, gzip, base64) bytes of the claims tables a large page stores compressed; None
    for a page whose tables are plain HTML."""
    data = HTML_PARTS["claims gz"].search(page)
    if data is None:
        return None
    text = data.group(0)[data.group(0).index(">") + 1:]
    packed = base64.b64decode(text)
    return len(gzip.decompress(packed)), len(packed), len(text)


def text_floor(report: Report) -> int:
    """Bytes (UTF-8) of the text an HTML report cannot do without, before any markup: each
    claim's id, source name, value as stated, quote, URL, dates, scope and file:line, and
    each finding's explanation."""
    total = 0
    for claim in report.claims:
        source = report.sources.get(claim["source"])
        fields = (claim["id"], source.name if source else claim["source"], claim["text"],
                  claim.get("quote"), claim.get("url"), claim.get("as_of"),
                  claim.get("stated_on"), "+".join(claim.get("population") or ()),
                  claim.get("criterion"), claim.get("place"), claim.get("file"),
                  claim.get("line"))
        total += sum(len(str(v).encode("utf-8")) for v in fields if v is not None)
    return total + sum(len(f.explanation.encode("utf-8")) for f in report.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, action="append")
    parser.add_argument("--formats", default=",".join(RENDERERS))
    args = parser.parse_args()
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs")
    for n in args.claims or [10_000, 100_000]:
        topics = max(1, n // 50)
        build = time.perf_counter()
        report = synthetic_report(n, topics)
        print(f"\n{n:,} claims in {topics:,} topics, {len(report.findings):,} findings "
              f"(built in {time.perf_counter() - build:.1f} s)")
        for fmt in args.formats.split(","):
            start = time.perf_counter()
            out = render(report, fmt)
            seconds = time.perf_counter() - start
            size = len(out.encode("utf-8"))
            print(f"  {fmt:<12} {seconds:8.2f} s  {size / 1e6:8.2f} MB")
            if fmt == "html":
                for part, part_size in measure_parts(out).items():
                    if part != "total":
                        print(f"    {part:<10} {part_size / 1e6:8.2f} MB  "
                              f"{part_size / n:6.0f} bytes per claim")
                compressed = compressed_tables(out)
                if compressed:
                    raw, packed, text = compressed
                    print(f"    {'':<10} claims stored compressed: JSON {raw / 1e6:.2f} MB, "
                          f"gzip {packed / 1e6:.2f} MB (ratio {raw / packed:.2f}), "
                          f"base64 {text / 1e6:.2f} MB")
                floor = text_floor(report)
                print(f"    {'(text)':<10} {floor / 1e6:8.2f} MB  {floor / n:6.0f} bytes per claim"
                      ": the sources' text alone, without markup")


if __name__ == "__main__":
    main()
