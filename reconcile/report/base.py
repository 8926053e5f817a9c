"""What every renderer shares: numbers and intervals in words, topics in order, safe text.

No third-party imports here; ``report.py`` and the ``report_*.py`` modules build on it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable
from urllib.parse import urlsplit


from reconcile.model.numbers import format_number
from reconcile.model.records import FINDING_VERDICTS, VERDICTS, Finding, Report, add_counts, count_verdicts

#: verdict -> how reports name it (singular, plural)
VERDICT_WORDS = {
    "conflict": ("conflict", "conflicts"),
    "consistent": ("consistent", "consistent"),
    "not-comparable": ("not comparable", "not comparable"),
    "warning": ("warning", "warnings"),
}

#: verdict -> a heading for a group of findings
VERDICT_HEADINGS = {
    "conflict": "Conflicts",
    "consistent": "Consistent",
    "not-comparable": "Not comparable",
    "warning": "Warnings",
}

def count_words(counts: dict[str, int]) -> str:
    """{"conflict": 1, "warning": 2, ...} -> "1 conflict, 0 consistent, ..., 2 warnings"."""
    parts = []
    for verdict in VERDICTS:
        n = counts.get(verdict, 0)
        singular, plural = VERDICT_WORDS[verdict]
        parts.append(f"{n:,} {singular if n == 1 else plural}")
    return ", ".join(parts)


def plural(n: int, word: str, words: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (words or word + 's')}"


def title_line(report: Report) -> str:
    summary = report.summary()
    return (f"Reconciliation report: {plural(summary['claims'], 'claim')} from "
            f"{plural(summary['sources'], 'source')} in {plural(summary['topics'], 'topic')}")


def size_parts(finding: Finding, escape: Callable[[str], str] | None = None) -> list[str]:
    """A finding's size in words: "gap 391", "ratio 4.6", and (given an escape for the
    format) "differs in criterion, place"."""
    parts = []
    if finding.gap is not None:
        parts.append(f"gap {format_number(finding.gap)}")
    if finding.ratio is not None:
        parts.append(f"ratio {format_number(finding.ratio)}")
    if escape is not None and finding.fields:
        parts.append("differs in " + ", ".join(escape(f) for f in finding.fields))
    return parts


def validation_line(report: Report) -> str | None:
    """One line on the expectation suites, when they ran with the report."""
    validation = report.validation
    if validation is None:
        return None
    total = len(validation.outcomes)
    failed = [o for o in validation.outcomes if not o.success]
    if not failed:
        return f"Expectations: all {total} passed."
    first = failed[0]
    where = f" ({first.failing[0]})" if first.failing else ""
    # a suite's description is written by whoever wrote the suite: shown, never acting on a terminal
    return clean_line(f"Expectations: {len(failed)} of {total} failed, e.g. {first.description or first.expectation}"
                      f"{where}; run reconcile validate for the details.")


# --- the report, topic by topic -------------------------------------------------------------

@dataclass(frozen=True)
class TopicView:
    """One topic's share of a Report, in the Report's order (conflicts first): its claims in the
    report's order, its findings most urgent first (``topic_views(full=...)``: in the report's
    order, past the views shown in full)."""

    id: str
    title: str
    claims: tuple[dict[str, Any], ...]
    findings: tuple[Finding, ...]
    #: verdict -> findings the reconciler found but did not keep (``Report.omitted``)
    unkept: dict[str, int] = field(default_factory=dict)
    #: how many claims the topic has: ``len(claims)``, or more where they were left out
    #: (``topic_views(full=...)``)
    claim_count: int = -1

    def __post_init__(self) -> None:
        if self.claim_count < 0:
            object.__setattr__(self, "claim_count", len(self.claims))

    def counts(self) -> dict[str, int]:
        """The topic's findings by verdict, every verdict named, those not kept included."""
        return add_counts(count_verdicts(self.findings), self.unkept)

    def of(self, verdict: str) -> tuple[list[Finding], int]:
        """The kept findings of one verdict, most urgent first, and how many more were not kept."""
        return [f for f in self.findings if f.verdict == verdict], self.unkept.get(verdict, 0)


