"""How many ranges of topics the Spark engine's reconciler stage cuts the claims into (no Spark needed)."""
from __future__ import annotations

from reconcile.engine.spark import PARTITION_CLAIMS, range_partitions


def test_a_project_under_the_configured_partitions_keeps_them():
    assert range_partitions(200, 0) == 200
    assert range_partitions(200, 10_000_000) == 200          # 50,000 claims each: as the 10M run that finished
    assert range_partitions(2, 1_000) == 2                    # the tests' local[2] sessions are unchanged


def test_a_larger_project_gets_more_ranges_of_at_most_partition_claims_each():
    assert range_partitions(200, 30_000_000) == 600
    assert range_partitions(200, 30_000_001) == 601
    assert 30_000_001 / range_partitions(200, 30_000_001) <= PARTITION_CLAIMS
