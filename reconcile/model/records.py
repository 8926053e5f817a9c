"""The data reconcile works on: frozen dataclasses, the claims frame's columns, the vocabulary.

Inside the pipeline claims are a pandas DataFrame whose columns are ``CLAIM_COLUMNS``.
At the report boundary pandas stops: ``Report`` holds plain Python values and
``Report.to_dict()`` returns JSON-safe builtins.
"""
from __future__ import annotations

import operator
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable, Collection, Iterable, Mapping, Sequence, TypeVar

from reconcile.model.frozen import quick_init
from reconcile.model.numbers import format_number, interval_text, plain_number  # noqa: F401 (re-exported)

T = TypeVar("T")

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
    "quotation-mismatch": "conflict",
    "boundary-disagreement": "warning",
    "revision": "warning",
    "implausible-value": "conflict",
    "unquoted-value": "warning",
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
#: breakdown is complete); note: a caveat (str or None); file: path relative to the project (str); line: int.
CLAIM_COLUMNS = (
    "id", "source", "topic", "text", "lang",
    "lower", "upper", "lower_inclusive", "upper_inclusive", "qualifier",
    "population", "criterion", "place", "as_of", "stated_on",
    "quote", "url", "via", "cites", "part_of", "complete", "note",
    "file", "line",
)

#: Fields a claim may have in a source file (YAML keys, CSV/XLSX columns).
CLAIM_FIELDS = (
    "id", "topic", "population", "criterion", "place", "as_of", "stated_on",
    "value", "lang", "quote", "url", "via", "cites", "part_of", "complete", "note",
)

SOURCE_FIELDS = ("id", "name", "aliases", "kind", "country", "url", "note")
REQUIRED_SOURCE_FIELDS = ("id", "name")

TOPIC_FIELDS = ("id", "title", "unit", "cumulative", "bounds", "date_tolerance_days", "criteria", "prefer",
                "note")
PLACE_FIELDS = ("id", "name", "aliases", "parent", "note")


# --- records ---------------------------------------------------------------------------------

@quick_init
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


@quick_init
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
        ("tens", 20, 99),
        ("dozens", 24, 99),
        ("hundreds", 200, 999),
        ("thousands", 2_000, 9_999),
        ("tens-of-thousands", 20_000, 99_999),
        ("hundreds-of-thousands", 200_000, 999_999),
        ("millions", 2_000_000, 9_999_999),
        ("tens-of-millions", 20_000_000, 99_999_999),
        ("hundreds-of-millions", 200_000_000, 999_999_999),
        ("billions", 2_000_000_000, 9_999_999_999),
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
    note: str | None = None     # a caveat about the source as a whole, shown beside it in the reports
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
    #: counting rules that nest: (criterion, the criterion it is within), SPEC.md §3
    criteria: tuple[tuple[str, str], ...] = ()
    #: the lines of each rule's id and within in _topics.yaml (its errors point at the name written)
    criteria_lines: tuple[tuple[int, int], ...] = ()
    #: claimants to trust first (``--resolve prefer``), source ids in order
    prefer: tuple[str, ...] = ()
    #: the line of ``prefer:`` in _topics.yaml, and of each of its entries (their errors point at the name written)
    prefer_line: int = 0
    prefer_lines: tuple[int, ...] = ()
    file: str = ""
    line: int = 0
    #: the line of ``unit:`` in _topics.yaml, 0 when the topic gives none (it counts)
    unit_line: int = 0

    def within(self) -> dict[str, frozenset[str]]:
        """criterion -> every criterion it is within (transitively)."""
        parents: dict[str, set[str]] = {}
        for child, parent in self.criteria:
            parents.setdefault(child, set()).add(parent)
        out: dict[str, frozenset[str]] = {}
        for child in parents:
            seen: set[str] = set()
            todo = list(parents[child])
            while todo:
                current = todo.pop()
                if current not in seen:
                    seen.add(current)
                    todo.extend(parents.get(current, ()))
            out[child] = frozenset(seen)
        return out


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    file: str = ""
    line: int = 0
    parent_line: int = 0   # the line of its ``parent:`` (0: as ``line``), where an error about the parent points


