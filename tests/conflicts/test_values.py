"""Values against their topic's unit and their quote (SPEC.md §4, §5)."""
from __future__ import annotations

import pytest

import reconcile
from conftest import claim


def report_of(maker):
    return reconcile.reconcile(reconcile.normalize(reconcile.read([maker.root])))


def test_a_percentage_in_a_topic_of_people_is_an_error_naming_both_units(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="30%"))
    with pytest.raises(reconcile.ReconcileError) as caught:
        reconcile.normalize(reconcile.read([maker.root]))
    text = str(caught.value)
    assert "sources/a.yaml" in text and "percent" in text and "people" in text


def test_a_currency_in_a_count_is_an_error(make_project):
    maker = make_project({"id": "defections", "unit": "count"})
    maker.source("a", claim(id="a1", value="USD 5 million"))
    with pytest.raises(reconcile.ReconcileError, match="USD"):
        reconcile.normalize(reconcile.read([maker.root]))


def test_a_value_in_the_topics_own_unit_is_read(make_project):
    maker = make_project({"id": "defections", "unit": "percent"})
    maker.source("a", claim(id="a1", value="30%"))
    assert report_of(maker).claims[0]["lower"] == 30


def test_a_value_read_in_the_wrong_language_is_unquoted(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="11.000", lang="en", quote="Hubo 11.000 muertos según la agencia."))
    findings = [f for f in report_of(maker).findings if f.kind == "unquoted-value"]
    assert [f.claims for f in findings] == [("a1",)] and findings[0].verdict == "warning"
    assert "11" in findings[0].explanation


def test_a_value_its_quote_holds_is_not_unquoted(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", quote="More than 500 soldiers crossed."),
                 claim(id="a2", value="11.000", lang="es", quote="Hubo 11.000 muertos."),
                 claim(id="a3", value=415, quote="There, 415 soldiers crossed."))
    assert not [f for f in report_of(maker).findings if f.kind == "unquoted-value"]


def test_a_bare_number_under_other_words_in_its_quote_is_unquoted(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, quote="More than 500 soldiers crossed."))
    assert [f.claims for f in report_of(maker).findings if f.kind == "unquoted-value"] == [("a1",)]


def test_a_claim_without_a_quote_is_not_unquoted(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500))
    assert not [f for f in report_of(maker).findings if f.kind == "unquoted-value"]


def test_note_reaches_the_json_report(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=500, note="off the record"))
    assert report_of(maker).to_dict()["claims"][0]["note"] == "off the record"


def test_a_spanish_phrase_in_a_quote_read_as_english_is_found_in_the_claims_language(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value="más de 500", lang="es", quote="Report 12: más de 500 crossed the border"))
    assert not [f for f in report_of(maker).findings if f.kind == "unquoted-value"]


def test_a_month_or_a_year_as_of_passes_the_shipped_suite(make_project):
    maker = make_project()
    maker.source("a", claim(id="a1", value=100, as_of="2019-07"), claim(id="a2", value=100, as_of=2019))
    claims = reconcile.normalize(reconcile.read([maker.root]))
    assert list(claims.frame["as_of"]) == ["2019-07", "2019"]
    validation = reconcile.validate(claims)
    assert not [o for o in validation.outcomes if not o.success and o.column and "as_of" in o.column]


def test_quotes_read_partly_in_a_helper_process_give_the_same_unquoted_claims(make_project, monkeypatch):
    from reconcile.conflicts.quotes import unquoted
    from reconcile.runtime import parallel

    maker = make_project().topics(*[{"id": f"topic-{n}", "title": f"Topic {n}", "unit": "people"} for n in range(4)])
    cases = [
        ("more than 500", None, "More than 500 soldiers crossed."),        # held, verbatim
        (500, None, "More than 500 soldiers crossed."),                      # a bare number under other words
        ("11.000", "en", "Hubo 11.000 muertos según la agencia."),          # read in the wrong language
        ("11.000", "es", "Hubo 11.000 muertos."),                           # held
        ("más de 500", "es", "Report 12: más de 500 crossed the border"),  # held, in the claim's language
        ("about 40", None, "They said 400 crossed."),                       # not held
    ] * 3
    maker.source("a", *[claim(id=f"a{n}", value=value, lang=lang, quote=quote, topic=f"topic-{n % 4}")
                        for n, (value, lang, quote) in enumerate(cases)])   # topics asked for one by one
    project, frame = reconcile.normalize(reconcile.read([maker.root]))
    alone = list(unquoted(frame, project.quantity_config))
    monkeypatch.setattr(parallel, "SPAWN_FROM", 1)
    shared = list(unquoted(frame, project.quantity_config, parallel=True))
    assert shared == alone
    assert sorted(cid for _, cid, _ in alone) == sorted(f"a{n}" for n in range(18) if n % 6 in (1, 2, 5))


def test_quotes_read_ahead_while_validating_give_the_same_report(make_project, monkeypatch):
    """The command begins the quote check before validating (pipeline.read_quotes_ahead); the
    reconcile that follows takes it up: the same report as reading them then."""
    from reconcile.pipeline import _AHEAD, read_quotes_ahead
    from reconcile.runtime import parallel

    maker = make_project().topics(*[{"id": f"topic-{n}", "title": f"Topic {n}", "unit": "people"} for n in range(3)])
    quotes = ["More than 500 soldiers crossed.", "They said 400 crossed.", "Hubo 11.000 muertos."]
    maker.source("a", *[claim(id=f"a{n}", value=["more than 500", 500, "11.000"][n % 3], quote=quotes[n % 3],
                              topic=f"topic-{n % 3}", lang="en") for n in range(12)])
    claims = reconcile.normalize(reconcile.read([maker.root]))
    alone = reconcile.reconcile(claims).to_dict()
    monkeypatch.setattr(parallel, "SPAWN_FROM", 1)
    read_quotes_ahead(claims)
    assert id(claims.frame) in _AHEAD
    ahead = reconcile.reconcile(claims, parallel=True).to_dict()
    assert id(claims.frame) not in _AHEAD   # taken up once
    assert ahead == alone
    assert sorted(c for f in alone["findings"] if f["kind"] == "unquoted-value" for c in f["claims"]) == \
        sorted(f"a{n}" for n in range(12) if n % 3 != 0)


def test_quotes_read_ahead_stop_when_no_reconcile_follows(make_project, monkeypatch):
    """Validation could not run: the helper reading quotes ahead is stopped, its queue dropped
    (it would keep the command from exiting until every quote was read)."""
    from reconcile.pipeline import _AHEAD, read_quotes_ahead, stop_quotes_ahead
    from reconcile.runtime import parallel

    maker = make_project()
    maker.source("a", *[claim(id=f"a{n}", value=500, quote=f"Report {n}: 500 crossed.") for n in range(40)])
    claims = reconcile.normalize(reconcile.read([maker.root]))
    monkeypatch.setattr(parallel, "SPAWN_FROM", 1)
    read_quotes_ahead(claims)
    (_, checks), = _AHEAD.values()
    assert checks.work.helped
    stop_quotes_ahead()
    assert not _AHEAD and checks.work.pool is None and checks.work.items == []
