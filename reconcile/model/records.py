"""The data reconcile works on: frozen dataclasses, the claims frame's columns, the vocabulary.

Inside the pipeline claims are a pandas DataFrame whose columns are ``CLAIM_COLUMNS``.
At the report boundary pandas stops: ``Report`` holds plain Python values and
``Report.to_dict()`` returns JSON-safe builtins.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

# --- vocabulary (SPEC.md §2, §4, §5) -------------------------------------------------------

QUALIFIERS = (
    "exact", "more-than", "at-least", "less-than", "at-most",
    "range", "approximate", "nearly", "just-over", "vague",
)

SOURCE_KINDS = (
    "government", "government-agency", "military", "ngo", "intergovernmental",
    "media", "academic", "other",
)

#: finding kind -> verdict (SPEC.md §5). Codes are API; wording may change.
FINDING_VERDICTS = {
    "value-conflict": "conflict",
    "value-agreement": "consistent",
    "order-conflict": "conflict",
    "breakdown-conflict": "conflict",
    "breakdown-consistent": "consistent",
    "temporal-conflict": "conflict",
    "scope-difference": "not-comparable",
    "uncorroborated": "warning",
    "circular-reporting": "warning",
    "implausible-value": "conflict",
}

VERDICTS = ("conflict", "consistent", "not-comparable", "warning")

#: --fail-on level -> verdicts that make the run fail
FAIL_LEVELS = {
    "conflict": ("conflict",),
    "warning": ("conflict", "warning"),
    "never": (),
}

# --- the claims frame ------------------------------------------------------------------------

#: Columns of the normalized claims frame, in order. One row per claim.
#:
#: id, source, topic: str; text: the value as stated (str); lang: "en" | "es";
#: lower, upper: float or NaN (NaN = unbounded); lower_inclusive, upper_inclusive: bool;
#: qualifier: one of QUALIFIERS; population: tuple of sorted tags (empty = unspecified);
#: criterion, place: str or None; as_of, stated_on: ISO date str "YYYY-MM-DD" or None;
#: quote, url, via, cites, part_of: str or None; complete: bool (a total whose
#: breakdown is complete); file: path relative to the project (str); line: int.
CLAIM_COLUMNS = (
    "id", "source", "topic", "text", "lang",
    "lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier",
    "population", "criterion", "place", "as_of", "stated_on",
    "quote", "url", "via", "cites", "part_of", "complete",
    "file", "line",
)

#: Fields a claim may have in a source file (YAML keys, CSV/XLSX columns).
CLAIM_FIELDS = (
    "id", "topic", "population", "criterion", "place", "as_of", "stated_on",
    "value", "lang", "quote", "url", "via", "cites", "part_of", "complete", "note",
)
REQUIRED_CLAIM_FIELDS = ("topic", "value")

SOURCE_FIELDS = ("id", "name", "aliases", "kind", "country", "url", "note")
REQUIRED_SOURCE_FIELDS = ("id", "name")

TOPIC_FIELDS = ("id", "title", "unit", "cumulative", "bounds", "date_tolerance_days", "note")
PLACE_FIELDS = ("id", "name", "aliases", "parent", "note")


def plain_number(value: Any) -> int | float | None:
    """A JSON-safe number: None for NaN/None/inf, int when integral, else float."""
    if value is None:
        return None
    value = float(value)
    if math.isnan(value) or math.isinf(value):
        return None
    if value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


def format_number(value: float | None, *, low: bool = False) -> str:
    """A bound as people read it: 1,200 / 1.5 / ∞ (None is −∞ for a lower bound, ∞ for an upper)."""
    if value is None or value == math.inf or value == -math.inf:
        return "−∞" if low or (value is not None and value < 0) else "∞"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.4g}"


def interval_text(lower: float | None, upper: float | None, lower_inclusive: bool, upper_inclusive: bool) -> str:
    """An interval in math notation: 109, (500, ∞), [95,000, 150,000]."""
    if lower is not None and lower == upper:
        return format_number(lower)
    left = "[" if lower_inclusive and lower is not None else "("
    right = "]" if upper_inclusive and upper is not None else ")"
    return f"{left}{format_number(lower, low=True)}, {format_number(upper)}{right}"


# --- records ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Quantity:
    """A stated value as an interval. ``None`` bounds are unbounded."""

    lower: float | None
    upper: float | None
    lower_inclusive: bool
    upper_inclusive: bool
    qualifier: str
    text: str
    lang: str = "en"
    unit: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "lang": self.lang,
            "lower": plain_number(self.lower),
            "upper": plain_number(self.upper),
            "lower_inclusive": bool(self.lower_inclusive) if self.lower is not None else False,
            "upper_inclusive": bool(self.upper_inclusive) if self.upper is not None else False,
            "qualifier": self.qualifier,
        }


@dataclass(frozen=True)
class Mention(Quantity):
    """A quantity found in running text, with its character span (end exclusive)."""

    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class QuantityConfig:
    """Per-project parsing settings (SPEC.md §4): approximation tolerance and vague bands."""

    tolerance: float = 0.10
    bands: tuple[tuple[str, float, float | None], ...] = (
        ("dozens", 24, 99),
        ("hundreds", 200, 999),
        ("thousands", 2_000, 9_999),
        ("tens-of-thousands", 20_000, 99_999),
        ("hundreds-of-thousands", 200_000, 999_999),
        ("millions", 2_000_000, 9_999_999),
    )

    def band(self, name: str) -> tuple[float, float | None]:
        for band_name, lower, upper in self.bands:
            if band_name == name:
                return lower, upper
        raise KeyError(name)


@dataclass(frozen=True)
class Source:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    kind: str = "other"
    country: str | None = None
    url: str | None = None
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Topic:
    id: str
    title: str = ""
    unit: str = "count"
    cumulative: bool = False
    bounds: tuple[float | None, float | None] | None = None
    date_tolerance_days: int = 0
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    file: str = ""
    line: int = 0


@dataclass(frozen=True)
class Finding:
    kind: str
    topic: str
    claims: tuple[str, ...]
    explanation: str
    gap: float | None = None
    ratio: float | None = None
    fields: tuple[str, ...] = ()

    @property
    def verdict(self) -> str:
        return FINDING_VERDICTS[self.kind]

    def sort_key(self) -> tuple:
        return (self.topic, VERDICTS.index(self.verdict), self.kind, self.claims)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "verdict": self.verdict,
            "topic": self.topic,
            "claims": list(self.claims),
            "explanation": self.explanation,
            "gap": plain_number(self.gap),
            "ratio": plain_number(self.ratio),
        }
        if self.fields:
            out["fields"] = list(self.fields)
        return out


@dataclass(frozen=True)
class Project:
    """What a project declares besides claims: its sources, topics, places and settings."""

    root: str
    sources: dict[str, Source] = field(default_factory=dict)
    topics: dict[str, Topic] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    quantity_config: QuantityConfig = QuantityConfig()
    #: what ``reconcile.read`` read, before ``normalize`` (sources.project.Loaded); None after it
    raw: Any = field(default=None, repr=False, compare=False)


REPORT_SCHEMA = "reconcile.report/1"

#: Keys of a claim in the JSON report, in order (SPEC.md §6 plus provenance).
REPORT_CLAIM_KEYS = (
    "id", "source", "topic", "text", "lower", "upper", "lower_inclusive", "upper_inclusive",
    "qualifier", "population", "criterion", "place", "as_of", "stated_on",
    "quote", "url", "via", "cites", "part_of", "lang", "file", "line",
)


@dataclass(frozen=True)
class Report:
    """The reconciliation result in plain Python values: what every renderer reads.

    ``claims`` are dicts with the keys ``REPORT_CLAIM_KEYS``, sorted by id; ``findings`` are
    sorted by topic, verdict, kind, claims; ``sources`` and ``topics`` map id -> record for
    the names and titles renderers show.
    """

    claims: tuple[dict[str, Any], ...]
    findings: tuple[Finding, ...]
    sources: dict[str, Source]
    topics: dict[str, Topic]
    validation: "Validation | None" = None   # the expectation suites' outcome, when they ran

    def summary(self) -> dict[str, Any]:
        counts = {verdict: 0 for verdict in VERDICTS}
        for finding in self.findings:
            counts[finding.verdict] += 1
        return {
            "claims": len(self.claims),
            "sources": len({c["source"] for c in self.claims}),
            "topics": len({c["topic"] for c in self.claims}),
            "findings": counts,
        }

    def failing(self, fail_on: str) -> list[Finding]:
        levels = FAIL_LEVELS[fail_on]
        return [f for f in self.findings if f.verdict in levels]

    def to_dict(self) -> dict[str, Any]:
        out = {
            "schema": REPORT_SCHEMA,
            "summary": self.summary(),
            "claims": [dict(c) for c in self.claims],
            "findings": [f.to_dict() for f in self.findings],
        }
        if self.validation is not None:
            out["validation"] = self.validation.brief()
        return out


# --- validation results (expect.py produces them, report.py renders them) --------------------

@dataclass(frozen=True)
class ExpectationOutcome:
    """One expectation of one suite, run on the normalized claims."""

    suite: str                       # suite file, relative to the project ("expectations/claims.json")
    expectation: str                 # GX expectation type, e.g. "expect_column_values_to_not_be_null"
    column: str | None               # the column(s) it checks ("lower,upper" for a pair), or None
    success: bool
    failing: tuple[str, ...] = ()    # claims that broke it, as "file:line (id)", sorted (the first ones)
    sample: tuple[str, ...] = ()     # a few of the offending values, as text
    description: str = ""            # what the expectation means, in words
    count: int = 0                   # how many claims broke it (``failing`` may list fewer)

    @property
    def unlisted(self) -> int:
        """Failing claims that ``failing`` does not list."""
        return max(0, self.count - len(self.failing))

    def to_dict(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "expectation": self.expectation,
            "column": self.column,
            "success": self.success,
            "failing": list(self.failing),
            "count": self.count,
            "sample": list(self.sample),
            "description": self.description,
        }


@dataclass(frozen=True)
class Validation:
    """The outcome of every suite on the claims: what `reconcile validate` prints."""

    outcomes: tuple[ExpectationOutcome, ...]
    claims: int

    @property
    def success(self) -> bool:
        return all(o.success for o in self.outcomes)

    def brief(self) -> dict[str, Any]:
        """What a report says of the validation: pass or fail, and each failed expectation."""
        return {
            "success": self.success,
            "expectations": len(self.outcomes),
            "failed": [{"suite": o.suite, "expectation": o.expectation, "column": o.column,
                        "count": max(o.count, len(o.failing)), "failing": list(o.failing[:5])}
                       for o in self.outcomes if not o.success],
        }

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": "reconcile.validation/1",
            "success": self.success,
            "claims": self.claims,
            "expectations": len(self.outcomes),
            "failed": sum(not o.success for o in self.outcomes),
            "outcomes": [o.to_dict() for o in self.outcomes],
        }
