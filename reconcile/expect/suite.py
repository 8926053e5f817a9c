"""Expectation suites as reconcile stores them: small, readable JSON a person edits.

```json
{"name": "claims",
 "expectations": [
   {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"},
    "description": "Every claim has an id."}]}
```

No GX-generated ids, versions or rendered content: diffs stay small. ``load_suite`` checks
everything GX 1.x would otherwise accept silently or fail on late: the JSON itself, unknown
keys, unknown expectation types (GX drops them without a word when a suite is built from a
dict), kwargs GX's pydantic models reject, columns that are not in the validation frame,
``{"$PARAMETER": ...}`` names reconcile does not supply, regexes that do not compile, a
min_value above its max_value and type names GX's type checks do not know.
"""
from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reconcile.errors import ExpectationError
from reconcile.expect import gx as expect_gx
from reconcile.model.records import CLAIM_COLUMNS
from reconcile.sources.files import read_project_file
from reconcile.sources.jsonfile import json_lines, parse_json

#: Columns the validation frame adds to CLAIM_COLUMNS (see expect.validation_frame).
DERIVED_COLUMNS = ("as_of_date", "stated_on_date", "bound_lower", "bound_upper")
VALIDATION_COLUMNS = CLAIM_COLUMNS + DERIVED_COLUMNS

#: Values reconcile passes for {"$PARAMETER": name} in a suite.
PARAMETERS = {
    "sources": "ids of the project's sources (sources/*.yaml)",
    "places": "ISO 3166 country and subdivision codes and the project's places "
              "(sources/_places.yaml)",
    "today": "the date of the run where it is latest on Earth (UTC+14), at midnight, for 'not in the "
             "future' checks",
}

SUITE_KEYS = ("name", "topic", "expectations", "meta", "notes", "id", "suite_parameters")
EXPECTATION_KEYS = ("type", "kwargs", "description", "meta", "notes", "id", "severity",
                    "rendered_content")
COLUMN_KWARGS = ("column", "column_A", "column_B")
COLUMN_LIST_KWARGS = ("column_list", "column_set")
#: type names of the validation frame's columns (pandas, then Spark), for a "did you mean"
TYPE_NAMES = ("str", "float64", "int64", "bool", "datetime64[ns]", "object", "int", "float",
              "StringType", "DoubleType", "LongType", "BooleanType", "TimestampNTZType")
TYPE_HINT = ("write a NumPy, pandas or Python type name: str (text), float64 (lower, upper), int64 (line), "
             "bool (lower_inclusive, complete), datetime64[ns] (as_of_date, stated_on_date), object; with "
             "--engine spark, a Spark SQL type: StringType, DoubleType, LongType, BooleanType, TimestampNTZType")


@dataclass(frozen=True)
class Spec:
    """One expectation as written in a suite file."""

    type: str
    kwargs: dict[str, Any]
    description: str = ""
    meta: dict[str, Any] = field(default_factory=dict)
    line: int | None = field(default=None, compare=False)   # where it starts in its suite file

    @property
    def columns(self) -> tuple[str, ...]:
        """Every column the expectation reads (its domain, lists and row condition)."""
        return tuple(_columns(self.kwargs))

    @property
    def column(self) -> str | None:
        """The column(s) it checks, as ExpectationOutcome.column shows them."""
        kw = self.kwargs
        if "column" in kw:  # a derived date column is reported as the column it comes from
            column = str(kw["column"])
            return column.removesuffix("_date") if column in DERIVED_COLUMNS else column
        if "column_A" in kw and "column_B" in kw:
            return f"{kw['column_A']},{kw['column_B']}"
        if "column_list" in kw:
            return ",".join(map(str, kw["column_list"]))
        return None

    def parameters(self) -> set[str]:
        return set(_parameters(self.kwargs))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "kwargs": self.kwargs}
        if self.description:
            out["description"] = self.description
        if self.meta:
            out["meta"] = self.meta
        return out


@dataclass(frozen=True)
class Suite:
    """A suite file: its name, the topic it is limited to (None = all claims), expectations."""

    name: str
    path: Path
    expectations: tuple[Spec, ...]
    topic: str | None = None
    #: where a "topic" key is (or would go: the "name" line, else the file's first line)
    line: int | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name}
        if self.topic:
            out["topic"] = self.topic
        out["expectations"] = [spec.to_dict() for spec in self.expectations]
        return out


