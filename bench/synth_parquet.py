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
- ``desk``: what a data desk compiles. Each topic counts one thing (one population and
  criterion; one topic in ten has a second criterion for a tenth of its claims), at the
  country and several regions (parts of the country's figure) on several dates; one true
  count per place and date (growing with the date in a cumulative topic), and several sources
  stating it: the figure itself, "about" a figure within 3% of it, or its thousands with
  commas; 5% of the statements conflict on purpose (0.4 or 1.7 times the count); one
  statement in ten is an echo (``cites`` another source of the topic, repeating its figure).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import CRITERIA, DECLARED, POPULATIONS, REGIONS  # noqa: E402  (one owner of the vocabulary)

COLUMNS = ("id", "topic", "population", "criterion", "place", "as_of", "stated_on", "value", "lang",
           "quote", "url", "part_of", "cites")
PROFILES = ("scattered", "desk")
PLACES = tuple(REGIONS) + tuple(code for code, _ in DECLARED)
DATES = tuple(f"2019-{m:02d}-{d:02d}" for m in (2, 3, 4) for d in (1, 7, 14, 21))
#: synth.STATED as (words before, which number, words between, second number): n, m or n with commas
STATED = (("", "n", "", ""), ("more than ", "n", "", ""), ("at least ", "n", "", ""), ("about ", "n", "", ""),
          ("between ", "n", " and ", "m"), ("", "n,", "", ""), ("más de ", "n", "", ""), ("unos ", "n", "", ""),
          ("up to ", "m", "", ""), ("nearly ", "m", "", ""))
SPANISH = (6, 7)
#: the desk profile's statements: the figure, "about" it, with commas
DESK_STATED = (0, 3, 5)
DESK_PLACES = 6      # regions per topic besides the country
DESK_DATES = 6       # dates per topic
DESK_SOURCES = 5     # sources per topic


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


def stated_text(template: np.ndarray, n: np.ndarray, m: np.ndarray) -> tuple[Any, Any]:
    """The stated values and their languages: ``STATED[template]`` with n and m filled in."""
    import pyarrow as pa
    import pyarrow.compute as pc

    table = np.array(STATED, dtype=object)
    before, which, between = table[template, 0], table[template, 1], table[template, 2]
    first = pc.if_else(pa.array(which == "m"), _text(pa, pc, m),
                       pc.if_else(pa.array(which == "n,"), _commas(pa, pc, n), _text(pa, pc, n)))
    second = pc.if_else(pa.array(table[template, 3] == "m"), _text(pa, pc, m), pa.scalar(""))
    text = pc.binary_join_element_wise(pa.array(before, pa.string()), first, pa.array(between, pa.string()),
                                       second, "")
    lang = pa.array(np.where(np.isin(template, SPANISH), "es", "en"), pa.string())
    return text, lang


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
    with open(folder / "_topics.yaml", "w", encoding="utf-8") as out:
        out.write("topics:\n")
        for i, topic in enumerate(topics):
            out.write(f"  - id: {topic}\n    title: Synthetic topic {i}\n    unit: people\n"
                      f"    cumulative: {'true' if cumulative[i] else 'false'}\n    bounds: [0, 10000000]\n")
    with open(folder / "_places.yaml", "w", encoding="utf-8") as out:
        out.write("places:\n")
        for code, name in DECLARED:
            out.write(f"  - id: {code}\n    name: {name}\n    parent: CO\n")
    for s in range(n_sources):
        sid = f"source-{s:04d}"
        (folder / f"{sid}.yaml").write_text(
            f"source:\n  id: {sid}\n  name: Synthetic Source {s}\n  kind: media\n  country: CO\n"
            f"claims: {sid}.parquet\n", encoding="utf-8")


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
        }
        sources.write(source[group], columns)
        made += rows
    return topics


