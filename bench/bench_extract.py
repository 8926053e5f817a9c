"""How well `reconcile extract` proposes the claims a careful reader would list (no assertions).

    python bench/bench_extract.py [--split dev|dev2|...|dev9|news|heldout|heldout2..heldout7|tuned|all]
                                  [--lang en|es] [--body-only] [-v] [--json] [--misses dev|dev2|...|dev9|news]
                                  [--no-speed] [--agreement DIR]

It also prints the speed of extraction in process: the best of three runs on a 5,000-word
article made of the chosen texts, and 1,000 articles (the chosen texts cycled) in one process on
one core (the `secs` column is per text, through a subprocess, so it includes Python's start-up).

The development set is tests/data/extract/<split>/{en,es}/<slug>.txt (splits dev, dev2, dev3, dev4,
dev5, heldout, heldout2, heldout3), each beside <slug>.expected.yaml: the claims written down by
hand (value, quote, source, population, criterion, place, as_of, part_of). `dev2/` holds texts
added later, annotated before extract ran on them (their first figures are a second unseen
measurement; they are tuned on since), and
`dev3/` a third such batch (event articles where several claimants give figures), measured once
unseen before any rule was written against it. `dev4/` is a fourth batch, of news reports
(Wikinews, English only so far: "on Saturday", "according to a police official", organisers vs police), annotated before
extract ran on it; its first figures (at eb86093, unseen: junk 13%, recall 98%, source P/R 69/68,
population 89/92, criterion 90/70, place 76/75, as_of 79/78, 8 English texts) are the issue's measure
on news copy. `dev5/` is a fifth batch (issue 14: protests and crowd counts, migration, epidemics, a strike, a
referendum; 4 English and 5 Spanish Wikipedia texts), annotated before extract ran on it; its first figures
(at a4920b7, the last commit before rules were written from it, unseen; en / es: junk 8% / 6%, recall
100% / 94%, source P/R 91/91 / 68/64, population 100/86 / 83/65, criterion 79/68 / 74/42, place 68/71 /
68/72, as_of 95/95 / 61/58) are in SOURCES.md too. `dev6/` is a sixth batch (session 18: Wikipedia leads and infobox
lines of massacres, disasters, protests, strikes, epidemics, the held-out sets' kind), annotated by hand before extract
ran on it; its first figures, measured once before any rule was written against it, are in SOURCES.md.
`dev7/` is a seventh batch (session 47: Wikinews reports and Wikipedia leads of earthquakes, a cyclone, floods, a crush,
attacks, protests, epidemics; 9 English and 8 Spanish texts), annotated by hand by four helpers who neither ran nor read
`reconcile`; its first figures, measured before any rule was written from it, are in SOURCES.md.
`dev8/` is an eighth batch (session 48: Wikipedia leads and infobox lines of US disasters, a Wikinews rail crash and a
Peruvian earthquake report, Spanish Wikipedia leads), built and first measured the same way.
`dev9/` is a ninth batch (session 49: Wikipedia leads, infobox lines and a table of floods, a heat wave and protests in
English, of earthquakes in Spanish), built and first measured the same way.
`news/` is invented news copy (20 English and 20 Spanish wire-style reports written by the team, MIT;
SOURCES.md), tuned on. `--split tuned` measures every tuned split (dev to dev9, news) and no held-out one.
`heldout/` is kept aside for the final measurement: do not tune on it. `heldout2/` is a second
held-out set (wire-style reports, annotated before extract ran on them), measured and never listed
either: no rule may be written against it. `heldout3/` is a third (the kinds of dev5, 3 English and 3
Spanish texts), annotated by hand and measured once, by the lead, at the end of the session that built it.
`heldout4/` is a fourth held-out set (protests, crowd counts, strikes), measured once the same way, and
`heldout5/` a fifth (the kinds of dev6), built and measured once in session 18, and `heldout6/` a sixth
(session 19: disasters, protests and migration, massacres, sinkings; 6 English and 6 Spanish texts), and `heldout7/` a
seventh (session 47: 5 English texts, Wikinews reports and Wikipedia leads, and 2 Spanish Wikipedia leads), built beside
dev7 and measured at the session's start and end.

For every text the bench runs `python -m reconcile extract TEXT --output OUT --force` in an empty
folder (so no project's sources rename the claimants) and reads the proposals back:

- OUT a folder (SPEC section 6): every DIR/sources/*.yaml but `_topics.yaml`; the claimant of a
  claim is the `source.id` of its file;
- OUT a single YAML file (the extract of before issue 14): its claims; the claimant is the
  "attributed to: X" of the claim's note when there is one, else the file's `source.id`.

A proposal matches an expected claim when its value parses (reconcile.parse_quantity, in the
claim's language) to the same interval and its quote overlaps the expected claim's sentence. A
value the annotation writes with thousands commas in a Spanish text that writes thousands so
("cerca de 80,000", as written) matches either reading: as SPEC reads it, or as the whole number
extract proposes ("cerca de 80000", reconcile/extract/grouping.py).
Each expected claim takes at most one proposal (one with the right claimant first).

`--agreement DIR` runs no extract: it scores a second person's annotation of the same texts
(DIR/<lang>/<slug>.expected.yaml, written blind by GUIDE.md) against the set's, as if it were the
proposals, so the same tables give the inter-annotator agreement per field (the ceiling a target
on these annotations can mean). tests/data/extract/agreement/ keeps such second annotations.

Printed per split and language (and, where several splits of a kind are measured, pooled:
`tuned*` and `heldout*` per language, since one text moves a small split by 10-25 points; `held1-6*` pools the six
held-out sets measured before heldout7, so figures compare across sessions):
- proposals; junk: proposals that match no expected claim; dup: proposals that match an
  expected claim already taken by another proposal; recall: expected claims matched;
- per field (source, population, criterion, place, as_of): precision = right / matched
  proposals that fill the field, recall = right / expected claims that have the field. A field is
  right when equal after lowercasing and slugging (population: as a set of slugs; as_of: as text).
  The claimant is right when the expected slug is the source file's id, name or one of its
  aliases (a project matches sources by name and alias: a file `united-states-geological-survey`
  with the alias "USGS" is the annotated `usgs`); `--strict-claimant` compares the id alone, as
  figures before session 13 did. A place is right when both resolve to the same ISO 3166 code (a
  name several subdivisions share, "Florida", resolves to none: GUIDE.md has it annotated as its code).

`--body-only` hands extract the text without its header lines (url, title, date, licence), to see
what the header costs. `-v` lists, per text, the expected claims missed and the junk proposed.
`--misses dev` (or `dev2` to `dev9`, `news`) measures that development split only and lists, per
field, every expected claim whose field the proposal left empty or got wrong, then the claims
missed and the junk (the held-out sets are never listed: they are not tuned on; `-v` lists the
tuned splits only). `--no-speed` skips the speed figures.
"""
from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import reconcile  # noqa: E402
from reconcile.model.names import iso_resolve  # noqa: E402
from reconcile.extract.grouping import comma_thousands  # noqa: E402

