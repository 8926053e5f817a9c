"""A report's findings written out as each topic is reconciled, then let go (issue 15 item 3).

A million scattered claims keep some 15M findings; held as objects until the JSON report was
written, they passed 15 GB, and no smaller finding reaches 2 GB. ``FindingSpool`` takes each
topic's findings as the reconciler gives them, writes each as the line of JSON the report lists
it as (``Finding.to_dict``, by json's C encoder: ``item_encoder``) into an anonymous temporary
file, and keeps only counts: by kind, how many, the most of one topic. The findings and their
topic's reconciler (which their deferred words hold) go at once.

The spool is re-readable, as ``Report.findings`` is: ``json_chunks`` gives the report's
``findings`` list as it would be written item by item (the JSON renderer copies it in after the
summary, which the counts give), and iterating it gives the findings again, read back from
their JSON (for a caller that wants objects: the CSV, ``Report.to_dict``). Everything that
reads findings as objects reads them from the text every JSON report has held, so the report is
the same bytes either way (tests/report/test_s51_spool.py).

The temporary file has no name (``tempfile.TemporaryFile``): it is gone when the spool is
closed or collected, or the process ends, whatever the outcome; the report itself is still
written beside its target and renamed into place (``runtime.writing``).
"""
from __future__ import annotations

import json
import tempfile
from typing import IO, Any, Callable, Iterable, Iterator

from reconcile.model.records import Finding

__all__ = ["FindingSpool", "item_encoder"]

#: bytes of the spool read at a time when it is copied into a report
READ_BLOCK = 1 << 22

#: what goes between two items of a list in a JSON report, and before the first
_BETWEEN = ",\n    "
_FIRST = "\n    "


def item_encoder() -> Callable[[dict], str]:
    """``json.JSONEncoder(ensure_ascii=False).encode`` of a dict, the same text, with json's C
    encoder made once instead of once per item (``encode`` makes one per call: a quarter of the
    cost of encoding a claim record); the pure-Python ``encode`` where there is no C encoder."""
    from json import encoder as json_encoder

    plain = json.JSONEncoder(ensure_ascii=False)
    make = getattr(json_encoder, "c_make_encoder", None)
    if make is None:
        return plain.encode
    items = make({}, plain.default, json_encoder.encode_basestring, None, plain.key_separator,
                 plain.item_separator, plain.sort_keys, plain.skipkeys, plain.allow_nan)
    return lambda item: "".join(items(item, 0))


class FindingSpool:
    """Findings as JSON lines in a temporary file, topic by topic (module docstring).

    ``add(topic, findings)`` takes one topic's findings in the report's order (topic, kind,
    claims); topics may come in any order, and are read back in the report's. ``kinds``: how
    many of each kind; ``most``: the most of one topic (``Report.listed`` lists them all when
    that is within ``max_findings``)."""

    def __init__(self, directory: str | None = None) -> None:
        self._file: IO[bytes] | None = tempfile.TemporaryFile(dir=directory)
        self._encode = item_encoder()
        #: (topic, offset, bytes) of each topic's lines, in the order written
        self._segments: list[tuple[str, int, int]] = []
        self._end = 0
        self._count = 0
        self.kinds: dict[str, int] = {}
        self.most = 0

    def add(self, topic: str, findings: Iterable[Finding]) -> None:
        """Write one topic's findings, in the report's order; they may go once this returns."""
        encode = self._encode
        kinds = self.kinds
        lines = []
        for finding in findings:
            lines.append(encode(finding.to_dict()))
            kinds[finding.kind] = kinds.get(finding.kind, 0) + 1
        if not lines:
            return
        lines.append("")
        # surrogatepass: a lone surrogate in a source's text comes back as it went in, and the
        # report's writer escapes it as it always has
        data = "\n".join(lines).encode("utf-8", "surrogatepass")
        self._open().seek(self._end)
        self._open().write(data)
        self._segments.append((topic, self._end, len(data)))
        self._end += len(data)
        self._count += len(lines) - 1
        self.most = max(self.most, len(lines) - 1)

    def _open(self) -> IO[bytes]:
        if self._file is None:
            raise ValueError("the findings' spool is closed")
        return self._file

    def _runs(self) -> list[tuple[int, int]]:
        """(offset, bytes) of the spool in the report's order of topics, runs that lie one after
        the other in the file joined."""
        ordered = sorted(self._segments, key=lambda segment: segment[0])   # stable: a topic's parts in order
        runs: list[tuple[int, int]] = []
        for _, offset, size in ordered:
            if runs and runs[-1][0] + runs[-1][1] == offset:
                runs[-1] = (runs[-1][0], runs[-1][1] + size)
            else:
                runs.append((offset, size))
        return runs

    def lines(self) -> Iterator[str]:
        """Blocks of whole lines (each finding's JSON and a newline), in the report's order."""
        handle = self._open()
        for offset, size in self._runs():
            handle.seek(offset)
            rest = b""
            while size > 0:
                data = handle.read(min(READ_BLOCK, size))
                if not data:
                    raise OSError("the findings' spool is shorter than written")
                size -= len(data)
                data = rest + data
                cut = data.rfind(b"\n") + 1 if size > 0 else len(data)
                rest = data[cut:]
                if cut:
                    yield data[:cut].decode("utf-8", "surrogatepass")

    def json_chunks(self) -> Iterator[str]:
        """The items of the report's ``findings`` list as ``render.iter_json`` writes a list:
        each on its own line, indented, a comma between (what comes between ``[`` and the
        closing ``\\n  ]``); nothing when there are no findings."""
        before = _FIRST
        for block in self.lines():
            yield before + block[:-1].replace("\n", _BETWEEN)
            before = _BETWEEN

    def __iter__(self) -> Iterator[Finding]:
        """The findings again, in the report's order, read back from their JSON."""
        loads = json.loads
        for block in self.lines():
            for line in block[:-1].split("\n"):
                yield finding_of(loads(line))

    def __len__(self) -> int:
        return self._count

    def __contains__(self, item: object) -> bool:
        return isinstance(item, Finding) and any(finding == item for finding in self)

    def __repr__(self) -> str:
        return f"FindingSpool({self._count:,} findings)"

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def __enter__(self) -> FindingSpool:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def finding_of(item: dict[str, Any]) -> Finding:
    """A Finding from its JSON report item (``Finding.to_dict``), which gives the same item."""
    agreed = item.get("agreed")
    return Finding(kind=item["kind"], topic=item["topic"], claims=tuple(item["claims"]),
                   explanation=item["explanation"], gap=item["gap"], ratio=item["ratio"],
                   fields=tuple(item.get("fields", ())),
                   agreed=None if agreed is None else (agreed["lower"], agreed["upper"], agreed["lower_inclusive"],
                                                       agreed["upper_inclusive"]),
                   scopes=tuple(item.get("scopes", ())))