def topic_views(report: Report, full: int | None = None) -> list[TopicView]:
    """Topics with conflicts first, the largest gap first, then by id; each with its claims
    and its findings, conflicts and the largest gaps first (``Finding.shown_order``).

    ``full``: only the first ``full`` views hold their claims, the others only count them
    (``claim_count``): a page that shows 300 topics of 20,000 in full need not make a dict of
    each of a million claims (some 5 s and 1 GB)."""
    findings: dict[str, list[Finding]] = {}
    for finding in report.findings:
        findings.setdefault(finding.topic, []).append(finding)
    sizes = report.claim_counts("topic")
    views = []
    for topic_id in set(sizes) | set(findings):
        topic = report.topics.get(topic_id)
        title = (topic.title if topic is not None else "") or topic_id
        unkept: dict[str, int] = {}
        for kind, count in report.omitted.get(topic_id, {}).items():
            unkept[FINDING_VERDICTS[kind]] = unkept.get(FINDING_VERDICTS[kind], 0) + count
        views.append(TopicView(topic_id, title, (), tuple(findings.get(topic_id, ())), unkept, sizes.get(topic_id, 0)))

    def urgency(view: TopicView) -> tuple:
        gaps = [f.gap for f in view.findings if f.verdict == "conflict" and f.gap is not None]
        has_conflict = any(f.verdict == "conflict" for f in view.findings)
        return (not has_conflict, -max(gaps, default=0.0), view.id)
    views.sort(key=urgency)
    shown = views if full is None else views[:full]
    claims = claims_by_topic(report, {view.id for view in shown} if len(shown) < len(views) else None)
    # the findings in order (conflicts and the largest gaps first) where they are shown: the others are counted
    return [replace(view, claims=tuple(claims.get(view.id, ())),
                    findings=tuple(sorted(view.findings, key=Finding.shown_order)))
            for view in shown] + views[len(shown):]


def claims_by_topic(report: Report, topics: set[str] | None = None) -> dict[str, list[dict[str, Any]]]:
    """topic id -> its claim records, in the report's order; for the ``topics`` given only, when
    given (the claims kept as columns: only those claims' records made)."""
    having = getattr(report.claims, "having", None)
    records: Iterable[dict[str, Any]]
    if topics is None:
        records = report.claims
    elif having is not None:
        records = having("topic", topics)
    else:
        records = (claim for claim in report.claims if claim["topic"] in topics)
    out: dict[str, list[dict[str, Any]]] = {}
    for claim in records:
        out.setdefault(claim["topic"], []).append(claim)
    return out


#: a report for people lists at most this many findings of one verdict per topic, then folds
FOLD_AFTER = 10

#: verdict -> what the folded findings are called, (of pairs of claims, of anything else), each
#: as (many, one)
FOLDED_WORDS = {
    "conflict": (("conflicting pairs", "conflicting pair"), ("conflicts", "conflict")),
    "warning": (("warned pairs", "warned pair"), ("warnings", "warning")),
    "not-comparable": (("scope differences", "scope difference"), ("scope differences", "scope difference")),
    "consistent": (("agreements", "agreement"), ("consistent findings", "consistent finding")),
}


def fold_findings(findings: list[Finding], unkept: int = 0, *, most: int = FOLD_AFTER,
                  verdict: str | None = None) -> tuple[list[Finding], str | None]:
    """The first ``most`` findings of one verdict, and "and 120 more conflicting pairs" for the
    rest, ``unkept`` (found, not kept: ``reconcile --max-findings``) included; None when
    nothing is folded."""
    shown, rest = findings[:most], findings[most:]
    if not rest and not unkept:
        return shown, None
    verdict = verdict or (rest or findings)[0].verdict
    # pairs only when every folded finding is seen to be one (those --max-findings left out are not seen)
    pairs = bool(rest) and not unkept and all(len(f.claims) == 2 for f in rest)
    count = len(rest) + unkept
    many, one = FOLDED_WORDS[verdict][0 if pairs else 1]
    words = one if count == 1 else many   # "and 1 more warning", not "warned pairs"
    return shown, f"and {count:,} more {words}"


