"""The claims' JSON texts are built a block of rows at a time: the same texts whatever the
block's size, across the blocks' edges (a coded column and a plain one)."""
from __future__ import annotations

import json

import pandas as pd

import reconcile.model.claimrecords as claimrecords
from reconcile.model.records import REPORT_CLAIM_KEYS
from reconcile.pipeline import claim_records
from reconcile.report.render import _item_encoder


def test_texts_are_the_same_across_blocks(monkeypatch):
    base = {key: None for key in REPORT_CLAIM_KEYS}
    base.update(population=(), lower_inclusive=True, upper_inclusive=True, file="sources/a.csv")
    rows = [{**base, "id": f"c{k:02d}", "source": "s" if k % 3 else "r", "topic": f"t{k % 4}",
             "text": str(k), "lower": float(k), "upper": float(k), "line": k + 2,
             "quote": f"quote {k} \u00e9", "population": ("police",) if k % 2 else ()} for k in range(11)]
    records = claim_records(pd.DataFrame(rows))
    encode = _item_encoder()
    whole = list(records.json_texts(encode))
    monkeypatch.setattr(claimrecords, "_TEXT_BLOCK", 4)
    assert list(records.json_texts(encode)) == whole == [
        json.dumps(dict(record), ensure_ascii=False) for record in records]
    assert len(whole) == 11
