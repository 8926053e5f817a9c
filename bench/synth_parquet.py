"""Synthetic reconcile projects of millions of claims, written as Parquet by numpy and pyarrow.

    python bench/synth_parquet.py /tmp/p 10000000 --profile desk

The same project files as ``bench/synth.py`` (``sources/_topics.yaml``, ``sources/_places.yaml``,
one ``sources/source-NNNN.yaml`` per source) and the same claim columns, but each source's
claims are one Parquet table (``claims: source-NNNN.parquet``) written chunk by chunk (one row
group per chunk), with no per-claim Python: 30M claims take minutes and a few hundred MB.
Deterministic for a given seed (and chunk size); not the same claims as ``synth.generate``.

Two profiles:

- ``scattered`` (``synth.py``'s default): topics of ~50 claims, one big topic, each claim
  drawing source, population, criterion, date and value independently; a third of the totals
  broken down by three regions (``part_of``); 5% of the values a twentieth of what they would
  be. Nearly every pair of claims in a topic is a scope difference or a value conflict, so the
  findings grow with the square of a topic's size (~18 per claim).
- ``desk`` (``synth.py``'s ``generate_desk``, drawn the same way with numpy): each topic counts
  one thing (one population; a second criterion in 5% of its claims), at the country and three
  regions on three dates (the big topic: every region and date), stated by six reporters near
  the true count of each place and date in the forms of ``synth.DESK_STATED``; 5% of the
  statements far off on purpose (0.3, 0.5, 2 or 3 times the count), 3% echoed (another source
  cites the claimant, via a third), 10% of the country's broken down into three regions.
  Findings grow with the conflicts put in, not with the pairs.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import CRITERIA, DECLARED, POPULATIONS, REGIONS, write_declarations  # noqa: E402  (one owner of the vocabulary)

COLUMNS = ("id", "topic", "population", "criterion", "place", "as_of", "stated_on", "value", "lang",
           "quote", "url", "part_of", "cites", "via")
PROFILES = ("scattered", "desk")
PLACES = tuple(REGIONS) + tuple(code for code, _ in DECLARED)
DATES = tuple(f"2019-{m:02d}-{d:02d}" for m in (2, 3, 4) for d in (1, 7, 14, 21))
#: synth.STATED as (words before, which number, words between, second number): n, m or n with commas
STATED = (("", "n", "", ""), ("more than ", "n", "", ""), ("at least ", "n", "", ""), ("about ", "n", "", ""),
          ("between ", "n", " and ", "m"), ("", "n,", "", ""), ("más de ", "n", "", ""), ("unos ", "n", "", ""),
          ("up to ", "m", "", ""), ("nearly ", "m", "", ""))
#: synth.DESK_STATED (the desk profile's forms, each holding n; lo and hi: n -+ 5%) and their weights
DESK_FORMS = (("", "n", "", ""), ("", "n,", "", ""), ("about ", "n", "", ""), ("more than ", "lo", "", ""),
              ("at least ", "lo", "", ""), ("between ", "lo", " and ", "hi"), ("up to ", "hi", "", ""),
              ("nearly ", "hi", "", ""), ("más de ", "lo", "", ""), ("unos ", "n", "", ""))
DESK_WEIGHTS = np.array([8, 2, 2, 1, 1, 1, 1, 1, 1, 1]) / 19


def _text(pa: Any, pc: Any, values: np.ndarray) -> Any:
    return pc.cast(pa.array(values, type=pa.int64()), pa.string())


def _commas(pa: Any, pc: Any, values: np.ndarray) -> Any:
    """``f"{n:,}"`` for 0 <= n < 1,000,000,000, by pyarrow."""
    out = _text(pa, pc, values % 1000)
    rest = values // 1000
    while (rest > 0).any():
        padded = pc.utf8_lpad(out, 3, "0")
        joined = pc.binary_join_element_wise(_text(pa, pc, rest % 1000), padded, ",")
        out = pc.if_else(pa.array(rest > 0), joined, out)
        rest = rest // 1000
    return out


def _stated(forms: tuple, form: np.ndarray, numbers: dict[str, np.ndarray]) -> tuple[Any, Any]:
    """The stated values and their languages: ``forms[form]`` (words before, a number's name,
    words between, a number's name or "") with the numbers filled in ("n,": n with commas)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    table = np.array(forms, dtype=object)
    before, between = table[form, 0], table[form, 2]
    texts = {name: _text(pa, pc, values) for name, values in numbers.items()}
    texts["n,"] = _commas(pa, pc, numbers["n"])
    texts[""] = pa.array(np.full(form.size, ""), pa.string())

    def number(which: np.ndarray) -> Any:
        out = texts[""]
        for name, text in texts.items():
            if (which == name).any():
                out = pc.if_else(pa.array(which == name), text, out)
        return out

    text = pc.binary_join_element_wise(pa.array(before, pa.string()), number(table[form, 1]),
                                       pa.array(between, pa.string()), number(table[form, 3]), "")
    spanish = np.array([f[0].startswith(("más", "unos")) for f in forms])
    return text, pa.array(np.where(spanish[form], "es", "en"), pa.string())


def stated_text(template: np.ndarray, n: np.ndarray, m: np.ndarray) -> tuple[Any, Any]:
    """The scattered profile's stated values and languages: ``STATED[template]`` of n and m."""
    return _stated(STATED, template, {"n": n, "m": m})


def desk_text(n: np.ndarray, form: np.ndarray) -> tuple[Any, Any]:
    """The desk profile's stated values (each holding ``n``) and languages: ``DESK_FORMS[form]``."""
    step = np.maximum(1, n // 20)
    return _stated(DESK_FORMS, form, {"n": n, "lo": np.maximum(1, n - step), "hi": n + step})


def _ids(pa: Any, pc: Any, serial: np.ndarray) -> Any:
    return pc.binary_join_element_wise("c", pc.utf8_lpad(_text(pa, pc, serial), 8, "0"), "")


def _pick(pa: Any, choices: tuple[str, ...], index: np.ndarray) -> Any:
    """``choices[index]`` as a dictionary-decoded string array."""
    return pa.DictionaryArray.from_arrays(pa.array(index, pa.int32()), pa.array(choices)).cast(pa.string())


def _nulls_where(pa: Any, pc: Any, array: Any, mask: np.ndarray) -> Any:
    return pc.if_else(pa.array(mask), pa.scalar(None, pa.string()), array)


class _Sources:
    """One Parquet writer per source, opened on its first rows."""

    def __init__(self, folder: Path, count: int) -> None:
        self.folder, self.writers = folder, [None] * count
        self.schema: Any = None

    def write(self, source: np.ndarray, columns: dict[str, Any]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        order = np.argsort(source, kind="stable")
        table = pa.table(columns).take(pa.array(order))
        if self.schema is None:
            self.schema = table.schema
        bounds = np.searchsorted(source[order], np.arange(len(self.writers) + 1))
        for s, (start, stop) in enumerate(zip(bounds[:-1], bounds[1:])):
            if stop > start:
                if self.writers[s] is None:
                    self.writers[s] = pq.ParquetWriter(self.folder / f"source-{s:04d}.parquet", self.schema)
                self.writers[s].write_table(table.slice(start, stop - start))

    def close(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for s, writer in enumerate(self.writers):
            if writer is None:  # a source with no claims still has its (empty) table
                pq.write_table(pa.table({c: pa.array([], pa.string()) for c in COLUMNS}),
                               self.folder / f"source-{s:04d}.parquet")
            else:
                writer.close()


def _project_files(folder: Path, topics: list[str], n_sources: int, cumulative: np.ndarray) -> None:
    write_declarations(folder, topics, cumulative, n_sources, "parquet")


def _scattered(rng: np.random.Generator, n_claims: int, n_sources: int, big_topic: int, chunk: int,
               sources: _Sources) -> list[str]:
    """synth.py's claims, drawn in chunks of about ``chunk`` claims; the topics' names."""
    import pyarrow as pa
    import pyarrow.compute as pc

    big = min(big_topic, n_claims // 4)
    rest = n_claims - big
    n_topics = max(2, rest // 50)
    per_topic = max(1, rest // n_topics)
    topics = ["big-topic"] + [f"topic-{i:05d}" for i in range(n_topics)]
    made = 0
    while made < n_claims:
        groups = max(1, min(chunk, n_claims - made) // 2 + 1)
        broken = rng.random(groups) < 0.3                      # a total with three regional parts
        size = np.where(broken, 4, 1)
        start = made + np.concatenate(([0], np.cumsum(size)[:-1]))
        keep = start < n_claims
        broken, size, start, groups = broken[keep], size[keep], start[keep], int(keep.sum())
        topic = np.where(start < big, 0, 1 + np.minimum((start - big) // per_topic, n_topics - 1))
        source = rng.integers(0, n_sources, groups)
        criterion = rng.integers(0, len(CRITERIA), groups)
        population = rng.integers(0, len(POPULATIONS), groups)
        date = rng.integers(0, len(DATES), groups)
        base = rng.integers(50, 5001, groups)
        n = np.where(rng.random(groups) > 0.05, base, base // 20)  # some conflicts
        m = n + rng.integers(1, np.maximum(2, n // 5) + 1)
        template = rng.integers(0, len(STATED), groups)
        places = np.argsort(rng.random((groups, len(PLACES))), axis=1)[:, :3]
        parts = rng.integers(1, np.maximum(2, base // 3)[:, None] + 1, (groups, 3))
        # one row per claim: the total, then its parts
        group = np.repeat(np.arange(groups), size)
        offset = np.arange(len(group)) - np.repeat(start - made, size)
        rows = min(len(group), n_claims - made)
        group, offset = group[:rows], offset[:rows]
        total = offset == 0
        serial = made + np.arange(rows) + 1
        g_text, g_lang = stated_text(template, n, m)
        part_index = np.maximum(offset - 1, 0)
        part_value = _text(pa, pc, parts[group, part_index])
        text = pc.if_else(pa.array(total), g_text.take(pa.array(group)), part_value)
        ids = _ids(pa, pc, serial)
        quote_head = pc.binary_join_element_wise("Quote ", _text(pa, pc, serial), "")
        quote = pc.if_else(pa.array(total), pc.binary_join_element_wise(quote_head, ": ", text, " crossed", ""),
                           quote_head)
        total_serial = serial - offset
        place = np.where(total, len(PLACES), places[group, part_index])
        columns = {
            "id": ids,
            "topic": _pick(pa, tuple(topics), topic[group]),
            "population": _pick(pa, tuple(POPULATIONS), population[group]),
            "criterion": _pick(pa, tuple(CRITERIA), criterion[group]),
            "place": _pick(pa, PLACES + ("CO",), place),
            "as_of": _pick(pa, DATES, date[group]),
            "stated_on": _pick(pa, DATES, date[group]),
            "value": text,
            "lang": pc.if_else(pa.array(total), g_lang.take(pa.array(group)), pa.scalar("en")),
            "quote": quote,
            "url": _nulls_where(pa, pc, pa.array(np.full(rows, "https://example.org/a")), ~total),
            "part_of": _nulls_where(pa, pc, _ids(pa, pc, total_serial), total),
            "cites": pa.nulls(rows, pa.string()),
            "via": pa.nulls(rows, pa.string()),
        }
        sources.write(source[group], columns)
        made += rows
    return topics


def _desk(rng: np.random.Generator, n_claims: int, n_sources: int, big_topic: int, chunk: int,
          sources: _Sources) -> list[str]:
    """synth.py's desk profile (its ``generate_desk``), drawn in chunks of whole topics; the
    topics' names. Per topic: one population, a main and a second criterion, three regions and
    three dates (the big topic: all of them), six reporters (the big topic: 40), a base count
    and the regions' shares (90% of the country's); then events until the topic's claims are
    written: a reporter states the true count of a place and date (5%: the second criterion's,
    0.6 of it; 5%: 0.3, 0.5, 2 or 3 times it), sometimes echoed (3%: another source cites it,
    via a third) or, for the country, broken down into three regions (10%)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    big = min(big_topic, n_claims // 4)
    rest = n_claims - big
    n_topics = max(2, rest // 50)
    per_topic = max(1, rest // n_topics)
    topics = ["big-topic"] + [f"topic-{i:05d}" for i in range(n_topics)]
    # claims per topic: synth.py's order (the big one, then per_topic each, then 50 at a time)
    counts = [big] + [0] * n_topics
    made = big
    for t in range(1, n_topics + 1):
        if made >= n_claims:
            break
        counts[t] = min(per_topic, n_claims - made)
        made += counts[t]
    extra = n_claims - made
    if extra > 0:
        for t in rng.integers(1, n_topics + 1, -(-extra // 50)):
            counts[t] += min(50, extra)
            extra -= min(50, extra)
    count = np.array(counts, dtype=np.int64)
    all_places = len(PLACES)
    total = np.cumsum(count)
    serial_base = 0
    first = 0
    while first < len(topics):
        last = max(first + 1, int(np.searchsorted(total, total[first] - count[first] + chunk, side="right")))
        t = np.arange(first, last)
        size = count[t]
        n_t = t.size
        is_big = t == 0
        # per topic
        population = rng.integers(0, len(POPULATIONS), n_t)
        criteria = np.argsort(rng.random((n_t, len(CRITERIA))), axis=1)[:, :2]     # main, second
        regions = np.argsort(rng.random((n_t, all_places)), axis=1)                 # the first 3 (big: all)
        n_regions = np.where(is_big, all_places, 3)
        dates = np.sort(np.argsort(rng.random((n_t, len(DATES))), axis=1)[:, :3], axis=1)
        n_dates = np.where(is_big, len(DATES), 3)
        reporters = np.argsort(rng.random((n_t, n_sources)), axis=1)
        n_reporters = np.where(is_big, min(n_sources, 40), min(n_sources, 6))
        cumulative = t % 2 == 0
        base = rng.integers(500, 20_001, n_t)
        shares = rng.uniform(0.5, 1.0, (n_t, all_places))
        shares = np.where(np.arange(all_places) < n_regions[:, None], shares, 0.0)
        shares = 0.9 * shares / shares.sum(axis=1, keepdims=True)
        d = np.arange(len(DATES))
        country = np.where(cumulative[:, None], (base[:, None] * (1 + 0.1 * d)).astype(np.int64),
                           rng.integers(base[:, None] // 2, base[:, None] + 1, (n_t, len(DATES))))
        # events: as many as claims (each writes one claim or more; the rest are cut)
        topic = np.repeat(np.arange(n_t), size)
        events = topic.size
        place_pick = np.floor(rng.random(events) * (n_regions[topic] + 1)).astype(np.int64)  # 0: the country
        date_pick = np.floor(rng.random(events) * n_dates[topic]).astype(np.int64)
        date = np.where(is_big[topic], date_pick, dates[topic, np.minimum(date_pick, 2)])
        reporter = reporters[topic, np.floor(rng.random(events) * n_reporters[topic]).astype(np.int64)]
        region = regions[topic, np.maximum(place_pick - 1, 0)]
        place = np.where(place_pick == 0, all_places, region)                       # PLACES + ("CO",)
        true_country = country[topic, date]
        region_share = shares[topic, np.maximum(place_pick - 1, 0)]
        true = np.where(place_pick == 0, true_country, np.maximum(1, (true_country * region_share).astype(np.int64)))
        second = rng.random(events) < 0.05
        value = np.where(second, np.maximum(1, true * 6 // 10), true)
        far = rng.random(events) < 0.05
        factor = np.array([0.3, 0.5, 2.0, 3.0])[rng.integers(0, 4, events)]
        value = np.where(far, np.maximum(1, (value * factor).astype(np.int64)), value)
        criterion = criteria[topic, second.astype(np.int64)]
        echo = rng.random(events) < 0.03
        broken = (place_pick == 0) & ~second & (rng.random(events) < 0.1)
        keys = rng.random((events, all_places)) + (np.arange(all_places) >= n_regions[topic][:, None])
        parts = np.argsort(keys, axis=1)[:, :3]                                      # 3 of the topic's regions
        form = rng.choice(len(DESK_FORMS), events, p=DESK_WEIGHTS)
        cites_k = rng.integers(1, n_sources, events)
        via_k = rng.integers(1, n_sources - 1, events)
        via_k = via_k + (via_k >= cites_k)
        # rows: the claim, its echo, its three parts; each topic cut at its count
        n_rows = 1 + echo + 3 * broken
        event = np.repeat(np.arange(events), n_rows)
        start = np.concatenate(([0], np.cumsum(n_rows)[:-1]))
        offset = np.arange(event.size) - np.repeat(start, n_rows)
        row_topic = topic[event]
        topic_start = np.searchsorted(row_topic, np.arange(n_t))
        keep = np.arange(event.size) - topic_start[row_topic] < size[row_topic]
        event, offset, row_topic = event[keep], offset[keep], row_topic[keep]
        rows = event.size
        kind = np.where(offset == 0, 0, np.where(echo[event] & (offset == 1), 1, 2))  # claim, echo, part
        part_no = offset - 1 - echo[event]
        serial = serial_base + np.arange(rows) + 1
        claim_serial = serial - offset
        part_region = regions[row_topic, parts[event, np.clip(part_no, 0, 2)]]
        row_place = np.where(kind == 2, part_region, place[event])
        part_share = shares[row_topic, parts[event, np.clip(part_no, 0, 2)]]
        part_true = np.maximum(1, (country[row_topic, date[event]] * part_share).astype(np.int64))
        stated, lang = desk_text(value[event], form[event])
        text = pc.if_else(pa.array(kind == 2), _text(pa, pc, part_true), stated)
        lang = pc.if_else(pa.array(kind == 2), pa.scalar("en"), lang)
        source = reporter[event]
        echoer = (source + cites_k[event]) % n_sources   # an echo's claimant cites the source, via a third
        via = (source + via_k[event]) % n_sources
        row_source = np.where(kind == 1, echoer, source)
        names = tuple(f"source-{s:04d}" for s in range(n_sources))
        quote = pc.binary_join_element_wise("Quote ", _text(pa, pc, serial), ": ", text, " crossed", "")
        columns = {
            "id": _ids(pa, pc, serial),
            "topic": _pick(pa, tuple(topics), first + row_topic),
            "population": _pick(pa, tuple(POPULATIONS), population[row_topic]),
            "criterion": _pick(pa, tuple(CRITERIA), criterion[event]),
            "place": _pick(pa, PLACES + ("CO",), row_place),
            "as_of": _pick(pa, DATES, date[event]),
            "stated_on": _pick(pa, DATES, date[event]),
            "value": text,
            "lang": lang,
            "quote": quote,
            "url": pa.array(np.full(rows, "https://example.org/a")),
            "part_of": _nulls_where(pa, pc, _ids(pa, pc, claim_serial), kind != 2),
            "cites": _nulls_where(pa, pc, _pick(pa, names, source), kind != 1),
            "via": _nulls_where(pa, pc, _pick(pa, names, via), kind != 1),
        }
        sources.write(row_source, columns)
        serial_base += rows
        first = last
    return topics


def generate(root: Path, n_claims: int, *, profile: str = "scattered", n_sources: int | None = None,
             big_topic: int = 10_000, seed: int = 7, chunk: int = 1_000_000) -> Path:
    """A project of ``n_claims`` claims under ``root`` (see the module); ``root``."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}: one of {', '.join(PROFILES)}")
    rng = np.random.default_rng(seed)
    folder = root / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    n_sources = n_sources or max(4 if profile == "scattered" else 8, min(400, n_claims // 250))
    sources = _Sources(folder, n_sources)
    try:
        if profile == "scattered":
            topics = _scattered(rng, n_claims, n_sources, big_topic, chunk, sources)
        else:
            topics = _desk(rng, n_claims, n_sources, big_topic, chunk, sources)
    finally:
        sources.close()
    _project_files(folder, topics, n_sources, np.arange(len(topics)) % 2 == 0)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("claims", type=int)
    parser.add_argument("--profile", choices=PROFILES, default="scattered")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    generate(args.root, args.claims, profile=args.profile, seed=args.seed)


if __name__ == "__main__":
    main()
