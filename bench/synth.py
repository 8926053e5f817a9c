"""Synthetic reconcile projects of any size, for the benchmarks.

Many topics and sources; per topic a few criteria, populations and places (country, regions,
regions declared in _places.yaml), several dates; totals with regional breakdowns; some
claims that conflict on purpose; one big topic of ``big_topic`` claims (to show that a large
topic is not quadratic). Claims go to CSV tables that source files point at (what a newsroom
with many claims would keep), plus a few inline YAML claims. Deterministic for a given seed.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

COLUMNS = ["id", "topic", "population", "criterion", "place", "as_of", "stated_on", "value", "lang",
           "quote", "url", "part_of"]
REGIONS = ["CO-NSA", "CO-ANT", "CO-LAG", "CO-NAR", "CO-ARA", "CO-BOY", "CO-CUN", "CO-VAC"]
DECLARED = [("CO-ORT", "Regional Oriente"), ("CO-ORI", "Regional Orinoquía"), ("CO-CRB", "Regional Caribe")]
POPULATIONS = ["soldiers", "soldiers;police", "police"]
CRITERIA = ["crossed-into-colombia", "expelled-by-ministry", "registered-asylum"]
STATED = ["{n}", "more than {n}", "at least {n}", "about {n}", "between {n} and {m}", "{n:,}",
          "más de {n}", "unos {n}", "up to {m}", "nearly {m}"]


def value_text(rng: random.Random, n: int) -> tuple[str, str]:
    template = rng.choice(STATED)
    lang = "es" if template.startswith(("más", "unos")) else "en"
    return template.format(n=n, m=n + rng.randint(1, max(2, n // 5))), lang


def generate(root: Path, n_claims: int, *, n_sources: int | None = None, big_topic: int = 10_000,
             seed: int = 7) -> Path:
    rng = random.Random(seed)
    sources_dir = root / "sources"
    sources_dir.mkdir(parents=True, exist_ok=True)
    n_sources = n_sources or max(4, min(400, n_claims // 250))
    big = min(big_topic, n_claims // 4)
    rest = n_claims - big
    n_topics = max(2, rest // 50)
    topics = ["big-topic"] + [f"topic-{i:05d}" for i in range(n_topics)]
    with open(sources_dir / "_topics.yaml", "w", encoding="utf-8") as out:
        out.write("topics:\n")
        for i, topic in enumerate(topics):
            out.write(f"  - id: {topic}\n    title: Synthetic topic {i}\n    unit: people\n"
                      f"    cumulative: {'true' if i % 2 == 0 else 'false'}\n    bounds: [0, 10000000]\n")
    with open(sources_dir / "_places.yaml", "w", encoding="utf-8") as out:
        out.write("places:\n")
        for code, name in DECLARED:
            out.write(f"  - id: {code}\n    name: {name}\n    parent: CO\n")
    writers = {}
    handles = []
    for s in range(n_sources):
        sid = f"source-{s:04d}"
        (sources_dir / f"{sid}.yaml").write_text(
            f"source:\n  id: {sid}\n  name: Synthetic Source {s}\n  kind: media\n  country: CO\n"
            f"claims: {sid}.csv\n", encoding="utf-8")
        handle = open(sources_dir / f"{sid}.csv", "w", newline="", encoding="utf-8")
        handles.append(handle)
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writers[sid] = writer
    source_ids = list(writers)
    dates = [f"2019-{m:02d}-{d:02d}" for m in (2, 3, 4) for d in (1, 7, 14, 21)]
    made = 0
    serial = 0

    def emit(topic: str, count: int) -> int:
        nonlocal serial
        written = 0
        while written < count:
            sid = rng.choice(source_ids)
            crit = rng.choice(CRITERIA)
            pop = rng.choice(POPULATIONS)
            date = rng.choice(dates)
            base = rng.randint(50, 5000)
            serial += 1
            total_id = f"c{serial:08d}"
            text, lang = value_text(rng, base if rng.random() > 0.05 else base // 20)  # some conflicts
            writers[sid].writerow([total_id, topic, pop, crit, "CO", date, date, text, lang,
                                   f"Quote {serial}: {text} crossed", "https://example.org/a", ""])
            written += 1
            if written < count and rng.random() < 0.3:  # a regional breakdown of that total
                for place in rng.sample(REGIONS + [c for c, _ in DECLARED], k=min(count - written, 3)):
                    serial += 1
                    part = rng.randint(1, max(2, base // 3))
                    writers[sid].writerow([f"c{serial:08d}", topic, pop, crit, place, date, date,
                                           str(part), "en", f"Quote {serial}", "", total_id])
                    written += 1
        return written

    made += emit("big-topic", big)
    per_topic = max(1, rest // n_topics)
    for topic in topics[1:]:
        if made >= n_claims:
            break
        made += emit(topic, min(per_topic, n_claims - made))
    while made < n_claims:
        made += emit(rng.choice(topics[1:]), min(50, n_claims - made))
    for handle in handles:
        handle.close()
    return root
