"""A compiled claimant's name is its first spelling in file order on the Spark engine too, when
an earlier table holds a cell with a line break (read on the driver by the exact reader) and a
later one is scanned by Spark (SPEC.md §3; session 46, D2: Spark's tables were resolved first)."""
from __future__ import annotations

import pytest
from sparkhelp import local_engine

import reconcile

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def compiled(maker, name: str, table: str, rows: str) -> None:
    maker.write(f"sources/{name}.yaml", f"source:\n  id: {name}\n  name: {name.upper()}\n  compiles: true\n"
                                        f"claims: {table}\n")
    maker.write(f"sources/{table}", rows)


@pytest.mark.parametrize("tables", [("a.csv", "z.csv"), ("parts/p1.csv", "parts/p2.csv")])
def test_a_compiled_name_is_its_first_spelling_whichever_reader_read_it(engine, make_project, tables):
    maker = make_project()
    first, later = tables
    rows = ('source,topic,value,quote\nB Corp,defections,300,"three\nhundred"\n',
            "source,topic,value\nb corp,defections,300\n")
    if first.startswith("parts/"):   # one folder of CSV parts
        maker.write("sources/a.yaml", "source:\n  id: a\n  name: A\n  compiles: true\nclaims: parts/\n")
        maker.write(f"sources/{first}", rows[0])
        maker.write(f"sources/{later}", rows[1])
    else:
        compiled(maker, "a", first, rows[0])
        compiled(maker, "z", later, rows[1])
    on_pandas = reconcile.normalize(reconcile.read(maker.root))
    on_spark = engine.normalize(engine.read(maker.root))
    assert on_pandas.project.sources["b-corp"].name == "B Corp"
    assert on_spark.project == on_pandas.project
    report = reconcile.render(reconcile.reconcile(on_pandas, reconcile.validate(on_pandas)), "json")
    assert reconcile.render(engine.reconcile(on_spark, engine.validate(on_spark)), "json") == report
