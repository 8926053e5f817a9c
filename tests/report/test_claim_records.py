"""The report's claim records (``pipeline.claim_records``), built column by column: plain JSON
values whatever the frame holds (NaN, infinities, integral floats, numpy scalars)."""
from __future__ import annotations

import json
import math

import numpy as np
import pandas as pd

from reconcile.model.records import REPORT_CLAIM_KEYS
from reconcile.pipeline import claim_records


def _frame(rows: list[dict]) -> pd.DataFrame:
    base = {key: None for key in REPORT_CLAIM_KEYS}
    base.update(population=(), lower_inclusive=True, upper_inclusive=True, line=2, file="sources/a.csv")
    return pd.DataFrame([{**base, **row} for row in rows])


def test_bounds_become_plain_numbers_and_an_unbounded_side_is_null_and_exclusive():
    records = claim_records(_frame([
        {"id": "c2", "lower": 500.0, "upper": math.inf, "lower_inclusive": False, "upper_inclusive": True},
        {"id": "c1", "lower": np.nan, "upper": 2.5, "lower_inclusive": True, "upper_inclusive": True},
        {"id": "c3", "lower": -0.0, "upper": 1e300, "lower_inclusive": True, "upper_inclusive": False},
    ]))
    assert [r["id"] for r in records] == ["c1", "c2", "c3"]   # sorted by id
    c1, c2, c3 = records
    assert (c1["lower"], c1["upper"], c1["lower_inclusive"], c1["upper_inclusive"]) == (None, 2.5, False, True)
    assert (c2["lower"], c2["upper"], c2["lower_inclusive"], c2["upper_inclusive"]) == (500, None, False, False)
    assert type(c2["lower"]) is int and type(c1["upper"]) is float
    assert c3["lower"] == 0 and type(c3["lower"]) is int and c3["upper"] == 1e300 and type(c3["upper"]) is float


def test_a_record_is_a_plain_dict_of_the_report_keys_in_order_with_json_values():
    records = claim_records(_frame([
        {"id": "c1", "source": "mindef", "topic": "t", "text": "about 500", "lower": 450.0, "upper": 550.0,
         "population": ("soldiers", "police"), "quote": np.nan, "via": np.nan, "line": np.int64(7)},
        {"id": "c0", "source": "mindef", "topic": "t", "text": "500", "lower": 500.0, "upper": 500.0,
         "population": ("police",), "quote": "500 crossed", "via": "outlet", "line": 3},
    ]))
    for record in records:
        assert type(record) is dict and list(record) == list(REPORT_CLAIM_KEYS)
        assert json.loads(json.dumps(record)) == record
    c0, c1 = records
    assert c1["population"] == ["soldiers", "police"] and type(c1["population"]) is list
    assert c1["quote"] is None and c1["via"] is None and c0["via"] == "outlet" and c0["quote"] == "500 crossed"
    assert c1["line"] == 7 and type(c1["line"]) is int
    c0["extra"] = 1   # a record is the caller's: adding to one leaves the others as they were
    assert "extra" not in c1 and list(c1) == list(REPORT_CLAIM_KEYS)


def test_records_kept_as_columns_read_as_a_tuple_of_dicts_and_write_the_same_json():
    from reconcile.report.render import _item_encoder

    records = claim_records(_frame([
        {"id": "c2", "source": "s", "topic": "t", "text": "about 5%", "lower": 4.5, "upper": 5.5,
         "population": ("police",), "quote": 'he said "5%" \u2014 \u00e9\nnext', "line": 9},
        {"id": "c1", "source": "s", "topic": "t", "text": "7", "lower": 7.0, "upper": 7.0,
         "population": (), "quote": np.nan, "via": "outlet", "note": "n", "line": 3},
        {"id": "c3", "source": "r", "topic": "u", "text": "more than 1e300", "lower": 1e300, "upper": math.inf,
         "population": ("police", "soldiers"), "line": 3},
    ]))
    plain = tuple(dict(record) for record in records)
    assert [r["id"] for r in plain] == ["c1", "c2", "c3"] and len(records) == 3
    assert records == plain and plain == records and records[-1] == plain[2] and records[1:] == plain[1:]
    assert records + () == plain and () + records == plain
    encode = _item_encoder()
    assert list(records.json_texts(encode)) == [encode(record) for record in plain] \
        == [json.dumps(record, ensure_ascii=False) for record in plain]
    records[0]["population"].append("x")   # each read is a new dict and a new list
    records[0]["id"] = "changed"
    assert records[0] == plain[0] and list(records)[0]["population"] == []
