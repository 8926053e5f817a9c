"""bench/bench_extract.py matches a value written with thousands commas in a Spanish text that writes thousands
so by either reading: as written (SPEC's Spanish reads "80,000" as 80) or as the whole number extract proposes."""
from __future__ import annotations

from pathlib import Path

from tests.extract.test_bench_claimants import bench  # noqa: F401  (the module fixture)


def _text(bench, body: str, value: str):  # noqa: F811
    quote = body
    return bench.Text("dev", "es", Path("t.txt"), {}, body, [{"value": value, "quote": quote}])


def test_a_comma_grouped_value_matches_the_whole_number_where_the_text_writes_thousands_so(bench):  # noqa: F811
    body = "Más de 150,000 personas fueron evacuadas y cerca de 80,000 casas resultaron dañadas."
    text = _text(bench, body, "cerca de 80,000")
    for proposed in ("cerca de 80000", "cerca de 80,000"):
        result = bench.match(text, [{"value": proposed, "quote": body, "lang": "es"}], None, 0.0)
        assert result.pairs == [(0, 0)]
    assert bench.match(text, [{"value": "cerca de 8000", "quote": body, "lang": "es"}], None, 0.0).junk == [0]


def test_in_a_text_that_writes_thousands_with_a_period_a_comma_is_a_decimal(bench):  # noqa: F811
    body = "Más de 150.000 personas fueron evacuadas y cayeron 12,500 milímetros de lluvia."
    text = _text(bench, body, "12,500 milímetros")
    result = bench.match(text, [{"value": "12500 milímetros", "quote": body, "lang": "es"}], None, 0.0)
    assert result.pairs == [] and result.junk == [0]
