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


def test_a_quick_finding_keeps_its_words_deferred_and_its_dict_in_field_order():
    calls = []

    def words() -> str:
        calls.append(1)
        return "said"

    finding = Finding(kind="value-conflict", topic="t", claims=("a", "b"), explanation=words, gap=2.0)
    assert not calls
    assert finding.explanation == "said" and finding.explanation == "said" and len(calls) == 2
    assert list(vars(finding)) == ["kind", "topic", "claims", "_explanation", "gap", "ratio", "fields", "agreed",
                                   "_scopes"]
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
