"""The Spark engine ships a project's declarations to its workers once (a broadcast), not in
every task's function, and each chunk's build_frame gets only the topics its rows name; the
claims and every error stay the pandas engine's (reconcile.engine.tables)."""
from __future__ import annotations

import pandas as pd
import pytest

from reconcile.engine import tables
from reconcile.errors import ReconcileError
from reconcile.model.records import Source, Topic
from reconcile.sources.loaded import Loaded

TOPICS = {f"topic-{i:05d}": Topic(id=f"topic-{i:05d}", title=f"Topic {i}", unit="people") for i in range(5_000)}


class Handle:
    """A broadcast's stand-in: its value, and how many times a worker read it."""

    def __init__(self, value):
        self._value = value
        self.reads = 0

    @property
    def value(self):
        self.reads += 1
        return self._value


def declarations(topics=TOPICS):
    sources = {"a": Source(id="a", name="A"), "b": Source(id="b", name="B")}
    return ("/tmp/project", sources, topics, {}, {}, {})


def test_a_worker_builds_the_declarations_once_per_broadcast():
    handle, other = Handle(declarations()), Handle(declarations())
    first = tables._declared(handle, "token-1")
    assert tables._declared(handle, "token-1") is first  # the next task of the same worker
    assert handle.reads == 1
    assert first.index.resolve("B") == "b" and first.topics == TOPICS
    assert tables._declared(other, "token-2") is not first
    for n in range(3, 3 + tables._KEEP_DECLARED):  # older broadcasts are let go
        tables._declared(Handle(declarations()), f"token-{n}")
    assert "token-1" not in tables._DECLARED and len(tables._DECLARED) == tables._KEEP_DECLARED


def test_a_batch_gets_only_the_topics_its_rows_name():
    frames = [pd.DataFrame({"topic": ["topic-00007", "topic-00003", "topic-00007"]}),
              pd.DataFrame({"topic": ["topic-00042"]})]
    assert tables._topics_of(frames, TOPICS) == {t: TOPICS[t] for t in ("topic-00003", "topic-00007", "topic-00042")}


@pytest.mark.parametrize("written", [["topic-00001", "other"], ["topic-00001", None], [7]])
def test_a_batch_naming_an_undeclared_or_missing_topic_gets_them_all(written):
    assert tables._topics_of([pd.DataFrame({"topic": written})], TOPICS) is None


def test_a_batch_without_a_topic_column_or_declared_topics_gets_them_all():
    assert tables._topics_of([pd.DataFrame({"value": ["1"]})], TOPICS) is None
    assert tables._topics_of([pd.DataFrame({"topic": ["x"]})], {}) is None


def raw_rows(topics: list[str], values: list[str]) -> pd.DataFrame:
    n = len(topics)
    return pd.DataFrame({"id": [f"c{i}" for i in range(n)], "topic": topics, "value": values,
                         "_source": ["a"] * n, "_file": ["sources/t.csv"] * n, "_line": list(range(2, n + 2))})


def built(topics: list[str], values: list[str]):
    here = Loaded(root="/tmp/project", sources=dict(declarations()[1]), topics=TOPICS)
    here.tables[:] = [raw_rows(topics, values)]
    return here, tables._built(here, here.tables, TOPICS)


def test_a_batch_built_with_its_topics_is_the_batch_built_with_every_topic():
    from reconcile.claims.build import build_frame

    here, claims = built(["topic-00001", "topic-00002", "topic-00001"], ["about 40", "12", "between 3 and 5"])
    assert here.topics is TOPICS  # given back
    _, every = build_frame(here, rows_only=True)
    pd.testing.assert_frame_equal(claims, every)


@pytest.mark.parametrize("topics, values, words", [
    (["topic-00001", "nope"], ["1", "2"], 'unknown topic "nope"'),
    (["topic-00001", "topic-00002"], ["1", "30%"], 'counts people'),
])
def test_a_bad_batch_is_the_error_build_frame_raises_with_every_topic(topics, values, words):
    from reconcile.claims.build import build_frame

    here = Loaded(root="/tmp/project", sources=dict(declarations()[1]), topics=TOPICS)
    here.tables[:] = [raw_rows(topics, values)]
    with pytest.raises(ReconcileError) as expected:
        build_frame(here, rows_only=True)
    with pytest.raises(ReconcileError) as caught:
        tables._built(here, here.tables, TOPICS)
    assert words in str(caught.value)
    assert (str(caught.value), caught.value.hint, caught.value.line, caught.value.field) == \
        (str(expected.value), expected.value.hint, expected.value.line, expected.value.field)
    # the whole declared list is counted (a few named, "and N more"), as pandas says
    assert "and 4992 more" in (caught.value.hint or "") or words == "counts people"
    assert here.topics is TOPICS


@pytest.mark.spark
def test_the_chunk_function_carries_the_broadcast_not_the_declarations():
    pytest.importorskip("pyspark")
    from pyspark import cloudpickle
    from sparkhelp import local_engine

    spark = local_engine().spark
    loaded = Loaded(root="/tmp/project", sources=dict(declarations()[1]), topics=TOPICS)
    handle, token = tables.broadcast_declarations(spark, loaded, {})
    try:
        shipped = cloudpickle.dumps(tables._chunk_function(handle, token, "parquet", ("topic", "value")))
        # pickling a handle notes it for the next job Spark starts (as a UDF's function does);
        # this one is not a job's: forget it, or the next job would ship it after it is destroyed
        spark.sparkContext._pickled_broadcast_vars.clear()
        assert len(shipped) < 20_000, len(shipped)  # 5,000 topics pickle to more than 200 kB
        assert len(cloudpickle.dumps(TOPICS)) > 200_000
        assert handle.value[2] == TOPICS
    finally:
        handle.destroy()
