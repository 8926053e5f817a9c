"""Session 38: CSV tables as spreadsheets and hands write them, read alike by both engines: a space after each
separator ("c1, defections, 415"), empty columns after the last name, a value under a column with no name."""
from __future__ import annotations

import pytest
from sparkhelp import local_engine
from test_tables_spark import same, same_error

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def engine():
    return local_engine()


def _pointed(maker, text: str):
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: t.csv\n")
    maker.write("sources/t.csv", text)
    return maker.root


@pytest.mark.parametrize("text", [
    "id, topic, value, place, quote\nc1 , defections, 415, CO , \" 415 crossed\"\nc2,defections,416,CO,x\n",
    "id,topic,value,\nc1,defections,415,\nc2,defections,416,\n",
])
def test_spaces_and_empty_columns_read_alike(engine, make_project, text):
    on_pandas = same(engine, _pointed(make_project(), text))
    assert list(on_pandas.frame["topic"]) == ["defections", "defections"]


def test_a_value_under_no_column_name_is_the_same_error(engine, make_project):
    assert "no name" in same_error(engine, _pointed(make_project(), "topic,,value\ndefections,x,1\n"))[1]
