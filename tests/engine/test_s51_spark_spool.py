"""The pandas engine's JSON report with its findings written out as they are found (``spool``, what
``reconcile report --format json`` does) is still byte-identical to the Spark engine's."""
from __future__ import annotations

import pytest
from conftest import REPO
from sparkhelp import local_engine

import reconcile
from reconcile.model.spool import FindingSpool

pytestmark = pytest.mark.spark


def test_the_seed_projects_spooled_json_is_the_spark_engines():
    engine = local_engine()
    claims = reconcile.normalize(reconcile.read(REPO))
    spooled = reconcile.reconcile(claims, reconcile.validate(claims), spool=True)
    assert isinstance(spooled.findings, FindingSpool) and len(spooled.findings)
    spark_claims = engine.normalize(engine.read(REPO))
    on_spark = engine.estimate(engine.reconcile(spark_claims, engine.validate(spark_claims)), "consensus")
    assert reconcile.render(spooled, "json") == reconcile.render(on_spark, "json")
