"""The JSON report's items are encoded by one C encoder made once (``render._item_encoder``):
the same text as ``json.JSONEncoder(ensure_ascii=False).encode`` of each, whatever it holds."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.report.render import _item_encoder

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text()
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=8), _VALUES, max_size=6), min_size=1, max_size=4))
def test_an_item_reads_as_json_s_own_encoder_writes_it(items):
    encode = _item_encoder()   # one encoder for every item, as the report uses it
    assert [encode(item) for item in items] == [json.JSONEncoder(ensure_ascii=False).encode(item) for item in items]


def test_a_claim_with_unicode_floats_and_nesting_is_the_same_text():
    item = {"id": "mc-1", "quote": "Más de 500 \u201csoldados\u201d\n\u2028", "lower": 500.0, "upper": None,
            "ratio": 4.587155963302752, "tiny": 1e-300, "population": ["soldiers", "police"],
            "agreed": {"lower": 0, "upper": 1e16}}
    assert _item_encoder()(item) == json.JSONEncoder(ensure_ascii=False).encode(item)


def test_an_item_that_holds_itself_is_refused_as_json_refuses_it():
    item: dict = {"id": "a"}
    item["self"] = [item]
    encode = _item_encoder()
    try:
        encode(item)
    except ValueError as exc:
        assert "Circular reference" in str(exc)
    else:
        raise AssertionError("a circular item was encoded")
    assert encode({"id": "b"}) == '{"id": "b"}'   # the encoder still works after the refusal
