"""How two stated scopes relate (SPEC.md §5): the same scope, nested scopes, or different ones.

A stated scope is (population, criterion, place, as_of). ``ScopeRelations`` answers, for one
topic, how two of them relate, field by field: population (tags; one set containing the
other), criterion (the topic's ``criteria: within``), place (declared parents and ISO
subdivisions) and as_of (days, months or years; the topic's date tolerance; later is wider
for a cumulative count). It is a collaborator of the reconciler: it knows scopes, not claims.

Nesting orders counts and amounts only ("The wider scope's count must be at least the narrower one's"): in a topic
of shares, rates or temperatures (``unit_nests``) a region's 98% is no narrower count than the country's 84%, so
two stated scopes of such a topic are nested in no direction: they are different scopes.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import numpy as np

from reconcile.model.records import Topic
from reconcile.model.names import PlaceIndex
from reconcile.quantities.units import unit_named

#: words of a topic's unit that say its values are no sums of its parts' (a share, a rate, an average, a temperature)
_INTENSIVE = re.compile(
    r"%|‰|°|\bpp\b|\bppm\b|\b(?:percent|per\s*cent|percentage|porcentaje|por\s+ciento|ratio|rates?|tasas?|share|"
    r"proportion|proporci[oó]n|index|[ií]ndice|average|mean|promedio|median|mediana|celsius|fahrenheit|incidence|"
    r"incidencia|prevalence|prevalencia|inflation|inflaci[oó]n|density|densidad|speed|velocidad|magnitudes?|"
    r"richter)\b|"
    # per a number or a thing, not per a span of time: "deaths per 100,000", "per capita", "USD per barrel", but
    # "deaths per day" adds up over places
    r"\bper\s+(?!(?:day|days|week|weeks|month|months|year|years|hour|hours|minute|second|annum)\b)\w|\bper\d|"
    r"\bpor\s+(?:cada|mil|\d|habitante|persona|km)|"
    r"\b(?:degrees?|grados?)\s+(?:celsius|fahrenheit|cent[ií]grados|[cf]\b)|\bedad\s+media\b|"
    r"/\s*(?:\d|k\b|km|mil|hab|capita)|\b(?:k?m|mi)\s*/\s*(?:s|h|hr)\b", re.I)
#: units the quantity reader knows whose values are no sums over places: angles and temperatures ("degrees" alone,
#: "grados": a July's mean is no sum of its regions'), speeds ("km/h", "mph", knots)
_INTENSIVE_UNITS = frozenset({"deg", "degC", "degF", "rad", "turn", "km/h", "mph", "kn", "m/ms"})


@lru_cache(maxsize=256)
def unit_nests(unit: str | None) -> bool:
    """Whether a topic's values add up over nested scopes, so a wider scope's is at least a narrower one's: a count
    or an amount ("people", "USD", "ha"), not a share, a rate, an average or a temperature ("%", "percent", "tasa",
    "deaths per 100,000", "°C")."""
    if not unit:
        return True
    known = unit_named(unit)
    if known is not None and (known[0] == "percent" or known[0] == "dimension" and known[1] in _INTENSIVE_UNITS):
        return False
    return _INTENSIVE.search(unit) is None

SAME = "same"
NESTED = "nested"
DIFFERENT = "different"

#: scope fields in the order findings name them
FIELDS = ("as_of", "criterion", "place", "population")

#: the kinds of relation as ``ScopeTable`` codes them
KIND_CODES = {SAME: 0, NESTED: 1, DIFFERENT: 2}


@lru_cache(maxsize=65536)
def period(as_of: str) -> tuple[int, int]:
    """An as_of as (first day, last day), as ordinals: a day, a month (2019-07) or a year (2019)."""
    parts = as_of.split("-")
    year = int(parts[0])
    if len(parts) == 1:
        return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
    month = int(parts[1])
    if len(parts) == 2:
        last = calendar.monthrange(year, month)[1]
        return date(year, month, 1).toordinal(), date(year, month, last).toordinal()
    day = date(year, month, int(parts[2])).toordinal()
    return day, day


@dataclass(frozen=True)
class Relation:
    """How scope x relates to scope y: ``kind`` (same, nested, different); ``wider`` is 1 when x
    is the wider of nested scopes, -1 when y is; ``differ`` the fields specified on both sides
    and unequal (dates: not within the tolerance); ``later`` 1 when x's as_of is later than y's
    by more than the tolerance, -1 when earlier, 0 otherwise."""

    kind: str
    wider: int = 0
    differ: tuple[str, ...] = ()
    later: int = 0

    def flipped(self) -> "Relation":
        return Relation(self.kind, -self.wider, self.differ, -self.later)


class ScopeRelations:
    """Relations between the stated scopes of one topic."""

    def __init__(self, topic: Topic, places: PlaceIndex) -> None:
        self.topic = topic
        self.places = places
        self.tolerance = topic.date_tolerance_days
        self.cumulative = topic.cumulative
        self.within = topic.within()
        self.nests = unit_nests(topic.unit)
        self._fields: dict[tuple, tuple] = {}   # (x's field, y's field, which) -> (relation, differs[, later])

    def context(self, n: int) -> object:
        """What field n's relations depend on besides the two values (a key: topics with equal
        keys relate every two values of the field alike): nothing for population, the place
        index for place, the nesting of counting rules for criterion, whether counts are
        cumulative and the date tolerance for as_of."""
        if n == 0:
            return None
        if n == 1:
            return tuple(sorted((child, tuple(sorted(parents))) for child, parents in self.within.items()))
        if n == 2:
            return id(self.places)
        return (self.cumulative, self.tolerance)

    def forget(self) -> None:
        """Let go of the relations of fields worked out so far (a topic's reconciler, done, holds
        its relations while its findings wait for their words, which do not read them)."""
        self._fields = {}

    # fields: 0 same (or unspecified on one side), 1 x wider, -1 y wider, None not comparable
    @staticmethod
    def population(x: tuple[str, ...], y: tuple[str, ...]) -> int | None:
        if not x or not y or x == y:
            return 0
        if set(x) > set(y):
            return 1
        if set(x) < set(y):
            return -1
        return None

    def criterion(self, x: str | None, y: str | None) -> int | None:
        if x is None or y is None or x == y:
            return 0
        if y in self.within.get(x, ()):
            return -1   # x is counted within y: y is the wider rule
        if x in self.within.get(y, ()):
            return 1
        return None

    def place(self, x: str | None, y: str | None) -> int | None:
        if x is None or y is None or x == y:
            return 0
        if self.places.contains(x, y):
            return 1
        if self.places.contains(y, x):
            return -1
        return None

    def days_apart(self, x: str, y: str) -> int:
        """How far y's as_of is after x's (negative: before), in days between nearest days; a
        cumulative count's month or year stands for its last day."""
        (x_first, x_last), (y_first, y_last) = period(x), period(y)
        if self.cumulative:
            return y_last - x_last
        if y_first > x_last:
            return y_first - x_last
        if x_first > y_last:
            return y_last - x_first
        return 0

    def as_of(self, x: str | None, y: str | None) -> tuple[int | None, int]:
        """(field relation, later): a cumulative count at a later date is the wider scope."""
        if x is None or y is None or x == y:
            return 0, 0
        apart = self.days_apart(x, y)
        if abs(apart) <= self.tolerance:
            return 0, 0
        later = -1 if apart > 0 else 1
        return (later if self.cumulative else None), later

    def relation(self, x: tuple, y: tuple) -> Relation:
        """How stated scope x relates to stated scope y (each (population, criterion, place,
        as_of)); each field's pair of values is worked out once (``field_relation``)."""
        fields, field = self._fields, self.field_relation
        population, p_differs, _ = fields.get((0, x[0], y[0])) or field(0, x[0], y[0])
        criterion, c_differs, _ = fields.get((1, x[1], y[1])) or field(1, x[1], y[1])
        place, l_differs, _ = fields.get((2, x[2], y[2])) or field(2, x[2], y[2])
        as_of, d_differs, later = fields.get((3, x[3], y[3])) or field(3, x[3], y[3])
        differ = tuple(name for name, differs in (("as_of", d_differs), ("criterion", c_differs),
                                                  ("place", l_differs), ("population", p_differs)) if differs)
        relations = (population, criterion, place, as_of)
        if None in relations:
            return Relation(DIFFERENT, 0, differ, later)
        directions = {r for r in relations if r}
        if len(directions) > 1:
            return Relation(DIFFERENT, 0, differ, later)
        if directions:
            return Relation(NESTED, directions.pop(), differ, later) if self.nests else \
                Relation(DIFFERENT, 0, differ, later)
        return Relation(SAME, 0, differ, later)

    def field_relation(self, n: int, a: object, b: object) -> tuple:
        """Field n's relation of a to b, whether it differs (both given, unequal, not within the
        tolerance), and (as_of) which is later; each pair of values worked out once."""
        key = (n, a, b)
        found = self._fields.get(key)
        if found is None:
            later = 0
            if n == 3:
                relation, later = self.as_of(a, b)  # type: ignore[arg-type]
                differs = later != 0
            else:
                relation = (self.population, self.criterion, self.place)[n](a, b)  # type: ignore[arg-type]
                differs = bool(a and b and a != b and relation != 0)
            found = self._fields[key] = (relation, differs, later)
        return found

    def same_statement(self, x: str | None, y: str | None) -> bool:
        """Whether two stated_on dates are one statement: within the tolerance, or one unstated."""
        if x is None or y is None or x == y:
            return True
        (x_first, x_last), (y_first, y_last) = period(x), period(y)
        apart = max(0, y_first - x_last, x_first - y_last)
        return apart <= self.tolerance

    @staticmethod
    def same_fields(x: tuple, y: tuple) -> bool:
        """Same population, criterion and place (each equal or unspecified on one side)."""
        return all(a == b or not a or not b for a, b in zip(x[:3], y[:3]))


