"""The text report's "Quotes and notes:" holds no heading over nothing: a claim group with no quote
and no note is given apart, with where it is written (SPEC §2: provenance), and the section is
left out when no claim has a quote or a note."""
from __future__ import annotations

import reconcile
from conftest import claim

PE = dict(place="PE", as_of="2019-03-01")


def report(maker):
    return reconcile.reconcile(reconcile.normalize(reconcile.read([maker.root])))


def test_quotes_and_notes_hold_only_claims_with_a_quote_or_note(make_project):
    maker = make_project()
    maker.source("a", claim(id="q1", value=10, quote="Ten people left.", **PE))
    maker.source("b", claim(id="n1", value=10, note="Late.", place="CO"), claim(id="n2", value=11, place="CO-ANT"))
    maker.source("c", claim(id="bare", value=12, place="AR"))
    out = reconcile.render(report(maker), "text", width=200)
    quotes = out.split("Quotes and notes:\n", 1)[1].split("\n\n", 1)[0]
    assert "q1 (A; " in quotes and "n1, n2 (B; " in quotes and "    Note (n1): Late." in quotes
    assert "bare" not in quotes
    assert "\nNo quote or note (where written):\nbare (C; sources/c.yaml:" in out


def test_no_quotes_and_notes_section_when_no_claim_has_one(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=10, **PE), claim(id="a2", value=12, place="CO"))
    out = reconcile.render(report(maker), "text", width=200)
    assert "Quotes and notes:" not in out
    lines = out.splitlines()
    for at, line in enumerate(lines):   # no heading stands over nothing
        if line.endswith(":") and at + 1 < len(lines) and line.startswith(("a1", "a2")):
            assert lines[at + 1].startswith(" "), line
