"""Fuzzing the readers and the quantity parser (issue 11): whatever the bytes of a source file,
a table, a ClaimReview file or a suite, reading, normalizing, reconciling and rendering a
project ends in a report or a ``ReconcileError``, never another exception; whatever the text,
``parse_quantity`` returns an interval with lower <= upper or raises ``QuantityError``.

The examples are few here (CI); ``bench/fuzz.py N`` runs N per target (``make fuzz``).
"""
from __future__ import annotations

import io
import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import reconcile
from reconcile.errors import QuantityError, ReconcileError

EXAMPLES = int(os.environ.get("RECONCILE_FUZZ_EXAMPLES", "50"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SOURCE = "source: {id: a, name: A}\n"
TOPICS = "topics:\n  - id: defections\n    unit: people\n"
#: a claim's fields and values a reader meets, right and wrong
WORDS = ["topic", "value", "id", "place", "population", "criterion", "as_of", "stated_on", "quote", "via",
         "cites", "part_of", "complete", "lang", "note", "source", "defections", "more than 500", "about 100",
         "CO", "Norte de Santander", "2019-03-07", "[soldiers, police]", "null", "~", "&a", "*a", "!!python/object",
         "{", "}", "[", "]", ":", "- ", "\n", "  ", "\t", '"', "'", ",", "=1+1", "<svg/onload=alert(1)>",
         "\x1b]52;c;aGk=\x07", "\u202e", "1e308", "-1", "99999999999999999999999", "claims", "bands", "tolerance"]

texts = st.lists(st.sampled_from(WORDS) | st.text(max_size=12), max_size=30).map("".join)
junk = st.binary(max_size=400) | texts.map(lambda t: t.encode("utf-8", "surrogatepass"))


def _json_junk() -> st.SearchStrategy:
    leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.sampled_from(WORDS) | st.text(max_size=10)
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.sampled_from(WORDS + ["@type", "@graph", "claimReviewed", "author",
                                                                   "itemReviewed", "about", "identifier",
                                                                   "name", "expectations", "type", "kwargs",
                                                                   "column"]), inner, max_size=5),
                        max_leaves=20)


def _run(files: dict[str, bytes]) -> None:
    """A project of these files, through every stage and every format: a report or an error."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "sources").mkdir()
        (root / "expectations").mkdir()
        for name, content in {"sources/a.yaml": SOURCE.encode(), "sources/_topics.yaml": TOPICS.encode(),
                              **files}.items():
            (root / name).write_bytes(content)
        try:
            claims = reconcile.normalize(reconcile.read(str(root)))
            report = reconcile.reconcile(claims)
            for fmt in ("text", "json", "markdown", "csv"):
                out = reconcile.render(report, fmt)
                out.encode("utf-8", "backslashreplace")
        except ReconcileError:
            pass


def _xlsx(rows: list[list]) -> bytes:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@FUZZ
@given(junk)
def test_any_bytes_as_a_yaml_source_file_are_a_report_or_an_error(content):
    _run({"sources/x.yaml": content})


@FUZZ
@given(texts)
def test_any_yaml_made_of_claim_words_is_a_report_or_an_error(text):
    _run({"sources/x.yaml": (SOURCE.replace("a, name: A", "x, name: X") + "claims:\n" + text).encode(
        "utf-8", "surrogatepass")})


@FUZZ
@given(junk | st.lists(st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=6), max_size=6).map(
    lambda rows: "\n".join(",".join(row) for row in [["topic", "value", "place"], *rows]).encode(
        "utf-8", "surrogatepass")))
def test_any_csv_table_is_a_report_or_an_error(content):
    _run({"sources/a.yaml": (SOURCE + "claims: t.csv\n").encode(), "sources/t.csv": content})


@FUZZ
@given(st.lists(st.lists(st.none() | st.integers() | st.floats(allow_nan=False)
                         | st.sampled_from([w for w in WORDS if w.isprintable()])  # openpyxl writes no controls
                         | st.text(max_size=8).filter(lambda t: t.isprintable()), max_size=5), max_size=5),
       st.booleans())
def test_any_xlsx_table_is_a_report_or_an_error(rows, header):
    content = _xlsx(([["topic", "value", "place"]] if header else []) + rows)
    _run({"sources/a.yaml": (SOURCE + "claims: t.xlsx\n").encode(), "sources/t.xlsx": content})


@FUZZ
@given(junk)
def test_any_bytes_as_an_xlsx_table_are_a_report_or_an_error(content):
    _run({"sources/a.yaml": (SOURCE + "claims: t.xlsx\n").encode(), "sources/t.xlsx": content})


@FUZZ
@given(_json_junk())
def test_any_json_as_claimreview_is_a_report_or_an_error(doc):
    _run({"sources/r.jsonld": json.dumps(doc).encode("utf-8", "surrogatepass")})


@FUZZ
@given(_json_junk() | junk)
def test_any_expectation_suite_is_a_validation_or_an_error(doc):
    content = doc if isinstance(doc, bytes) else json.dumps(doc).encode("utf-8", "surrogatepass")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "sources").mkdir()
        (root / "expectations").mkdir()
        (root / "sources" / "a.yaml").write_text(SOURCE + "claims: [{topic: defections, value: 5}]\n")
        (root / "expectations" / "claims.json").write_bytes(content)
        try:
            reconcile.validate(reconcile.normalize(reconcile.read(str(root))))
        except ReconcileError:
            pass


@FUZZ
@given(texts | st.text(), st.sampled_from([None, "en", "es"]))
def test_any_text_is_an_interval_or_a_quantity_error(text, lang):
    try:
        q = reconcile.parse_quantity(text, lang)
    except QuantityError:
        return
    assert q.lower is None or q.upper is None or q.lower <= q.upper
    for found in reconcile.find_quantities(text, lang):
        assert found.start <= found.end


@pytest.mark.parametrize("call", [reconcile.parse_quantity, reconcile.find_quantities])
def test_a_language_the_parser_does_not_read_is_a_value_error(call):
    with pytest.raises(ValueError, match="lang must be one of 'en', 'es'"):
        call("500", "fr")


def test_find_quantities_of_something_other_than_text_is_a_type_error():
    with pytest.raises(TypeError, match="text must be a str, not bytes"):
        reconcile.find_quantities(b"500")