class _Deferred:
    """A slot whose value may be given as a function of no arguments, called when read: a topic can
    have a million findings, and only the ones a report lists need their words (``deferred``)."""

    def __init__(self, slot: Any) -> None:
        self.slot = slot   # the slot's own descriptor, which stores the value or the function

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self.slot.__get__(obj, owner)
        # written anew each time, not kept: a JSON report of a million findings writes each
        # once and should not hold all their words at the end
        return value() if callable(value) else value

    def __set__(self, obj: Any, value: Any) -> None:
        self.slot.__set__(obj, value)


def deferred(*names: str) -> Callable[[type[T]], type[T]]:
    """Make the fields ``names`` of a dataclass with slots deferred: each may be given as a
    function of no arguments, called when the field is read. Slots, not an instance dict: a
    finding without its dict is some 100 bytes less, a million findings 100 MB."""
    def wrap(cls: type[T]) -> type[T]:
        for name in names:
            setattr(cls, name, _Deferred(cls.__dict__[name]))
        return cls
    return wrap


#: verdicts in the order reports put them first: what needs acting on comes first
URGENCY = ("conflict", "warning", "not-comparable", "consistent")


def few_ids(ids: Sequence[str], shown: int = 3) -> str:
    """Ids for a repr that stays short whatever the data: the first ``shown``, then how many more."""
    head = ", ".join(map(str, ids[:shown]))
    return head + (f", and {len(ids) - shown:,} more" if len(ids) > shown else "")


def counted(n: int, noun: str) -> str:
    """``n`` and its noun, in the singular for one: "1 topic", "2 topics"."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


@quick_init
@deferred("explanation", "scopes")
@dataclass(frozen=True, slots=True)
class Finding:
    """One result of reconciliation (SPEC.md §5). ``agreed`` is a value-agreement's common
    range; ``scopes`` the two stated scopes of a scope-difference, ``fields`` what differs."""

    kind: str
    topic: str
    claims: tuple[str, ...]
    explanation: str = ""   # or a function giving it (``deferred``)
    gap: float | None = None
    ratio: float | None = None
    fields: tuple[str, ...] = ()
    agreed: tuple[float | None, float | None, bool, bool] | None = None
    scopes: tuple[dict[str, Any], ...] = ()   # or a function giving it

    @property
    def verdict(self) -> str:
        return FINDING_VERDICTS[self.kind]

    def __repr__(self) -> str:
        # short in a notebook: the explanation and a scope difference's scopes are in to_dict()
        numbers = "".join(f", {name}={format_number(value)}" for name, value in (("gap", self.gap),
                                                                                  ("ratio", self.ratio))
                          if value is not None)
        return f"Finding({self.kind}, {self.verdict}, topic {self.topic!r}, claims {few_ids(self.claims)}{numbers})"

    def sort_key(self) -> tuple:
        """The report's order (SPEC.md §6): topic, kind, claims."""
        return (self.topic, self.kind, self.claims)

    def urgency(self) -> tuple:
        """Which findings come first where not all fit: conflicts, then the largest gaps."""
        return urgency_prefix(self.kind, self.gap) + (self.kind, self.claims)

    def shown_order(self) -> tuple:
        """The order a report for people lists a topic's findings in: conflicts, then the largest gaps,
        a scope difference's gap (its two scopes' values apart) included."""
        return (URGENCY.index(self.verdict), -(self.gap if self.gap is not None else -1.0), self.kind, self.claims)

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": self.kind,
            "verdict": FINDING_VERDICTS[self.kind],   # ``verdict``, without a property call per finding
            "topic": self.topic,
            "claims": list(self.claims),
            "explanation": self.explanation,
            "gap": plain_number(self.gap),
            "ratio": plain_number(self.ratio),
        }
        if self.agreed is not None:
            lower, upper, lower_inclusive, upper_inclusive = self.agreed
            lower, upper = plain_number(lower), plain_number(upper)
            out["agreed"] = {"lower": lower, "upper": upper,
                             "lower_inclusive": bool(lower_inclusive) and lower is not None,
                             "upper_inclusive": bool(upper_inclusive) and upper is not None}
        scopes = self.scopes   # read once: it may be worked out when read
        if scopes:
            out["scopes"] = [dict(scope, population=list(scope["population"]), claims=list(scope["claims"]))
                             for scope in scopes]
        if self.fields:
            out["fields"] = list(self.fields)
        return out


