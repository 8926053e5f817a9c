"""unquoted-value on the figures extract proposes (session 37): a quote read as running text states
them too, so the report does not warn about the proposals extract itself made from that quote."""
from __future__ import annotations

import pytest

import reconcile
from conftest import claim


def _unquoted(maker) -> list[str]:
    report = reconcile.reconcile(reconcile.normalize(reconcile.read(maker.root)))
    return sorted(cid for f in report.findings if f.kind == "unquoted-value" for cid in f.claims)


@pytest.mark.parametrize("value, quote", [
    ("250,000", "Organizers estimated 250,000 protesters took part."),    # the parser alone: about 250,000
    ("148", "The toll increased from 148 to 154, officials said."),        # the parser alone: the range 148-154
    ("154", "The toll increased from 148 to 154, officials said."),
])
def test_a_figure_a_reader_takes_from_the_quote_is_quoted(make_project, value, quote):
    maker = make_project()
    maker.source("a", claim(id="a1", value=value, quote=quote))
    assert _unquoted(maker) == []


def test_a_figure_the_quote_does_not_hold_is_still_unquoted(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="260,000", quote="Organizers estimated 250,000 protesters took part."))
    assert _unquoted(maker) == ["a1"]
