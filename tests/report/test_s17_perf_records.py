"""Session 17: the report's claim records put in id order column by column (``claim_records``
sorts the ids, not the whole frame), and the quote check's stated intervals shared: the same
records and the same checks, whatever order the frame is in."""
from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd

from reconcile.conflicts.quotes import QuoteChecks
from reconcile.model.records import REPORT_CLAIM_KEYS
from reconcile.pipeline import claim_records
from reconcile.report.render import _item_encoder


def _frame(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(4)
    rows = []
    for i in rng.permutation(n):
        rows.append({key: None for key in REPORT_CLAIM_KEYS} | {
            "id": f"c{i:04d}", "source": f"s{i % 3}", "topic": f"t{i % 5}", "text": str(i % 7),
            "lower": float(i % 7) if i % 11 else np.nan, "upper": float(i % 7) if i % 13 else math.inf,
            "lower_inclusive": bool(i % 2), "upper_inclusive": True, "population": ("police",) * (i % 2),
            "quote": f"Said {i % 7}" if i % 4 else np.nan, "part_of": f"c{i - 1:04d}" if i % 9 == 0 else np.nan,
            "lang": "en", "file": "sources/a.csv", "line": int(i % 17) + 2})
    return pd.DataFrame(rows, index=rng.permutation(n) + 100)


def _texts(records) -> list[str]:
    return list(records.json_texts(_item_encoder()))


def test_records_come_in_id_order_the_same_from_any_order_of_the_frame():
    frame = _frame(300)
    records = claim_records(frame)
    assert [r["id"] for r in records] == sorted(frame["id"])
    by_id = frame.set_index("id")
    for record in records[:40]:
        row = by_id.loc[record["id"]]
        assert record["text"] == row["text"] and record["line"] == row["line"]
        assert record["quote"] == (None if isinstance(row["quote"], float) else row["quote"])
        assert record["part_of"] == (None if isinstance(row["part_of"], float) else row["part_of"])
    for other in (frame.iloc[::-1], frame.sort_values("id"), frame.sample(frac=1, random_state=2)):
        again = claim_records(other)
        assert list(again) == list(records) and _texts(again) == _texts(records)
    assert [json.loads(text) for text in _texts(records)] == list(records)


def test_the_quote_check_shares_one_stated_interval_per_distinct_one():
    frame = _frame(200)
    frame["complete"] = False
    checks = QuoteChecks(frame)
    stated = [item[3] for item in checks.work.items]
    assert len({id(key) for key in stated}) == len(set(stated)) < len(stated) / 4
    checks.close()