DATA = ROOT / "tests" / "data" / "extract"
SPLITS = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "news",
          "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7")
# the splits whose misses may be listed; held-out ones: measured only
TUNED = ("dev", "dev2", "dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "news")
LANGS = ("en", "es")
FIELDS = ("source", "population", "criterion", "place", "as_of")
HEADER_KEYS = ("url", "title", "date", "licence")


# ---------------------------------------------------------------- reading the set

def split_header(raw: str) -> tuple[dict, str]:
    """The header lines (url, title, date, licence) and the text after the first blank line."""
    head, sep, body = raw.partition("\n\n")
    meta = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        meta[key.strip()] = value.strip()
    if not sep or set(meta) != set(HEADER_KEYS):
        return {}, raw
    return meta, body


@dataclass
class Text:
    split: str
    lang: str
    path: Path
    meta: dict
    body: str
    expected: list[dict]


def load_texts(data: Path, splits, langs) -> list[Text]:
    texts = []
    for split in splits:
        for lang in langs:
            for path in sorted((data / split / lang).glob("*.txt")):
                meta, body = split_header(path.read_text(encoding="utf-8"))
                expected_path = path.with_name(path.stem + ".expected.yaml")
                expected = yaml.safe_load(expected_path.read_text(encoding="utf-8")) or []
                texts.append(Text(split, lang, path, meta, body, expected))
    return texts


# ---------------------------------------------------------------- running extract

def run_extract(text: Text, workdir: Path, body_only: bool) -> tuple[list[dict], str | None, float]:
    """The proposals for one text, an error message if extract failed, and the seconds it took."""
    article = text.path
    if body_only:
        article = workdir / text.path.name
        article.write_text(text.body, encoding="utf-8")
    out = workdir / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    cmd = [sys.executable, "-m", "reconcile", "extract", str(article), "--output", str(out), "--force"]
    started = time.perf_counter()
    done = subprocess.run(cmd, cwd=workdir, env=env, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - started
    if done.returncode != 0 or not out.exists():
        message = (done.stderr or done.stdout).strip().splitlines()
        return [], f"exit {done.returncode}: {message[-1] if message else 'no output'}", seconds
    return read_proposals(out), None, seconds


def read_proposals(out: Path) -> list[dict]:
    if out.is_dir():
        files = sorted(p for p in (out / "sources").glob("*.y*ml") if not p.name.startswith("_"))
        # a place declared in the draft _places.yaml is compared by its name: "CL-SANTIAGO" (an
        # id the claim needs where the name is also an ISO subdivision's) reads "Santiago" (an ISO
        # place's entry, which only gives it names, "id: CO-DC, aliases: [Bogotá]", has none: its code)
        places_path = out / "sources" / "_places.yaml"
        declared = {}
        if places_path.exists():
            for place in (yaml.safe_load(places_path.read_text(encoding="utf-8")) or {}).get("places") or []:
                if place.get("name"):
                    # the name as the text wrote it: a city declared under a name an ISO place has, or another
                    # declared city has, carries a disambiguator ("Buenos Aires (city)", "Zinda Jan (AF)") that the
                    # annotation does not
                    declared[place.get("id")] = re.sub(r" \((?:city|[A-Z]{2})\)$", "", place.get("name"))
        proposals = []
        for path in files:
            doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            head = doc.get("source") or {}
            claimant = head.get("id")
            # the claimant is the body the file names: its id, its name and the aliases extract
            # tied to it from the article ("United States Geological Survey (USGS)")
            names = frozenset(slug(n) for n in [claimant, head.get("name"), *(head.get("aliases") or [])] if n)
            for claim in doc.get("claims") or []:
                claim = dict(claim, source=claimant, _claimant_names=names)
                if claim.get("place") in declared:
                    claim["place"] = declared[claim["place"]]
                proposals.append(claim)
        return proposals
    doc = yaml.safe_load(out.read_text(encoding="utf-8")) or {}
    file_source = (doc.get("source") or {}).get("id")
    proposals = []
    for claim in doc.get("claims") or []:
        note = str(claim.get("note") or "")
        named = re.search(r"attributed to:\s*(.+)", note)
        proposals.append(dict(claim, source=named.group(1).strip() if named else file_source))
    return proposals


def second_annotation(folder: Path, text: Text) -> list[dict]:
    """Another person's annotation of the text, read as proposals: its claimant by slug, its
    part_of a position in its own file (as the set's files write it)."""
    path = folder / text.lang / (text.path.stem + ".expected.yaml")
    claims = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [dict(c, _claimant_names=frozenset({slug(c["source"])}) if c.get("source") else frozenset())
            for c in claims]


# ---------------------------------------------------------------- matching

def slug(value) -> str:
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


_COMMA_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![.,]?\d)")


def interval(value, lang: str):
    """(lower, upper) of a stated value, or None when it does not parse."""
    try:
        q = reconcile.parse_quantity(value if isinstance(value, (int, float)) else str(value), lang)
    except (ValueError, TypeError, reconcile.ReconcileError):
        return None
    return (None if q.lower is None else round(float(q.lower), 6),
            None if q.upper is None else round(float(q.upper), 6))


def _squash(text) -> str:
    return " ".join(str(text or "").split())


def same_sentence(proposed, expected) -> bool:
    a, b = _squash(proposed), _squash(expected)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    match = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return match.size >= 0.5 * min(len(a), len(b))


CLAIMANT_ALIASES = True  # --strict-claimant sets it False: the file's id alone


def is_right(proposal: dict, expected: dict, name: str) -> bool:
    """Whether a matched proposal's field is the expected one. The claimant is right when the
    expected slug is the id of the proposal's source file or one of that file's other names (its
    name and aliases): a source is matched by name and alias when it is moved into a project
    (SPEC section 6), so `usgs` and a file `united-states-geological-survey` with the alias
    "USGS" are the same claimant."""
    got, want = field_value(proposal, name), field_value(expected, name)
    if got == want:
        return True
    return (name == "source" and CLAIMANT_ALIASES and want is not None and got is not None
            and want in proposal.get("_claimant_names", ()))


def field_value(claim: dict, name: str):
    value = claim.get(name)
    if value is None or value == "" or value == []:
        return None
    if name == "population":
        items = value if isinstance(value, (list, tuple)) else [value]
        return frozenset(slug(item) for item in items)
    if name == "as_of":
        return str(value)
    if name == "place":
        # an ISO place compares by its code, as the project reads it: "Cataluña" is "ES-CT"
        value = iso_resolve(str(value)) or value
    return slug(value)


@dataclass
class Result:
    text: Text
    proposals: list[dict]
    error: str | None
    seconds: float
    pairs: list[tuple[int, int]] = field(default_factory=list)  # (expected index, proposal index)
    duplicates: list[int] = field(default_factory=list)
    junk: list[int] = field(default_factory=list)


def match(text: Text, proposals: list[dict], error: str | None, seconds: float) -> Result:
    result = Result(text, proposals, error, seconds)
    lang = text.lang
    p_interval = [interval(p.get("value"), p.get("lang") or lang) for p in proposals]
    e_interval = [interval(e.get("value"), lang) for e in text.expected]
    # a value written with thousands commas in a Spanish text that writes thousands so ("cerca de 80,000", which
    # GUIDE keeps as written and SPEC's Spanish reads as 80) means the whole number too: extract proposes it
    # rewritten ("cerca de 80000", its note saying so), and either reading is the annotation's figure
    commas = lang == "es" and comma_thousands(text.body)
    e_whole = [interval(_COMMA_GROUPED.sub(lambda m: m.group().replace(",", ""), str(e.get("value"))), lang)
               if commas and _COMMA_GROUPED.search(str(e.get("value"))) else None for e in text.expected]
    fits = {(i, j) for i, e in enumerate(text.expected) for j, p in enumerate(proposals)
            if p_interval[j] is not None and p_interval[j] in (e_interval[i], e_whole[i])
            and same_sentence(p.get("quote"), e.get("quote"))}
    taken_e, taken_p = set(), set()
    for right_source_first in (True, False):
        for i, e in enumerate(text.expected):
            if i in taken_e:
                continue
            for j, p in enumerate(proposals):
                if j in taken_p or (i, j) not in fits:
                    continue
                if right_source_first and not is_right(p, e, "source"):
                    continue
                result.pairs.append((i, j))
                taken_e.add(i)
                taken_p.add(j)
                break
    fitting = {j for _, j in fits}
    result.duplicates = [j for j in range(len(proposals)) if j in fitting and j not in taken_p]
    result.junk = [j for j in range(len(proposals)) if j not in fitting]
    return result


# ---------------------------------------------------------------- scoring

def score(results: list[Result]) -> dict:
    expected = sum(len(r.text.expected) for r in results)
    proposals = sum(len(r.proposals) for r in results)
    matched = sum(len(r.pairs) for r in results)
    out = {
        "texts": len(results), "expected": expected, "proposals": proposals,
        "junk": sum(len(r.junk) for r in results), "duplicates": sum(len(r.duplicates) for r in results),
        "matched": matched, "errors": sum(1 for r in results if r.error),
        "seconds": round(sum(r.seconds for r in results), 2),
        "fields": {},
    }
    for name in FIELDS:
        right = filled = present = 0
        for r in results:
            present += sum(1 for e in r.text.expected if field_value(e, name) is not None)
            for i, j in r.pairs:
                got = field_value(r.proposals[j], name)
                if got is None:
                    continue
                filled += 1
                right += is_right(r.proposals[j], r.text.expected[i], name)
        out["fields"][name] = {"right": right, "filled": filled, "present": present}
    out["part_of"] = _part_of_score(results)
    return out


def _part_of_score(results: list[Result]) -> dict:
    """part_of of the matched proposals: right when it names the proposal matched to the total the
    expected claim is a part of (expected files give the total's position in the file, proposals
    the total's claim id)."""
    right = filled = present = 0
    for r in results:
        present += sum(1 for e in r.text.expected if e.get("part_of") is not None)
        position = {p.get("id"): j for j, p in enumerate(r.proposals) if p.get("id") is not None}
        expected_of = {j: i for i, j in r.pairs}
        for i, j in r.pairs:
            got = r.proposals[j].get("part_of")
            if got is None:
                continue
            filled += 1
            total = got if isinstance(got, int) else position.get(got)
            want = r.text.expected[i].get("part_of")
            right += want is not None and total is not None and expected_of.get(total) == want
    return {"right": right, "filled": filled, "present": present}


def pct(num: int, den: int) -> str:
    return "   -" if not den else f"{100 * num / den:3.0f}%"


def print_tables(groups: dict[tuple[str, str], dict]) -> None:
    head = (f"{'split':8} {'lang':4} {'texts':>5} {'expected':>8} {'proposals':>9} {'junk':>12} {'dup':>4} "
            f"{'recall':>12} {'errors':>6} {'secs':>6}")
    print(head)
    print("-" * len(head))
    for (split, lang), s in groups.items():
        junk = f"{s['junk']} {pct(s['junk'], s['proposals'])}"
        recall = f"{s['matched']} {pct(s['matched'], s['expected'])}"
        print(f"{split:8} {lang:4} {s['texts']:5} {s['expected']:8} {s['proposals']:9} {junk:>12} "
              f"{s['duplicates']:4} {recall:>12} {s['errors']:6} {s['seconds']:6.1f}")
    print()
    head = f"{'split':8} {'lang':4} " + " ".join(f"{name + ' P/R':>15}" for name in (*FIELDS, "part_of"))
    print(head)
    print("-" * len(head))
    for (split, lang), s in groups.items():
        cells = []
        for f in [s["fields"][name] for name in FIELDS] + [s["part_of"]]:
            cells.append(f"{pct(f['right'], f['filled'])} / {pct(f['right'], f['present'])}".rjust(15))
        print(f"{split:8} {lang:4} " + " ".join(cells))
    print("\nP = right / matched proposals that fill the field; R = right / expected claims with the field.")


def print_details(results: list[Result]) -> None:
    held = sorted({r.text.split for r in results if r.text.split not in TUNED})
    if held:
        print(f"\n(-v lists the tuned splits only: {', '.join(held)} measured, not listed)")
    for r in results:
        if r.text.split not in TUNED:
            continue
        rel = f"{r.text.split}/{r.text.lang}/{r.text.path.name}"
        print(f"\n== {rel}: {len(r.proposals)} proposals, {len(r.pairs)}/{len(r.text.expected)} matched"
              + (f", ERROR {r.error}" if r.error else ""))
        matched = {i for i, _ in r.pairs}
        for i, e in enumerate(r.text.expected):
            if i not in matched:
                print(f"   missed  {e.get('value')!s:24} ({e.get('source')})")
        for i, j in r.pairs:
            e, p = r.text.expected[i], r.proposals[j]
            wrong = [f"{n}={r.proposals[j].get(n)!r} (want {e.get(n)!r})" for n in FIELDS
                     if field_value(p, n) is not None and not is_right(p, e, n)]
            if wrong:
                print(f"   fields  {e.get('value')!s:24} " + "; ".join(wrong))
        for j in r.junk:
            p = r.proposals[j]
            print(f"   junk    {p.get('value')!s:24} in {_squash(p.get('quote'))[:70]!r}")


def print_misses(results: list[Result]) -> None:
    """Per field, the expected claims of the development set whose field is empty or wrong."""
    for name in FIELDS:
        lines = []
        for r in results:
            for i, j in r.pairs:
                want = field_value(r.text.expected[i], name)
                got = field_value(r.proposals[j], name)
                e, p = r.text.expected[i], r.proposals[j]
                if want is not None and (got is None or not is_right(p, e, name)):
                    lines.append(f"  {r.text.lang}/{r.text.path.stem}: {e.get('value')!s} "
                                 f"got {p.get(name)!r} want {e.get(name)!r}  | {_squash(e.get('quote'))[:110]}")
        print(f"\n-- {name}: {len(lines)} empty or wrong")
        print("\n".join(lines))
    print("\n-- missed")
    for r in results:
        matched = {i for i, _ in r.pairs}
        for i, e in enumerate(r.text.expected):
            if i not in matched:
                print(f"  {r.text.lang}/{r.text.path.stem}: {e.get('value')!s}  | {_squash(e.get('quote'))[:110]}")
    print("\n-- junk")
    for r in results:
        for j in r.junk:
            p = r.proposals[j]
            print(f"  {r.text.lang}/{r.text.path.stem}: {p.get('value')!s}  | {_squash(p.get('quote'))[:110]}")


def speed(texts: list[Text], words: int = 5000, articles: int = 1000) -> dict:
    """Seconds to extract a {words}-word article in process (the set's texts repeated up to that
    length), and the projected time for {articles} such articles on two cores."""
    from reconcile.extract import parse_article, propose

    body = "\n\n".join(t.body for t in texts)
    while len(body.split()) < words:
        body += "\n\n" + body
    body = " ".join(body.split(" ")[:words])
    article = parse_article("url: https://example.org/a\ntitle: t\ndate: 2019-03-07\n\n" + body, "a.txt")
    propose(article)                      # warm: imports and caches
    runs = []
    for _ in range(3):
        started = time.perf_counter()
        proposals = propose(article)
        runs.append(time.perf_counter() - started)
    best = min(runs)
    # a batch: the set's texts cycled to `articles` articles, one process, one core
    batch = [parse_article(t.path.read_text(encoding="utf-8"), t.path.name) for t in texts]
    started = time.perf_counter()
    for k in range(articles):
        propose(batch[k % len(batch)])
    batch_seconds = time.perf_counter() - started
    # a table pasted as text: one 100 KB sentence of figures (quadratic in its figures before)
    table = " ".join(str(k * 37 % 9000 + 11) for k in range(20_000)) + " people died.\n"
    started = time.process_time()
    table_proposals = len(propose(parse_article(table, "table.txt"), "en"))
    table_seconds = time.process_time() - started
    return {"words": len(body.split()), "seconds": round(best, 3), "proposals": len(proposals),
            "table_kb": len(table) // 1000, "table_cpu_seconds": round(table_seconds, 1),
            "table_proposals": table_proposals,
            "articles_per_minute_two_cores": int(2 * 60 / best) if best else None,
            "batch_articles": articles, "batch_seconds_one_core": round(batch_seconds, 1),
            "batch_mean_words": int(sum(len(a.text.split()) for a in batch) / len(batch))}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the set (default tests/data/extract)")
    parser.add_argument("--split", choices=SPLITS + ("tuned", "all"), default="all",
                        help="one split, 'tuned' (every tuned split, no held-out one) or 'all'")
    parser.add_argument("--lang", choices=LANGS + ("all",), default="all")
    parser.add_argument("--body-only", action="store_true", help="give extract the text without its header lines")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses, wrong fields and junk per text")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", choices=TUNED, help="list the development set's misses by field")
    parser.add_argument("--no-speed", action="store_true", help="skip the speed figures")
    parser.add_argument("--agreement", type=Path, metavar="DIR",
                        help="score a second hand annotation (DIR/<lang>/<slug>.expected.yaml) against the set's "
                             "annotation of the same texts instead of running extract: inter-annotator agreement")
    parser.add_argument("--strict-claimant", action="store_true",
                        help="a claimant is right only by its file's id, not by the file's name or aliases")
    args = parser.parse_args(argv)
    if args.misses:
        args.split, args.no_speed = args.misses, True
    global CLAIMANT_ALIASES
    CLAIMANT_ALIASES = not args.strict_claimant
    splits = {"all": SPLITS, "tuned": TUNED}.get(args.split, (args.split,))
    langs = LANGS if args.lang == "all" else (args.lang,)
    texts = load_texts(args.data, splits, langs)
    if not texts:
        print(f"no texts under {args.data}", file=sys.stderr)
        return 2
    if args.agreement:
        texts = [t for t in texts if (args.agreement / t.lang / (t.path.stem + ".expected.yaml")).exists()]
        if not texts:
            print(f"no annotation under {args.agreement} of a text of {args.split}", file=sys.stderr)
            return 2
        args.no_speed = True
    results = []
    for text in texts:
        if args.agreement:
            results.append(match(text, second_annotation(args.agreement, text), None, 0.0))
            continue
        with tempfile.TemporaryDirectory(prefix="bench-extract-") as tmp:
            proposals, error, seconds = run_extract(text, Path(tmp), args.body_only)
        results.append(match(text, proposals, error, seconds))
    groups = {}
    for split in splits:
        for lang in langs:
            group = [r for r in results if r.text.split == split and r.text.lang == lang]
            if group:
                groups[(split, lang)] = score(group)
    # pooled rows: one text moves a small split by 10-25 points; the pool of every held-out
    # split (or every tuned one) of a language is the steadier figure
    # (and "held1-6*", the held-out splits before session 47's heldout7, so that figures compare across sessions)
    for name, pool in (("tuned*", lambda s: s in TUNED), ("heldout*", lambda s: s not in TUNED),
                       ("held1-6*", lambda s: s not in TUNED and s != "heldout7")):
        for lang in langs:
            group = [r for r in results if pool(r.text.split) and r.text.lang == lang]
            if len({r.text.split for r in group}) > 1:
                groups[(name, lang)] = score(group)
    timing = None if args.no_speed else speed(texts)
    if args.json:
        out: dict = {f"{split}/{lang}": v for (split, lang), v in groups.items()}
        if timing is not None:
            out["speed"] = timing
        print(json.dumps(out, indent=2))
    else:
        print_tables(groups)
    if not args.json and timing is not None:
        print(f"\nspeed: a {timing['words']}-word article in {timing['seconds']:.3f} s in process "
              f"({timing['proposals']} proposals); about {timing['articles_per_minute_two_cores']} "
              f"such articles a minute on two cores")
        print(f"batch: {timing['batch_articles']} articles (the set's texts cycled, {timing['batch_mean_words']} "
              f"words on average) in {timing['batch_seconds_one_core']} s on one core")
        print(f"table: one {timing['table_kb']} KB sentence of figures in {timing['table_cpu_seconds']} CPU s "
              f"({timing['table_proposals']} proposals)")
    if not args.json:
        errors = [r for r in results if r.error]
        for r in errors:
            if r.text.split in TUNED:
                print(f"extract failed on {r.text.split}/{r.text.lang}/{r.text.path.name}: {r.error}", file=sys.stderr)
        held = Counter((r.text.split, r.text.lang) for r in errors if r.text.split not in TUNED)
        for (split, lang), count in sorted(held.items()):
            # a held-out text is not named, nor its error (which may quote it): only how many failed
            print(f"extract failed on {count} held-out text(s) of {split}/{lang}", file=sys.stderr)
    if args.misses:
        print_misses(results)
    elif args.verbose:
        print_details(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
