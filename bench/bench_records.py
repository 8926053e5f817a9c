"""Time making the records a million-claim report makes by the million, and writing its numbers.

    python bench/bench_records.py              # 200,000 of each
    python bench/bench_records.py --count 1000000

Each line: microseconds per record with the class's ``__init__`` as it is (``quick_init``'s, see
``reconcile.model.frozen``) and with the dataclass's own (``object.__setattr__`` per field), made
again here for comparison; then ``plain_number`` and ``format_number`` per call. CPU seconds
(``time.process_time``), so that a shared machine's other work counts less. No assertions.
"""
from __future__ import annotations

import argparse
import dataclasses
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from reconcile.conflicts.figures import Figure  # noqa: E402
from reconcile.model.intervals import ClaimInterval  # noqa: E402
from reconcile.model.numbers import format_number, plain_number  # noqa: E402
from reconcile.model.records import Finding  # noqa: E402


def dataclass_init(cls: type):
    """The ``__init__`` ``dataclasses`` writes for a frozen class: ``object.__setattr__`` per field."""
    fields = [f for f in dataclasses.fields(cls) if f.init]
    names = ", ".join(f.name if f.default is dataclasses.MISSING else f"{f.name}=_d[{f.name!r}]" for f in fields)
    body = "".join(f"    _set(self, {f.name!r}, {f.name})\n" for f in fields)
    namespace = {"_set": object.__setattr__, "_d": {f.name: f.default for f in fields}}
    exec(f"def __init__(self, {names}):\n{body}", namespace)
    return namespace["__init__"]


def per_call(make, count: int) -> float:
    start = time.process_time()
    for _ in range(count):
        make()
    return (time.process_time() - start) / count * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200_000)
    count = parser.parse_args().count
    claim = ("c1", "src", "about 500", 450.0, 550.0, True, True, ("soldiers",), "crossed", "CO", "2020-01-01", None,
             None, False)
    records = ((ClaimInterval, claim, {}),
               (Finding, (), dict(kind="value-conflict", topic="t", claims=("a", "b"), explanation="words", gap=2.0)),
               (Figure, ("o", 1.0, 2.0, True, True, ("a",), True), {}))
    for cls, args, kwargs in records:
        quick = per_call(lambda cls=cls, args=args, kwargs=kwargs: cls(*args, **kwargs), count)
        init = dataclass_init(cls)
        slow = per_call(lambda cls=cls, init=init, args=args, kwargs=kwargs: init(object.__new__(cls), *args, **kwargs),
                        count)
        print(f"{cls.__name__:14} quick_init {quick:5.2f} µs   dataclass __init__ {slow:5.2f} µs")
    for name, write in (("plain_number", plain_number), ("format_number", format_number)):
        print(f"{name:14} {per_call(lambda write=write: write(1234.0), count):5.2f} µs")

if __name__ == "__main__":
    main()
