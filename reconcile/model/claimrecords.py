"""The report's claims kept as columns (``ClaimRecords``): a sequence of claim records (dicts of
``REPORT_CLAIM_KEYS``) whose dicts are made when read, not held.

A million claim records as dicts are some 400 MB (a dict and a population list per claim), alive
from the end of reconciliation, while the claims frame still is, to the end of rendering. As
columns they are a pointer per claim for the values that differ from claim to claim (ids,
quotes) and a small integer code per claim for the others (a table of distinct values each), and
the JSON report encodes each distinct value once (``json_texts``) instead of every claim's dict.
"""
from __future__ import annotations

import operator
from collections import Counter
from typing import Any, Callable, Container, Iterator, Sequence

import numpy as np

from reconcile.model.records import REPORT_CLAIM_KEYS


class _Keys:
    """Whose instances' attribute dicts share one table of keys (CPython's key-sharing dicts, PEP
    412): a claim record is such a dict, with the keys in one order, so it holds its values
    only, a third of a dict of its own. It is a plain dict all the same: the same items, order,
    JSON and equality."""


# rows whose JSON texts are built at once (``ClaimRecords.json_texts``)
_TEXT_BLOCK = 1 << 16


class Coded:
    """A column as a code per claim (``np.ndarray`` of int) into ``values``, its distinct values.
    The codes are kept in the narrowest unsigned type that numbers the values (a byte per claim
    for a column of at most 256 distinct values, not the eight of ``factorize``'s codes: at a
    million claims, some 120 MB less of the report's claims)."""

    __slots__ = ("codes", "values")

    def __init__(self, codes: np.ndarray, values: list) -> None:
        self.codes = np.asarray(codes).astype(np.min_scalar_type(max(len(values) - 1, 0)), copy=False)
        self.values = values

    def tolist(self) -> list:
        table = np.empty(len(self.values), dtype=object)
        table[:] = self.values
        return table[self.codes].tolist()

    def __getitem__(self, index: int) -> Any:
        return self.values[self.codes[index]]

    def __len__(self) -> int:
        return len(self.codes)


#: a column: a plain list of values, or ``Coded``
Column = "list | Coded"


class ClaimRecords(Sequence):
    """Claim records (dicts with the keys ``REPORT_CLAIM_KEYS``, in that order), kept column by
    column: ``columns`` maps each key to a list or a ``Coded`` column, all of one length. Each
    record read is a new plain dict (its ``population`` a new list): a caller may change it
    without changing the report. Compares equal to a tuple of the same dicts, and ``+`` with a
    tuple gives a tuple."""

    __slots__ = ("_columns", "_length")

    def __init__(self, columns: dict[str, Any]) -> None:
        if list(columns) != list(REPORT_CLAIM_KEYS):
            raise ValueError("a column for each of REPORT_CLAIM_KEYS, in order")
        lengths = {len(column) for column in columns.values()}
        if len(lengths) > 1:
            raise ValueError("columns of different lengths")
        self._columns = columns
        self._length = lengths.pop() if lengths else 0

    def __len__(self) -> int:
        return self._length

    def column(self, key: str) -> list:
        """One key's value of every record, in order (``population`` as stored: tuples)."""
        column = self._columns[key]
        return column.tolist() if isinstance(column, Coded) else list(column)

    def counts(self, key: str) -> dict[Any, int]:
        """How many records have each value of ``key`` (values no record has left out), counted
        on a coded column's codes, not on a list of its values."""
        column = self._columns[key]
        if not isinstance(column, Coded):
            return dict(Counter(column))
        out: dict[Any, int] = {}
        tally = np.bincount(column.codes, minlength=len(column.values))
        for code in np.flatnonzero(tally).tolist():
            value = column.values[code]
            out[value] = out.get(value, 0) + int(tally[code])
        return out

    def having(self, key: str, values: Container) -> Iterator[dict[str, Any]]:
        """The records whose ``key`` is one of ``values``, in order, only those records made."""
        column = self._columns[key]
        if isinstance(column, Coded):
            wanted = np.fromiter((value in values for value in column.values), dtype=bool, count=len(column.values))
            rows = np.flatnonzero(wanted[column.codes]).tolist()
        else:
            rows = [i for i, value in enumerate(column) if value in values]
        return (self._record(i) for i in rows)

    def _lists(self) -> list[list]:
        return [self.column(key) for key in REPORT_CLAIM_KEYS]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        population = REPORT_CLAIM_KEYS.index("population")
        for values in zip(*self._lists()):
            record = _Keys().__dict__
            record.update(zip(REPORT_CLAIM_KEYS, values))
            record["population"] = list(values[population])
            yield record

    def _record(self, index: int) -> dict[str, Any]:
        record = _Keys().__dict__
        record.update((key, column[index]) for key, column in self._columns.items())
        record["population"] = list(record["population"])
        return record

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return tuple(self._record(i) for i in range(*index.indices(self._length)))
        position = operator.index(index)
        if position < 0:
            position += self._length
        if not 0 <= position < self._length:
            raise IndexError("claim record index out of range")
        return self._record(position)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (ClaimRecords, tuple)):
            return len(self) == len(other) and tuple(self) == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # as a tuple of dicts: not hashable

    def __add__(self, other: object) -> tuple:
        if isinstance(other, (ClaimRecords, tuple)):
            return tuple(self) + tuple(other)
        return NotImplemented

    def __radd__(self, other: object) -> tuple:
        if isinstance(other, tuple):
            return other + tuple(self)
        return NotImplemented

    def __repr__(self) -> str:
        return f"ClaimRecords({self._length} claims)"

    def __reduce__(self) -> tuple:
        return (ClaimRecords, (self._columns,))

    def json_texts(self, encode: Callable[[Any], str]) -> Iterator[str]:
        """Each record as ``encode`` (json's encoder of one value: ``encode(record)`` for the
        record's dict) writes it, the same text, each distinct value of a coded column encoded
        once: ``{"key": value, ...}`` with json's default separators."""
        from json.encoder import encode_basestring

        def text(value: Any) -> str:   # json's own text of a str and an int, without a call into the encoder
            kind = type(value)
            if kind is str:
                return encode_basestring(value)
            if kind is int:
                return int.__repr__(value)
            return encode(value)

        # each coded column's distinct values encoded once; the rows' texts a block at a time, so
        # that the texts of a million claims are never all held at once (~300 MB at 1M)
        tables: dict[str, np.ndarray] = {}
        for key in REPORT_CLAIM_KEYS:
            column = self._columns[key]
            if isinstance(column, Coded):
                tables[key] = table = np.empty(len(column.values), dtype=object)
                table[:] = [text(value) for value in column.values]
        # a key's text and the separators as json writes a dict: '{"id": ..., "source": ...}'
        keys = [encode_basestring(key).replace("%", "%%") for key in REPORT_CLAIM_KEYS]
        template = "{" + ", ".join(f"{key}: %s" for key in keys) + "}"
        for at in range(0, len(self), _TEXT_BLOCK):
            end = at + _TEXT_BLOCK
            texts: list[list[str]] = []
            for key in REPORT_CLAIM_KEYS:
                column = self._columns[key]
                if isinstance(column, Coded):
                    texts.append(tables[key][column.codes[at:end]].tolist())
                else:
                    texts.append([text(value) for value in column[at:end]])
            for row in zip(*texts):
                yield template % row
