"""The data reconcile works on (SPEC.md §2): frozen records and vocabularies (``records``),
claims as intervals (``intervals``), the one number and interval formatter (``numbers``),
and names, places and dates (``names``). No pandas here; every stage builds on it."""
from reconcile.model.intervals import ClaimInterval, below, overlaps, size
from reconcile.model.numbers import claim_interval, format_number, interval_text, plain_number
from reconcile.model.records import (CLAIM_COLUMNS, FINDING_VERDICTS, MAX_FINDINGS, REPORT_SCHEMA, VERDICTS, Finding,
                                     Place, Project, Quantity, QuantityConfig, Report, Source, Topic, select_findings)

__all__ = ["ClaimInterval", "below", "overlaps", "size", "claim_interval", "format_number", "interval_text",
           "plain_number",
           "CLAIM_COLUMNS", "FINDING_VERDICTS", "MAX_FINDINGS", "REPORT_SCHEMA", "VERDICTS", "Finding", "Place",
           "Project", "Quantity", "QuantityConfig", "Report", "Source", "Topic", "select_findings"]
