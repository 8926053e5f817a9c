"""A file with several bad claims reports the first one in file order (README: "only the first
one, in file order"), whatever field is wrong: the checks run field by field, and a later row's
unknown topic had been reported before an earlier row's bad value."""
from __future__ import annotations

import pytest
from conftest import TOPIC

import reconcile
from reconcile.errors import ReconcileError

#: one bad cell per kind: (the row's cells after its topic, the field named)
BAD = {
    "value": (f"{TOPIC},lots of people,CO,2019-03-07", "value"),
    "topic": ("no-such-topic,40,CO,2019-03-07", "topic"),
    "place": (f"{TOPIC},40,Atlantis,2019-03-07", "place"),
    "date": (f"{TOPIC},40,CO,2019-13-45", "as_of"),
}
GOOD = f"{TOPIC},500,CO,2019-03-07"


def first_error(maker) -> ReconcileError:
    with pytest.raises(ReconcileError) as caught:
        reconcile.normalize(reconcile.read(maker.root))
    return caught.value


@pytest.mark.parametrize("earlier", list(BAD))
@pytest.mark.parametrize("later", list(BAD))
def test_of_two_bad_rows_of_a_table_the_first_is_reported(make_project, earlier, later):
    maker = make_project()
    maker.write("sources/desk.yaml", "source: {id: desk, name: Data Desk}\nclaims: desk.csv\n")
    rows = [GOOD, BAD[earlier][0], GOOD, BAD[later][0], GOOD]
    maker.write("sources/desk.csv", "topic,value,place,as_of\n" + "\n".join(rows) + "\n")
    error = first_error(maker)
    assert (error.file, error.line, error.field) == ("sources/desk.csv", 3, BAD[earlier][1])


def test_of_two_bad_claims_of_a_yaml_file_the_first_is_reported(make_project):
    maker = make_project()
    maker.source("desk",
                 {"topic": TOPIC, "value": "500"},
                 {"topic": TOPIC, "value": "lots of people"},   # a value the parser refuses
                 {"topic": "no-such-topic", "value": "40"})     # checked first, but later in the file
    error = first_error(maker)
    assert error.field == "value" and "lots of people" in str(error)


def test_a_claims_own_error_comes_before_one_that_needs_every_claim(make_project):
    """A part_of naming no claim, or a duplicate id, is found across the whole project (the Spark
    engine: by an aggregation after every chunk's own checks): a claim's own error is reported
    first, in both engines, even below it."""
    maker = make_project()
    maker.write("sources/desk.yaml", "source: {id: desk, name: Data Desk}\nclaims: desk.csv\n")
    maker.write("sources/desk.csv", f"id,topic,value,part_of\na1,{TOPIC},500,\na2,{TOPIC},40,nope\n"
                                    f"a3,{TOPIC},lots of people,\n")
    error = first_error(maker)
    assert (error.line, error.field) == (4, "value")
    maker.write("sources/desk.csv", f"id,topic,value,part_of\na1,{TOPIC},500,\na2,{TOPIC},40,nope\n")
    error = first_error(maker)
    assert (error.line, error.field) == (3, "part_of")