#: ``Finding.sort_key`` in C: the same tuples without a Python call per finding (a million findings are
#: sorted in the reconcile stage, and again where a report lists them)
FINDING_ORDER = operator.attrgetter("topic", "kind", "claims")


def urgency_prefix(kind: str, gap: float | None) -> tuple[int, float]:
    """The part of ``Finding.urgency`` known before a finding is built: verdict, then gap. A scope
    difference's gap is not part of it: which of a topic's thousands of scope differences are kept
    goes by their claims, which the reconciler knows before it looks for their values apart."""
    if gap is None or kind == "scope-difference":
        return (URGENCY.index(FINDING_VERDICTS[kind]), 1.0)
    return (URGENCY.index(FINDING_VERDICTS[kind]), -gap)


class MostUrgent:
    """The ``limit`` most urgent findings of one topic (``Finding.urgency``; 0: all of them),
    and how many of each kind were left out.

    Findings are kept in a buffer trimmed to ``limit`` whenever it holds twice as many, so a
    topic with millions of findings holds a few thousand at a time; after a trim, ``wants``
    tells from a finding's kind and gap alone whether it could still be kept, so that the
    reconciler need not build the ones it would throw away (it only counts them, ``skip``).
    """

    __slots__ = ("limit", "kept", "omitted", "worst", "last")

    def __init__(self, limit: int | None = 0) -> None:
        self.limit = limit or 0
        self.kept: list[Finding] = []
        self.omitted: dict[str, int] = {}
        self.worst: tuple | None = None   # the urgency prefix of the last kept, once full
        self.last: tuple | None = None    # the whole urgency of the last kept, once full

    def wants(self, kind: str, gap: float | None = None) -> bool:
        return self.worst is None or urgency_prefix(kind, gap) <= self.worst

    def wants_claims(self, kind: str, gap: float | None, claims: tuple[str, ...]) -> bool:
        """``wants``, told the finding's sorted claim ids too: of findings as urgent as the last
        kept (a topic's thousands of scope differences, all of one verdict and no gap), only
        those before it in the report's order can still be kept."""
        return self.last is None or urgency_prefix(kind, gap) + (kind, claims) <= self.last

    def skip(self, kind: str, count: int = 1) -> None:
        """Count ``count`` findings of ``kind`` that ``wants`` said cannot be kept."""
        if count:
            self.omitted[kind] = self.omitted.get(kind, 0) + count

    def add(self, finding: Finding) -> None:
        self.kept.append(finding)
        if self.limit and len(self.kept) >= 2 * self.limit:
            self.trim()

    def trim(self) -> None:
        if not self.limit or len(self.kept) <= self.limit:
            return
        self.kept.sort(key=Finding.urgency)
        for finding in self.kept[self.limit:]:
            self.omitted[finding.kind] = self.omitted.get(finding.kind, 0) + 1
        del self.kept[self.limit:]
        last = self.kept[-1]
        self.worst = urgency_prefix(last.kind, last.gap)
        self.last = last.urgency()

    def done(self) -> tuple[list[Finding], dict[str, int]]:
        """The kept findings (in no particular order) and the count of the rest by kind."""
        self.trim()
        return self.kept, dict(sorted(self.omitted.items()))


def select_findings(findings: Iterable[Finding], limit: int | None) -> tuple[list[Finding], dict[str, int]]:
    """At most ``limit`` findings per topic (None or 0: all), conflicts and the largest gaps
    first, in the report's order; and how many of each kind were left out."""
    if not limit:   # every finding: nothing to choose per topic (a million findings: ~1 s less)
        return sorted(findings, key=FINDING_ORDER), {}
    by_topic: dict[str, MostUrgent] = {}
    for finding in findings:
        chosen = by_topic.get(finding.topic)
        if chosen is None:
            chosen = by_topic[finding.topic] = MostUrgent(limit)
        chosen.add(finding)
    kept: list[Finding] = []
    omitted: dict[str, int] = {}
    for chosen in by_topic.values():
        topic_kept, topic_omitted = chosen.done()
        kept.extend(topic_kept)
        add_counts(omitted, topic_omitted)
    return sorted(kept, key=FINDING_ORDER), dict(sorted(omitted.items()))


