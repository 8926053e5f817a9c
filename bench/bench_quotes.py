"""CPU of the quote check (unquoted-value, SPEC §5) per quote, printed as plain figures (no assertions).

    python bench/bench_quotes.py [--generated N] [--rounds R] [--profile PATH]

1. generated quotes as the desk profile writes them ("Quote 8583: 6399 crossed", the stated
   value in the forms of ``synth.DESK_STATED``, a twentieth of them far off);
2. real quotes: every claim with a quote in ``tests/data/extract/*/*/*.expected.yaml`` (news
   and encyclopedia prose, English and Spanish), each read as its claim's value.

Each round reads every quote afresh (``quotes.quote_languages``, a new reader, so its cache of
readings is cold); the figure is the best round's CPU (process time) per quote.
``--profile PATH``: cProfile one round of both sets into PATH.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import yaml  # noqa: E402

from reconcile.conflicts.quotes import _key, quote_languages  # noqa: E402
from reconcile.errors import QuantityError  # noqa: E402
from reconcile.model.records import QuantityConfig  # noqa: E402
from reconcile.quantities.parse import parse_quantity  # noqa: E402
from synth import desk_text  # noqa: E402

CONFIG = QuantityConfig()
Item = tuple[str, str, str, tuple]


def _item(quote: str, text: str, lang: str) -> Item | None:
    try:
        q = parse_quantity(text, lang, CONFIG)
    except QuantityError:
        return None
    return quote, text, lang, _key(q.lower, q.upper, q.lower_inclusive, q.upper_inclusive)


def generated(count: int, seed: int = 7) -> list[Item]:
    rng = random.Random(seed)
    out = []
    for serial in range(count):
        n = rng.choice([rng.randint(10, 999), rng.randint(1000, 20_000)])
        if rng.random() < 0.05:
            n = int(n * rng.choice([0.3, 0.5, 2, 3]))
        text, lang = desk_text(rng, n)
        item = _item(f"Quote {serial + 10_000}: {text} crossed", text, lang)
        if item is not None:
            out.append(item)
    return out


def real() -> list[Item]:
    out = []
    seen = set()
    for path in sorted((ROOT / "tests" / "data" / "extract").glob("*/*/*.expected.yaml")):
        lang = path.parent.name
        for claim in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            if not isinstance(claim, dict) or not claim.get("quote") or claim.get("value") is None:
                continue
            key = (claim["quote"], str(claim["value"]), lang)
            if key in seen:
                continue
            seen.add(key)
            item = _item(*key)
            if item is not None:
                out.append(item)
    return out


def measure(name: str, items: list[Item], rounds: int) -> None:
    best = None
    for _ in range(rounds):
        t0 = time.process_time()
        found = quote_languages(items, CONFIG)
        dt = time.process_time() - t0
        best = dt if best is None else min(best, dt)
    unquoted = sum(f is not None for f in found)
    words = sum(len(q.split()) for q, *_ in items) / len(items)
    print(f"{name}: {len(items):,} quotes (~{words:.0f} words each), {unquoted:,} unquoted: "
          f"best of {rounds} rounds {best:.2f} s CPU = {best / len(items) * 1e6:,.0f} us per quote")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=20_000, help="how many generated quotes")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", help="cProfile one round into this file")
    args = parser.parse_args()
    sets = [("generated (desk)", generated(args.generated)), ("real (tests/data/extract)", real())]
    for name, items in sets:
        measure(name, items, args.rounds)
    if args.profile:
        import cProfile

        profile = cProfile.Profile()
        profile.enable()
        for _, items in sets:
            quote_languages(items, CONFIG)
        profile.disable()
        profile.dump_stats(args.profile)
        print(f"profile: {args.profile}")


if __name__ == "__main__":
    main()
