"""The report's claims held compactly (``ClaimRecords``): codes in the narrowest type that numbers
a column's distinct values, the records read back the same."""
import numpy as np
import pandas as pd

from reconcile.model.claimrecords import Coded
from reconcile.pipeline import claim_records


def test_a_column_of_few_distinct_values_takes_a_byte_per_claim():
    column = Coded(np.arange(3000, dtype=np.int64) % 3, ["a", "b", "c"])
    assert column.codes.nbytes == 3000
    assert column.tolist()[:4] == ["a", "b", "c", "a"] and column[4] == "b"


def test_codes_grow_with_the_number_of_distinct_values():
    assert Coded(np.array([0, 255]), list(range(256))).codes.itemsize == 1
    assert Coded(np.array([0, 256]), list(range(257))).codes.itemsize == 2
    assert Coded(np.array([0, 70_000]), list(range(70_001))).codes.itemsize == 4
    assert len(Coded(np.array([], dtype=np.int64), [])) == 0


def test_claim_records_keep_repeated_values_as_one_byte_codes_and_read_back_the_same():
    n = 600
    frame = pd.DataFrame({
        "id": [f"c{i:04d}" for i in range(n)][::-1], "source": ["s-" + str(i % 7) for i in range(n)],
        "topic": ["t"] * n, "text": [str(i % 300) for i in range(n)], "lower": [float(i % 300) for i in range(n)],
        "upper": [float(i % 300) for i in range(n)], "lower_inclusive": [True] * n, "upper_inclusive": [True] * n,
        "qualifier": ["exact"] * n, "population": [("soldiers",)] * n, "criterion": [None] * n, "place": ["CO"] * n,
        "as_of": ["2019"] * n, "stated_on": [None] * n, "via": [None] * n, "cites": [None] * n,
        "quote": [f"q {i}" for i in range(n)], "url": [None] * n, "part_of": [None] * n, "note": [None] * n,
        "lang": ["en"] * n, "file": ["sources/s.parquet"] * n, "line": list(range(1, n + 1))})
    records = claim_records(frame)
    assert records._columns["source"].codes.itemsize == 1
    assert records._columns["text"].codes.itemsize == 2
    assert records._columns["line"].codes.itemsize == 2
    first = records[0]
    assert first["id"] == "c0000" and first["source"] == "s-" + str((n - 1) % 7) and first["line"] == n
    assert first["lower"] == (n - 1) % 300 and first["population"] == ["soldiers"]
    assert records.counts("source") == {f"s-{k}": sum(1 for i in range(n) if i % 7 == k) for k in range(7)}


def test_a_finding_keeps_its_fields_in_slots_with_its_words_written_when_read():
    import dataclasses
    import pickle

    from reconcile.model.records import Finding

    said = []
    finding = Finding("value-conflict", "t", ("a", "b"), lambda: said.append(1) or "500 against 109", gap=391.0,
                      ratio=4.6)
    assert not hasattr(finding, "__dict__")   # no dict per finding: a million findings are 100 MB less
    assert said == []
    assert finding.explanation == "500 against 109" and finding.explanation == "500 against 109" and said == [1, 1]
    assert finding.scopes == () and finding.to_dict()["explanation"] == "500 against 109"
    same = Finding("value-conflict", "t", ("a", "b"), "500 against 109", gap=391.0, ratio=4.6)
    assert finding == same and hash(finding) == hash(same)
    assert pickle.loads(pickle.dumps(finding)) == same   # the words written into the pickle
    assert dataclasses.replace(finding, gap=1.0).gap == 1.0
    try:
        finding.gap = 2.0  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a finding is frozen")