def source_rows(sources: Mapping[str, Source], counts: Mapping[str, int], via: Iterable[str],
                reliability: Mapping[str, float]) -> list[dict[str, Any]]:
    """The report's sources (``Report.source_records``) of the declared ``sources``, the claims
    each source states (``counts``, source id -> claims) and the outlets named in ``via``."""
    out = []
    for source_id in sorted(set(sources) | set(counts) | set(via)):
        source = sources.get(source_id)
        weight = reliability.get(source_id)
        out.append({"id": source_id, "name": source.name if source else source_id,
                    "kind": source.kind if source else "other", "claims": counts.get(source_id, 0),
                    "reliability": None if weight is None else float(weight)})
    return out


def count_verdicts(findings: Iterable[Finding], unkept: Iterable[dict[str, int]] = ()) -> dict[str, int]:
    """Findings by verdict, every verdict named, in ``VERDICTS`` order; ``unkept``: counts by
    kind of findings the reconciler found but did not keep (``Report.omitted``'s topics)."""
    counts = {verdict: 0 for verdict in VERDICTS}
    # by kind first, then by verdict: ``Finding.verdict`` is a lookup per call (a million findings: ~1.5 s)
    for kind, count in Counter(finding.kind for finding in findings).items():
        counts[FINDING_VERDICTS[kind]] += count
    for kinds in unkept:
        for kind, count in kinds.items():
            counts[FINDING_VERDICTS[kind]] += count
    return counts


def add_counts(total: dict[str, int], more: dict[str, int]) -> dict[str, int]:
    """Add the counts ``more`` (kind -> count) into ``total``; returns ``total``."""
    for kind, count in more.items():
        total[kind] = total.get(kind, 0) + count
    return total


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

    def __repr__(self) -> str:
        # short whatever the project's size: the records are in ``sources``, ``topics`` and ``places``
        return (f"Project({self.root!r}: {counted(len(self.sources), 'source')}, "
                f"{counted(len(self.topics), 'topic')}, {counted(len(self.places), 'place')}"
                f"{'' if self.raw is not None else '; normalized'})")


REPORT_SCHEMA = "reconcile.report/2"
#: the file of a Parquet report folder (``report --format parquet``) that holds all but its tables
REPORT_SUMMARY = "summary.json"

#: Keys of a claim in the JSON report, in order (SPEC.md §6 plus provenance).
REPORT_CLAIM_KEYS = (
    "id", "source", "topic", "text", "lower", "upper", "lower_inclusive", "upper_inclusive",
    "qualifier", "population", "criterion", "place", "as_of", "stated_on",
    "via", "cites", "quote", "url", "part_of", "note", "lang", "file", "line",
)

#: findings each JSON or CSV report lists per topic by default (``--max-findings``)
MAX_FINDINGS = 10_000