class ScopeTable:
    """How every stated scope of a topic relates to every other, as arrays (numpy): the same
    answer as ``ScopeRelations.relation`` for each pair, worked out field by field once per
    pair of distinct field values and then combined for a block of scopes at a time, so that
    a topic of a thousand stated scopes (half a million pairs) costs milliseconds, not a
    Python call per pair."""

    def __init__(self, relations: ScopeRelations, keys: list[tuple]) -> None:
        self.size = len(keys)
        self.nests = relations.nests
        #: per field (population, criterion, place, as_of): each scope's value as a code,
        #: and the field's relation (0, 1, -1; 2 = not comparable) and "differs" per pair of codes
        self.fields: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
        for n in range(4):
            values = sorted({key[n] for key in keys}, key=repr)
            index = {value: i for i, value in enumerate(values)}
            codes = np.fromiter((index[key[n]] for key in keys), dtype=np.intp, count=len(keys))
            # each pair of values' relation as nested lists, made arrays at once (not an element
            # of an array set at a time: two numpy calls per pair)
            found = [[relations.field_relation(n, a, b) for b in values] for a in values]
            relation = np.array([[2 if r is None else r for r, _, _ in row] for row in found], dtype=np.int8)
            differs = np.array([[d for _, d, _ in row] for row in found], dtype=bool)
            self.fields.append((codes, relation.reshape(len(values), len(values)),
                                differs.reshape(len(values), len(values))))

    def rows(self, start: int, stop: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For scopes start..stop (rows) against every scope (columns): the kind of relation
        (``KIND_CODES``), which is wider when nested (1 the row's scope, -1 the column's), and
        the fields that differ as bits (``DIFFER_BITS``; ``differ_names`` reads them)."""
        positive = negative = unrelated = differ = None
        for n, (codes, relation, differs) in enumerate(self.fields):
            rows, columns = codes[start:stop, None], codes[None, :]
            r = relation[rows, columns]
            bits = differs[rows, columns].astype(np.int8) << FIELD_BITS[n]
            positive = (r == 1) if positive is None else positive | (r == 1)
            negative = (r == -1) if negative is None else negative | (r == -1)
            unrelated = (r == 2) if unrelated is None else unrelated | (r == 2)
            differ = bits if differ is None else differ | bits
        assert positive is not None and negative is not None and unrelated is not None and differ is not None
        different = unrelated | (positive & negative)
        kind = np.where(different, 2, np.where(positive | negative, 1 if self.nests else 2, 0)).astype(np.int8)
        wider = np.where(positive, 1, -1).astype(np.int8)
        return kind, wider, differ


#: the bit of each field (population, criterion, place, as_of) in ``ScopeTable.rows``' differ
FIELD_BITS = (3, 2, 1, 0)
#: differ bits that make a scope-difference possible: population or criterion
SCOPE_DIFFERENCE_BITS = (1 << FIELD_BITS[0]) | (1 << FIELD_BITS[1])


@lru_cache(maxsize=16)
def differ_names(bits: int) -> tuple[str, ...]:
    """The fields (``FIELDS`` order, as ``Relation.differ``) that differ bits stand for."""
    bit = dict(zip(("population", "criterion", "place", "as_of"), FIELD_BITS))
    return tuple(name for name in FIELDS if bits >> bit[name] & 1)