def _columns(value: Any, key: str | None = None) -> Iterator[str]:
    if isinstance(value, dict):
        if value.get("type") in ("comparison", "nullity") and isinstance(value.get("column"), dict):
            yield str(value["column"].get("name"))
        for k, v in value.items():
            if k in COLUMN_KWARGS and isinstance(v, str):
                yield v
            elif k in COLUMN_LIST_KWARGS and isinstance(v, list):
                yield from (str(c) for c in v)
            elif k == "row_condition" or k == "conditions":
                yield from _columns(v, k)
    elif isinstance(value, list) and key == "conditions":
        for item in value:
            yield from _columns(item, key)


def _parameters(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        if set(value) == {"$PARAMETER"}:
            yield str(value["$PARAMETER"])
            return
        for v in value.values():
            yield from _parameters(v)
    elif isinstance(value, list):
        for v in value:
            yield from _parameters(v)


def _substituted(value: Any, values: dict[str, Any]) -> Any:
    """``value`` with each ``{"$PARAMETER": name}`` of ``values`` replaced by its value (GX 1.x
    substitutes a suite's ``suite_parameters`` the same way); reconcile's own are left for GX."""
    if isinstance(value, dict):
        if set(value) == {"$PARAMETER"} and str(value["$PARAMETER"]) in values:
            return values[str(value["$PARAMETER"])]
        return {k: _substituted(v, values) for k, v in value.items()}
    if isinstance(value, list):
        return [_substituted(v, values) for v in value]
    return value


def _suite_parameters(path: Path, data: dict[str, Any], lines: dict[tuple[str | int, ...], int]) -> dict[str, Any]:
    """A suite's own ``suite_parameters``: an object of names and values, none of them a name
    reconcile supplies (``PARAMETERS``): which of the two a ``$PARAMETER`` meant could not be told."""
    own = data.get("suite_parameters")
    if own is None:
        return {}
    if not isinstance(own, dict):
        _fail(path, '"suite_parameters" must be an object of names and values',
              'write "suite_parameters": {"max_deaths": 1000}, and use it as {"$PARAMETER": "max_deaths"}',
              lines.get(("suite_parameters",)))
    shadowing = [name for name in own if name in PARAMETERS]
    if shadowing:
        _fail(path, f"suite parameter {shadowing[0]!r} would shadow the one reconcile supplies "
                    f"({PARAMETERS[shadowing[0]]})",
              f"give it another name, here and in the $PARAMETER that uses it; reconcile supplies: "
              f"{', '.join(PARAMETERS)}",
              lines.get(("suite_parameters", shadowing[0]), lines.get(("suite_parameters",))))
    return dict(own)


def _inverted(low: Any, high: Any) -> bool:
    """Whether bounds exclude every value: numbers, dates (ISO text, compared as dates) or other
    text (compared as GX compares it)."""
    if isinstance(low, bool) or isinstance(high, bool):
        return False
    if isinstance(low, int | float) and isinstance(high, int | float):
        return low > high
    if not (isinstance(low, str) and isinstance(high, str)):
        return False   # a $PARAMETER, a missing bound, or two kinds GX refuses with its own error
    try:
        return datetime.datetime.fromisoformat(low) > datetime.datetime.fromisoformat(high)
    except ValueError:   # not two dates
        return low > high
    except TypeError:    # a date with a time zone and one without: GX decides
        return False


def _fail(path: Path, message: str, hint: str | None = None, line: int | None = None) -> None:
    raise ExpectationError(message, file=str(path), line=line, hint=hint)


#: the keys of a Great Expectations 0.x suite that 1.x renamed, and their 1.x names
_OLD_KEYS = {"expectation_suite_name": "name", "expectation_type": "type"}


def _refuse_old_format(path: Path, data: dict, lines: dict) -> None:
    """A suite in Great Expectations 0.x's format ("expectation_suite_name", "expectation_type"): one error
    that says so and names every rename, not one unknown key per run."""
    entries = data["expectations"]
    types = [n for n, entry in enumerate(entries) if isinstance(entry, dict)
             and "expectation_type" in entry and "type" not in entry]
    # a 0.x suite: no 1.x "name", and its 0.x name or only 0.x expectations. A 1.x suite with one slip is told
    # at that expectation (R1: "a 0.x suite" had misjudged it, and "rename it to name" beside a "name" made two)
    if "name" in data or not ("expectation_suite_name" in data or entries and len(types) == len(entries)):
        return
    old = [key for key in _OLD_KEYS if key in data]
    if types and "expectation_type" not in old:
        old.append("expectation_type")
    renames = "; ".join(f'"{key}" to "{_OLD_KEYS[key]}"' for key in old)
    line = lines.get(("expectation_suite_name",)) if "expectation_suite_name" in data else \
        lines.get(("expectations", types[0])) if types else None
    _fail(path, "a Great Expectations 0.x suite: reconcile reads the 1.x format",
          f"rename {renames}" + (f" (in each of its {len(types)} expectations)" if len(types) > 1 else ""), line)


def load_suite(path: Path, root: Path | None = None) -> Suite:
    """Read and check a suite file; ExpectationError naming the file and expectation if bad.

    ``root``: the project's root for a suite of its expectations/ (a regular file inside it,
    symlinks resolved, SPEC §3); None for a suite named on the command line (read as given)."""
    path = Path(path)
    raw = read_project_file(path, str(path), root)  # within RECONCILE_MAX_FILE_MB either way
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExpectationError(f"not UTF-8 text (byte {exc.start + 1})", file=str(path),
                               hint="save the suite as UTF-8 JSON") from exc
    data = parse_json(text, str(path), ExpectationError, _where)  # nesting, huge numbers, keys written twice, NaN
    if not isinstance(data, dict) or not isinstance(data.get("expectations"), list):
        _fail(path, "a suite is a JSON object with an \"expectations\" list",
              'write {"name": "...", "expectations": [{"type": "...", "kwargs": {...}}]}', 1)
    lines = json_lines(text)  # where each key and expectation starts, for the errors
    _refuse_old_format(path, data, lines)
    unknown = sorted(set(data) - set(SUITE_KEYS))
    if unknown:
        _fail(path, f"unknown suite key(s) {', '.join(map(repr, unknown))}",
              f"known keys: {', '.join(SUITE_KEYS)}", lines.get((unknown[0],)))
    own = _suite_parameters(path, data, lines)
    specs = [_load_spec(path, number, entry, expect_gx, lines.get(("expectations", number - 1)), own)
             for number, entry in enumerate(data["expectations"], start=1)]
    topic = data.get("topic")
    if topic is not None and not isinstance(topic, str):
        _fail(path, "\"topic\" must be a topic id (a string)", 'write "topic": "<topic id>"',
              lines.get(("topic",)))
    return Suite(name=str(data.get("name") or path.stem), path=path,
                 expectations=tuple(specs), topic=topic,
                 line=lines.get(("topic",)) or lines.get(("name",)) or lines.get(()))


def _where(path: tuple[str | int, ...]) -> str:
    """A value of a suite by its path: 'expectation #2, "min_value"'."""
    key = next((f'"{part}"' for part in reversed(path) if isinstance(part, str)), "a value")
    if len(path) > 1 and path[0] == "expectations" and isinstance(path[1], int):
        return f"expectation #{path[1] + 1}" + (f", {key}" if len(path) > 2 else "")
    return key


def _load_spec(path: Path, number: int, entry: Any, expect_gx: Any, line: int | None = None,
               own: dict[str, Any] | None = None) -> Spec:
    """One expectation of a suite, checked; ``own``: the suite's ``suite_parameters``, whose
    ``$PARAMETER``s are replaced by their values here (GX would, for both engines)."""
    def fail(message: str, hint: str | None = None) -> None:
        _fail(path, message, hint, line)  # at the line where the entry starts

    where = f"expectation #{number}"
    if isinstance(entry, dict) and "type" not in entry and isinstance(entry.get("expectation_type"), str):
        fail(f'{where} has "expectation_type", the name Great Expectations 0.x gave it', 'rename it "type"')
    if not isinstance(entry, dict) or not isinstance(entry.get("type"), str):
        fail(f"{where} is not an object with a \"type\"",
             'write {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "id"}}')
    type_ = entry["type"]
    where = f"{where} ({type_})"
    unknown = sorted(set(entry) - set(EXPECTATION_KEYS))
    if unknown:
        fail(f"{where}: unknown key(s) {', '.join(map(repr, unknown))}",
             f"known keys: {', '.join(EXPECTATION_KEYS)}")
    kwargs = entry.get("kwargs", {})
    description = entry.get("description") or ""
    meta = entry.get("meta") or {}
    if not (isinstance(kwargs, dict) and isinstance(meta, dict) and isinstance(description, str)):
        fail(f"{where}: \"kwargs\" and \"meta\" must be objects, \"description\" a string")
    kwargs = _substituted(kwargs, own or {})
    try:
        expect_gx.expectation_class(type_)
    except KeyError:
        import difflib

        close = difflib.get_close_matches(type_, expect_gx.known_types(), n=1, cutoff=0.8)
        fail(f"unknown expectation type {type_!r} ({where.split(' (')[0]})",
             (f"did you mean {close[0]!r}? " if close else "")
             + "see https://greatexpectations.io/expectations/ for the types GX 1.x knows")
    if isinstance(kwargs.get("row_condition"), str) or "condition_parser" in kwargs:
        fail(f"{where}: a row_condition string is deprecated in GX 1.x",
             'write it as a condition object, e.g. {"type": "comparison", "column": {"name": '
             '"topic"}, "operator": "==", "parameter": "x"} or {"type": "nullity", "column": '
             '{"name": "as_of"}, "is_null": false}, and drop "condition_parser"')
    bad_columns = [c for c in _columns(kwargs) if c not in VALIDATION_COLUMNS]
    if bad_columns:
        import difflib

        close = difflib.get_close_matches(str(bad_columns[0]), VALIDATION_COLUMNS, n=1, cutoff=0.75)
        fail(f"{where}: no column {bad_columns[0]!r} in the claims",
             (f"did you mean {close[0]!r}? " if close else "") + f"columns: {', '.join(VALIDATION_COLUMNS)}")
    bad_parameters = sorted(set(_parameters(kwargs)) - set(PARAMETERS))
    if bad_parameters:
        fail(f"{where}: unknown $PARAMETER {bad_parameters[0]!r}",
             f"reconcile supplies: {', '.join(PARAMETERS)}; define others in the suite's \"suite_parameters\""
             + (f" (it has: {', '.join(map(str, own))})" if own else ""))
    for key in ("regex", "regex_list"):   # GX finds a broken one only when it runs, after later suites' errors
        patterns = kwargs.get(key)
        for pattern in patterns if isinstance(patterns, list) else [patterns] if isinstance(patterns, str) else []:
            try:
                re.compile(str(pattern))
            except re.error as error:
                fail(f"{where}: {key} {str(pattern)!r} is no regular expression: {error}",
                     f"fix the {key} (a Python regular expression)")
    low, high = kwargs.get("min_value"), kwargs.get("max_value")
    if _inverted(low, high):   # GX finds it only when it runs, and its error was read as a type mismatch
        fail(f"{where}: min_value {json.dumps(low, ensure_ascii=False)} is greater than max_value "
             f"{json.dumps(high, ensure_ascii=False)}", "swap them, or correct the one that is wrong")
    written = kwargs.get("type_list") if isinstance(kwargs.get("type_list"), list) else [kwargs.get("type_")]
    for name in written:   # an unknown type fails every claim on pandas, as if the claims were wrong
        if isinstance(name, str) and not expect_gx.is_type_name(name):
            import difflib

            key = "type_" if "type_" in kwargs else "type_list"
            close = difflib.get_close_matches(name, TYPE_NAMES, n=1, cutoff=0.6)
            fail(f"{where}: {key} {name!r} is not a type name", (f"did you mean {close[0]!r}? " if close else "")
                 + TYPE_HINT)
    try:
        expect_gx.build_expectation(type_, kwargs, description, meta)
    except ValueError as exc:
        detail = re.sub(r"\s+", " ", str(exc)).strip()
        fail(f"{where}: invalid kwargs: {detail}",
             "check the expectation's arguments in the GX 1.x gallery")
    return Spec(type=type_, kwargs=kwargs, description=description, meta=meta, line=line)