@dataclass(frozen=True)
class Report:
    """The reconciliation result in plain Python values: what every renderer reads.

    ``claims`` are dicts with the keys ``REPORT_CLAIM_KEYS``, sorted by id; ``findings`` are
    sorted by topic, kind, claims; ``sources`` and ``topics`` map id -> record for the names
    and titles renderers show. ``estimates`` are the estimate stage's records (each a dict or
    an object with ``to_dict()``); ``reliability`` maps source id -> 0-1 when the method
    estimates it, and ``unjudged`` holds the sources it had no evidence about (their reliability
    is a neutral prior, which reports for people show as "no evidence"). ``omitted`` counts, per
    topic and kind, the findings the reconciler found but did not keep (``reconcile(...,
    max_findings=N)`` keeps the N most urgent of each topic).
    """

    #: a tuple of dicts, or the same kept as columns (``claimrecords.ClaimRecords``)
    claims: Sequence[dict[str, Any]]
    #: a tuple, or the same written out topic by topic as they were found (``spool.FindingSpool``:
    #: re-readable, with their counts by kind)
    findings: Collection[Finding]
    sources: dict[str, Source]
    topics: dict[str, Topic]
    validation: "Validation | None" = None   # the expectation suites' outcome, when they ran
    estimates: tuple[Any, ...] = ()
    reliability: dict[str, float] = field(default_factory=dict)
    unjudged: frozenset[str] = frozenset()
    #: what estimates are made from: one ``estimate.Evidence`` per stated scope (the reconciler's)
    evidence: tuple[Any, ...] = field(default=(), repr=False, compare=False)
    omitted: dict[str, dict[str, int]] = field(default_factory=dict)

    def __repr__(self) -> str:
        # what the report says in a line, whatever its size (every finding had made a report of 200
        # claims 3.7 MB long in a notebook); the records are in ``claims``, ``findings`` and ``estimates``
        counts = ", ".join(f"{n:,} {verdict}" for verdict, n in self.verdict_counts().items() if n) or "none"
        methods = sorted({str(e.get("method")) if isinstance(e, dict) else str(getattr(e, "method", ""))
                          for e in self.estimates} - {"", "None"})
        estimates = counted(len(self.estimates), "estimate") + (f" ({', '.join(methods)})" if methods else "")
        checked = "" if self.validation is None else f"; {self.validation.in_words()}"
        return (f"Report({counted(len(self.claims), 'claim')}, {counted(len(self.sources), 'source')}, "
                f"{counted(len(self.topics), 'topic')}; findings: {counts}; {estimates}{checked})")

    def source_records(self) -> list[dict[str, Any]]:
        """Every declared or created source, outlets named only in ``via`` included, sorted by id,
        with how many claims it states."""
        counts = self.claim_counts("source")
        outlets = {via for via in self.claim_counts("via", optional=True) if via}
        return source_rows(self.sources, counts, outlets, self.reliability)

    def claim_counts(self, key: str, optional: bool = False) -> dict[Any, int]:
        """How many claims have each value of ``key`` (``optional``: None counted for claims
        with none), counted on the codes when the claims are kept as columns (``ClaimRecords``:
        a million claims' values not listed, three times over for one page)."""
        counts = getattr(self.claims, "counts", None)
        if counts is not None:
            return counts(key)
        return dict(Counter(self._claim_values(key, optional)))

    def _claim_values(self, key: str, optional: bool = False) -> Iterable[Any]:
        """Each claim's ``key`` (``optional``: None where a claim has none), from the claims'
        column when they are kept as columns (``ClaimRecords``: no dict made per claim)."""
        column = getattr(self.claims, "column", None)
        if column is not None:
            return column(key)
        return (claim.get(key) for claim in self.claims) if optional else (claim[key] for claim in self.claims)

    def verdict_counts(self) -> dict[str, int]:
        """Findings by verdict, every verdict named, those the reconciler did not keep included."""
        kinds = getattr(self.findings, "kinds", None)   # a spool counts them as written: none read back
        if kinds is not None:
            return count_verdicts((), [kinds, *self.omitted.values()])
        return count_verdicts(self.findings, self.omitted.values())

    def listed(self, max_findings: int | None = MAX_FINDINGS) -> tuple[list[Finding], dict[str, int]]:
        """The findings JSON and CSV list, at most ``max_findings`` per topic (0 or None: all
        that were kept), and by kind how many are not listed (``summary.omitted``). Findings in a
        spool (``spool.FindingSpool``), of no topic more than ``max_findings``: the spool itself,
        already in the report's order (none read back)."""
        most = getattr(self.findings, "most", None)
        if most is not None and (not max_findings or most <= max_findings):
            omitted: dict[str, int] = {}
            for kinds in self.omitted.values():
                add_counts(omitted, kinds)
            return self.findings, dict(sorted(omitted.items()))  # type: ignore[return-value]
        listed, omitted = select_findings(self.findings, max_findings)
        for kinds in self.omitted.values():
            add_counts(omitted, kinds)
        return listed, dict(sorted(omitted.items()))

    def _omitted(self, max_findings: int | None) -> dict[str, int]:
        """``listed``'s counts of what is not listed, without listing when every kept finding is."""
        if max_findings:
            return self.listed(max_findings)[1]
        omitted: dict[str, int] = {}
        for kinds in self.omitted.values():
            add_counts(omitted, kinds)
        return dict(sorted(omitted.items()))

    def summary(self, max_findings: int | None = None, omitted: dict[str, int] | None = None) -> dict[str, Any]:
        """Counts of claims, sources, topics and findings by verdict (all of them), and by kind
        the findings ``max_findings`` per topic leaves out of JSON and CSV (``omitted``, when
        the caller has it from ``listed``)."""
        return {
            "claims": len(self.claims),
            "sources": len(self.source_records()),
            "topics": len(self.claim_counts("topic")),
            "findings": self.verdict_counts(),
            "omitted": self._omitted(max_findings) if omitted is None else omitted,
        }

    def failing(self, fail_on: str) -> list[Finding]:
        """The kept findings at or above ``fail_on`` (``failing_count`` counts the others too)."""
        levels = FAIL_LEVELS[fail_on]
        return [f for f in self.findings if f.verdict in levels]

    def failing_count(self, fail_on: str) -> int:
        """How many findings, kept or not, are at or above ``fail_on``."""
        counts = self.verdict_counts()
        return sum(counts[verdict] for verdict in FAIL_LEVELS[fail_on])

    def estimate_records(self) -> list[dict[str, Any]]:
        return [e if isinstance(e, dict) else e.to_dict() for e in self.estimates]

    def to_dict(self, max_findings: int | None = MAX_FINDINGS) -> dict[str, Any]:
        """The JSON report (SPEC.md §6): at most ``max_findings`` findings per topic (0 or None:
        all), ``summary.omitted`` counting the rest by kind."""
        listed, omitted = self.listed(max_findings)
        out = {
            "schema": REPORT_SCHEMA,
            "summary": self.summary(max_findings, omitted),
            "sources": self.source_records(),
            "claims": [dict(c) for c in self.claims],
            "findings": [f.to_dict() for f in listed],
            "estimates": self.estimate_records(),
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
    # when no claim broke it alone (a sum, a row count): what the column or table as a whole
    # showed, "sum 5,590", "3 rows"; "" otherwise
    whole: str = ""
    # the value each claim of ``failing`` stated, in its order (empty when not known): a GitHub annotation
    # on one claim's line shows its own value
    values: tuple[str, ...] = field(default=(), compare=False)

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
            "unlisted": self.unlisted,   # failing claims beyond the first ones listed ("... and 11 more")
            "sample": list(self.sample),
            "whole": self.whole or None,   # set when the column or table as a whole broke it, not claims
            "description": self.description,
        }


