"""Derived claim ids at scale: a million distinct claims without ids, from one CSV, read and
normalized; prints the time and how many distinct ids they got (all of them, or the run fails
with "the same claim is written twice").

    .venv/bin/python bench/bench_ids.py [N]
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import reconcile


def main(n: int = 1_000_000) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "sources").mkdir()
        (root / "sources" / "_topics.yaml").write_text("topics:\n  - id: t\n    title: T\n", encoding="utf-8")
        (root / "sources" / "a.yaml").write_text("source: {id: a, name: A}\nclaims: a.csv\n", encoding="utf-8")
        with open(root / "sources" / "a.csv", "w", encoding="utf-8") as out:
            out.write("topic,value,place\n")
            out.writelines(f"t,{i},CO\n" for i in range(n))
        start = time.perf_counter()
        project = reconcile.read(root)
        claims = reconcile.normalize(project)
        took = time.perf_counter() - start
        from reconcile.claims.build import derive_ids, raw_frame

        raw = raw_frame(project.raw)
        start = time.perf_counter()
        derive_ids(raw)
        derive = time.perf_counter() - start
    print(f"{n:,} claims without ids: read + normalize {took:.1f} s (deriving the ids alone {derive:.1f} s); "
          f"{claims.frame['id'].nunique():,} distinct ids")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
