"""Synthetic reconcile projects of any size, for the benchmarks, in two profiles.

``generate(root, n_claims, profile=...)``:

- ``scattered`` (the default; the figures measured before the desk profile existed are of it,
  and it writes the same bytes as it did): many topics and sources; per topic a few criteria,
  populations and places (country, regions, regions declared in _places.yaml), several dates;
  totals with regional breakdowns; some claims that conflict on purpose; one big topic of
  ``big_topic`` claims. Each claim draws population x criterion x place x date at random and
  its value independently (50-5000), so nearly every pair of claims of a topic is a scope
  difference (different stated scopes) or a value-conflict (the same one).
- ``desk``: what a data desk's claims look like. Each topic counts one thing: one population,
  one criterion for most claims (a second one in a few), the country and some of its regions
  (with breakdowns of a country total into regions), several dates; several sources state
  values near one true value per (place, date), in the stated-value forms of ``scattered``
  ("about N", "more than N", a range, "1,234", Spanish ones), 5% of them far off on purpose
  (conflicts), and some are echoes (the same quote via two outlets: ``cites`` and ``via``).

Why two profiles: issue 15's target table (1M claims, ``report --format json`` under 30 s) was
measured when findings were grouped. SPEC.md §5 now lists one finding per pair of claims, so a
project whose every pair is a scope difference or a conflict, as ``scattered``'s is, lists
O(n^2) findings (18M at 1M claims), and no engine writes those in 30 s; ``--max-findings`` only
bounds how many are listed, not how many are counted. ``desk`` is what such a project holds in
practice: findings grow with the conflicts put in, not with the pairs. Report figures on both,
naming the profile.

Claims go to CSV tables that source files point at (what a newsroom with many claims would
keep), plus a few inline YAML claims. Deterministic for a given seed.
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
PROFILES = ("scattered", "desk")
STATED = ["{n}", "more than {n}", "at least {n}", "about {n}", "between {n} and {m}", "{n:,}",
          "más de {n}", "unos {n}", "up to {m}", "nearly {m}"]


def value_text(rng: random.Random, n: int) -> tuple[str, str]:
    template = rng.choice(STATED)
    lang = "es" if template.startswith(("más", "unos")) else "en"
    return template.format(n=n, m=n + rng.randint(1, max(2, n // 5))), lang


def write_declarations(sources_dir: Path, topics: list[str], cumulative, n_sources: int, table: str) -> None:
    """_topics.yaml, _places.yaml and one source file per source whose claims are in
    ``source-NNNN.<table>`` (csv here, parquet in synth_parquet.py)."""
    with open(sources_dir / "_topics.yaml", "w", encoding="utf-8") as out:
        out.write("topics:\n")
        for i, topic in enumerate(topics):
            out.write(f"  - id: {topic}\n    title: Synthetic topic {i}\n    unit: people\n"
                      f"    cumulative: {'true' if cumulative[i] else 'false'}\n    bounds: [0, 10000000]\n")
    with open(sources_dir / "_places.yaml", "w", encoding="utf-8") as out:
        out.write("places:\n")
        for code, name in DECLARED:
            out.write(f"  - id: {code}\n    name: {name}\n    parent: CO\n")
    for s in range(n_sources):
        sid = f"source-{s:04d}"
        (sources_dir / f"{sid}.yaml").write_text(
            f"source:\n  id: {sid}\n  name: Synthetic Source {s}\n  kind: media\n  country: CO\n"
            f"claims: {sid}.{table}\n", encoding="utf-8")


def _layout(root: Path, n_claims: int, big_topic: int, n_sources: int, columns: list[str]) -> tuple:
    """A project's declarations (topics: a big one and topics of about 50 claims; places;
    sources, each with its CSV table, headed ``columns``): (claims of the big topic, the rest,
    topic ids, source id -> CSV writer, open files)."""
    sources_dir = root / "sources"
    sources_dir.mkdir(parents=True, exist_ok=True)
    big = min(big_topic, n_claims // 4)
    rest = n_claims - big
    n_topics = max(2, rest // 50)
    topics = ["big-topic"] + [f"topic-{i:05d}" for i in range(n_topics)]
    write_declarations(sources_dir, topics, [i % 2 == 0 for i in range(len(topics))], n_sources, "csv")
    writers = {}
    handles = []
    for s in range(n_sources):
        sid = f"source-{s:04d}"
        handle = open(sources_dir / f"{sid}.csv", "w", newline="", encoding="utf-8")
        handles.append(handle)
        writer = csv.writer(handle)
        writer.writerow(columns)
        writers[sid] = writer
    return big, rest, topics, writers, handles


def generate(root: Path, n_claims: int, *, n_sources: int | None = None, big_topic: int = 10_000,
             seed: int = 7, profile: str = "scattered") -> Path:
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}; known: {', '.join(PROFILES)}")
    if profile == "desk":
        return generate_desk(root, n_claims, n_sources=n_sources, big_topic=big_topic, seed=seed)
    rng = random.Random(seed)
    n_sources = n_sources or max(4, min(400, n_claims // 250))
    big, rest, topics, writers, handles = _layout(root, n_claims, big_topic, n_sources, COLUMNS)
    n_topics = len(topics) - 1
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


#: stated-value forms of the desk profile, each holding the value ``n`` it is written about
DESK_STATED = [("{n}", 8), ("{n:,}", 2), ("about {n}", 2), ("more than {lo}", 1), ("at least {lo}", 1),
               ("between {lo} and {hi}", 1), ("up to {hi}", 1), ("nearly {hi}", 1), ("más de {lo}", 1),
               ("unos {n}", 1)]
DESK_COLUMNS = COLUMNS + ["cites", "via"]


def desk_text(rng: random.Random, n: int) -> tuple[str, str]:
    """A stated value whose interval holds ``n``."""
    template = rng.choices([t for t, _ in DESK_STATED], weights=[w for _, w in DESK_STATED])[0]
    lang = "es" if template.startswith(("más", "unos")) else "en"
    return template.format(n=n, lo=max(1, n - max(1, n // 20)), hi=n + max(1, n // 20)), lang


def generate_desk(root: Path, n_claims: int, *, n_sources: int | None = None, big_topic: int = 10_000,
                  seed: int = 7) -> Path:
    """The desk profile (module docstring): per topic, sources near one true value."""
    rng = random.Random(seed)
    n_sources = n_sources or max(8, min(400, n_claims // 250))
    big, rest, topics, writers, handles = _layout(root, n_claims, big_topic, n_sources, DESK_COLUMNS)
    n_topics = len(topics) - 1
    source_ids = list(writers)
    all_dates = [f"2019-{m:02d}-{d:02d}" for m in (2, 3, 4) for d in (1, 7, 14, 21)]
    all_regions = REGIONS + [c for c, _ in DECLARED]
    serial = 0

    def row(sid: str, topic: str, pop: str, crit: str, place: str, date: str, value: int, part_of: str = "",
            cites: str = "", via: str = "", text_lang: tuple[str, str] | None = None) -> tuple[str, str, str]:
        nonlocal serial
        serial += 1
        cid = f"c{serial:08d}"
        text, lang = text_lang or desk_text(rng, value)
        writers[sid].writerow([cid, topic, pop, crit, place, date, date, text, lang, f"Quote {serial}: {text} crossed",
                               "https://example.org/a", part_of, cites, via])
        return cid, text, lang

    def emit(topic: str, count: int, big: bool) -> int:
        """``count`` claims of one topic: one thing counted, near its true values."""
        pop = rng.choice(POPULATIONS)
        main, second = rng.sample(CRITERIA, 2)
        regions = all_regions if big else rng.sample(all_regions, 3)
        dates = all_dates if big else sorted(rng.sample(all_dates, 3))
        cumulative = topics.index(topic) % 2 == 0
        base = rng.randint(500, 20_000)
        shares = [rng.uniform(0.5, 1.0) for _ in regions]
        shares = [0.9 * share / sum(shares) for share in shares]   # regions hold 90% of the country
        truth = {}
        for d, date in enumerate(dates):
            country = int(base * (1 + 0.1 * d)) if cumulative else rng.randint(base // 2, base)
            truth[("CO", date)] = country
            for region, share in zip(regions, shares):
                truth[(region, date)] = max(1, int(country * share))
        places = ["CO"] + list(regions)
        reporters = rng.sample(source_ids, min(len(source_ids), 40 if big else 6))
        written = 0
        while written < count:
            place, date = rng.choice(places), rng.choice(dates)
            sid = rng.choice(reporters)
            value = truth[(place, date)]
            crit = main
            if rng.random() < 0.05:   # a second count in a few claims (scope differences)
                crit, value = second, max(1, value * 6 // 10)
            if rng.random() < 0.05:   # far off on purpose
                value = max(1, int(value * rng.choice((0.3, 0.5, 2.0, 3.0))))
            cid, text, lang = row(sid, topic, pop, crit, place, date, value)
            written += 1
            if written < count and rng.random() < 0.03:   # an echo: the same quote via another outlet
                echo, outlet = rng.sample([s for s in source_ids if s != sid], 2)
                row(echo, topic, pop, crit, place, date, value, cites=sid, via=outlet, text_lang=(text, lang))
                written += 1
            if place == "CO" and crit == main and written < count and rng.random() < 0.1:   # a breakdown
                for region in rng.sample(regions, k=min(count - written, 3)):
                    row(sid, topic, pop, crit, region, date, truth[(region, date)], part_of=cid,
                        text_lang=(str(truth[(region, date)]), "en"))
                    written += 1
        return written

    made = emit("big-topic", big, True)
    per_topic = max(1, rest // n_topics)
    for topic in topics[1:]:
        if made >= n_claims:
            break
        made += emit(topic, min(per_topic, n_claims - made), False)
    while made < n_claims:
        made += emit(rng.choice(topics[1:]), min(50, n_claims - made), False)
    for handle in handles:
        handle.close()
    return root
