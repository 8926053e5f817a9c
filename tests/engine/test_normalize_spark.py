"""The Spark engine's normalize stage: places, criteria, populations, dates, via and cites are
normalized in the executors (reconcile.engine.values.map_on_spark) by the driver's own
functions; the claims frame and every error (message, file, line, field, fix) are the pandas
engine's."""
from __future__ import annotations

import os

import pandas as pd
import pytest
from conftest import claim
from sparkhelp import local_engine

import reconcile
from reconcile.claims.columns import MAPPING, Mapped
from reconcile.engine.values import map_on_spark
from reconcile.errors import ReconcileError

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def test_text_is_mapped_in_the_executors_and_the_rest_here(engine):
    driver = os.getpid()
    series = pd.Series(["a", "b", ("x", "y"), MAPPING, None, "a"], dtype=object)
    mapped = Mapped(series, lambda v: (os.getpid(), v is MAPPING, isinstance(v, tuple)),
                    map_on_spark(engine.spark))
    pids = [result[0] for result in mapped.series]
    assert pids[0] == pids[5] != driver and pids[1] != driver  # the two distinct texts: in a worker
    assert mapped.series[2] == (driver, False, True) and mapped.series[3] == (driver, True, False)
    assert mapped.series[4] == (driver, False, False)  # missing: function(None), here


def test_the_same_frame_with_declared_places_aliases_dates_and_references(engine, make_project):
    maker = make_project()
    maker.places({"id": "CO-ORI", "name": "Regional Orinoquía", "aliases": ["Orinoquía"], "parent": "CO"})
    maker.source("business-insider", name="Business Insider", kind="media")
    maker.source("a", claim(id="a1", value="more than 500", place="orinoquia", as_of="2019-03-07",
                            population=["Soldiers", "police"], criterion="Crossed into Colombia"),
                 claim(id="a2", value=120, place="Norte de Santander", stated_on="2019-03-08",
                       via="Business Insider", population="soldiers; police"),
                 claim(id="a3", value="about 90", place="CO", as_of="2019-03", cites="business-insider"))
    on_pandas = reconcile.normalize(reconcile.read(maker.root))
    on_spark = engine.normalize(reconcile.read(maker.root))
    pd.testing.assert_frame_equal(on_spark.frame, on_pandas.frame)
    assert on_spark.frame["place"].tolist() == ["CO-ORI", "CO-NSA", "CO"]
    assert on_spark.frame["via"].tolist()[1] == "business-insider"


SCENARIOS = {
    "unknown place": dict(place="Atlantis"),
    "ambiguous place": dict(place="Sucre"),
    "bad date": dict(as_of="07/03/2019"),
    "a mapping for a date": dict(as_of={"x": 1}),
    "via typo": dict(via="busines-insider"),
    "cites unknown": dict(cites="Nowhere News"),
    "population not tags": dict(population={"a": 1}),
}


def error_of(run, root) -> ReconcileError:
    with pytest.raises(ReconcileError) as caught:
        run(reconcile.read(root))
    return caught.value


@pytest.mark.parametrize("scenario", sorted(SCENARIOS))
def test_the_same_error(engine, make_project, scenario):
    maker = make_project()
    maker.source("business-insider", name="Business Insider", kind="media")
    maker.source("a", claim(id="a0", value=3), claim(id="a1", value=5, **SCENARIOS[scenario]))
    on_pandas, on_spark = error_of(reconcile.normalize, maker.root), error_of(engine.normalize, maker.root)
    assert type(on_spark) is type(on_pandas)
    assert (str(on_spark), on_spark.file, on_spark.line, on_spark.field, on_spark.hint) == \
        (str(on_pandas), on_pandas.file, on_pandas.line, on_pandas.field, on_pandas.hint)
    assert on_pandas.file == "sources/a.yaml" and on_pandas.line >= 9  # the second claim, not the first