@dataclass(frozen=True)
class Validation:
    """The outcome of every suite on the claims: what `reconcile validate` prints."""

    outcomes: tuple[ExpectationOutcome, ...]
    claims: int
    empty: tuple[str, ...] = ()   # the suites that hold no expectation: they check nothing

    @property
    def success(self) -> bool:
        return all(o.success for o in self.outcomes)

    def in_words(self) -> str:
        """The outcome in a few words: "19 expectations, 1 failed"."""
        failed = sum(not o.success for o in self.outcomes)
        return counted(len(self.outcomes), "expectation") + (f", {failed:,} failed" if failed else ", all passed")

    def __repr__(self) -> str:
        # short whatever fails: the failing claims are in ``outcomes`` and ``to_dict()``
        failed = [o.expectation for o in self.outcomes if not o.success]
        which = f": {few_ids(failed, 2)}" if failed else ""
        return f"Validation({counted(self.claims, 'claim')}, {self.in_words()}{which})"

    def brief(self) -> dict[str, Any]:
        """What a report says of the validation: pass or fail, and each failed expectation."""
        return {
            "success": self.success,
            "expectations": len(self.outcomes),
            "failed": [{"suite": o.suite, "expectation": o.expectation, "column": o.column,
                        "count": max(o.count, len(o.failing)), "failing": list(o.failing[:5]),
                        "whole": o.whole or None}
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
