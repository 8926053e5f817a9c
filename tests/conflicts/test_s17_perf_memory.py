"""What a topic's reconciler keeps to the end, made smaller (session 17): the reconciler's copy of
the claims emptied once its claims are read (``topic_reconcilers(..., release=True)``), one empty
set shared by the stated scopes with no breakdown, the relations of fields forgotten once a topic
is done, a done topic's stated scopes let go of (a scope difference keeps the claims it names),
and a finding's deferred words a small ``_Later``. The same findings, words and scopes."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import reconcile
from reconcile.conflicts.pairs import _NONE, Sorted, _Later, reconcile_claims, topic_reconcilers
from reconcile.model.intervals import ClaimInterval
from reconcile.model.records import Finding


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("synth", Path(__file__).resolve().parents[2] / "bench" / "synth.py")
    assert spec is not None and spec.loader is not None
    synth = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(synth)
    root = synth.generate(tmp_path_factory.mktemp("s17"), 2_000, big_topic=300, seed=3, profile="desk")
    return reconcile.normalize(reconcile.read(root))


def _written(findings):
    return [finding.to_dict() for finding in findings]


def test_a_released_copy_is_emptied_and_the_findings_are_the_same(generated):
    project, frame = generated
    kept = reconcile_claims(project, frame.copy(), 0)
    copy = frame.copy()
    released = reconcile_claims(project, copy, 0, release=True)
    assert copy.columns.empty
    assert _written(released.findings) == _written(kept.findings)
    assert released.scopes == kept.scopes and released.omitted == kept.omitted


def test_deferred_words_are_small_objects_that_write_the_same_words(generated):
    project, frame = generated
    reconcilers = list(topic_reconcilers(project, frame.copy(), 0))
    # the stored value, not the words it writes when read (a finding keeps its fields in slots)
    stored = Finding.explanation.slot.__get__
    deferred = [f for r in reconcilers for f in r.findings if isinstance(stored(f, Finding), _Later)]
    kinds = {f.kind for f in deferred}
    assert "scope-difference" in kinds and kinds & {"value-conflict", "order-conflict"}
    for finding in deferred[:200]:
        assert finding.explanation == finding.explanation and finding.explanation   # written anew, the same
        if finding.kind == "scope-difference":
            assert [s["claims"] for s in finding.scopes] and finding.scopes == finding.scopes
    for reconciler in reconcilers:   # done: its relations of fields forgotten, worked out again if asked
        assert reconciler.relations._fields == {}


def _claim(cid: str, part_of: str | None = None) -> ClaimInterval:
    return ClaimInterval(id=cid, source="s", text="5", lower=5.0, upper=5.0, lower_inclusive=True,
                         upper_inclusive=True, population=(), criterion=None, place=None, as_of=None, cites=None,
                         part_of=part_of, complete=False)


def test_scopes_without_a_breakdown_share_one_empty_set():
    plain, other = Sorted([_claim("a")], set()), Sorted([_claim("b")], {"t"})
    assert plain.ids is _NONE and plain.totals is _NONE and other.ids is _NONE
    assert not plain.breakdown_with(other)
    part, total = Sorted([_claim("p", part_of="t")], {"t"}), Sorted([_claim("t")], {"t"})
    assert part.totals == {"t"} and total.ids == {"t"} and part.breakdown_with(total)


def test_a_done_topic_keeps_no_stated_scopes_and_its_scope_differences_name_their_claims(generated):
    project, frame = generated
    reconcilers = list(topic_reconcilers(project, frame.copy(), 0))
    assert all(not r.by_scope and not r.keys for r in reconcilers)
    differences = [f for r in reconcilers for f in r.findings if f.kind == "scope-difference"]
    assert differences
    for finding in differences[:200]:   # the claims chosen when found, kept by the finding itself
        assert tuple(sorted(c for scope in finding.scopes for c in scope["claims"])) == finding.claims
        assert finding.explanation.endswith("do not contradict each other.")


# --- session 48 (issue 15, P5): every kind a desk project has by the thousand keeps its words deferred,
# value-agreement, uncorroborated, unquoted-value and circular-reporting too: a report that folds a finding
# never writes its words, and the reconcile stage holds no explanation strings. The words written after
# the topic is done (its reconciler released) are the words.

#: the kinds whose words were written at once before session 48
NEWLY_DEFERRED = {"value-agreement", "uncorroborated", "unquoted-value", "circular-reporting"}


def test_the_common_kinds_keep_their_words_deferred_until_read(generated):
    project, frame = generated
    reconcilers = list(topic_reconcilers(project, frame.copy(), 0))
    stored = Finding.explanation.slot.__get__
    findings = [f for r in reconcilers for f in r.findings]
    present = {f.kind for f in findings} & NEWLY_DEFERRED
    assert present == NEWLY_DEFERRED
    for finding in findings:
        if finding.kind in NEWLY_DEFERRED:
            assert isinstance(stored(finding, Finding), _Later), finding.kind


def test_deferred_words_are_written_after_the_topic_is_done(generated):
    project, frame = generated
    reconcilers = list(topic_reconcilers(project, frame.copy(), 0))   # each released once run
    by_kind: dict[str, list[Finding]] = {}
    for finding in (f for r in reconcilers for f in r.findings):
        by_kind.setdefault(finding.kind, []).append(finding)
    endings = {"value-agreement": " give figures that share ", "uncorroborated": "Look for a second source",
               "unquoted-value": "its quote holds no quantity", "circular-reporting": "not independent corroboration."}
    for kind, words in endings.items():
        for finding in by_kind[kind][:100]:
            text = finding.explanation
            assert words in text and text == finding.explanation   # written anew, the same
    for finding in by_kind["circular-reporting"][:100]:   # its chain of citations: the origins were kept
        assert "trace" in finding.explanation or "cites" in finding.explanation
