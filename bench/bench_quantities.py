"""Speed of the quantity parser, printed as plain figures (no assertions).

    python bench/bench_quantities.py

1. cases/s over the whole Recognizers-Text conformance suite (every file, one process),
   found in ../shared/conformance beside the repository;
2. parse_quantity on 1,000,000 stated values drawn with repetition from 5,000 distinct ones
   (as claim data repeats itself);
3. find_quantities on 1 MB of running text;
4. quantities_in_text (per sentence and language, junk left out, units and counted nouns) on
   the same 1 MB, and on 100 KB of capitalised words (no pattern may backtrack on them).
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reconcile.errors import QuantityError  # noqa: E402
from reconcile.quantities.parse import find_quantities, parse_quantity  # noqa: E402
from reconcile.quantities.running import quantities_in_text  # noqa: E402

SPECS = ROOT.parent / "shared" / "conformance" / "recognizers-text" / "Specs"
LANGS = {"English": "en", "Spanish": "es", "SpanishMexican": "es-MX"}


def suite_cases():
    for path in sorted(SPECS.rglob("*.json")):
        lang = LANGS[path.parent.name]
        model = path.name.split("Model")[0].lower()
        for case in json.loads(path.read_text(encoding="utf-8-sig")):
            yield case["Input"], lang, model


def bench_suite() -> None:
    if not SPECS.is_dir():
        print(f"conformance suite: not found at {SPECS}")
        return
    cases = list(suite_cases())
    for text, lang, model in cases[:20]:
        find_quantities(text, lang, model=model)
    t0 = time.perf_counter()
    for text, lang, model in cases:
        find_quantities(text, lang, model=model)
    dt = time.perf_counter() - t0
    print(f"conformance suite: {len(cases)} cases in {dt:.3f} s = {len(cases) / dt:,.0f} cases/s")


def stated_values(distinct: int = 5000, total: int = 1_000_000) -> list[tuple[str, str]]:
    rng = random.Random(7)
    en = ["{n}", "more than {n}", "about {n}", "at least {n}", "up to {n}", "nearly {n}",
          "between {n} and {m}", "{n} to {m}", "{w}", "fewer than {n}", "{n}+", "some {n}",
          "{n} million", "hundreds", "thousands of", "${n}", "{n}%"]
    es = ["más de {n}", "unos {n}", "entre {n} y {m}", "hasta {n}", "casi {n}",
          "al menos {n}", "{n} millones", "cientos de", "alrededor de {n}", "{ns}"]
    words = ["one hundred and nine", "a dozen", "two thousand", "forty-five", "half a million"]
    pool = []
    while len(pool) < distinct:
        n = rng.choice([rng.randint(1, 999), rng.randint(1000, 150_000)])
        m = n + rng.randint(1, 10_000)
        if rng.random() < 0.6:
            text = rng.choice(en).format(n=f"{n:,}", m=f"{m:,}", w=rng.choice(words))
            pool.append((text, "en"))
        else:
            text = rng.choice(es).format(n=f"{n:,}".replace(",", "."),
                                         m=f"{m:,}".replace(",", "."), ns="ciento nueve")
            pool.append((text, "es"))
    return [rng.choice(pool) for _ in range(total)]


def bench_stated_values() -> None:
    values = stated_values()
    errors = 0
    t0 = time.perf_counter()
    for text, lang in values:
        try:
            parse_quantity(text, lang)
        except QuantityError:
            errors += 1
    dt = time.perf_counter() - t0
    print(f"parse_quantity: {len(values):,} stated values ({len(set(values)):,} distinct) "
          f"in {dt:.2f} s = {len(values) / dt:,.0f} values/s ({errors:,} errors)")


def bench_running_text() -> None:
    para = ("More than 500 Venezuelan soldiers have fled to Colombia, the migration authority "
            "said; 415 crossed in Norte de Santander. The military employs between 95,000 and "
            "150,000 active soldiers, about 3.5% of them officers, at a cost of $1.6 million. "
            "Más de 500 militares cruzaron; unos 300 policías, según Migración Colombia. ")
    text = para * (1_000_000 // len(para) + 1)
    text = text[:1_000_000]
    t0 = time.perf_counter()
    found = find_quantities(text, "en")
    dt = time.perf_counter() - t0
    print(f"find_quantities: 1 MB of running text in {dt:.2f} s ({len(found):,} mentions)")
    t0 = time.perf_counter()
    found = quantities_in_text(text)
    dt = time.perf_counter() - t0
    print(f"quantities_in_text: 1 MB of running text in {dt:.2f} s ({len(found):,} quantities)")
    capitals = " ".join(["The U.N. Colombian Migration Authority Of New York S&P"] * 2000)[:100_000]
    t0 = time.perf_counter()
    quantities_in_text(capitals)
    print(f"quantities_in_text: 100 KB of capitalised words in {time.perf_counter() - t0:.2f} s")


if __name__ == "__main__":
    bench_suite()
    bench_stated_values()
    bench_running_text()