#: kinds whose finding is one pair of claims (SPEC.md §5, the pair table)
PAIR_FINDINGS = ("value-conflict", "quotation-mismatch", "boundary-disagreement", "revision", "temporal-conflict",
                 "order-conflict", "circular-reporting", "scope-difference")


def versus(report: Report, finding: Finding, claims: dict[str, dict[str, Any]]) -> str | None:
    """Who against whom, for a finding about two claims: 'A "500" (a1) against B "109" (b1)'
    (the higher value first); None for other findings."""
    if len(finding.claims) != 2 or finding.kind not in PAIR_FINDINGS:
        return None
    pair = [claims.get(cid, {"id": cid}) for cid in finding.claims]
    pair.sort(key=lambda c: -float(c["lower"] if c.get("lower") is not None else float("-inf")))
    joiner = " against " if finding.verdict == "conflict" else " and "
    return joiner.join(f'{source_name(report, c.get("source"))} "{c.get("text", "")}" ({c["id"]})' for c in pair)


def claim_index(report: Report) -> dict[str, dict[str, Any]]:
    return {claim["id"]: claim for claim in report.claims}


def source_name(report: Report, source_id: str | None) -> str:
    if not source_id:
        return ""
    source = report.sources.get(source_id)
    return source.name if source is not None and source.name else source_id


def breakdowns(claims: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """total id -> its parts (claims whose ``part_of`` names it), in the given order."""
    parts: dict[str, list[dict[str, Any]]] = {}
    for claim in claims:
        if claim.get("part_of"):
            parts.setdefault(claim["part_of"], []).append(claim)
    return parts


def interval_sum(parts: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The sum of the parts' intervals (counts: an unbounded lower bound counts as 0)."""
    lower: float = 0
    upper: float | None = 0
    lower_inclusive = upper_inclusive = True
    for part in parts:
        if part.get("lower") is not None:
            lower += part["lower"]
            lower_inclusive = lower_inclusive and bool(part.get("lower_inclusive"))
        if upper is not None and part.get("upper") is not None:
            upper += part["upper"]
            upper_inclusive = upper_inclusive and bool(part.get("upper_inclusive"))
        else:
            upper = None
    return {"lower": lower, "upper": upper, "lower_inclusive": lower_inclusive,
            "upper_inclusive": upper_inclusive if upper is not None else False}


def claims_in(report: Report, verdict: str, findings: Iterable[Finding] | None = None) -> set[str]:
    """Ids of the claims taking part in a finding with this verdict (of ``findings``, when
    given: some of the report's)."""
    return {cid for f in (report.findings if findings is None else findings) if f.verdict == verdict
            for cid in f.claims}


# --- text from sources -----------------------------------------------------------------------

_SPACES = "\r\n\t\v\f\u2028\u2029\x85"
# control characters (Unicode category Cc), line breaks, bidirectional controls
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
                     "\u2028\u2029]")


def _replace_unsafe(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _SPACES:
        return " "
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def clean_line(text: Any) -> str:
    """One line of text from a source, safe for a terminal, a table cell or an attribute.

    Line breaks and tabs become spaces; other control characters (ANSI escapes, NUL, ...)
    and bidirectional overrides are shown as ``\\x1b``-style escapes instead of acting.
    """
    if text is None:
        return ""
    return _UNSAFE.sub(_replace_unsafe, str(text))


_URL_FORBIDDEN = re.compile(r"[\x00-\x20\x7f<>\"'`\\]")


def safe_url(url: Any) -> str | None:
    """The URL if it may become a link (http or https with a host, no spaces or quotes)."""
    if not isinstance(url, str) or not url or _URL_FORBIDDEN.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


def finding_anchors(report: Report, findings: Iterable[Finding] | None = None) -> dict[int, str]:
    """``id(finding)`` -> a stable anchor, ``finding-N`` by position in the report (1-based); for
    ``findings`` only, when given (some of the report's)."""
    if findings is None:
        return {id(finding): f"finding-{n}" for n, finding in enumerate(report.findings, 1)}
    wanted = {id(finding) for finding in findings}
    return {id(finding): f"finding-{n}" for n, finding in enumerate(report.findings, 1) if id(finding) in wanted}