def _desk(rng: np.random.Generator, n_claims: int, n_sources: int, chunk: int, sources: _Sources) -> list[str]:
    """The desk profile (see the module), in chunks of whole topics; the topics' names."""
    import pyarrow as pa
    import pyarrow.compute as pc

    places_per, dates_per, sources_per = DESK_PLACES + 1, DESK_DATES, DESK_SOURCES
    per_topic = places_per * dates_per * sources_per   # cells x sources, before some are left out
    n_topics = max(1, round(n_claims / (per_topic * 0.85)))
    topics = [f"desk-{i:06d}" for i in range(n_topics)]
    made = 0
    first = 0
    while made < n_claims and first < n_topics:
        count = min(n_topics - first, max(1, chunk // per_topic))
        t = first + np.arange(count)
        # per topic: its thing, its places (the country first) and dates, its sources
        criterion = rng.integers(0, len(CRITERIA), count)
        other = (rng.random(count) < 0.1)                     # a second criterion for a tenth
        population = rng.integers(0, len(POPULATIONS), count)
        regions = np.argsort(rng.random((count, len(PLACES))), axis=1)[:, :DESK_PLACES]
        place = np.concatenate([np.full((count, 1), len(PLACES)), regions], axis=1)
        date = np.sort(np.argsort(rng.random((count, len(DATES))), axis=1)[:, :dates_per], axis=1)
        source = np.argsort(rng.random((count, n_sources)), axis=1)[:, :sources_per] if n_sources > sources_per \
            else np.tile(np.arange(sources_per) % n_sources, (count, 1))
        cumulative = (t % 2 == 0)
        # the true counts: regions' shares of the country's, growing with the date when cumulative
        country = rng.integers(2_000, 200_000, count)
        share = rng.dirichlet(np.ones(DESK_PLACES + 1), count)[:, :DESK_PLACES]  # the rest: elsewhere
        growth = np.where(cumulative[:, None], 1 + 0.08 * np.arange(dates_per),
                          rng.uniform(0.8, 1.2, (count, dates_per)))
        truth = np.empty((count, places_per, dates_per), dtype=np.int64)
        truth[:, 0, :] = np.rint(country[:, None] * growth)
        truth[:, 1:, :] = np.floor(share[:, :, None] * truth[:, 0:1, :])
        # every statement: topic x place x date x source, one in seven left out
        shape = (count, places_per, dates_per, sources_per)
        ti, pi, di, si = (a.ravel() for a in np.indices(shape))
        stated = rng.random(ti.size) >= 0.15
        ti, pi, di, si = ti[stated], pi[stated], di[stated], si[stated]
        rows = min(ti.size, n_claims - made)
        ti, pi, di, si = ti[:rows], pi[:rows], di[:rows], si[:rows]
        true = truth[ti, pi, di]
        # an echo states what the source it cites states (its draw: the cited source's)
        echo = (rng.random(rows) < 0.1) & (si > 0)
        cited = np.where(echo, si - 1, si)
        draw = np.random.default_rng([int(first), 7])  # one draw per (topic, place, date, source)
        keyed = draw.random((count, places_per, dates_per, sources_per, 3))[ti, pi, di, cited]
        conflict = keyed[:, 0] < 0.05
        n = np.where(conflict, np.rint(true * np.where(keyed[:, 1] < 0.5, 0.4, 1.7)),
                     np.where(keyed[:, 2] < 0.5, true, np.rint(true * (0.97 + 0.06 * keyed[:, 1]))))
        n = n.astype(np.int64)
        template = np.array(DESK_STATED)[np.minimum((keyed[:, 2] * 2 * len(DESK_STATED)).astype(int) % 3, 2)]
        template = np.where(n < 1000, np.where(template == 5, 0, template), template)
        template = np.where((n != true) & ~conflict & (template != 3), 3, template)  # near: "about"
        text, lang = stated_text(template, n, n)
        serial = made + np.arange(rows) + 1
        topic_sources = source[ti, si]
        secondary = other[ti] & (rng.random(rows) < 0.1)
        # a region's figure is part of the same source's country figure on that date
        whole = np.zeros(shape, dtype=np.int64)
        whole[ti, pi, di, si] = serial
        part_of = np.where(pi > 0, whole[ti, 0, di, si], 0)
        quote_head = pc.binary_join_element_wise("Quote ", _text(pa, pc, serial), "")
        columns = {
            "id": _ids(pa, pc, serial),
            "topic": _pick(pa, tuple(topics), first + ti),
            "population": _pick(pa, tuple(POPULATIONS), population[ti]),
            "criterion": _pick(pa, tuple(CRITERIA),
                               np.where(secondary, (criterion[ti] + 1) % len(CRITERIA), criterion[ti])),
            "place": _pick(pa, PLACES + ("CO",), place[ti, pi]),
            "as_of": _pick(pa, DATES, date[ti, di]),
            "stated_on": _pick(pa, DATES, date[ti, di]),
            "value": text,
            "lang": lang,
            "quote": pc.binary_join_element_wise(quote_head, ": ", text, ""),
            "url": pa.array(np.full(rows, "https://example.org/a")),
            "part_of": _nulls_where(pa, pc, _ids(pa, pc, part_of), part_of == 0),
            "cites": _nulls_where(pa, pc, _pick(pa, tuple(f"source-{s:04d}" for s in range(n_sources)),
                                                source[ti, cited]), ~echo),
        }
        sources.write(topic_sources, columns)
        made += rows
        first += count
    return topics[:first]


def generate(root: Path, n_claims: int, *, profile: str = "scattered", n_sources: int | None = None,
             big_topic: int = 10_000, seed: int = 7, chunk: int = 1_000_000) -> Path:
    """A project of ``n_claims`` claims under ``root`` (see the module); ``root``."""
    if profile not in PROFILES:
        raise ValueError(f"unknown profile {profile!r}: one of {', '.join(PROFILES)}")
    rng = np.random.default_rng(seed)
    folder = root / "sources"
    folder.mkdir(parents=True, exist_ok=True)
    n_sources = n_sources or max(4, min(400, n_claims // 250))
    sources = _Sources(folder, n_sources)
    try:
        if profile == "scattered":
            topics = _scattered(rng, n_claims, n_sources, big_topic, chunk, sources)
        else:
            topics = _desk(rng, n_claims, n_sources, chunk, sources)
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
