"""The reconciler's records made and written the cheap way give the same objects and the same text."""
from __future__ import annotations

import dataclasses
import pickle

import pytest

from reconcile.conflicts.figures import Figure, StatedScope
from reconcile.estimates.methods import Estimate
from reconcile.model.frozen import quick_init
from reconcile.model.intervals import ClaimInterval
from reconcile.model.records import Finding, Mention, Quantity

CLAIM = ("c1", "src", "about 500", 450.0, 550.0, True, True, ("soldiers",), "crossed", "CO", "2020-01-01", None, None,
         False)


def _dataclass_init(cls: type, *args):
    """The object the dataclass's own ``__init__`` makes (``object.__setattr__`` per field)."""
    made = object.__new__(cls)
    for field, value in zip(dataclasses.fields(cls), args):
        object.__setattr__(made, field.name, value)
    return made


@pytest.mark.parametrize("cls", [ClaimInterval, Figure, StatedScope, Estimate, Finding, Quantity, Mention])
def test_the_records_made_often_have_the_quick_init(cls):
    assert cls.__init__.__globals__.get("_cls") is cls   # quick_init's, not the dataclass's
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"


def test_a_quick_claim_equals_the_one_the_dataclass_makes_and_stays_frozen():
    claim = ClaimInterval(*CLAIM)
    assert type(claim) is ClaimInterval
    assert claim == _dataclass_init(ClaimInterval, *CLAIM, None, None, None)
    assert (claim.stated_on, claim.via, claim.lang) == (None, None, None)   # the defaults
    assert ClaimInterval(*CLAIM, lang="es").lang == "es"
    assert hash(claim) == hash(ClaimInterval(*CLAIM))
    assert pickle.loads(pickle.dumps(claim)) == claim
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.lower = 0.0   # type: ignore[misc]
    with pytest.raises(TypeError):
        ClaimInterval(*CLAIM[:-1])   # a field missing: the same error as the dataclass's


def test_a_quick_finding_keeps_its_words_deferred_and_its_slots_in_field_order():
    calls = []

    def words() -> str:
        calls.append(1)
        return "said"

    finding = Finding(kind="value-conflict", topic="t", claims=("a", "b"), explanation=words, gap=2.0)
    assert not calls
    assert finding.explanation == "said" and finding.explanation == "said" and len(calls) == 2
    # no dict per finding: its fields in slots, in field order (a dict per finding was some 100 bytes more)
    assert not hasattr(finding, "__dict__")
    assert Finding.__slots__ == ("kind", "topic", "claims", "explanation", "gap", "ratio", "fields", "agreed", "scopes")
    assert finding.scopes == () and finding.fields == () and finding.agreed is None
    assert finding == Finding("value-conflict", "t", ("a", "b"), words, 2.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.gap = 1.0   # type: ignore[misc]


def test_a_subclass_of_a_quick_class_with_slots_gets_the_dataclass_init():
    @quick_init
    @dataclasses.dataclass(frozen=True, slots=True)
    class Point:
        x: float
        y: float = 0.0

    class Labelled(Point):
        __slots__ = ("label",)

    point = Labelled(1.0)
    assert type(point) is Labelled and (point.x, point.y) == (1.0, 0.0)
    assert Point(2.0, 3.0) == Point(x=2.0, y=3.0)


def test_quick_init_refuses_what_it_cannot_make_the_same():
    @dataclasses.dataclass
    class Mutable:
        x: int

    @dataclasses.dataclass(frozen=True)
    class Listed:
        x: list = dataclasses.field(default_factory=list)

    @dataclasses.dataclass(frozen=True)
    class Checked:
        x: int

        def __post_init__(self) -> None:
            pass

    for cls in (Mutable, Listed, Checked):
        with pytest.raises(TypeError):
            quick_init(cls)


@pytest.mark.parametrize("value, plain", [
    (None, None), (float("nan"), None), (float("inf"), None), (-float("inf"), None), (3.0, 3), (-0.0, 0),
    (2.5, 2.5), (7, 7), (True, 1), (2.0**53, 2.0**53), (-(2.0**53), -(2.0**53)), (2.0**53 - 1, 2**53 - 1),
])
def test_plain_number_writes_every_kind_of_number_as_before(value, plain):
    from reconcile.model.numbers import plain_number

    got = plain_number(value)
    assert got == plain and type(got) is type(plain)


def test_plain_number_turns_numpy_scalars_into_builtins():
    import numpy as np

    from reconcile.model.numbers import plain_number

    assert type(plain_number(np.float64(4.0))) is int and type(plain_number(np.float64(4.5))) is float
    assert type(plain_number(np.int64(4))) is int and plain_number(np.float32("nan")) is None


@pytest.mark.parametrize("value, text", [
    (1234567.0, "1,234,567"), (-1200.0, "\u22121,200"), (-0.0, "0"), (0.0, "0"), (1111010.3, "1,111,010.3"),
    (4.6, "4.6"), (0.0012, "0.0012"), (-2.5, "\u22122.5"), (float("inf"), "\u221e"), (-float("inf"), "\u2212\u221e"),
    (None, "\u221e"), (float("nan"), ""), (True, "true"), (12, "12"), (1e20, "100,000,000,000,000,000,000"),
])
def test_format_number_writes_every_kind_of_number_as_before(value, text):
    from reconcile.model.numbers import format_number

    assert format_number(value) == text


def test_format_number_of_a_lower_bound_is_minus_infinity_only_when_unbounded():
    from reconcile.model.numbers import format_number

    assert format_number(None, low=True) == "\u2212\u221e" and format_number(5.0, low=True) == "5"


def test_finding_order_is_sort_key_and_reports_list_findings_in_it():
    import random

    from reconcile.model.records import FINDING_ORDER, select_findings

    rng = random.Random(4)
    findings = [Finding(kind=rng.choice(["value-conflict", "scope-difference", "revision"]),
                        topic=rng.choice(["a", "b", "c"]), claims=tuple(sorted(rng.sample("pqrstu", 2))),
                        explanation="", gap=rng.choice([None, 1.0, 5.0])) for _ in range(300)]
    assert all(FINDING_ORDER(f) == f.sort_key() for f in findings)
    by_key = sorted(findings, key=Finding.sort_key)
    for limit in (None, 0, 3, 50):
        listed, _ = select_findings(findings, limit)
        assert [f.sort_key() for f in listed] == sorted(f.sort_key() for f in listed)
        assert limit or listed == by_key


def test_two_figures_agree_on_the_range_the_sweep_and_common_range_give():
    import itertools

    from reconcile.conflicts.figures import agreement_groups, as_intervals
    from reconcile.model.intervals import common_range

    bounds = [(0.0, 5.0), (5.0, 5.0), (3.0, 8.0), (5.0, 9.0), (6.0, 6.0), (-1.0, 2.0)]
    shapes = [Figure(f"o{n}", lo, hi, li, ui, (f"c{n}",), True)
              for n, ((lo, hi), li, ui) in enumerate(itertools.product(bounds, (True, False), (True, False)))]
    for a, b in itertools.product(shapes, repeat=2):
        if a is b:
            continue
        groups = agreement_groups((a, b))
        # the sweep over three figures, the third far off, finds the same group of these two
        far = Figure("far", 100.0, 100.0, True, True, ("z",), True)
        assert groups == [g for g in agreement_groups((a, b, far)) if far not in g[0]]
        if groups:
            assert groups == [([a, b], common_range(as_intervals([a, b])))]
